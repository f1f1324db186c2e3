/** Language tag like "de", "en-GB", "pt_BR" (attribute values are author-written, so checked). */
const LANG_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i;

/** The `lang` of the nearest ancestor (or the element itself), else of the document's root. */
export function langOf(el: Element | undefined, doc: Document): string | undefined {
  const holder = el?.closest('[lang]') ?? doc.documentElement;
  const lang = holder?.getAttribute('lang')?.trim();
  return lang && LANG_TAG.test(lang) ? lang : undefined;
}
