/**
 * Where literal words occur in a text, answered from an index of the text's character trigrams.
 *
 * Every rule pattern with literal prefixes asks where its prefixes occur (engine/match.ts); an ad
 * meets about a thousand distinct prefixes, and one `indexOf` scan of the whole text per prefix was
 * a third of the engine's time. The index is built in one pass; a prefix then costs a lookup and a
 * check of the few places its first three characters occur, and is remembered for the text.
 */

/**
 * A number for three UTF-16 units. Different trigrams may share a key (Cyrillic and Greek code
 * points overlap in the shifted bits): that only adds candidates, which `startsWith` rejects.
 */
const keyAt = (s: string, i: number): number => ((s.charCodeAt(i) << 20) ^ (s.charCodeAt(i + 1) << 10) ^ s.charCodeAt(i + 2)) & 0x3fffffff;

const NONE: readonly number[] = [];

export class PrefixIndex {
  private trigrams: Map<number, number[]> | undefined;
  private readonly found = new Map<string, readonly number[]>();

  constructor(readonly text: string) {}

  /** Sorted offsets where `prefix` occurs (overlapping occurrences included). */
  positions(prefix: string): readonly number[] {
    let at = this.found.get(prefix);
    if (at === undefined) {
      at = prefix.length >= 3 ? this.fromTrigrams(prefix) : this.scan(prefix);
      this.found.set(prefix, at);
    }
    return at;
  }

  private fromTrigrams(prefix: string): readonly number[] {
    const candidates = this.index().get(keyAt(prefix, 0));
    if (!candidates) return NONE;
    const out = candidates.filter((i) => this.text.startsWith(prefix, i));
    return out.length > 0 ? out : NONE;
  }

  private scan(prefix: string): readonly number[] {
    const out: number[] = [];
    for (let i = this.text.indexOf(prefix); i >= 0; i = this.text.indexOf(prefix, i + 1)) out.push(i);
    return out.length > 0 ? out : NONE;
  }

  private index(): Map<number, number[]> {
    if (this.trigrams) return this.trigrams;
    const trigrams = new Map<number, number[]>();
    const { text } = this;
    for (let i = 0; i + 3 <= text.length; i++) {
      const key = keyAt(text, i);
      const list = trigrams.get(key);
      if (list) list.push(i);
      else trigrams.set(key, [i]);
    }
    this.trigrams = trigrams;
    return trigrams;
  }
}

/**
 * The texts of the ad being read: its views, and the sentences its `unless` exceptions read. More
 * than this and the least recently used goes, so that a run of sentences never pushes out the index
 * of the whole ad, which every pattern reads.
 */
const CACHED_TEXTS = 16;
const cache = new Map<string, PrefixIndex>();

/** The index of a text, shared by every pattern that reads the same text. */
export function prefixIndexOf(text: string): PrefixIndex {
  let index = cache.get(text);
  if (index) {
    cache.delete(text);
  } else {
    if (cache.size >= CACHED_TEXTS) cache.delete(cache.keys().next().value as string);
    index = new PrefixIndex(text);
  }
  cache.set(text, index);
  return index;
}
