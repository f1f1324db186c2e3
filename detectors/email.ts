import type { ContactMention } from '../engine/context';
import { toSpan, type NormalizedText } from '../engine/normalize';

/**
 * Free webmail providers: anyone can open an address in a minute, so it says nothing about who
 * recruits. Sources: the providers named in the catalogue's anonymous-recruiter work, the big
 * international consumer brands, and the national free-mail services of the countries of our twelve
 * languages (market-share lists of each country's webmail, and the services NGOs' scam warnings name).
 * Brands with one domain per country (yahoo.it, hotmail.fr, gmx.at …) are matched by their first label.
 */
const FREE_WEBMAIL_BRANDS: ReadonlySet<string> = new Set([
  'gmail', 'googlemail', 'yahoo', 'ymail', 'rocketmail', 'hotmail', 'outlook', 'live', 'msn', 'windowslive',
  'aol', 'gmx', 'yandex', 'protonmail', 'tutanota', 'zoho', 'mail',
]);
const FREE_WEBMAIL_DOMAINS: ReadonlySet<string> = new Set([
  // international
  'icloud.com', 'me.com', 'mac.com', 'proton.me', 'pm.me', 'tuta.io', 'tuta.com', 'mail.com', 'email.com', 'gmx.com',
  'inbox.com', 'fastmail.com', 'hushmail.com', 'yopmail.com', 'guerrillamail.com',
  // de / at / ch
  'web.de', 't-online.de', 'freenet.de', 'posteo.de', 'mailbox.org', 'arcor.de', 'bluewin.ch', 'chello.at',
  // it
  'libero.it', 'virgilio.it', 'tiscali.it', 'alice.it', 'tin.it', 'tim.it', 'email.it', 'inwind.it', 'iol.it', 'fastwebnet.it', 'katamail.com',
  // fr
  'orange.fr', 'wanadoo.fr', 'laposte.net', 'free.fr', 'sfr.fr', 'neuf.fr', 'club-internet.fr', 'bbox.fr',
  // es
  'telefonica.net', 'terra.es',
  // pl
  'wp.pl', 'o2.pl', 'onet.pl', 'onet.eu', 'op.pl', 'vp.pl', 'poczta.onet.pl', 'interia.pl', 'interia.eu', 'poczta.fm', 'gazeta.pl', 'tlen.pl', 'buziaczek.pl',
  // sk / cz
  'centrum.sk', 'azet.sk', 'post.sk', 'zoznam.sk', 'pobox.sk', 'seznam.cz', 'email.cz', 'centrum.cz', 'atlas.cz', 'volny.cz',
  // bg
  'abv.bg', 'dir.bg', 'mail.bg', 'gbg.bg',
  // gr
  'otenet.gr', 'hol.gr', 'in.gr', 'freemail.gr', 'windtools.gr',
  // ro
  'yahoo.ro', 'rdslink.ro', 'clicknet.ro',
  // ua / ru
  'ukr.net', 'i.ua', 'meta.ua', 'bigmir.net', 'mail.ru', 'inbox.ru', 'list.ru', 'bk.ru', 'internet.ru', 'ya.ru', 'rambler.ru', 'ro.ru', 'lenta.ru', 'autorambler.ru',
  // uk / us ISPs that give addresses to anyone
  'btinternet.com', 'sky.com', 'talktalk.net', 'virginmedia.com', 'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net',
]);

/** Is this e-mail domain a free webmail service (any subdomain of one counts)? */
export function isFreeWebmail(domain: string): boolean {
  const labels = domain.toLowerCase().split('.');
  if (labels.length >= 2 && FREE_WEBMAIL_BRANDS.has(labels[labels.length - 2] as string)) return true;
  for (let i = 0; i < labels.length - 1; i++) {
    if (FREE_WEBMAIL_DOMAINS.has(labels.slice(i).join('.'))) return true;
  }
  return false;
}

/** Characters of an address's local part, and how many it may have. */
const LOCAL_CHARS = '[\\p{L}\\p{N}._%+-]';
const MAX_LOCAL = 64;
const LOCAL = `${LOCAL_CHARS}{1,${MAX_LOCAL}}`;
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
const TLD = '\\p{L}{2,12}';

/** A written e-mail address; it starts where no address character precedes it. Sticky: tried where an "@" is (findEmails). */
const EMAIL = new RegExp(`(?<!${LOCAL_CHARS})${LOCAL}@${LABEL}(?:\\.${LABEL}){0,3}\\.${TLD}(?![\\p{L}\\p{N}-])`, 'guy');

/** "at" and "dot" as ads spell them out, in our languages (normalized: "małpa", "zavinac", "παπακι"). */
const AT_WORDS = 'at|chiocciola|arroba|małpa|malpa|zavinac|собака|кльомба|маймунка|παπακι|arond|aron|arobase|ät';
const DOT_WORDS = 'dot|punto|punkt|kropka|bodka|tecka|точка|крапка|τελεια|punct|point';
/** "[at]", "(at)", "{@}", " at ", " @ ". */
const AT = `(?:\\s?[[({<]\\s?(?:${AT_WORDS}|@)\\s?[\\])}>]\\s?|\\s(?:${AT_WORDS})\\s|\\s@\\s?|@\\s)`;
/** "[.]", "(dot)", " dot ", or a plain dot (when the "at" is disguised). */
const DOT = `(?:\\s?[[({<]\\s?(?:${DOT_WORDS}|\\.)\\s?[\\])}>]\\s?|\\s(?:${DOT_WORDS})\\s|\\.)`;
const OBFUSCATED_EMAIL = new RegExp(
  `(?<!${LOCAL_CHARS})(?<local>${LOCAL})(?<at>${AT})(?<domain>${LABEL}(?:${DOT}${LABEL}){0,3})${DOT}(?<tld>${TLD})(?![\\p{L}\\p{N}-])`,
  'guy',
);
/** Top-level domains accepted in a disguised address: a bare "at … dot …" in prose needs a real one. */
const KNOWN_TLD = /^(?:com|net|org|info|biz|eu|co|uk|it|es|pl|sk|cz|bg|gr|ro|ua|ru|fr|de|at|ch|nl|be|pt|ie|us|ca|me|io)$/;
/** The English word "at" is everywhere in prose ("apply at careers.example.com"): trust it only with webmail or a spelled "dot". */
const BARE_WORD_AT = /^\sat\s$/;

export interface EmailMention extends ContactMention {
  type: 'email';
}

function mention(n: NormalizedText, start: number, end: number, value: string, obscured: boolean): EmailMention {
  const range = { start, end };
  const domain = value.slice(value.indexOf('@') + 1);
  const m: EmailMention = { type: 'email', value, range, evidence: toSpan(n, range) };
  if (obscured) m.obscured = true;
  if (isFreeWebmail(domain)) m.freeWebmail = true;
  return m;
}

/** The domain as written, with spelled-out dots made dots again. */
function domainOf(written: string): string {
  return written.replace(new RegExp(DOT, 'gu'), '.');
}

const LOCAL_CHAR = new RegExp(LOCAL_CHARS, 'u');
/** Where an "at" may follow an address character: the only places an address can end its local part. */
const AT_AFTER_LOCAL = new RegExp(`(?<=${LOCAL_CHARS})(?=${AT})`, 'gu');

/**
 * The matches `matchAll(pattern)` would give, found from where their "at" is. No character of an "at"
 * is an address character, so a match's local part is the whole run of address characters before
 * its "at": trying the pattern only at the start of such runs skips the scan of every position, which
 * costs a local part's 64 characters each time.
 */
function* matchesAt(text: string, ats: Iterable<number>, sticky: RegExp): Generator<RegExpExecArray> {
  let from = 0;
  for (const at of ats) {
    let start = at;
    while (start > 0 && at - start <= MAX_LOCAL && LOCAL_CHAR.test(text[start - 1] as string)) start--;
    if (start === at || at - start > MAX_LOCAL || start < from) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (!m) continue;
    from = m.index + m[0].length;
    yield m;
  }
}

function* signs(text: string): Generator<number> {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) yield at;
}

function* spelledAts(text: string): Generator<number> {
  for (const m of text.matchAll(AT_AFTER_LOCAL)) yield m.index;
}

/** E-mail addresses, also written as "name at gmail dot com", "name[at]yahoo[.]com", "name (at) libero.it". */
export function findEmails(n: NormalizedText): EmailMention[] {
  const out: EmailMention[] = [];
  const taken: [number, number][] = [];
  for (const m of matchesAt(n.text, signs(n.text), EMAIL)) {
    out.push(mention(n, m.index, m.index + m[0].length, m[0], false));
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of matchesAt(n.text, spelledAts(n.text), OBFUSCATED_EMAIL)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some(([s, e]) => start < e && end > s)) continue;
    const g = m.groups as Record<'local' | 'at' | 'domain' | 'tld', string>;
    const tld = g.tld;
    if (!KNOWN_TLD.test(tld)) continue;
    const domain = `${domainOf(g.domain)}.${tld}`;
    const dotSpelled = m[0].slice(g.local.length + g.at.length) !== domain;
    if (BARE_WORD_AT.test(g.at) && !dotSpelled && !isFreeWebmail(domain)) continue;
    out.push(mention(n, start, end, `${g.local}@${domain}`, true));
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}
