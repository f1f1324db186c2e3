// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Marks } from '@/entrypoints/scan/marks';
import { TEST_NAMES, randomNames, type MarkNames } from '@/entrypoints/scan/names';
import type { AdVerdict, DisplaySettings, PageLabels } from '@/utils/messaging';
import type { Level } from '@/engine/types';
import { installFakeHighlights } from './fake-highlights';

const LABELS: PageLabels = {
  levels: { low: 'Low', medium: 'Medium', high: 'High' },
  badge: 'Faro',
  panelTitle: 'signals',
  panelHint: 'hint',
  details: 'Details and help',
  detailsElsewhere: 'elsewhere',
  close: 'Close',
};
const SHOWN: DisplaySettings = { minLevel: 'medium', highlight: true, discreet: false };
const verdict = (key: string, level: Level): AdVerdict => ({ key, level, score: 0, signals: [], evidence: [] });

/** Two cards, one high and one low, marked; what the page can see of the marks. */
function listing(names: MarkNames, display: DisplaySettings = SHOWN) {
  document.body.innerHTML = '<ul><li id="a"><h3>Hostess abroad</h3><p>Passport kept by the agency</p></li><li id="b"><h3>Cook</h3><p>Contract</p></li></ul>';
  const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
  const marks = new Marks(document, names, LABELS, display);
  const phrase = document.createRange();
  phrase.selectNodeContents(a.querySelector('p')!.firstChild!);
  marks.draw('a', a, verdict('a', 'high'), [phrase]);
  marks.draw('b', b, verdict('b', 'low'), []);
  marks.paintPending();
  const badges = () => [...document.querySelectorAll(names.badge)].map((badge) => badge.closest('li')!.id);
  const levels = () => [...document.querySelectorAll('[data-faro-level]')].map((el) => `${el.id}:${el.getAttribute('data-faro-level')}`);
  return { a, b, marks, badges, levels };
}

let highlights: ReturnType<typeof installFakeHighlights>;
beforeEach(() => {
  highlights = installFakeHighlights();
});

afterEach(() => {
  highlights.remove();
  document.body.innerHTML = '';
  document.head.innerHTML = '';
  document.documentElement.querySelectorAll(':scope > :not(head, body)').forEach((el) => el.remove());
});

describe('marks on the page', () => {
  it('release names: a badge by the risky ad, nothing at all on the low one, no attribute, nothing named "faro"', () => {
    const { badges, levels } = listing(randomNames());
    expect(badges()).toEqual(['a']);
    expect(levels()).toEqual([]);
    expect(document.documentElement.outerHTML).not.toMatch(/faro/i);
  });

  it('test names: the level attribute on every scanned ad, low ones included', () => {
    const { badges, levels } = listing(TEST_NAMES);
    expect(badges()).toEqual(['a']);
    expect(levels()).toEqual(['a:high', 'b:low']);
  });

  it('draws again what the page removed or changed, and says that it had to', () => {
    const { a, marks, badges, levels } = listing(TEST_NAMES);
    expect(marks.repair()).toBe(false);

    document.querySelector(TEST_NAMES.badge)!.remove();
    a.setAttribute('data-faro-level', 'low');
    expect(marks.repair()).toBe(true);
    expect(badges()).toEqual(['a']);
    expect(levels()).toEqual(['a:high', 'b:low']);
    expect(marks.repair()).toBe(false);

    // Restyled (hidden) rather than removed.
    (document.querySelector(TEST_NAMES.badge) as HTMLElement).style.setProperty('display', 'none', 'important');
    expect(marks.repair()).toBe(true);
    expect(document.querySelectorAll(TEST_NAMES.badge)).toHaveLength(1);
    expect((document.querySelector(TEST_NAMES.badge) as HTMLElement).style.display).toBe('inline-block');

    // The highlights taken out of the page's registry, then their style emptied.
    expect(highlights.registry.get(TEST_NAMES.highlights.high)?.size).toBe(1);
    highlights.registry.clear();
    expect(marks.repair()).toBe(true);
    expect(highlights.registry.get(TEST_NAMES.highlights.high)?.size).toBe(1);
    document.head.querySelector('style')!.textContent = '';
    expect(marks.repair()).toBe(true);
    expect(document.head.querySelector('style')!.textContent).toContain(`::highlight(${TEST_NAMES.highlights.high})`);
    expect(marks.repair()).toBe(false);
  });

  it('looks at many marks a turn at a time, going on where it stopped (no long task on a page of thousands of ads)', () => {
    document.body.innerHTML = `<ul>${[1, 2, 3, 4, 5].map((i) => `<li id="c${i}"><h3>Hostess abroad ${i}</h3><p>Passport kept</p></li>`).join('')}</ul>`;
    const marks = new Marks(document, TEST_NAMES, LABELS, SHOWN);
    for (const i of [1, 2, 3, 4, 5]) marks.draw(`c${i}`, document.getElementById(`c${i}`)!, verdict(`c${i}`, 'high'), []);
    document.querySelector(`#c5 ${TEST_NAMES.badge}`)!.remove();
    // No time at all per turn: one mark per turn, the fifth repaired in the fifth turn, the pass over in the sixth.
    const turns: boolean[] = [];
    for (let i = 0; i < 6; i++) {
      turns.push(marks.repair(0));
      expect(marks.checking, `after turn ${i + 1}`).toBe(i < 5);
    }
    expect(turns).toEqual([false, false, false, false, true, false]);
    expect(document.querySelector(`#c5 ${TEST_NAMES.badge}`)).not.toBeNull();
    // Time enough: a whole pass in one turn.
    document.querySelector(`#c1 ${TEST_NAMES.badge}`)!.remove();
    expect(marks.repair()).toBe(true);
    expect(marks.checking).toBe(false);
  });

  it('leaves alone the marks of a card the page took away (the ad is gone, not tampered with)', () => {
    const { a, marks } = listing(TEST_NAMES);
    a.remove();
    expect(marks.repair()).toBe(false);
  });

  it('leaves a card whose content the page changed to the next look (no old verdict on new content), and repairs it once drawn again', () => {
    const { a, marks, badges } = listing(TEST_NAMES);
    a.querySelector('p')!.textContent = 'Another ad in the same pane';
    document.querySelector(TEST_NAMES.badge)!.remove();
    expect(marks.touch(a.querySelector('p')!)).toBe(true);
    expect(marks.touch(document.body)).toBe(false);
    expect(marks.isTouched('a')).toBe(true);
    expect(marks.repair()).toBe(false);
    expect(badges()).toEqual([]);
    marks.draw('a', a, verdict('a', 'medium'), []);
    expect(marks.isTouched('a')).toBe(false);
    expect(badges()).toEqual(['a']);
    document.querySelector(TEST_NAMES.badge)!.remove();
    expect(marks.repair()).toBe(true);
    expect(badges()).toEqual(['a']);
  });

  it('discreet mode: nothing on the page, nothing to repair; marks come back when it is turned off', () => {
    const { marks, badges, levels } = listing(TEST_NAMES, { ...SHOWN, discreet: true });
    const untouched = '<ul><li id="a"><h3>Hostess abroad</h3><p>Passport kept by the agency</p></li><li id="b"><h3>Cook</h3><p>Contract</p></li></ul>';
    expect(document.body.innerHTML).toBe(untouched);
    expect(document.head.innerHTML).toBe('');
    expect(highlights.registry.size).toBe(0);
    expect(marks.repair()).toBe(false);

    marks.setDisplay(SHOWN);
    expect(badges()).toEqual(['a']);
    expect(levels()).toEqual(['a:high', 'b:low']);

    expect(highlights.registry.get(TEST_NAMES.highlights.high)?.size).toBe(1);

    marks.setDisplay({ ...SHOWN, discreet: true });
    expect(document.body.innerHTML).toBe(untouched);
    expect(document.head.innerHTML).toBe('');
    expect(highlights.registry.size).toBe(0);
  });
});
