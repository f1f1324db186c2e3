/**
 * The job boards and classified sites Faro scans automatically, as match patterns. This is the one
 * list: the content script's `matches` and the manifest's host permissions both come from here.
 * Any other page is scanned on demand (toolbar button or keyboard shortcut, through activeTab), or
 * automatically once the user grants the optional "all sites" permission in the options.
 */
export const LISTED_SITES: readonly string[] = [
  // Job boards
  '*://*.indeed.com/*',
  '*://*.indeed.co.uk/*',
  '*://*.indeed.it/*',
  '*://*.indeed.es/*',
  '*://*.indeed.fr/*',
  '*://*.indeed.de/*',
  '*://*.linkedin.com/jobs/*',
  '*://*.infojobs.net/*',
  '*://*.infojobs.it/*',
  '*://*.pracuj.pl/*',
  '*://*.profesia.sk/*',
  '*://*.jobs.bg/*',
  '*://*.ejobs.ro/*',
  '*://*.work.ua/*',
  '*://*.robota.ua/*',
  '*://*.hh.ru/*',
  '*://*.stepstone.de/*',
  '*://*.kariera.gr/*',
  // Classified sites
  '*://*.subito.it/*',
  '*://*.kijiji.it/*',
  '*://*.kijiji.ca/*',
  '*://*.kleinanzeigen.de/*',
  '*://*.craigslist.org/*',
  '*://*.gumtree.com/*',
  '*://*.leboncoin.fr/*',
  '*://*.milanuncios.com/*',
  '*://*.olx.pl/*',
  '*://*.olx.ro/*',
  '*://*.olx.bg/*',
  '*://*.olx.ua/*',
  '*://*.olx.pt/*',
  '*://*.bazos.sk/*',
  '*://*.bazos.cz/*',
  '*://*.avito.ru/*',
  '*://*.xe.gr/*',
  '*://*.bazar.bg/*',
  '*://*.publi24.ro/*',
  // Classifieds of the route countries added in issue 14; docs/permissions.md gives each one's reason.
  '*://*.bakeca.it/*',
  '*://*.vivastreet.it/*',
  '*://*.vivastreet.co.uk/*',
  '*://*.vivastreet.com/*',
  '*://*.locanto.it/*',
  '*://*.locanto.co.uk/*',
  '*://*.skokka.com/*',
  '*://*.pasion.com/*',
  '*://*.lajumate.ro/*',
  '*://*.999.md/*',
  '*://*.merrjep.al/*',
  '*://*.jiji.ng/*',
];

/**
 * Added only to the local test build (`wxt build --mode e2e`), so that the end-to-end tests, the
 * benchmark and `npm start` can scan pages served from this machine. Never in a release build.
 */
export const LOCAL_TEST_SITES: readonly string[] = ['http://localhost/*', 'http://127.0.0.1/*'];

/** The optional permission behind "scan all sites automatically". */
export const ALL_SITES: readonly string[] = ['<all_urls>'];

/** A match pattern as a person reads it: `*://*.olx.pl/*` → `olx.pl`, `*://*.linkedin.com/jobs/*` → `linkedin.com/jobs`. */
export function siteLabel(pattern: string): string {
  return pattern.replace(/^\*:\/\/\*\./, '').replace(/\/\*$/, '');
}

/** Whether a page URL falls under one of the match patterns (scheme, host with `*.` wildcard, path prefix). */
export function matchesAny(url: string, patterns: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return patterns.some((pattern) => matchesPattern(parsed, pattern));
}

function matchesPattern(url: URL, pattern: string): boolean {
  if (pattern === '<all_urls>') return /^(https?|file):$/.test(url.protocol);
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  if (scheme === '*' ? !/^https?:$/.test(url.protocol) : url.protocol !== `${scheme}:`) return false;
  const hostname = url.hostname;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
  } else if (host !== '*' && hostname !== host) return false;
  const prefix = path.endsWith('*') ? path.slice(0, -1) : path;
  return path.endsWith('*') ? url.pathname.startsWith(prefix) : url.pathname === prefix;
}
