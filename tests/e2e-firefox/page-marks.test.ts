import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import { ARTIFACTS } from '../../scripts/extension-browser';
import { FAKE_BADGE, deleteNamedMarks, highCardMarks } from '../e2e/hostile-page';
import { levelsOf } from '../e2e/levels';
import { openBadgedListing, type BadgedListing } from './firefox';

/** Issue 12, point 3, in Firefox: a page that removes Faro's marks gets them back, and the popup says it interfered. */
const BACK_WITHIN_MS = 2000;

let setup: BadgedListing;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  setup = await openBadgedListing();
});

afterAll(async () => {
  await setup?.close();
});

describe('Firefox: a page that deletes Faro’s marks', () => {
  it('gets badge, level attribute and highlights back within 2 s after it deleted them and drew a fake "low" badge; the popup says it interfered', async () => {
    const { firefox, listing, tabId } = setup;
    expect(await levelsOf(listing, ['[data-job-id="48219"]'])).toEqual(['high']);
    await expect.poll(() => listing.evaluate(highCardMarks), { timeout: 20_000 }).toEqual({ level: 'high', badge: true, highlighted: true });

    const deletion = await listing.evaluate(deleteNamedMarks, FAKE_BADGE);
    expect(deletion.deleted).toBeGreaterThan(0);
    expect(deletion.left).toBe(0);
    await expect.poll(() => listing.evaluate(highCardMarks), { timeout: BACK_WITHIN_MS, interval: 100 }).toEqual({ level: 'high', badge: true, highlighted: true });
    expect(await listing.$eval('[data-job-id="48219"] .fake-badge', (el) => el.textContent)).toBe(FAKE_BADGE);

    const popup = await firefox.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.setViewport({ width: 380, height: 700 });
    const notice = (await popup.waitForSelector('.page-interfered', { timeout: 10_000 }))!;
    expect(await notice.evaluate((el) => el.textContent)).toBe(en.ui['page.interfered']);
    await popup.screenshot({ path: join(ARTIFACTS, 'firefox-popup-page-interfered.png') });
    await popup.close();
  });

  it('raised no error in the extension', () => {
    expect(setup.firefox.extensionErrors).toEqual([]);
  });
});
