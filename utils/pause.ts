import type { Settings } from './settings';

/** Where Faro is paused for a page: not at all, on its site, or everywhere. */
export type PauseState = 'running' | 'site' | 'everywhere';

/** The pause settings only: the popup and the background need nothing else of them. */
export type PauseSettings = Pick<Settings, 'paused' | 'pausedSites'>;

/**
 * The site a page belongs to, as the popup names it: its host name without `www.`, so that
 * "pause on this site" covers www.example.com and example.com alike. Undefined for pages that are no
 * site (browser pages, files, a malformed address).
 */
export function siteOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol, hostname } = new URL(url);
    if ((protocol !== 'http:' && protocol !== 'https:') || !hostname) return undefined;
    return hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** A paused site covers its subdomains too (m.example.com with example.com), as a person means it. */
function covers(paused: string, site: string): boolean {
  return site === paused || site.endsWith(`.${paused}`);
}

export function pauseState(url: string | undefined, pause: PauseSettings): PauseState {
  if (pause.paused) return 'everywhere';
  const site = siteOf(url);
  return site !== undefined && (pause.pausedSites ?? []).some((paused) => covers(paused, site)) ? 'site' : 'running';
}

export function isPaused(url: string | undefined, pause: PauseSettings): boolean {
  return pauseState(url, pause) !== 'running';
}

/** The change to save to pause on a page's site (nothing when the page is no site). */
export function pauseSite(url: string | undefined, pause: PauseSettings): Partial<PauseSettings> {
  const site = siteOf(url);
  if (site === undefined) return {};
  return { pausedSites: [...new Set([...(pause.pausedSites ?? []), site])] };
}

/**
 * The change to save to resume a page: pausing everywhere is lifted, and so is every paused site that
 * covers the page (the person asked to see Faro working here again).
 */
export function resumePage(url: string | undefined, pause: PauseSettings): Partial<PauseSettings> {
  const site = siteOf(url);
  return { paused: false, pausedSites: (pause.pausedSites ?? []).filter((paused) => site === undefined || !covers(paused, site)) };
}
