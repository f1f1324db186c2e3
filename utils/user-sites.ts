import { storage } from 'wxt/utils/storage';
import { matchesAny } from './sites';

/**
 * Sites the user added to the automatic list in the options (issue 14): stored as host names
 * ("bakeca.it"), each scanned through a content script registered at run time once the browser granted
 * its host permission (utils/scan-access.ts). The permission is asked per site, with that site's pattern,
 * and taken back when the site is removed.
 */
export const userSitesItem = storage.defineItem<string[]>('local:userSites', { fallback: [] });

/** Why a typed site was not added: said to the user in the options. */
export type SiteProblem = 'empty' | 'invalid' | 'listed' | 'duplicate';

export type ParsedSite = { ok: true; host: string } | { ok: false; problem: SiteProblem };

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
/** Host names only: a typed `*`, a space or a path trick never becomes part of a match pattern. */
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;

/**
 * The host a person means by what they typed: "bakeca.it", "www.bakeca.it", "https://www.bakeca.it/annunci"
 * all give "bakeca.it" (its pattern covers every subdomain). A host the listed sites already cover, or one
 * already added, is refused with the reason.
 */
export function parseSite(input: string, listed: readonly string[], added: readonly string[]): ParsedSite {
  const typed = input.trim();
  if (typed === '') return { ok: false, problem: 'empty' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : `https://${typed}`);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  const host = url.hostname.replace(/^www\./, '');
  // A single word is no site ("bakeca"), except this machine's own name.
  const named = host === 'localhost' || IPV4.test(host) || (HOST.test(host) && host.includes('.'));
  if (!/^https?:$/.test(url.protocol) || !named) return { ok: false, problem: 'invalid' };
  if (added.includes(host)) return { ok: false, problem: 'duplicate' };
  if (matchesAny(`https://${host}/`, listed) || matchesAny(`http://${host}/`, listed)) return { ok: false, problem: 'listed' };
  return { ok: true, host };
}

/** The match pattern of an added site: every page of the host and its subdomains (an address or localhost: that host only). */
export function sitePattern(host: string): string {
  return host === 'localhost' || IPV4.test(host) ? `*://${host}/*` : `*://*.${host}/*`;
}

/** The added sites, checked: a stored value that is not a list of host names counts as none. */
export async function loadUserSites(): Promise<string[]> {
  const stored: unknown = await userSitesItem.getValue();
  return Array.isArray(stored) ? stored.filter((host): host is string => typeof host === 'string' && HOST.test(host)) : [];
}
