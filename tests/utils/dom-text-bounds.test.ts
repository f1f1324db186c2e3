// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evidenceRanges } from '@/utils/dom-text';

const span = (text: string, whole: string) => {
  const start = whole.indexOf(text);
  return { start, end: start + text.length, text };
};

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('evidence ranges on hostile pages', () => {
  it('reads a bounded part of an element that holds far more text than its ad (a card padded with megabytes)', () => {
    const card = document.createElement('article');
    card.innerHTML = '<p>Pay a registration fee before travel.</p>';
    // 15,000 text nodes after the ad's own text: the walk stops long before their end.
    card.append(...Array.from({ length: 15_000 }, () => document.createTextNode('x')));
    document.body.append(card);
    const walked = vi.spyOn(TreeWalker.prototype, 'nextNode');
    const text = 'Pay a registration fee before travel.';
    const [range] = evidenceRanges(card, text, [span('registration fee', text)]);
    expect(range?.toString()).toBe('registration fee');
    expect(walked.mock.calls.length).toBeLessThan(12_000);
  });

  it('treats every Unicode space as a space (no-break, em, ideographic) when it matches phrases', () => {
    const card = document.createElement('article');
    card.innerHTML = '<p>Send\u00a0your\u2003passport\u3000on WhatsApp</p>';
    document.body.append(card);
    const text = 'Send your passport on WhatsApp';
    const [range] = evidenceRanges(card, text, [span('your passport on', text)]);
    expect(range?.toString()).toBe('your\u2003passport\u3000on');
  });
});
