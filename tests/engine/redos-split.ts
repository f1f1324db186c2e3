/**
 * Cuts a pattern into the small pieces recheck can decide (see redos.test.ts for why each cut is sound).
 *
 * A pattern is parsed into a tree just deep enough for that: groups, alternatives, quantifiers,
 * lookarounds; characters, classes and escapes stay as written (atoms).
 */

export type Node =
  | { type: 'atom'; raw: string; zeroWidth: boolean }
  | { type: 'group'; open: string; branches: Node[][] }
  | { type: 'look'; open: string; behind: boolean; negative: boolean; branches: Node[][] }
  | { type: 'quant'; body: Node; min: number; max: number; raw: string };

/** Parses a pattern's source into its alternatives, each a sequence of nodes. */
export function parse(source: string): Node[][] {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`cannot parse /${source}/ at ${i}: ${why}`);
  };

  const alternatives = (): Node[][] => {
    const branches = [sequence()];
    while (source[i] === '|') {
      i++;
      branches.push(sequence());
    }
    return branches;
  };

  const sequence = (): Node[] => {
    const items: Node[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') items.push(quantified(term()));
    return items;
  };

  const term = (): Node => {
    const c = source[i] as string;
    if (c === '(') {
      const open = /^\((?:\?:|\?=|\?!|\?<=|\?<!|\?<[A-Za-z_$][\w$]*>)?/.exec(source.slice(i))?.[0] ?? '(';
      i += open.length;
      const branches = alternatives();
      if (source[i] !== ')') fail('unclosed group');
      i++;
      if (/^\(\?<?[=!]$/.test(open)) return { type: 'look', open, behind: open.startsWith('(?<'), negative: open.endsWith('!'), branches };
      return { type: 'group', open, branches };
    }
    if (c === '[') {
      let k = i + 1;
      while (k < source.length && source[k] !== ']') k += source[k] === '\\' ? 2 : 1;
      if (k >= source.length) fail('unclosed class');
      const raw = source.slice(i, k + 1);
      i = k + 1;
      return { type: 'atom', raw, zeroWidth: false };
    }
    if (c === '\\') {
      const rest = source.slice(i);
      const raw = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]*>|[1-9]\d*|[\s\S])/.exec(rest)?.[0] ?? fail('bad escape');
      if (/^\\(?:[1-9]|k<)/.test(raw)) fail('backreference');
      i += raw.length;
      return { type: 'atom', raw, zeroWidth: raw === '\\b' || raw === '\\B' };
    }
    if (c === ')' || c === '|') fail('unexpected');
    if (/[*+?]/.test(c) || /^\{\d+(?:,\d*)?\}/.test(source.slice(i))) fail('nothing to repeat');
    const raw = String.fromCodePoint(source.codePointAt(i) as number);
    i += raw.length;
    return { type: 'atom', raw, zeroWidth: raw === '^' || raw === '$' };
  };

  const quantified = (body: Node): Node => {
    const q = /^(?:[*+?]|\{(\d+)(?:(,)(\d*))?\})\??/.exec(source.slice(i));
    if (!q) return body;
    i += q[0].length;
    const head = q[0][0];
    const min = head === '+' ? 1 : head === '{' ? Number(q[1]) : 0;
    const max = head === '?' ? 1 : head === '{' ? (q[2] ? (q[3] ? Number(q[3]) : Infinity) : min) : Infinity;
    return { type: 'quant', body, min, max, raw: q[0] };
  };

  const tree = alternatives();
  if (i !== source.length) fail('unbalanced parenthesis');
  return tree;
}

export function print(node: Node): string {
  switch (node.type) {
    case 'atom':
      return node.raw;
    case 'group':
    case 'look':
      return `${node.open}${printAlternatives(node.branches)})`;
    case 'quant':
      return print(node.body) + node.raw;
  }
}

export const printSequence = (seq: readonly Node[]): string => seq.map(print).join('');
export const printAlternatives = (branches: readonly Node[][]): string => branches.map(printSequence).join('|');

/** Whether a node repeats without bound (`*`, `+`, `{n,}`) somewhere outside lookarounds. */
export function hasLoop(node: Node): boolean {
  switch (node.type) {
    case 'atom':
    case 'look':
      return false;
    case 'group':
      return node.branches.some((b) => b.some(hasLoop));
    case 'quant':
      return node.max === Infinity || hasLoop(node.body);
  }
}

/** Whether a lookaround at any depth of the node has a loop in its body. */
function hasLoopyLookaround(node: Node): boolean {
  switch (node.type) {
    case 'atom':
      return false;
    case 'look':
      return node.branches.some((b) => b.some((n) => hasLoop(n) || hasLoopyLookaround(n)));
    case 'group':
      return node.branches.some((b) => b.some(hasLoopyLookaround));
    case 'quant':
      return hasLoopyLookaround(node.body);
  }
}

/**
 * Lookarounds replaced by nothing, at any depth: a zero-width atom that prints as nothing, so that
 * the end of a sequence is still seen to be able to fail there.
 */
function withoutLookarounds(seq: readonly Node[]): Node[] {
  const out: Node[] = [];
  for (const n of seq) {
    if (n.type === 'look') out.push({ type: 'atom', raw: '', zeroWidth: true });
    else if (n.type === 'group') out.push({ ...n, branches: n.branches.map(withoutLookarounds) });
    else if (n.type === 'quant') {
      const [body] = withoutLookarounds([n.body]) as [Node];
      out.push({ ...n, body: body.type === 'atom' && body.raw === '' ? { type: 'atom', raw: '(?:)', zeroWidth: true } : body });
    } else out.push(n);
  }
  return out;
}

/** A group of one alternative is spliced into the sequence around it (a capture costs nothing). */
function flatten(seq: readonly Node[]): Node[] {
  return seq.flatMap((n) => (n.type === 'group' && n.branches.length === 1 ? flatten(n.branches[0] as Node[]) : [n]));
}

/** A single character, class or escape that consumes exactly one character. */
const isCharAtom = (n: Node | undefined): n is Extract<Node, { type: 'atom' }> => n?.type === 'atom' && !n.zeroWidth;

/** The complement of a one-character atom, as an atom: `[^…]`, `\P{…}`, `\D`… */
function complement(raw: string): string {
  if (raw.startsWith('[^')) return `[${raw.slice(2)}`;
  if (raw.startsWith('[')) return `[^${raw.slice(1)}`;
  const escape = /^\\([pPdDwWsS])(.*)$/.exec(raw);
  if (escape) {
    const letter = escape[1] as string;
    return `\\${letter === letter.toLowerCase() ? letter.toUpperCase() : letter.toLowerCase()}${escape[2]}`;
  }
  return `[^${raw === '.' ? '\\n\\r\\u2028\\u2029' : raw}]`;
}

/**
 * A leading one-character lookbehind becomes a character consumed in its place: `(?<!W)x…` costs
 * at each start what `[^W]x…` costs one position earlier.
 */
function consumeLeadingLookbehind(seq: readonly Node[]): Node[] {
  const [first, ...rest] = seq;
  if (first?.type === 'look' && first.behind && first.branches.length === 1) {
    const body = flatten(first.branches[0] as Node[]);
    if (body.length === 1 && isCharAtom(body[0])) return [{ type: 'atom', raw: first.negative ? complement(body[0].raw) : body[0].raw, zeroWidth: false }, ...rest];
  }
  return [...seq];
}

/** Alternatives of a group that holds a loop are spread into whole sequences, up to this many. */
const MAX_SPREAD = 256;

/** The sequence with each loop-holding group of several alternatives spread into one sequence per alternative. */
function spread(seq: Node[]): Node[][] {
  const out: Node[][] = [];
  const queue: Node[][] = [flatten(seq)];
  while (queue.length > 0) {
    const s = queue.shift() as Node[];
    const k = s.findIndex((n) => n.type === 'group' && n.branches.length > 1 && hasLoop(n));
    if (k < 0 || out.length + queue.length + (s[k] as Extract<Node, { type: 'group' }>).branches.length > MAX_SPREAD) {
      out.push(s);
      continue;
    }
    for (const b of (s[k] as Extract<Node, { type: 'group' }>).branches) queue.push(flatten([...s.slice(0, k), ...b, ...s.slice(k + 1)]));
  }
  return out;
}

/** Whether a node is one literal character that the class `cls` takes. */
function takes(node: Node | undefined, cls: string): boolean {
  return node?.type === 'atom' && !node.zeroWidth && [...node.raw].length === 1 && !'\\[.^$'.includes(node.raw) && new RegExp(`^${cls}$`, 'u').test(node.raw);
}

/**
 * Whether `node`, right after a greedy loop over the class `cls`, always holds: `(?!cls)` does, and
 * so does a word boundary `(?:(?<=cls)(?!cls)|…)` when the character before it is known to be in
 * `cls` (`before`). The greedy loop has taken every character of the class.
 */
function endsWordOf(node: Node | undefined, cls: string, before: boolean): boolean {
  if (node?.type === 'look') return !node.behind && node.negative && printAlternatives(node.branches) === cls;
  if (node?.type !== 'group' || !before) return false;
  return printSequence(node.branches[0] ?? []) === `(?<=${cls})(?!${cls})`;
}

/**
 * The sequence without the end a match always gets through once it gets there, so that what is left
 * can be judged as failing at its end: a lazy repetition stops after its minimum; a greedy loop over
 * one character, or over a part whose failed attempts cost bounded work, takes what it can and then
 * succeeds (also before a lookahead that refuses the same character, `\w*(?!\w)`, or before a word
 * boundary after word characters); an optional part without loops does bounded work and succeeds
 * with or without it. Reached once per match, at the cost of the match's own length.
 */
function withoutSureEnd(seq: readonly Node[]): Node[] {
  const s = [...seq];
  for (;;) {
    const last = s[s.length - 1];
    const before = s[s.length - 2];
    if (before?.type === 'quant' && before.max === Infinity && isCharAtom(before.body) && endsWordOf(last, before.body.raw, before.min > 0 || takes(s[s.length - 3], before.body.raw))) {
      s.pop();
      continue;
    }
    if (last?.type !== 'quant' || hasLoopyLookaround(last)) return s;
    const lazy = last.raw.length > 1 && last.raw.endsWith('?');
    const greedyLoop = last.max === Infinity && settlesFast(last.body);
    if (!(lazy || greedyLoop || (last.min === 0 && !hasLoop(last.body)))) return s;
    s.pop();
    // What must still be matched before the end is sure: the minimum number of repetitions.
    for (let k = 0; k < last.min && (lazy || greedyLoop); k++) s.push(last.body);
    if (last.min > 0) return s;
  }
}

/**
 * Whether a failed attempt at the node costs bounded work: a loop-free node, or one whose loops are
 * only in an end it always gets through (`'\p{L}+`). A greedy loop over such a node takes what it can
 * and then succeeds.
 */
function settlesFast(node: Node): boolean {
  if (node.type === 'group') return node.branches.every((b) => !withoutSureEnd(flatten(b)).some(hasLoop));
  return !hasLoop(node);
}

/** Elements of left context kept before the first loop of a piece, and their size in characters. */
const MAX_CONTEXT = 30;
const MAX_CONTEXT_CHARS = 1000;

export type Split = { pieces: string[] } | { unsupported: string };

/**
 * The pieces that bound a pattern's backtracking: each a part of one alternative from a little
 * before its first loop to its last loop, lookarounds taken out, made to fail at its end. A pattern
 * without loops gives none. `unsupported` when the pattern is outside what the cuts cover.
 */
export function split(source: string): Split {
  let tree: Node[][];
  try {
    tree = parse(source);
  } catch (e) {
    return { unsupported: (e as Error).message };
  }
  const pieces = new Set<string>();
  const visit = (branch: Node[]): string | undefined => {
    const seq = withoutSureEnd(consumeLeadingLookbehind(flatten(branch)));
    // A lookahead whose body loops costs, at each place the pattern reaches it, what its body costs
    // there: judged as the pattern up to it followed by its body.
    for (let k = 0; k < seq.length; k++) {
      const n = seq[k] as Node;
      if (n.type === 'look' && n.branches.some((b) => b.some((x) => hasLoop(x) || hasLoopyLookaround(x)))) {
        if (n.behind) return 'lookbehind with a loop';
        for (const b of n.branches) {
          const why = visit([...seq.slice(0, k), ...b]);
          if (why) return why;
        }
      } else if (n.type !== 'look' && hasLoopyLookaround(n)) return 'lookaround with a loop inside a group';
    }
    for (const spreadOut of spread(seq)) {
      const s = withoutLookarounds(withoutSureEnd(consumeLeadingLookbehind(spreadOut)));
      const loops = s.map(hasLoop);
      const first = loops.indexOf(true);
      if (first < 0) continue;
      const last = loops.lastIndexOf(true);
      let from = first;
      while (from > 0 && first - from < MAX_CONTEXT && printSequence(s.slice(from - 1, first)).length <= MAX_CONTEXT_CHARS) from--;
      pieces.add(`(?:${printSequence(s.slice(from, last + 1))})[]`);
    }
    return undefined;
  };
  for (const branch of tree) {
    const why = visit(branch);
    if (why) return { unsupported: why };
  }
  return { pieces: [...pieces] };
}
