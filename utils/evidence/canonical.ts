/**
 * Canonical JSON: object keys sorted by UTF-16 code units (as RFC 8785 does), no white space unless an
 * indent is asked for, arrays in order. Two parties serialising the same data get the same bytes, so a
 * hash over it can be checked by a colleague with another tool. Refuses what JSON cannot carry faithfully
 * (undefined inside arrays, NaN, Infinity, functions) rather than changing it silently.
 */
export function canonicalJson(value: unknown, indent = 0): string {
  return write(value, indent, '');
}

function write(value: unknown, indent: number, pad: string): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`Not a JSON number: ${value}`);
    return JSON.stringify(value);
  }
  const inner = indent > 0 ? pad + ' '.repeat(indent) : '';
  const open = indent > 0 ? '\n' + inner : '';
  const close = indent > 0 ? '\n' + pad : '';
  const comma = indent > 0 ? ',\n' + inner : ',';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return '[' + open + value.map((v: unknown) => {
      if (v === undefined) throw new TypeError('undefined in an array');
      return write(v, indent, inner);
    }).join(comma) + close + ']';
  }
  if (typeof value === 'object') {
    const keys = Object.keys(value as object).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
    if (keys.length === 0) return '{}';
    const colon = indent > 0 ? ': ' : ':';
    return '{' + open + keys.map((k) => JSON.stringify(k) + colon + write((value as Record<string, unknown>)[k], indent, inner)).join(comma) + close + '}';
  }
  throw new TypeError(`Not JSON: ${typeof value}`);
}
