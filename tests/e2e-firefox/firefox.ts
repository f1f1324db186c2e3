/**
 * Debian's Firefox ESR with the Firefox e2e build installed as a temporary add-on, driven by
 * puppeteer-core over WebDriver BiDi (puppeteer-core downloads no browser). Pages come from the
 * shared static server of the Chromium tests; every other request goes to a local proxy that
 * refuses it.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT, SHARED, serveDirectories, type StaticServer } from '../../scripts/extension-browser';
import type { InExtension } from '../e2e/extension-api';
import { levelsOf } from '../e2e/levels';

/** `wxt build -b firefox --mv3 --mode e2e`: the Firefox build plus localhost pages (`npm run test:e2e:firefox` builds it). */
export const FIREFOX_EXTENSION_DIR = process.env.FARO_FIREFOX_E2E_DIR ?? join(ROOT, '.output', 'firefox-mv3-e2e');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Fixed so that the extension's pages have a known origin (Firefox otherwise picks a random one per profile). */
const EXTENSION_UUID = 'f4a0c3e1-5a2b-4c6d-8e9f-0a1b2c3d4e5f';

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://<uuid> */
  extensionOrigin: string;
  /** Errors raised by the extension anywhere (background, content scripts, its pages): uncaught ones and console.error from content scripts. */
  extensionErrors: string[];
  /** Hosts the browser tried to reach beyond the local server, all refused. */
  refused: string[];
  /** A tab whose console errors from the extension's content scripts are collected. */
  newPage(): Promise<Page>;
  /** One of the extension's own pages (popup.html?tabId=…, options.html) opened as a tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** A proxy that accepts a connection, notes the host asked for and closes it: the only way out of this Firefox. */
async function refusingProxy(refused: string[]): Promise<{ server: Server; port: number }> {
  const server = createServer((socket) => {
    socket.once('data', (head) => {
      // "CONNECT host:443 HTTP/1.1" or "GET http://host/path HTTP/1.1"
      const target = head.toString('latin1').split(' ')[1] ?? '?';
      refused.push(target.replace(/^\w+:\/\//, '').split(/[/:]/)[0] ?? target);
      socket.destroy();
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : 0 };
}

/**
 * `extensionDir`: another build (the release build, `.output/firefox-mv3`); `languages`: the browser's
 * accept-languages; `prefs`: more preferences for one test file (e.g. answering permission prompts).
 */
export async function launchFirefox(options: { extensionDir?: string; languages?: string; prefs?: Record<string, unknown> } = {}): Promise<FirefoxWithExtension> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!statSync(FIREFOX_PATH, { throwIfNoEntry: false })) {
    throw new Error(`Firefox is not installed at ${FIREFOX_PATH}: run \`apt-get install -y firefox-esr\` (or set FIREFOX_PATH). The Firefox build is tested in it.`);
  }
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!statSync(manifestPath, { throwIfNoEntry: false })) {
    throw new Error(`No Firefox build in ${extensionDir}: run \`npx wxt build -b firefox --mv3 --mode e2e\` (or, for the release build, \`npm run build:firefox\`) first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;

  const refused: string[] = [];
  const proxy = await refusingProxy(refused);
  const home = mkdtempSync(join(tmpdir(), 'faro-firefox-home-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache') },
    // Lets BiDi navigate a tab to a moz-extension:// page (the popup opened as a tab, as the Chromium tests do).
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      // Firefox grants an MV3 add-on the sites its manifest lists when it is installed: the user sees
      // them in the install prompt and accepts them by installing. A temporary add-on gets no prompt;
      // this pref (Firefox's default since 127, set so the tests do not rest on a default) grants them
      // the same way. popup.test.ts checks the grant through permissions.getAll().
      'extensions.originControls.grantByDefault': true,
      // Everything but localhost goes to the refusing proxy; localhost is never proxied.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      'network.trr.mode': 5,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'intl.accept_languages': options.languages ?? 'en-GB,en',
      ...options.prefs,
    },
  });

  // Firefox writes every uncaught error to stderr as "JavaScript error: <file>, line <n>: <message>"
  // (puppeteer's profile turns on browser.dom.window.dump.enabled); the extension's are those of its origin.
  const extensionErrors: string[] = [];
  const stderr = browser.process()?.stderr;
  if (stderr) {
    createInterface({ input: stderr }).on('line', (line) => {
      if (line.startsWith(`JavaScript error: ${extensionOrigin}/`)) extensionErrors.push(line);
    });
  }
  const installed = await browser.installExtension(extensionDir);
  if (installed !== geckoId) throw new Error(`Firefox installed ${installed}, expected ${geckoId}`);

  const newPage = async (): Promise<Page> => {
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && message.location().url?.startsWith(extensionOrigin)) extensionErrors.push(message.text());
    });
    return page;
  };

  return {
    browser,
    extensionOrigin,
    extensionErrors,
    refused,
    newPage,
    openExtensionPage: async (path) => {
      const page = await newPage();
      const url = `${extensionOrigin}/${path}`;
      // Firefox loads the page, but puppeteer hears of no navigation in the extension's process and
      // would wait out its timeout: wait for the document itself instead.
      page.goto(url, { timeout: 15_000 }).catch(() => undefined);
      const deadline = Date.now() + 15_000;
      while (!(await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '')).startsWith(`${url} complete`)) {
        if (Date.now() > deadline) throw new Error(`${url} did not load in Firefox`);
        await sleep(100);
      }
      return page;
    },
    close: async () => {
      await browser.close();
      await new Promise((ok) => proxy.server.close(ok));
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** The id of the tab showing `url`, as the extension sees it (asked from one of its pages). */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (wanted) => {
    // Runs in an extension page, where `browser` is the WebExtension API.
    return (await (globalThis as unknown as InExtension).browser.tabs.query({})).find((tab) => tab.url === wanted)?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Firefox with the built extension, the devset pages served, and the jobs listing open and marked (tests/e2e/badged-listing.ts in Chromium). */
export interface BadgedListing {
  firefox: FirefoxWithExtension;
  server: StaticServer;
  listing: Page;
  listingUrl: string;
  /** The listing's tab, for the extension pages that report on it (popup.html?tabId=…). */
  tabId: number;
  close(): Promise<void>;
}

export async function openBadgedListing(): Promise<BadgedListing> {
  const server = await serveDirectories({ devset: join(SHARED, 'devset', 'pages') });
  const firefox = await launchFirefox();
  const listing = await firefox.newPage();
  const listingUrl = `${server.origin}/devset/jobs-listing.html`;
  await listing.goto(listingUrl);
  await levelsOf(listing, ['[data-job-id="48219"]']);
  const blank = await firefox.openExtensionPage('popup.html');
  const tabId = await tabIdOf(blank, listingUrl);
  await blank.close();
  return {
    firefox,
    server,
    listing,
    listingUrl,
    tabId,
    close: async () => {
      await firefox.close();
      await server.close();
    },
  };
}
