import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_LAYERS, TEST_NAMES, randomNames } from '@/entrypoints/scan/names';

/** Every name a page could read: tags, highlight names (the level attribute is null outside the test build). */
const allNames = (names: ReturnType<typeof randomNames>) => [names.badge, ...HIGHLIGHT_LAYERS.map((layer) => names.highlights[layer])];

describe('the names Faro’s marks carry on a page', () => {
  it('are drawn at random per content script, and never say "faro"', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const names = randomNames();
      expect(names.levelAttribute).toBeNull();
      for (const name of allNames(names)) {
        expect(name).not.toMatch(/faro/i);
        seen.add(name);
      }
      // Valid custom-element names (the badge's host tag) and CSS identifiers (the highlight names).
      expect(names.badge).toMatch(/^[a-z]{5,9}-[a-z]{5,9}$/);
      for (const layer of HIGHLIGHT_LAYERS) expect(names.highlights[layer]).toMatch(/^[a-z]{5,9}$/);
    }
    expect(seen.size).toBe(200 * 4);
  });

  it('draw again when the dice spell "faro"', () => {
    // Dice that spell "faro" + "x" first, then "abcde" for ever: the first word is thrown away.
    const spelled = [0, ...'farox'.split('').map((c) => c.charCodeAt(0) - 97)];
    let i = 0;
    const rigged = (n: number) => (i < spelled.length ? spelled[i++]! : i++ % 5) % n;
    const names = randomNames(rigged);
    for (const name of allNames(names)) expect(name).not.toMatch(/faro/i);
    expect(i).toBeGreaterThan(spelled.length);
  });

  it('are fixed in the test build only, with the level attribute the end-to-end tests read', () => {
    expect(TEST_NAMES).toEqual({
      badge: 'faro-badge',
      highlights: { medium: 'faro-medium', high: 'faro-high', flash: 'faro-flash' },
      levelAttribute: 'data-faro-level',
    });
  });
});
