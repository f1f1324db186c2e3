/**
 * Literal text a pattern's every match must contain, read off the pattern's source, so that the
 * matcher tries a pattern only where that text occurs (engine/match.ts): one automaton finds every
 * literal of every pattern in one pass over the ad (engine/literal-index.ts), and a pattern whose
 * literals occur nowhere never runs.
 *
 * A small parser of the subset that rules use: literals, escapes, classes, groups (capturing, named,
 * non-capturing, look-arounds), alternation and quantifiers. Whatever it does not understand makes
 * it answer `undefined`: no prefilter, the pattern always runs.
 */

type Node =
  | { t: 'char'; c: string }
  /** One character that is not a known literal: a class, `.`, `\d`, `\p{L}`. */
  | { t: 'any' }
  /** Zero-width: `^`, `$`, `\b`, a look-around. */
  | { t: 'assert' }
  | { t: 'group'; alts: Node[][] }
  | { t: 'rep'; node: Node; min: number; max: number };

class Unsupported extends Error {}

interface Cursor {
  src: string;
  i: number;
}

const META = new Set(['\\', '(', ')', '[', ']', '{', '}', '|', '.', '*', '+', '?', '^', '$']);
/** Escapes that stand for one literal character. */
const LITERAL_ESCAPES = new Set(['.', '-', '/', '\\', '(', ')', '[', ']', '{', '}', '|', '*', '+', '?', '^', '$', "'", '"', ' ', ',', ':', '=', '!', '&', '#', '@', '%', '~', '`', '<', '>']);
/** Escapes of one character of a class (`\d`, `\s`, `\w` …), or of a control character. */
const CLASS_ESCAPES = new Set(['d', 'D', 's', 'S', 'w', 'W', 'n', 'r', 't', 'f', 'v', '0']);

function skipClass(c: Cursor): void {
  c.i++; // [
  while (c.i < c.src.length && c.src[c.i] !== ']') c.i += c.src[c.i] === '\\' ? 2 : 1;
  if (c.i >= c.src.length) throw new Unsupported();
  c.i++; // ]
}

/** Sticky expressions read at the cursor (a slice of the rest of the source at each step was quadratic in a long pattern). */
const PROPERTY = /\{[^}]*\}/y;
const HEX2 = /[0-9a-fA-F]{2}/y;
const HEX4 = /[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\}/y;
const COUNT = /\{(\d+)(,(\d*))?\}/y;
const LOOKAROUND = /\(\?<?[=!]/y;
const GROUP_OPEN = /\((?:\?:|\?<[A-Za-z_]\w*>)?/y;

function at(re: RegExp, c: Cursor): RegExpExecArray | null {
  re.lastIndex = c.i;
  return re.exec(c.src);
}

function escape(c: Cursor): Node {
  const next = c.src[c.i + 1] ?? '';
  c.i += 2;
  if (next === 'b' || next === 'B') return { t: 'assert' };
  if (next === 'p' || next === 'P') {
    const m = at(PROPERTY, c);
    if (!m) throw new Unsupported();
    c.i += m[0].length;
    return { t: 'any' };
  }
  if (next === 'u' || next === 'x') {
    const m = at(next === 'x' ? HEX2 : HEX4, c);
    if (!m) throw new Unsupported();
    c.i += m[0].length;
    return { t: 'char', c: String.fromCodePoint(parseInt(m[0].replace(/[{}]/g, ''), 16)) };
  }
  if (LITERAL_ESCAPES.has(next)) return { t: 'char', c: next };
  if (CLASS_ESCAPES.has(next)) return { t: 'any' };
  throw new Unsupported(); // back-references and anything unknown
}

function quantify(c: Cursor, node: Node): Node {
  const ch = c.src[c.i];
  let min: number;
  let max: number;
  if (ch === '*' || ch === '+' || ch === '?') {
    min = ch === '+' ? 1 : 0;
    max = ch === '?' ? 1 : Infinity;
    c.i++;
  } else if (ch === '{') {
    const m = at(COUNT, c);
    if (!m) throw new Unsupported();
    min = Number(m[1]);
    max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    c.i += m[0].length;
  } else {
    return node;
  }
  if (c.src[c.i] === '?') c.i++; // lazy
  if (node.t === 'assert') return node;
  return { t: 'rep', node, min, max };
}

function parseAlternation(c: Cursor): Node[][] {
  const alts: Node[][] = [parseSequence(c)];
  while (c.src[c.i] === '|') {
    c.i++;
    alts.push(parseSequence(c));
  }
  return alts;
}

function parseSequence(c: Cursor): Node[] {
  const seq: Node[] = [];
  while (c.i < c.src.length && c.src[c.i] !== '|' && c.src[c.i] !== ')') {
    const ch = c.src[c.i] as string;
    let node: Node;
    if (ch === '(') {
      const lookaround = at(LOOKAROUND, c);
      const open = lookaround ?? at(GROUP_OPEN, c);
      if (!open || (!lookaround && c.src[c.i + 1] === '?' && open[0].length === 1)) throw new Unsupported();
      c.i += open[0].length;
      const alts = parseAlternation(c);
      if (c.src[c.i] !== ')') throw new Unsupported();
      c.i++;
      node = lookaround ? { t: 'assert' } : { t: 'group', alts };
    } else if (ch === '[') {
      skipClass(c);
      node = { t: 'any' };
    } else if (ch === '.') {
      c.i++;
      node = { t: 'any' };
    } else if (ch === '^' || ch === '$') {
      c.i++;
      node = { t: 'assert' };
    } else if (ch === '\\') {
      node = escape(c);
    } else if (META.has(ch)) {
      throw new Unsupported(); // a stray quantifier or bracket
    } else {
      const cp = c.src.codePointAt(c.i) as number;
      const char = String.fromCodePoint(cp);
      c.i += char.length;
      node = { t: 'char', c: char };
    }
    seq.push(quantify(c, node));
  }
  return seq;
}

/** Up to this many strings in a set of prefixes: more would cost more to look up than they save. */
const MAX_PREFIXES = 64;

/**
 * Literals one of which every match contains, and the farthest that literal can start from the
 * match's start (Infinity when unbounded).
 */
export interface Required {
  literals: string[];
  lead: number;
}

interface Info {
  min: number;
  max: number;
  /** Every match starts with one of these (non-empty) strings. */
  prefixes?: string[];
  /** Every match contains one of these literals. */
  required?: Required;
}

/** A literal is worth looking for when it is not a letter, digit, space or punctuation that every text has. */
const COMMON_CHAR = /^[\s.,:;\-/'"()!?\p{L}\p{N}]$/u;
const usable = (literals: readonly string[]) => literals.length > 0 && literals.every((l) => l.trim().length > 0 && !COMMON_CHAR.test(l));

/**
 * The better of two requirements: a bounded distance first (the matcher then tries only a few
 * positions before each literal), then the rarer literals (the shortest of them longer), then fewer.
 */
function better(a: Required | undefined, b: Required | undefined): Required | undefined {
  if (!a || !usable(a.literals)) return b && usable(b.literals) ? b : undefined;
  if (!b || !usable(b.literals)) return a;
  if (Number.isFinite(a.lead) !== Number.isFinite(b.lead)) return Number.isFinite(a.lead) ? a : b;
  const shortest = (r: Required) => Math.min(...r.literals.map((l) => l.length));
  if (shortest(a) !== shortest(b)) return shortest(a) > shortest(b) ? a : b;
  if (a.literals.length !== b.literals.length) return a.literals.length < b.literals.length ? a : b;
  return a.lead <= b.lead ? a : b;
}

const shift = (r: Required | undefined, by: number): Required | undefined => r && { literals: r.literals, lead: r.lead + by };

/** Without the strings that start with another of the set ("fee", "fees": "fee" says it). */
function minimal(prefixes: readonly string[]): string[] {
  const kept: string[] = [];
  for (const p of [...new Set(prefixes)].sort((a, b) => a.length - b.length)) if (!kept.some((k) => p.startsWith(k))) kept.push(p);
  return kept;
}

/** Every `a + tail + b`; undefined when there would be too many. */
function cross(a: readonly string[], tail: string, b: readonly string[]): string[] | undefined {
  if (a.length * b.length > MAX_PREFIXES) return undefined;
  return a.flatMap((x) => b.map((y) => x + tail + y));
}

/** A group whose every branch is a fixed string ("(?:a|an)", "(?:eur)"): its strings. */
function fixedStrings(alts: readonly Node[][]): string[] | undefined {
  const out: string[] = [];
  for (const alt of alts) {
    let s = '';
    for (const n of alt) {
      if (n.t === 'char') s += n.c;
      else if (n.t !== 'assert') return undefined;
    }
    out.push(s);
  }
  return out;
}

/** The strings a group, or an optional character or group, stands for when they are fixed (`s\.?r` starts "sr" or "s.r"). */
function fixedOf(node: Node): string[] | undefined {
  if (node.t === 'group') return fixedStrings(node.alts);
  if (node.t !== 'rep' || node.min !== 0 || node.max !== 1) return undefined;
  const inner = node.node.t === 'char' ? [node.node.c] : fixedOf(node.node);
  return inner && ['', ...inner];
}

function nodeInfo(node: Node): Info {
  switch (node.t) {
    case 'char':
      return { min: 1, max: 1, prefixes: [node.c], required: { literals: [node.c], lead: 0 } };
    case 'any':
      return { min: 1, max: 1 };
    case 'assert':
      return { min: 0, max: 0 };
    case 'group':
      return alternationInfo(node.alts);
    case 'rep': {
      const inner = nodeInfo(node.node);
      const min = inner.min * node.min;
      const max = node.max === 0 ? 0 : inner.max * node.max;
      if (node.min === 0) return { min, max };
      return { min, max, prefixes: inner.prefixes, required: inner.required };
    }
  }
}

function alternationInfo(alts: readonly Node[][]): Info {
  const infos = alts.map(sequenceInfo);
  const min = Math.min(...infos.map((i) => i.min));
  const max = Math.max(...infos.map((i) => i.max));
  const prefixes = infos.every((i) => i.prefixes) ? [...new Set(infos.flatMap((i) => i.prefixes as string[]))] : undefined;
  const required = infos.every((i) => i.required)
    ? { literals: [...new Set(infos.flatMap((i) => (i.required as Required).literals))], lead: Math.max(...infos.map((i) => (i.required as Required).lead)) }
    : undefined;
  return { min, max, prefixes: prefixes && prefixes.length <= MAX_PREFIXES ? prefixes : undefined, required };
}

function sequenceInfo(seq: readonly Node[]): Info {
  let min = 0;
  let max = 0;
  // The prefixes grow while what comes is fixed text, the last characters kept apart in `tail`
  // until a group multiplies them; `open` is false once they stop.
  let prefixes: string[] = [''];
  let tail = '';
  let open = true;
  let required: Required | undefined;
  // A run of literal characters, and where it can start.
  let run = '';
  let runLead = 0;
  const endRun = () => {
    if (run) required = better(required, { literals: [run], lead: runLead });
    run = '';
  };
  const grow = (next: readonly string[]) => {
    const crossed = cross(prefixes, tail, next);
    if (crossed) prefixes = crossed;
    else {
      if (tail) prefixes = prefixes.map((p) => p + tail);
      open = false;
    }
    tail = '';
  };
  for (const node of seq) {
    if (node.t === 'assert') continue;
    const info = nodeInfo(node);
    if (node.t === 'char') {
      if (!run) runLead = max;
      run += node.c;
      if (open) tail += node.c;
    } else {
      endRun();
      required = better(required, shift(info.required, max));
      if (info.prefixes) required = better(required, { literals: info.prefixes, lead: max });
      if (open) {
        const fixed = fixedOf(node);
        if (fixed) grow(fixed);
        else {
          if (info.min > 0 && info.prefixes) grow(info.prefixes);
          open = false;
        }
      }
    }
    min += info.min;
    max += info.max;
  }
  endRun();
  const ends = minimal(tail ? prefixes.map((p) => p + tail) : prefixes);
  const nonEmpty = ends.every((p) => p.length > 0) ? ends : undefined;
  if (nonEmpty) required = better(required, { literals: nonEmpty, lead: 0 });
  return { min, max, prefixes: nonEmpty, required };
}

function parse(source: string): Node[][] | undefined {
  try {
    const c: Cursor = { src: source, i: 0 };
    const alts = parseAlternation(c);
    return c.i === source.length ? alts : undefined;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

/** Every match of the pattern starts with one of these strings; undefined when that cannot be told. */
export function literalPrefixes(source: string): string[] | undefined {
  const alts = parse(source);
  return alts && alternationInfo(alts).prefixes;
}

/**
 * Literals every match contains, one of them at most `lead` characters after the match's start;
 * undefined when the pattern has none worth looking for (only common characters) or when it cannot
 * be told. The literals at the start (lead 0) are preferred when they are as rare as any.
 */
export function requiredLiterals(source: string): Required | undefined {
  const alts = parse(source);
  if (!alts) return undefined;
  const info = alternationInfo(alts);
  const atStart = info.prefixes && { literals: info.prefixes, lead: 0 };
  return better(atStart, info.required);
}
