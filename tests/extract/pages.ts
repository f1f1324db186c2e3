import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { asFullDocument } from '../../utils/extract/index';

export const DEVSET_PAGES = new URL('../../../shared/devset/pages/', import.meta.url);
export const REAL_PAGES = new URL('../../../shared/realdata/pages/', import.meta.url);

export function readPage(dir: URL, name: string): string {
  return readFileSync(new URL(name, dir), 'utf8');
}

/** linkedom, as the CLI parses saved pages (no scripts run, no network). */
export function linkedomDocument(html: string): Document {
  return parseHTML(asFullDocument(html)).document as unknown as Document;
}

/** happy-dom with script evaluation and all loading off: the page is read, never run. */
export function happyDocument(html: string): Document {
  const window = new Window({
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

export const PARSERS = { linkedom: linkedomDocument, 'happy-dom': happyDocument } as const;
