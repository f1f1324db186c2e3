import { readFile, stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { asFullDocument, extractAds, type ExtractedAd } from '../../utils/extract/index';
import { excerpt } from '../excerpt';
import { bad, type AdItem, type Item } from '../items';
import { MAX_HTML_BYTES, type OnBytes } from './limits';

/** Characters of an ad's text shown as its excerpt, and of its first line when it has no heading. */
const EXCERPT_CHARS = 200;
const TITLE_CHARS = 120;

const httpUrl = (value: string | null | undefined, base?: string): string | undefined => {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
};

/** The address the page was saved from: its canonical link, og:url, the "saved from" comment browsers write, or <base href>. */
function pageAddress(html: string, doc: Document): string | undefined {
  const candidates = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    /<!-- saved from url=\(\d+\)(\S+?) -->/.exec(html.slice(0, 4096))?.[1],
    doc.querySelector('base[href]')?.getAttribute('href'),
  ];
  for (const candidate of candidates) {
    const url = httpUrl(candidate);
    if (url) return url;
  }
  return undefined;
}

/** A card's own link: the link it sits in, or its first link to a web page (not "#", mail, phone or script). */
function cardLink(element: Element | undefined, base: string | undefined): string | undefined {
  if (!element) return undefined;
  const links = [element.closest('a[href]'), ...element.querySelectorAll('a[href]')];
  for (const link of links) {
    const href = link?.getAttribute('href');
    if (href && !href.startsWith('#')) {
      const url = httpUrl(href, base);
      if (url) return url;
    }
  }
  return undefined;
}

/**
 * Where a reader finds the ad: a listing's card links to it; a single ad is the page itself; else the
 * saved file, with the ad's key after "#" when the page holds several.
 */
function adUrl(ad: ExtractedAd, adsOnPage: number, page: string | undefined, file: string): string {
  if (adsOnPage === 1) return page ?? file;
  return cardLink(ad.element, page) ?? `${page ?? file}#${encodeURIComponent(ad.key)}`;
}

/**
 * The ads of a saved page, found exactly as the extension finds them (utils/extract), each with its
 * title, address and an excerpt so that a reader of the report can tell which ad it is. linkedom
 * builds the DOM: on the saved real pages it is about 3× faster than happy-dom with the same ads
 * found, and it runs no page script and loads nothing.
 */
export async function* readHtml(path: string, onBytes: OnBytes): AsyncGenerator<Item> {
  const { size } = await stat(path);
  if (size > MAX_HTML_BYTES) {
    onBytes(size);
    yield bad(path, `page larger than ${MAX_HTML_BYTES / 1024 / 1024} MB, skipped`);
    return;
  }
  const html = await readFile(path, 'utf8');
  onBytes(size);
  const { document } = parseHTML(asFullDocument(html));
  const doc = document as unknown as Document;
  const ads = extractAds(doc);
  if (ads.length === 0) {
    yield bad(path, 'no ad found on the page');
    return;
  }
  const page = pageAddress(html, doc);
  const file = pathToFileURL(path).href;
  for (const ad of ads) {
    const where = `${path}#${ad.key}`;
    if (ad.text.trim() === '') {
      yield bad(where, 'empty text');
      continue;
    }
    const title = excerpt(ad.title ?? ad.text.trim().split('\n')[0] ?? '', TITLE_CHARS);
    const item: AdItem = { kind: 'ad', id: where, text: ad.text, source: where, url: adUrl(ad, ads.length, page, file), title, excerpt: excerpt(ad.text, EXCERPT_CHARS) };
    if (ad.lang) item.lang = ad.lang;
    // The extractor kept the start and the end of a longer ad: its report must say it was not read whole.
    if (ad.truncated) item.truncated = true;
    yield item;
  }
}
