import { CDATA_NODE, ELEMENT_NODE, TEXT_NODE, isBlockTag, isInvisible, tagOf } from './dom';

/** Longest ad text kept: a real ad is far shorter; a whole page dumped as one "ad" is cut here. */
export const MAX_AD_TEXT = 20_000;

/** An <img> alt this short is an emoji or symbol drawn as an image, kept as text. */
const MAX_IMAGE_ALT = 8;

/** C0/C1 controls except tab and newline, and lone surrogates: junk that only confuses the engine. */
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const SOURCE_WHITESPACE = /[ \t\n\r\f]+/g;

/** Turns raw collected text into the ad text: one space between words, one newline between blocks. */
export function cleanText(raw: string, max = MAX_AD_TEXT): string {
  let t = raw
    .replace(CONTROL_CHARS, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[ \t\f\r\u00A0]+/g, ' ')
    .replace(/ ?\n[\n ]*/g, '\n')
    .trim();
  if (t.length > max) {
    let cut = max;
    // Never leave half of a surrogate pair at the end.
    const last = t.charCodeAt(cut - 1);
    if (last >= 0xd800 && last <= 0xdbff) cut--;
    t = t.slice(0, cut);
  }
  return t;
}

/**
 * The text of `el` as a reader sees it, without layout: text nodes joined, a newline around every
 * block element and at <br>, scripts/styles/templates/SVG/form controls and author-hidden elements
 * skipped. Deliberately not innerText: innerText forces a layout in the browser and differs (or is
 * missing) in happy-dom and linkedom, and the extension and the CLI must read the same text.
 * `skip` leaves out whole subtrees (page furniture inside a main-content block).
 */
export function blockText(el: Element | DocumentFragment, options: { max?: number; skip?: (el: Element) => boolean } = {}): string {
  const max = options.max ?? MAX_AD_TEXT;
  const parts: string[] = [];
  let length = 0;
  // Explicit stack of nodes and '\n' markers (pushed after a block's children, closing it).
  const stack: Array<Node | '\n'> = [];
  for (let n = el.lastChild; n; n = n.previousSibling) stack.push(n);
  // Collect a little more than `max` so that cleaning (which shrinks whitespace) still fills it.
  const budget = max * 2 + 64;
  while (stack.length > 0 && length < budget) {
    const node = stack.pop()!;
    if (node === '\n') {
      parts.push('\n');
      length++;
      continue;
    }
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
      // Newlines inside text are source formatting; only blocks and <br> make lines.
      const data = (node as CharacterData).data.replace(SOURCE_WHITESPACE, ' ');
      parts.push(data);
      length += data.length;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const child = node as Element;
    const tag = tagOf(child);
    if (tag === 'BR') {
      parts.push('\n');
      length++;
      continue;
    }
    if (isInvisible(child) || (options.skip?.(child) ?? false)) continue;
    const block = isBlockTag(tag);
    if (block) {
      parts.push('\n');
      stack.push('\n');
    } else if (tag === 'IMG') {
      // Emoji drawn as images (twemoji, classifieds sites) carry meaning; long alt texts are captions.
      const alt = child.getAttribute('alt');
      if (alt && alt.length <= MAX_IMAGE_ALT) parts.push(alt);
      continue;
    }
    for (let n = child.lastChild; n; n = n.previousSibling) stack.push(n);
  }
  return cleanText(parts.join(''), max);
}
