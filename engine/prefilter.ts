/**
 * Literal prefixes a pattern's every match must start with, read off the pattern's source, so that
 * the matcher can skip a pattern whose prefixes occur nowhere in the text (`String.includes` is far
 * cheaper than a regular expression with a long alternation tried at every position).
 *
 * A small parser of the subset that rules use: literals, escapes, classes, groups (capturing, named,
 * non-capturing, look-arounds), alternation and quantifiers. Whatever it does not understand makes
 * it answer `undefined`: no prefilter, the pattern always runs.
 */

interface Cursor {
  src: string;
  i: number;
}

const META = new Set(['\\', '(', ')', '[', ']', '{', '}', '|', '.', '*', '+', '?', '^', '$']);
/** Escapes that stand for one literal character. */
const LITERAL_ESCAPES = new Set(['.', '-', '/', '\\', '(', ')', '[', ']', '{', '}', '|', '*', '+', '?', '^', '$', "'", '"', ' ', ',', ':', '=', '!', '&', '#', '@', '%', '~', '`', '<', '>']);
/** Zero-width escapes. */
const ASSERTION_ESCAPES = new Set(['b', 'B']);

type Prefixes = string[] | undefined;

/** Skips a quantifier at the cursor: its minimum count, and whether there was one. */
function quantifier(c: Cursor): { min: number; present: boolean } {
  const ch = c.src[c.i];
  let min = 1;
  if (ch === '*' || ch === '?') {
    min = 0;
    c.i++;
  } else if (ch === '+') {
    c.i++;
  } else if (ch === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(c.src.slice(c.i));
    if (!m) return { min: 1, present: false };
    min = Number(m[1]);
    c.i += m[0].length;
  } else {
    return { min: 1, present: false };
  }
  if (c.src[c.i] === '?') c.i++; // lazy
  return { min, present: true };
}

/** Skips a character class. */
function skipClass(c: Cursor): void {
  c.i++; // [
  while (c.i < c.src.length && c.src[c.i] !== ']') c.i += c.src[c.i] === '\\' ? 2 : 1;
  c.i++; // ]
}

/** Skips a group whose contents do not matter (a look-around). */
function skipGroup(c: Cursor): void {
  let depth = 0;
  while (c.i < c.src.length) {
    const ch = c.src[c.i];
    if (ch === '\\') c.i += 2;
    else if (ch === '[') skipClass(c);
    else {
      if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) {
        c.i++;
        return;
      }
      c.i++;
    }
  }
}

/** The prefixes of an alternation, up to the closing `)` or the end. */
function alternation(c: Cursor): Prefixes {
  const all: string[] = [];
  let known = true;
  for (;;) {
    const branch = sequence(c);
    if (branch === undefined) known = false;
    else all.push(...branch);
    if (c.src[c.i] !== '|') break;
    c.i++;
  }
  return known ? all : undefined;
}

/** The prefixes of one branch; leaves the cursor at `|`, `)` or the end. */
function sequence(c: Cursor): Prefixes {
  let literal = '';
  let result: Prefixes;
  let decided = false;
  const decide = (value: Prefixes) => {
    if (!decided) {
      result = value;
      decided = true;
    }
  };
  while (c.i < c.src.length && c.src[c.i] !== '|' && c.src[c.i] !== ')') {
    const ch = c.src[c.i] as string;
    if (ch === '(') {
      if (/^\(\?<?[=!]/.test(c.src.slice(c.i, c.i + 4))) {
        skipGroup(c);
        quantifier(c);
        continue; // look-arounds take no characters
      }
      const open = /^\((?:\?:|\?<[A-Za-z_]\w*>)?/.exec(c.src.slice(c.i)) as RegExpExecArray;
      c.i += open[0].length;
      const inner = alternation(c);
      c.i++; // )
      const { min } = quantifier(c);
      if (!decided) {
        if (literal) decide([literal]);
        else decide(min >= 1 ? inner : undefined);
      }
      continue;
    }
    if (ch === '[' || ch === '.') {
      if (ch === '[') skipClass(c);
      else c.i++;
      quantifier(c);
      decide(literal ? [literal] : undefined);
      continue;
    }
    if (ch === '^' || ch === '$') {
      c.i++;
      continue;
    }
    let char: string | undefined;
    if (ch === '\\') {
      const next = c.src[c.i + 1] ?? '';
      c.i += 2;
      if (ASSERTION_ESCAPES.has(next)) continue;
      if (next === 'p' || next === 'P') {
        const m = /^\{[^}]*\}/.exec(c.src.slice(c.i));
        c.i += m ? m[0].length : 0;
      } else if (LITERAL_ESCAPES.has(next)) {
        char = next;
      }
    } else if (!META.has(ch)) {
      char = ch;
      c.i++;
    } else {
      // A stray quantifier or brace: give up on this branch.
      c.i++;
      decide(undefined);
      continue;
    }
    const { min, present } = quantifier(c);
    if (decided) continue;
    if (char === undefined || min === 0) {
      decide(literal ? [literal] : undefined);
      continue;
    }
    literal += char;
    // "x+" or "x{2}": the prefix holds one x, and what follows the repetition is not known to be next.
    if (present) decide([literal]);
  }
  if (!decided) decide(literal ? [literal] : undefined);
  return result;
}

/** Every match of the pattern starts with one of these strings; undefined when that cannot be told. */
export function literalPrefixes(source: string): string[] | undefined {
  const c: Cursor = { src: source, i: 0 };
  const prefixes = alternation(c);
  if (c.i < source.length || !prefixes || prefixes.length === 0 || prefixes.some((p) => p.length === 0)) return undefined;
  return [...new Set(prefixes)];
}
