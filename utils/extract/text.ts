import { MAX_AD_CHARS } from '../../engine/limits';
import { CDATA_NODE, ELEMENT_NODE, TEXT_NODE, attr, isBlockTag, tagOf } from './dom';
import { HIDDEN, MARKUP_VISIBILITY, OWN_TEXT_HIDDEN, type Shown } from './visibility';

/**
 * Longest ad text kept: what the engine reads of one ad (engine/limits.ts imports nothing, so the
 * content script takes the constant without the engine). A real ad is far shorter; a longer one is
 * read at both ends (readText).
 */
export const MAX_AD_TEXT = MAX_AD_CHARS;

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

/** Stands between the start and the end of an ad too long to be read whole. */
export const CUT_MARK = '\n[…]\n';

export interface TextOptions {
  /** Longest text returned (default MAX_AD_TEXT). */
  max?: number;
  /** Leaves out whole subtrees (page furniture inside an ad's container). */
  skip?: (el: Element) => boolean;
  /** How each element shows (default: its markup). The extractor passes what the page's stats saw. */
  shown?: (el: Element) => Shown;
}

export interface AdText {
  text: string;
  /** False when the text is the start and the end of a longer one, joined by CUT_MARK. */
  whole: boolean;
}

const byMarkup = (el: Element): Shown => MARKUP_VISIBILITY.state(el);

/**
 * The text of `el` as a reader sees it, without layout: text nodes joined, a newline around every
 * block element and at <br>, scripts/styles/templates/SVG/form controls and hidden elements skipped.
 * Deliberately not innerText: innerText forces a layout in the browser and differs (or is missing) in
 * happy-dom and linkedom, and the extension and the CLI must read the same text.
 *
 * A text longer than `max` is read at both ends: its start and its end, each half of `max`, joined
 * by CUT_MARK (`whole: false`). Padding placed before the red flags then pushes them into the end,
 * which is read, instead of past a cut. Both readings stop at their share of the text: the middle of
 * a huge node or subtree is never walked.
 */
export function readText(el: Element | DocumentFragment, options: TextOptions = {}): AdText {
  const max = options.max ?? MAX_AD_TEXT;
  const reading = { shown: options.shown ?? byMarkup, skip: options.skip };
  // Collect a little more than `max` so that cleaning (which shrinks whitespace) still fills it.
  const head = collect(el, max * 2 + 64, true, reading);
  const text = cleanText(head.parts.join(''), Infinity);
  if (head.complete && text.length <= max) return { text, whole: true };
  const half = halfOf(max);
  const tail = collect(el, half * 2 + 64, false, reading);
  const end = cleanText(tail.parts.reverse().join(''), Infinity);
  return { text: startOf(text, half) + CUT_MARK + endOf(end, half), whole: false };
}

/** A text already in memory (a JSON-LD posting) fitted to `max` as readText fits one: whole, or its start and its end. */
export function fitText(text: string, max: number): AdText {
  if (text.length <= max) return { text, whole: true };
  const half = halfOf(max);
  return { text: startOf(text, half) + CUT_MARK + endOf(text, half), whole: false };
}

/** Each end's share of a text cut to `max`. */
function halfOf(max: number): number {
  return Math.max(0, Math.floor((max - CUT_MARK.length) / 2));
}

/** readText's text alone. */
export function blockText(el: Element | DocumentFragment, options: TextOptions = {}): string {
  return readText(el, options).text;
}

interface Reading {
  shown: (el: Element) => Shown;
  skip: ((el: Element) => boolean) | undefined;
}

/**
 * The raw text of `root` in document order (`forward`) or from its end backwards (the parts then
 * come last first), until `budget` characters; `complete` when the whole subtree was read. Explicit
 * stack of nodes and '\n' markers (pushed after a block's children, closing it): deep nesting cannot
 * overflow the call stack.
 */
function collect(root: Element | DocumentFragment, budget: number, forward: boolean, reading: Reading): { parts: string[]; complete: boolean } {
  const parts: string[] = [];
  let length = 0;
  const stack: Array<Node | '\n'> = [];
  const pushChildren = (parent: Node, ownText: boolean) => {
    for (let n = forward ? parent.lastChild : parent.firstChild; n; n = forward ? n.previousSibling : n.nextSibling) {
      if (ownText || n.nodeType === ELEMENT_NODE) stack.push(n);
    }
  };
  pushChildren(root, root.nodeType !== ELEMENT_NODE || reading.shown(root as Element) !== OWN_TEXT_HIDDEN);
  while (stack.length > 0) {
    if (length >= budget) return { parts, complete: false };
    const node = stack.pop()!;
    if (node === '\n') {
      parts.push('\n');
      length++;
      continue;
    }
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
      let data = (node as CharacterData).data;
      const room = budget - length;
      const cut = data.length > room;
      // A huge text node is sliced before anything else touches it: only its share is ever copied.
      if (cut) data = forward ? data.slice(0, room) : data.slice(data.length - room);
      // Newlines inside text are source formatting; only blocks and <br> make lines.
      data = data.replace(SOURCE_WHITESPACE, ' ');
      parts.push(data);
      length += data.length;
      if (cut) return { parts, complete: false };
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
    const shown = reading.shown(child);
    if (shown === HIDDEN || (reading.skip?.(child) ?? false)) continue;
    if (isBlockTag(tag)) {
      parts.push('\n');
      stack.push('\n');
    } else if (tag === 'IMG') {
      // Emoji drawn as images (twemoji, classifieds sites) carry meaning; long alt texts are captions.
      const alt = attr(child, 'alt');
      if (alt && alt.length <= MAX_IMAGE_ALT) parts.push(alt);
      continue;
    }
    pushChildren(child, shown !== OWN_TEXT_HIDDEN);
  }
  return { parts, complete: true };
}

/** The first `n` characters of `text`, never ending inside a surrogate pair. */
function startOf(text: string, n: number): string {
  return text.slice(0, isHighSurrogate(text.charCodeAt(n - 1)) ? n - 1 : n).trimEnd();
}

/** The last `n` characters of `text`, never starting inside a surrogate pair. */
function endOf(text: string, n: number): string {
  const start = Math.max(0, text.length - n);
  return text.slice(isHighSurrogate(text.charCodeAt(start - 1)) ? start + 1 : start).trimStart();
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
