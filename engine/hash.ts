/** FNV-1a, 32 bits: a short stable id for an ad without one. Not for integrity (that is SHA-256). */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function stableId(text: string): string {
  return `ad-${fnv1a(text).toString(16).padStart(8, '0')}`;
}
