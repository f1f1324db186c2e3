import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * axe-core (Deque's rules engine, the one browser audits use) on a page as rendered in Chromium: every
 * WCAG 2.1 A and AA rule it can decide, colours and contrast included.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's WCAG A/AA violations on the page as it is now: rule, help text and the first offending elements. */
export async function violations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, which the extension pages' content security policy does not govern.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    type Result = { violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> };
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<Result> } };
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
  }, WCAG_AA);
}
