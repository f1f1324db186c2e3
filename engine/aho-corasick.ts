/**
 * An Aho-Corasick automaton over UTF-16 code units: every occurrence of every literal of a set in one
 * pass over a text, overlapping ones included.
 *
 * Hand-written rather than taken from npm: the packages there return an array (or an object) per hit
 * and key hits by the literal's text, where the matcher wants numbered literals reported with no
 * allocation per hit, and a set that grows as rule languages compile (so the automaton is rebuilt a
 * few times while a batch warms up, and must build in milliseconds). Transitions are kept sparse, in
 * flat typed arrays (a full table over the rules' 5,000 literals took 15 MB and half a second to
 * build); the start state's row is dense, and a character that occurs in no literal sends the scan
 * straight back to it.
 */

export class AhoCorasick {
  /** Code unit → column (1…); 0 for a character that occurs in no literal. */
  private readonly column = new Uint16Array(0x10000);
  /** The start state's transitions by column. */
  private readonly rootNext: Int32Array;
  /** State s's transitions: columns childColumn[childStart[s] … childStart[s + 1]), sorted, to childState. */
  private readonly childStart: Int32Array;
  private readonly childColumn: Uint16Array;
  private readonly childState: Int32Array;
  private readonly fail: Int32Array;
  /** The literal ending at a state, or -1. */
  private readonly output: Int32Array;
  /** The next state on the suffix chain that ends a literal, or -1. */
  private readonly outputLink: Int32Array;

  constructor(readonly literals: readonly string[]) {
    let width = 1;
    for (const literal of literals) {
      for (let i = 0; i < literal.length; i++) {
        const code = literal.charCodeAt(i);
        if (this.column[code] === 0) this.column[code] = width++;
      }
    }
    // The trie, with transitions in maps while it is built.
    const children: Map<number, number>[] = [new Map()];
    const ends: number[] = [-1];
    literals.forEach((literal, id) => {
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const col = this.column[literal.charCodeAt(i)] as number;
        const map = children[state] as Map<number, number>;
        let to = map.get(col);
        if (to === undefined) {
          to = children.length;
          children.push(new Map());
          ends.push(-1);
          map.set(col, to);
        }
        state = to;
      }
      if (literal.length > 0 && ends[state] === -1) ends[state] = id;
    });
    const states = children.length;
    this.childStart = new Int32Array(states + 1);
    const edges = states - 1;
    this.childColumn = new Uint16Array(edges);
    this.childState = new Int32Array(edges);
    let e = 0;
    for (let s = 0; s < states; s++) {
      this.childStart[s] = e;
      for (const [col, to] of [...(children[s] as Map<number, number>)].sort((a, b) => a[0] - b[0])) {
        this.childColumn[e] = col;
        this.childState[e++] = to;
      }
    }
    this.childStart[states] = e;
    this.rootNext = new Int32Array(width);
    for (const [col, to] of children[0] as Map<number, number>) this.rootNext[col] = to;
    this.output = Int32Array.from(ends);
    this.outputLink = new Int32Array(states).fill(-1);
    this.fail = new Int32Array(states);
    // Breadth first: a state's failure target is shallower, so it is complete when read.
    const queue: number[] = [...(children[0] as Map<number, number>).values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      const f = this.fail[state] as number;
      this.outputLink[state] = (this.output[f] as number) >= 0 ? f : (this.outputLink[f] as number);
      for (const [col, to] of children[state] as Map<number, number>) {
        this.fail[to] = this.step(f, col);
        queue.push(to);
      }
    }
  }

  /** The state after reading column `col` in state `state`. */
  private step(state: number, col: number): number {
    const { childStart, childColumn, childState, fail, rootNext } = this;
    for (let s = state; ; s = fail[s] as number) {
      if (s === 0) return rootNext[col] as number;
      let lo = childStart[s] as number;
      let hi = (childStart[s + 1] as number) - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const c = childColumn[mid] as number;
        if (c === col) return childState[mid] as number;
        if (c < col) lo = mid + 1;
        else hi = mid - 1;
      }
    }
  }

  /**
   * Calls `hit(literal, end)` for every occurrence, in order of its end (exclusive); occurrences
   * ending at the same place, longest first.
   */
  scan(text: string, hit: (literal: number, end: number) => void): void {
    const { column, output, outputLink } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const col = column[text.charCodeAt(i)] as number;
      if (col === 0) {
        state = 0;
        continue;
      }
      state = this.step(state, col);
      for (let s = (output[state] as number) >= 0 ? state : (outputLink[state] as number); s >= 0; s = outputLink[s] as number) hit(output[s] as number, i + 1);
    }
  }
}
