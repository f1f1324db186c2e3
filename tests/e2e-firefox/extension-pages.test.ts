import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRICT_OPENINGS, manifestOpenings, refusedDirectives } from '../e2e/extension-pages';
import { FIREFOX_EXTENSION_DIR, launchFirefox, type FirefoxWithExtension } from './firefox';

/**
 * Issue 12 in Firefox: the extension pages' CSP (`default-src 'self'; connect-src 'none'; img-src 'self'
 * data:`) is in the Firefox build's manifest, every page of the build still draws with its own scripts
 * and styles, and the policy is enforced: a page can connect nowhere and load no image from elsewhere.
 */
let firefox: FirefoxWithExtension;

beforeAll(async () => {
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
});

describe('Firefox: the extension pages under the CSP', () => {
  it('the Firefox build’s manifest carries the policy, and offers pages and other extensions nothing', () => {
    expect(manifestOpenings(FIREFOX_EXTENSION_DIR)).toEqual(STRICT_OPENINGS);
  });

  it('every extension page of the build draws, with its scripts and its stylesheet, and throws nothing', async () => {
    const pages = readdirSync(FIREFOX_EXTENSION_DIR).filter((file) => file.endsWith('.html'));
    expect(pages).toEqual(expect.arrayContaining(['dashboard.html', 'options.html', 'popup.html', 'sidepanel.html']));
    for (const file of pages) {
      const page = await firefox.openExtensionPage(file);
      const drawn = async () =>
        page.evaluate(() => {
          const app = document.getElementById('app');
          // ui/styles.css sets the page's font: a stylesheet the policy refused would leave the browser's default.
          return { children: app ? app.childElementCount : -1, font: getComputedStyle(document.body).fontFamily };
        });
      await expect.poll(async () => (await drawn()).children !== 0, { timeout: 10_000 }).toBe(true);
      const { children, font } = await drawn();
      if (children >= 0) expect(font, file).toMatch(/system-ui|sans-serif/);
      await page.close();
    }
    expect(firefox.extensionErrors).toEqual([]);
  });

  it('an extension page can connect nowhere and load no image from elsewhere', async () => {
    const page = await firefox.openExtensionPage('dashboard.html');
    await page.waitForSelector('main.dashboard');
    expect(await page.evaluate(refusedDirectives)).toEqual(['connect-src', 'img-src']);
    // Refused by the policy before any request: the proxy that catches everything else heard of none.
    expect(firefox.refused).not.toContain('example.org');
    await page.close();
  });
});
