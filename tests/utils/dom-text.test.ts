// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { evidenceRanges } from '@/utils/dom-text';

function card(html: string): Element {
  const el = document.createElement('article');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}
const span = (text: string, whole: string, from = 0) => {
  const start = whole.indexOf(text, from);
  return { start, end: start + text.length, text };
};

describe('evidence spans → DOM ranges', () => {
  it('finds a phrase split across inline elements and collapsed whitespace', () => {
    const el = card('<h3>Hostess</h3>\n<p>We pay your <b>flight</b>   and visa.</p>');
    const text = 'Hostess\nWe pay your flight and visa.';
    const [range] = evidenceRanges(el, text, [span('flight and visa', text)]);
    expect(range?.toString().replace(/\s+/g, ' ')).toBe('flight and visa');
  });

  it('picks the same occurrence as the span when a phrase repeats', () => {
    const el = card('<p>no fee</p><p>fee 200 euro</p><p>fee again</p>');
    const text = 'no fee\nfee 200 euro\nfee again';
    const [range] = evidenceRanges(el, text, [span('fee', text, 7)]);
    expect(range?.startContainer.parentElement?.textContent).toBe('fee 200 euro');
  });

  it('gives no range for a phrase that is not in the element, and ignores scripts', () => {
    const el = card('<p>Plain text</p><script>var passport = 1</script>');
    expect(evidenceRanges(el, 'Plain text\npassport', [{ start: 11, end: 19, text: 'passport' }])).toEqual([]);
  });
});
