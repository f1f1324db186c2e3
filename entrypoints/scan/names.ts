/** The layers of evidence highlighting: the two risky levels, and "show on page". */
export const HIGHLIGHT_LAYERS = ['medium', 'high', 'flash'] as const;
export type HighlightLayer = (typeof HIGHLIGHT_LAYERS)[number];

/**
 * The names Faro's marks carry on a page, where the page's scripts can read them: a badge's tag, the
 * highlight names (in the page's highlight registry and the style that colours them), and the test
 * build's level attribute.
 */
export interface MarkNames {
  /** A badge's host element: a custom-element name, never registered. */
  badge: string;
  highlights: Readonly<Record<HighlightLayer, string>>;
  /** The attribute that tells the tests each scanned ad's level (every level); null in a release build. */
  levelAttribute: string | null;
}

/** The test build's names (`wxt build --mode e2e`): fixed, so that the end-to-end tests can find the marks. */
export const TEST_NAMES: MarkNames = {
  badge: 'faro-badge',
  highlights: { medium: 'faro-medium', high: 'faro-high', flash: 'faro-flash' },
  levelAttribute: 'data-faro-level',
};

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Never a name that says what it is, whatever the dice give. */
const SAYS_FARO = /faro/i;

/** Lowercase letters, 5 to 9 of them, never spelling "faro". */
function randomWord(random: (n: number) => number): string {
  for (;;) {
    const length = 5 + random(5);
    let word = '';
    for (let i = 0; i < length; i++) word += LETTERS[random(LETTERS.length)];
    if (!SAYS_FARO.test(word)) return word;
  }
}

/** A uniform integer in [0, n), from the browser's cryptographic generator (the page cannot replay it). */
function cryptoRandom(n: number): number {
  const [value] = crypto.getRandomValues(new Uint32Array(1));
  return (value ?? 0) % n;
}

/**
 * Names drawn at random for one copy of the content script: a page cannot find Faro's marks by
 * name, nor learn from a name that this person runs an anti-trafficking tool. Tags are valid
 * custom-element names (letters, one hyphen); highlight names are CSS identifiers.
 */
export function randomNames(random: (n: number) => number = cryptoRandom): MarkNames {
  return {
    badge: `${randomWord(random)}-${randomWord(random)}`,
    highlights: { medium: randomWord(random), high: randomWord(random), flash: randomWord(random) },
    levelAttribute: null,
  };
}

/** The test build keeps the fixed names; every other build draws its names per page. */
export function markNames(): MarkNames {
  // Replaced by the build: the release bundle keeps only the random branch.
  return (import.meta.env as { MODE?: string }).MODE === 'e2e' ? TEST_NAMES : randomNames();
}
