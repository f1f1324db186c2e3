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
 * document (DOMParser: no scripts run, nothing loads) and never inserted into the live page. Falls back
 * to stripping tags where no parser is available.
 */
export function htmlToText(doc: Document, html: string): string {
  if (!TAG_LIKE.test(html) && !html.includes('&')) return cleanText(html);
  const Parser = doc.defaultView?.DOMParser ?? (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  if (Parser) {
    try {
      const parsed = new Parser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
      if (parsed.body) {
        const text = blockText(parsed.body);
        // Descriptions are sometimes HTML-escaped twice ("&lt;p&gt;"): one more pass.
        return TAG_LIKE.test(text) ? stripTags(text, true) : text;
      }
    } catch {
      // Fall through to the tag stripper.
    }
  }
  return stripTags(html, false);
}

const BLOCK_BOUNDARY = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|blockquote|dd|dt|dl|pre|hr)\b[^>]{0,2000}>/gi;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** `lines`: the input is text whose newlines are already meaningful (a second, escaped layer of HTML). */
function stripTags(html: string, lines: boolean): string {
  const text = html
    .replace(lines ? /[ \t\r\f]+/g : /\s+/g, ' ')
    .replace(/<(script|style|template|noscript)\b[^>]{0,2000}>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(BLOCK_BOUNDARY, '\n')
    .replace(/<[^>]{0,2000}>/g, '')
    .replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (m, e: string) => decodeEntity(e) ?? m);
  return cleanText(text);
}

function decodeEntity(e: string): string | undefined {
  if (e[0] === '#') {
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
  }
  return NAMED_ENTITIES[e.toLowerCase()];
}
