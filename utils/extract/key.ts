import { attr } from './dom';
/** Attributes that carry a card's own id: data-id, data-job-id, data-ad-id, data-adid, data-pid… */
const ID_ATTRIBUTE = /^data-(?:[a-z0-9]+[-_]?)?id$/i;
/** An id value worth using as a key: short, no spaces (not a sentence or a JSON blob). */
const ID_VALUE = /^[\w.:/-]{1,100}$/;

/** The card's own id attribute value, when it has one (data-*id first, then id). */
export function idAttributeValue(el: Element): string | undefined {
  for (const attr of Array.from(el.attributes)) {
    if (ID_ATTRIBUTE.test(attr.name) && ID_VALUE.test(attr.value)) return attr.value;
  }
  const id = attr(el, 'id');
  return id !== null && ID_VALUE.test(id) ? id : undefined;
}

/** FNV-1a, 32 bits: a short stable fingerprint, not a security hash. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Key for an ad without an id: its position among the page's ads and its text. */
export function fallbackKey(index: number, text: string): string {
  return `ad-${index}-${fnv1a(text)}`;
}
