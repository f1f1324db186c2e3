import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SHARED, blockOtherNetwork, launch, serveDirectories, tabIdOf, type ExtensionBrowser, type StaticServer } from '../../scripts/extension-browser';
import { levelsOf } from './levels';

/** Chromium with the built extension, the devset pages served, and the jobs listing open and marked. */
export interface BadgedListing {
  browser: ExtensionBrowser;
  server: StaticServer;
  listing: Page;
  /** The listing's tab, for the extension pages that report on it (popup.html?tabId=…). */
  tabId: number;
  close(): Promise<void>;
}

export async function openBadgedListing(): Promise<BadgedListing> {
  const server = await serveDirectories({ devset: join(SHARED, 'devset', 'pages') });
  const browser = await launch();
  await blockOtherNetwork(browser.context, server.origin);
  const listing = await browser.context.newPage();
  const url = `${server.origin}/devset/jobs-listing.html`;
  await listing.goto(url);
  await levelsOf(listing, ['[data-job-id="48219"]']);
  const tabId = await tabIdOf(browser.worker!, url);
  return {
    browser,
    server,
    listing,
    tabId,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

interface AXNode {
  nodeId: string;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
  properties?: Array<{ name: string; value: { value: unknown } }>;
  childIds?: string[];
}

/**
 * The page's first badge as Chromium's accessibility tree shows it (what a screen reader gets; the
 * badge's shadow root is closed to scripts): its accessible name, whether its panel is open, its description (the tooltip),
 * the signals its open panel lists, and which button has the focus ('badge', or another button's name).
 */
export async function badgeAccessibility(browser: ExtensionBrowser, page: Page) {
  const cdp = await browser.context.newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as unknown as { nodes: AXNode[] };
  await cdp.detach();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const below = (node: AXNode | undefined): AXNode[] => (node?.childIds ?? []).flatMap((id) => (byId.has(id) ? [byId.get(id)!, ...below(byId.get(id))] : []));
  const property = (node: AXNode | undefined, name: string) => node?.properties?.find((p) => p.name === name)?.value.value;
  const badge = nodes.find((n) => n.role?.value === 'button' && (n.name?.value ?? '').startsWith('Faro:'));
  // The badge's panel ("High · signals often seen…"), not the page's own dialogs (its cookie banner).
  const panel = nodes.find((n) => n.role?.value === 'dialog' && (n.name?.value ?? '').includes(' · '));
  const panelSignals = below(panel)
    .filter((n) => n.role?.value === 'listitem')
    .map((item) => below(item).filter((n) => n.role?.value === 'StaticText').map((n) => n.name?.value ?? '').join(''));
  const focused = nodes.find((n) => n.role?.value === 'button' && property(n, 'focused') === true);
  return {
    name: badge?.name?.value,
    expanded: property(badge, 'expanded'),
    description: badge?.description?.value,
    panelSignals,
    focus: focused === badge ? 'badge' : focused?.name?.value,
  };
}
