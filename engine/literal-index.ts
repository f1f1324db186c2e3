/**
 * Where the literals of the rules' patterns occur in a text: one Aho-Corasick pass per text
 * (engine/aho-corasick.ts) over every literal registered so far, answered per literal.
 *
 * Literals are registered as patterns are first used (a language's patterns compile the first time
 * an ad needs them). The automaton is rebuilt for the next text when the set has grown; a literal
 * registered after a text was scanned is looked up in that text with `indexOf`, so a text is never
 * scanned twice.
 */
import { AhoCorasick } from './aho-corasick';

const literals: string[] = [];
const ids = new Map<string, number>();
let automaton: AhoCorasick | undefined;

/** The number of a literal, registered on first sight. */
export function literalId(literal: string): number {
  let id = ids.get(literal);
  if (id === undefined) {
    id = literals.length;
    literals.push(literal);
    ids.set(literal, id);
  }
  return id;
}

function currentAutomaton(): AhoCorasick {
  if (!automaton || automaton.literals.length < literals.length) automaton = new AhoCorasick([...literals]);
  return automaton;
}

/** A hit is one number, literal * KEY_SPAN + start, so that sorting the hits groups them by literal. */
const KEY_SPAN = 2 ** 32;
const NONE = new Float64Array(0);

/** Hits of the text being scanned, reused from text to text. */
let scratch = new Float64Array(1024);

export class LiteralIndex {
  /** Sorted hit keys. */
  private readonly keys: Float64Array;
  /** Literals this index's scan covered; later ones are found with `indexOf`. */
  private readonly covered: number;
  private late: Map<number, Float64Array> | undefined;

  constructor(readonly text: string) {
    const ac = currentAutomaton();
    this.covered = ac.literals.length;
    let n = 0;
    ac.scan(text, (id, end) => {
      if (n === scratch.length) {
        const grown = new Float64Array(scratch.length * 2);
        grown.set(scratch);
        scratch = grown;
      }
      scratch[n++] = id * KEY_SPAN + end - (literals[id] as string).length;
    });
    this.keys = n === 0 ? NONE : scratch.slice(0, n).sort();
  }

  /** How many times the literal occurs (overlapping occurrences included). */
  count(id: number): number {
    if (id >= this.covered) return this.lateKeys(id).length;
    return lowerBound(this.keys, (id + 1) * KEY_SPAN) - lowerBound(this.keys, id * KEY_SPAN);
  }

  /**
   * Calls `each(start)` for every offset where the literal occurs, in order.
   * A callback rather than an array: most literals of most patterns occur nowhere.
   */
  forEach(id: number, each: (start: number) => void): void {
    const keys = id >= this.covered ? this.lateKeys(id) : this.keys;
    const base = id * KEY_SPAN;
    const from = id >= this.covered ? 0 : lowerBound(keys, base);
    const to = id >= this.covered ? keys.length : lowerBound(keys, base + KEY_SPAN);
    for (let k = from; k < to; k++) each((keys[k] as number) - base);
  }

  private lateKeys(id: number): Float64Array {
    this.late ??= new Map();
    let keys = this.late.get(id);
    if (!keys) {
      const literal = literals[id] as string;
      const found: number[] = [];
      for (let i = this.text.indexOf(literal); i >= 0; i = this.text.indexOf(literal, i + 1)) found.push(id * KEY_SPAN + i);
      keys = Float64Array.from(found);
      this.late.set(id, keys);
    }
    return keys;
  }
}

function lowerBound(keys: Float64Array, key: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((keys[mid] as number) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The texts of the ad being read: its views, and the sentences its `unless` exceptions read. More
 * than this and the least recently used goes, so that a run of sentences never pushes out the index
 * of the whole ad, which every pattern reads.
 */
const CACHED_TEXTS = 16;
const cache = new Map<string, LiteralIndex>();

/** The index of a text, shared by every pattern that reads the same text. */
export function literalIndexOf(text: string): LiteralIndex {
  let index = cache.get(text);
  if (index) {
    cache.delete(text);
  } else {
    if (cache.size >= CACHED_TEXTS) cache.delete(cache.keys().next().value as string);
    index = new LiteralIndex(text);
  }
  cache.set(text, index);
  return index;
}
