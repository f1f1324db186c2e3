#!/usr/bin/env node
// `npm start`: builds the extension (local test build, which may scan localhost pages) and opens
// Chromium with it loaded on the bundled demo page of fictional ads. Without a display it runs
// headless instead and writes screenshots of the badged demo page and of the popup.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const { ARTIFACTS, ROOT, launch, serveDirectories, blockOtherNetwork, tabIdOf } = await tsImport('./extension-browser.ts', import.meta.url);

execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: 'inherit' });

const server = await serveDirectories({ demo: join(ROOT, 'scripts') });
const demoUrl = `${server.origin}/demo/demo.html`;
const headless = !process.env.DISPLAY;
const browser = await launch({ headless });
await blockOtherNetwork(browser.context, server.origin);
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(demoUrl);

if (!headless) {
  console.log(`Faro is loaded. Demo page: ${demoUrl}\nClick the Faro toolbar button to open the popup; close the browser to stop.`);
  await new Promise((done) => browser.context.on('close', done));
  await server.close();
  process.exit(0);
}

// Headless: wait for the badges, then take the pictures a person would have looked at.
await page.waitForSelector('[data-faro-level]', { timeout: 20_000 });
await page.waitForTimeout(1500);
mkdirSync(ARTIFACTS, { recursive: true });
const pagePath = join(ARTIFACTS, 'demo-page.png');
const badge = page.locator('faro-badge').first();
const box = await badge.boundingBox();
if (box) await page.mouse.click(box.x + 10, box.y + box.height / 2);
await page.screenshot({ path: pagePath, fullPage: true });

const popup = await browser.openExtensionPage(`popup.html?tabId=${await tabIdOf(browser.worker, demoUrl)}`, { width: 380, height: 640 });
await popup.waitForSelector('article.ad');
const popupPath = join(ARTIFACTS, 'demo-popup.png');
await popup.screenshot({ path: popupPath, fullPage: true });

await browser.close();
await server.close();
console.log(`No display: ran headless.\n  badged demo page: ${pagePath}\n  popup:            ${popupPath}`);
