import type { Span } from '@/engine/types';
import { setOf } from './extract/dom';

/** Text under these elements is not what a reader sees; the extractor skips it too. */
const SKIPPED = setOf('SCRIPT STYLE NOSCRIPT TEMPLATE TEXTAREA SELECT');
/** More occurrences than this of one phrase in one ad: the later ones are not looked for. */
const MAX_OCCURRENCES = 50;
/**
 * Letters read from an ad's element beyond twice its text's: the element may hold more than the ad's
 * text (hidden text, furniture), but a page with a text node of megabytes must not cost a walk of
 * megabytes. A phrase further in is not highlighted; the popup lists it.
 */
const LETTER_SLACK = 10_000;

/**
 * The ad's visible characters without whitespace, each mapped back to its text node and offset.
 * Whitespace is left out on both sides of the comparison because the extractor's text collapses
 * spaces and puts newlines between blocks, which the DOM writes in its own way.
 */
interface Letters {
  text: string;
  nodes: Text[];
  /** Per letter: index into `nodes`. */
  node: Uint32Array;
  /** Per letter: offset inside its node. */
  offset: Uint32Array;
}

/** Whitespace as `\s` has it, without a regular expression per character for the common ones. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code >= 0x80 && /\s/.test(String.fromCharCode(code)));
}

/** The first `limit` letters of the element. */
function collectLetters(root: Element, limit: number): Letters {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement && SKIPPED.has(n.parentElement.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  const chars: string[] = [];
  const node: number[] = [];
  const offset: number[] = [];
  for (let n = walker.nextNode() as Text | null; n && chars.length < limit; n = walker.nextNode() as Text | null) {
    const data = n.data;
    const index = nodes.push(n) - 1;
    for (let i = 0; i < data.length && chars.length < limit; i++) {
      if (isSpace(data.charCodeAt(i))) continue;
      chars.push(data[i]!);
      node.push(index);
      offset.push(i);
    }
  }
  return { text: chars.join(''), nodes, node: Uint32Array.from(node), offset: Uint32Array.from(offset) };
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

function occurrences(haystack: string, needle: string, limit = MAX_OCCURRENCES): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0 && found.length < limit; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * DOM ranges for evidence spans of an ad's text. The spans index the extractor's text, not the DOM,
 * so each phrase is looked for among the element's text nodes; when it occurs several times, the
 * one in the same position (the n-th occurrence in the ad text is the n-th in the element) is taken.
 * Phrases that are not in the element (e.g. from JSON-LD only) give no range.
 */
export function evidenceRanges(root: Element, adText: string, spans: readonly Span[]): Range[] {
  if (spans.length === 0) return [];
  const letters = collectLetters(root, squeeze(adText).length * 2 + LETTER_SLACK);
  const ranges: Range[] = [];
  for (const span of spans) {
    const needle = squeeze(span.text);
    if (!needle) continue;
    const inDom = occurrences(letters.text, needle);
    if (inDom.length === 0) continue;
    const before = occurrences(squeeze(adText.slice(0, span.start + span.text.length)), needle).length - 1;
    const start = inDom[Math.min(Math.max(before, 0), inDom.length - 1)]!;
    const last = start + needle.length - 1;
    const range = root.ownerDocument.createRange();
    range.setStart(letters.nodes[letters.node[start]!]!, letters.offset[start]!);
    range.setEnd(letters.nodes[letters.node[last]!]!, letters.offset[last]! + 1);
    ranges.push(range);
  }
  return ranges;
}
