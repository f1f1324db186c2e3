import { findAll, isHeadingTag, itemprops, tagOf } from './dom';
import { blockText } from './text';

/** Lower case, one space: enough to compare what JSON-LD says with what the page shows. */
function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** How much of the description must appear in an element for it to be the posting's container. */
const SNIPPET_LENGTH = 60;
/** Ancestors climbed from the title before giving up. */
const MAX_CLIMB = 12;

/**
 * The page element that shows a JSON-LD posting (for the badge): the smallest ancestor of a heading
 * carrying the title that also contains the start of the description; else the heading's section.
 * Reads the text of at most MAX_CLIMB ancestors of one heading: runs once per single-ad page.
 */
export function locatePosting(doc: Document, title: string | undefined, description: string): Element | undefined {
  const body = doc.body;
  if (!title || !body) return undefined;
  const wanted = fold(title);
  const snippet = fold(description).slice(0, SNIPPET_LENGTH);
  const headings = findAll(body, (el) => isHeadingTag(tagOf(el), 3) || itemprops(el).includes('title'));
  const texts = headings.map((h) => fold(blockText(h, { max: 1000 })));
  const index = texts.findIndex((t) => t === wanted);
  const heading = headings[index >= 0 ? index : texts.findIndex((t) => t.length > 3 && (t.includes(wanted) || wanted.includes(t)))];
  if (!heading) return undefined;
  let el: Element | null = heading;
  for (let i = 0; el && i < MAX_CLIMB; i++, el = el.parentElement) {
    const tag = tagOf(el);
    if (tag === 'BODY' || tag === 'HTML') break;
    if (!snippet || fold(blockText(el)).includes(snippet)) return el;
  }
  return heading.closest('article, main, [role="main"], section') ?? heading;
}
