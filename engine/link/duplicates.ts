import { jaccard, shingleSet } from './shingles';
import { UnionFind } from './union-find';

/**
 * Near-duplicate grouping: MinHash signatures, LSH banding for candidates, exact Jaccard to confirm.
 *
 * 16 bands of 4 rows put the banding's S-curve midpoint near (1/16)^(1/4) = 0.5, well under the 0.7
 * threshold, so a pair at 0.7 becomes a candidate with probability 1-(1-0.7^4)^16 ≈ 0.99; the exact
 * Jaccard check then removes every false candidate, so precision does not depend on the hashing.
 * Seeds are constants: the same ads always give the same groups.
 */
export const DUPLICATE_THRESHOLD = 0.7;
const BANDS = 16;
const ROWS = 4;
const HASHES = BANDS * ROWS;

/** xorshift32 from a fixed state: a well-spread, reproducible sequence of constants. */
function constants(count: number, state: number, odd: boolean): Uint32Array {
  const out = new Uint32Array(count);
  let x = state;
  for (let i = 0; i < count; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = odd ? (x | 1) >>> 0 : x >>> 0;
  }
  return out;
}

// h_i(x) = a_i·x + b_i mod 2^32 with odd a_i: a permutation of the 32-bit values per hash function, one
// multiply each. Shingle hashes are already well mixed (shingles.ts), which this cheap family needs.
const MULTIPLIERS = constants(HASHES, 0x2545f491, true);
const INCREMENTS = constants(HASHES, 0x9e3779b9, false);

function signature(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s] as number;
    for (let i = 0; i < HASHES; i++) {
      const h = (Math.imul(x, MULTIPLIERS[i] as number) + (INCREMENTS[i] as number)) >>> 0;
      if (h < (sig[i] as number)) sig[i] = h;
    }
  }
  return sig;
}

function bandKey(sig: Uint32Array, band: number): number {
  let h = 0x811c9dc5 ^ band;
  for (let r = band * ROWS; r < (band + 1) * ROWS; r++) h = Math.imul(h ^ (sig[r] as number), 0x01000193);
  return h >>> 0;
}

export interface DuplicateGroup {
  /** Indexes into the input, ascending. */
  members: number[];
  /** The lowest Jaccard similarity among the confirmed pairs that joined the group. */
  similarity: number;
}

/** Groups the texts whose shingle sets reach `threshold` Jaccard similarity (transitively). */
export function duplicateGroups(texts: readonly string[], threshold = DUPLICATE_THRESHOLD): DuplicateGroup[] {
  const sets = texts.map(shingleSet);
  const sigs = sets.map((set) => (set.length > 0 ? signature(set) : undefined));
  const uf = new UnionFind(texts.length);
  const weakestLink = new Map<number, number>();
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<number, number[]>();
    for (let i = 0; i < sets.length; i++) {
      const sig = sigs[i];
      if (!sig) continue;
      const key = bandKey(sig, band);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
    for (const bucket of buckets.values()) {
      for (let a = 0; a < bucket.length; a++) {
        for (let b = a + 1; b < bucket.length; b++) {
          const i = bucket[a] as number;
          const j = bucket[b] as number;
          if (uf.find(i) === uf.find(j)) continue;
          const sim = jaccard(sets[i] as Uint32Array, sets[j] as Uint32Array);
          if (sim < threshold) continue;
          const prior = Math.min(weakestLink.get(uf.find(i)) ?? 1, weakestLink.get(uf.find(j)) ?? 1, sim);
          uf.union(i, j);
          weakestLink.set(uf.find(i), prior);
        }
      }
    }
  }
  return uf.groups().map((members) => ({ members, similarity: round(weakestLink.get(uf.find(members[0] as number)) ?? 1) }));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
