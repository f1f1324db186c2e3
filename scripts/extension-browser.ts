/**
 * Headless (or visible) Chromium with the built extension loaded, a static server for local pages,
 * and every other request blocked. Shared by the end-to-end tests, `npm start` and
 * `npm run bench:page`; follows ../shared/reference/toolchain.md.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..');
/** The local test build (`wxt build --mode e2e`): the release build plus localhost pages (FARO_E2E_DIR: a build kept elsewhere). */
export const EXTENSION_DIR = process.env.FARO_E2E_DIR ?? join(ROOT, '.output', 'chrome-mv3-e2e');
export const SHARED = resolve(process.env.FARO_SHARED ?? join(ROOT, '..', 'shared'));
export const ARTIFACTS = join(ROOT, 'test-artifacts');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves each directory under its prefix: `{ devset: '/path' }` → http://127.0.0.1:PORT/devset/… */
export async function serveDirectories(roots: Record<string, string>): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [, prefix = '', ...rest] = path.split('/');
    const base = roots[prefix];
    const file = base ? resolve(base, rest.join('/') || 'index.html') : undefined;
    if (!base || !file || !(file === base || file.startsWith(base + sep)) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  /** Absent when launched without the extension (benchmark baseline). */
  extensionId?: string;
  worker?: Worker;
  /** One of the extension's own pages (`popup.html?tabId=…`, `options.html`) opened as a tab. */
  openExtensionPage(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** `lang`: the browser's language (navigator.languages), British English unless given. */
export async function launch(options: { extension?: boolean; headless?: boolean; extensionDir?: string; lang?: string } = {}): Promise<ExtensionBrowser> {
  const withExtension = options.extension ?? true;
  const dir = options.extensionDir ?? EXTENSION_DIR;
  if (withExtension && !statSync(join(dir, 'manifest.json'), { throwIfNoEntry: false })) {
    throw new Error(`No built extension in ${dir}: run \`npx wxt build --mode e2e\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'faro-ext-'));
  const home = join(userDataDir, 'home');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache') },
    // The language pages see (navigator.languages, Accept-Language): Playwright sets it in every tab, extension pages included.
    ...(options.lang ? { locale: options.lang } : {}),
    args: [
      ...(withExtension ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : ['--disable-extensions']),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${options.lang ?? 'en-GB'}`,
    ],
  });
  let worker: Worker | undefined;
  if (withExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  }
  const extensionId = worker ? new URL(worker.url()).host : undefined;
  return {
    context,
    worker,
    extensionId,
    openExtensionPage: async (path, viewport) => {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Nothing leaves the machine: requests to anything but the local server and the extension are aborted. */
export async function blockOtherNetwork(context: BrowserContext, origin: string): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    return route.abort('blockedbyclient');
  });
}

/** The id of the tab showing `url`, as the extension sees it. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (wanted) => {
    // Runs in the service worker, where `chrome` is the extension API.
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } };
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === wanted)?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}
