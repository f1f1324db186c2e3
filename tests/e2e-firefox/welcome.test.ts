import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import de from '../../locales/de.json';
import { ROOT } from '../../scripts/extension-browser';
import { ICONS, THEME_ICONS, TOOLBAR_ICONS } from '../../utils/icons';
import type { InExtension } from '../e2e/extension-api';
import { launchFirefox, type FirefoxWithExtension } from './firefox';

/**
 * Issue 14, first run, in Firefox: the release build (`npm run build:firefox`, `.output/firefox-mv3`),
 * installed in a German Firefox, opens its welcome page by itself, in German, and its manifest names
 * icons (and the toolbar's light and dark glyphs) that exist.
 */
const RELEASE_DIR = join(ROOT, '.output', 'firefox-mv3');

let firefox: FirefoxWithExtension | undefined;

afterAll(async () => {
  await firefox?.close();
});

async function welcomeTab(ff: FirefoxWithExtension): Promise<Page> {
  const url = `${ff.extensionOrigin}/welcome.html`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    for (const page of await ff.browser.pages()) {
      const ready = await page.evaluate(() => `${location.href} ${document.querySelector('h1') ? 'drawn' : ''}`).catch(() => '');
      if (ready === `${url} drawn`) return page;
    }
    if (Date.now() > deadline) throw new Error('Firefox opened no welcome tab');
    await sleep(200);
  }
}

describe('the welcome page (release build, Firefox)', () => {
  it('opens on install in the browser’s language, and the manifest names icons that exist', async () => {
    firefox = await launchFirefox({ extensionDir: RELEASE_DIR, languages: 'de-DE,de' });
    const page = await welcomeTab(firefox);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toBe(de.ui['welcome.title']);
    // Firefox's own menus are described, not Chrome's.
    expect(await page.evaluate(() => document.body.textContent)).toContain(de.ui['welcome.pinFirefox']);

    // Firefox gives the manifest's paths back as full URLs: read them as the manifest wrote them.
    const raw = await page.evaluate(() => (globalThis as unknown as InExtension).browser.runtime.getManifest());
    const manifest = JSON.parse(JSON.stringify(raw).replaceAll(`${firefox.extensionOrigin}/`, '')) as typeof raw;
    expect(manifest.icons).toEqual(ICONS);
    const action = manifest.action as { default_icon?: unknown; theme_icons?: unknown };
    expect(action.default_icon).toEqual(TOOLBAR_ICONS);
    expect(action.theme_icons).toEqual(THEME_ICONS);
    const files = [...Object.values(ICONS), ...THEME_ICONS.flatMap((icon) => [icon.light, icon.dark])];
    const widths = await page.evaluate(async (paths: string[]) => {
      const out: Record<string, number> = {};
      for (const path of paths) {
        const image = new Image();
        image.src = `/${path}`;
        out[path] = await image.decode().then(() => image.naturalWidth, () => 0);
      }
      return out;
    }, files);
    for (const file of files) expect(widths[file], file).toBe(Number(/(\d+)\.png$/.exec(file)?.[1]));
    expect(firefox.extensionErrors).toEqual([]);
  });
});
