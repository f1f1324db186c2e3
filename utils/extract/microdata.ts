import { blockText, cleanText } from './text';

const JOB_POSTING_TYPE = /schema\.org\/JobPosting\b/i;

/** Elements marked up as schema.org JobPosting microdata (itemscope itemtype=".../JobPosting"). */
export function microdataPostings(root: Element): Element[] {
  return Array.from(root.querySelectorAll('[itemtype]')).filter((el) => JOB_POSTING_TYPE.test(el.getAttribute('itemtype') ?? ''));
}

/** The posting's own title property (not one of a nested item's). */
export function microdataTitle(el: Element): string | undefined {
  for (const prop of Array.from(el.querySelectorAll('[itemprop~="title"], [itemprop~="name"]'))) {
    if (prop.parentElement?.closest('[itemscope]') !== el) continue;
    const title = cleanText(prop.getAttribute('content') ?? blockText(prop), 300);
    if (title) return title;
  }
  return undefined;
}
