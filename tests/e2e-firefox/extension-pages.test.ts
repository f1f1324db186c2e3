import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_DIR, launchFirefox, type FirefoxWithExtension } from './firefox';

/**
 * Issue 12 in Firefox: the extension pages' CSP (`default-src 'self'; connect-src 'none'; img-src 'self'
 * data:`) is in the Firefox build's manifest, every page of the build still draws with its own scripts
 * and styles, and the policy is enforced: a page can connect nowhere and load no image from elsewhere.
 */
const CSP = "default-src 'self'; script-src 'self'; object-src 'self'; connect-src 'none'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

let firefox: FirefoxWithExtension;

beforeAll(async () => {
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
});

describe('Firefox: the extension pages under the CSP', () => {
  it('the Firefox build’s manifest carries the policy, and offers pages and other extensions nothing', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_security_policy: { extension_pages: string }; web_accessible_resources?: unknown; externally_connectable?: unknown };
    expect(manifest.content_security_policy.extension_pages).toBe(CSP);
    // No file a page could load to probe for Faro, and no door for pages or other extensions to message it.
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
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
    const refused = await page.evaluate(async () => {
      const directives: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => directives.push(event.effectiveDirective));
      await fetch('https://example.org/track').catch(() => undefined);
      const img = document.createElement('img');
      img.src = 'https://example.org/pixel.png';
      document.body.append(img);
      await new Promise((resolve) => setTimeout(resolve, 500));
      return directives.sort();
    });
    expect(refused).toEqual(['connect-src', 'img-src']);
    // Refused by the policy before any request: the proxy that catches everything else heard of none.
    expect(firefox.refused).not.toContain('example.org');
    await page.close();
  });
});
