import { attr, findFirst, itemprops } from './dom';
import type { PageStats } from './stats';
import { UNITS_PER_STEP, type Steps } from './steps';
import { blockText, cleanText } from './text';

const JOB_POSTING_TYPE = /schema\.org\/JobPosting\b/i;

/** Elements marked up as schema.org JobPosting microdata (itemscope itemtype=".../JobPosting"). */
export function* microdataPostings(stats: PageStats): Steps<Element[]> {
  const found: Element[] = [];
  let units = 0;
  for (const el of stats.keys()) {
    if (++units === UNITS_PER_STEP) {
      units = 0;
      yield;
    }
    const type = attr(el, 'itemtype');
    if (type === null || !JOB_POSTING_TYPE.test(type)) continue;
    // Document order: a posting nested in another comes right after it.
    const last = found[found.length - 1];
    if (!last || !last.contains(el)) found.push(el);
  }
  return found;
}

/** The posting's own title property (not one of a nested item's). */
export function microdataTitle(el: Element): string | undefined {
  const prop = findFirst(el, (p) => {
    const names = itemprops(p);
    return (names.includes('title') || names.includes('name')) && p.parentElement?.closest('[itemscope]') === el;
  });
  if (!prop) return undefined;
  return cleanText(attr(prop, 'content') ?? blockText(prop), 300) || undefined;
}
