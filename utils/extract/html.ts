import { blockText, cleanText } from './text';

/**
 * Saved pages are sometimes only the body's markup (no <html>/<body>); linkedom then builds a document
 * without a body. The CLI wraps such fragments before parsing: parseHTML(asFullDocument(html)).
 */
export function asFullDocument(html: string): string {
  return /<(?:html|body)[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

const TAG_LIKE = /<\/?[a-z][^>]{0,2000}>/i;

/**
 * Text of an HTML snippet taken from the page's data (a JSON-LD description), parsed in an inert
 * document (DOMParser: no scripts run, nothing loads) and never inserted into the live page. Every
 * place Faro runs has a parser (the browser, linkedom in the CLI, happy-dom in the tests); without
 * one the snippet is kept as text, tags and all, rather than guessed at.
 */
export function htmlToText(doc: Document, html: string, again = true): string {
  if (!TAG_LIKE.test(html) && !html.includes('&')) return cleanText(html);
  const Parser = doc.defaultView?.DOMParser ?? (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  try {
    const body = new Parser!().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html').body;
    const text = blockText(body);
    // Descriptions are sometimes HTML-escaped twice ("&lt;p&gt;"): one more pass, keeping the lines the first one found.
    return again && TAG_LIKE.test(text) ? htmlToText(doc, text.replace(/\n/g, '<br>'), false) : text;
  } catch {
    return cleanText(html);
  }
}
