/**
 * What a hostile page does to Faro's marks, as functions run in the page (by playwright-core in
 * Chromium, by puppeteer-core in Firefox): it deletes every mark it can find, then draws a fake
 * "low" badge on the high-risk card 48219 of the devset listing. Self-contained: each function is
 * sent to the page as source.
 */

/** The fake badge's text: what a page would show to pass a risky ad off as checked and harmless. */
export const FAKE_BADGE = '✓ Faro · Low';

/** What a deletion did, seen in the same task (Faro may draw again before the test's next look). */
export interface Deletion {
  deleted: number;
  /** Marks still there right after. */
  left: number;
}

/**
 * The test build's marks, found by their fixed names: badges, level attributes, highlights; then the
 * fake badge (FAKE_BADGE, passed in).
 */
export function deleteNamedMarks(fakeText: string): Deletion {
  const marks = () => {
    const highlighted = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights.size : 0;
    return document.querySelectorAll('faro-badge, [data-faro-level]').length + highlighted;
  };
  const deleted = marks();
  document.querySelectorAll('faro-badge').forEach((el) => el.remove());
  document.querySelectorAll('[data-faro-level]').forEach((el) => el.removeAttribute('data-faro-level'));
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.clear();
  const fake = document.createElement('span');
  fake.className = 'fake-badge';
  fake.textContent = fakeText;
  document.querySelector('[data-job-id="48219"] h2')?.prepend(fake);
  return { deleted, left: marks() };
}

/**
 * Run before the page loads (an init script): notes, once the page is parsed, every element and
 * style sheet the page itself made, so that it can later tell what another script added.
 */
export function notePageOwnMarkup(): void {
  addEventListener('DOMContentLoaded', () => {
    const own = new WeakSet<Node>(document.querySelectorAll('*'));
    (window as unknown as { pageOwn: WeakSet<Node> }).pageOwn = own;
  });
}

/**
 * A page that cannot know the marks' names (the release build): it deletes every element it did not
 * make itself and every highlight, and draws the fake badge (FAKE_BADGE, passed in). Needs
 * notePageOwnMarkup.
 */
export function deleteForeignMarks(fakeText: string): Deletion {
  const own = (window as unknown as { pageOwn: WeakSet<Node> }).pageOwn;
  const marks = () => [...document.querySelectorAll('*')].filter((el) => !own.has(el)).length + CSS.highlights.size;
  const deleted = marks();
  document.querySelectorAll('*').forEach((el) => own.has(el) || el.remove());
  CSS.highlights.clear();
  const fake = document.createElement('span');
  fake.className = 'fake-badge';
  fake.textContent = fakeText;
  document.querySelector('[data-job-id="48219"] h2')?.prepend(fake);
  own.add(fake);
  return { deleted, left: marks() };
}

/** What the test build shows on the high-risk card 48219: its level attribute, its badge, whether its phrases are highlighted. */
export function highCardMarks(): { level: string | null; badge: boolean; highlighted: boolean } {
  const card = document.querySelector('[data-job-id="48219"]')!;
  let highlighted = false;
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
    CSS.highlights.get('faro-high')?.forEach((range) => {
      if (card.contains((range as AbstractRange).startContainer)) highlighted = true;
    });
  }
  return { level: card.getAttribute('data-faro-level'), badge: card.querySelector('faro-badge') !== null, highlighted };
}

/** What the release build's marks look like to that page: elements it did not make, inside card 48219, and highlights painted. */
export function foreignMarks(): { inCard: number; highlighted: number } {
  const own = (window as unknown as { pageOwn: WeakSet<Node> }).pageOwn;
  const card = document.querySelector('[data-job-id="48219"]');
  const inCard = card ? [...card.querySelectorAll('*')].filter((el) => !own.has(el)).length : 0;
  let highlighted = 0;
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.forEach((highlight) => (highlighted += highlight.size));
  return { inCard, highlighted };
}
