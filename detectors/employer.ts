import type { ContactMention } from '../engine/context';
import { toSpan, type NormalizedText } from '../engine/normalize';
import type { Range } from '../engine/types';
import { phoneLineType } from './phone';

/**
 * Signs that an ad names who employs or recruits, so that the poster can be checked: a legal form,
 * a company's own website or e-mail domain, a named business ("Hotel Bellavista", "Agencja FaceUp"),
 * a brand written in CamelCase, a street address, a licence or register number, a landline, or an
 * invitation to come in person. Judged on the normalized text, with the original's capitals where
 * they are what tells a name from a word.
 */

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** Legal forms that are never ordinary words (normalized: lower case, no diacritics). */
const LEGAL_FORM = new RegExp(
  `${B}(?:ltd|plc|llc|l\\.l\\.c\\.|inc|corp|gmbh|mbh|ggmbh|ohg|e\\.\\s?v\\.|s\\.\\s?r\\.\\s?l\\.?|srl|srls|s\\.\\s?p\\.\\s?a\\.|s\\.\\s?a\\.\\s?s\\.|sarl|eurl|sasu|s\\.\\s?l\\.|s\\.\\s?l\\.\\s?u\\.|s\\.\\s?a\\.|s\\.\\s?a\\.\\s?t\\.|sp\\.\\s?z\\s?o\\.\\s?o\\.?|sp\\.\\s?k\\.|sp\\.\\s?j\\.|s\\.\\s?r\\.\\s?o\\.?|sro|a\\.\\s?s\\.|ооо|оао|зао|пао|еоод|оод|тов|фоп|α\\.\\s?ε\\.|ε\\.\\s?π\\.\\s?ε\\.|ι\\.\\s?κ\\.\\s?ε\\.|ικε|επε|o\\.\\s?e\\.|onlus|odv|aps)${E}`,
  'gu',
);
/** Legal forms that are also words ("sa", "as", "ag", "ad"): they count only in capitals in the original. */
const CASED_LEGAL_FORM = new RegExp(`${B}(?:sa|sas|spa|sl|ag|kg|ug|ae|ad|ао|ад|ет|ип|bv|nv|ab|oy|as)${E}`, 'gu');

/** Legal forms that are English words ("places limited"): they count only capitalised ("Acme Limited"). */
const CAPITALISED_LEGAL_FORM = new RegExp(`${B}(?:limited|incorporated|corporation)${E}`, 'gu');

/** Nouns that a business name follows ("Hotel Bellavista", "Pizzeria Da Gennaro", "Agencja FaceUp"). */
const BUSINESS_NOUN = new RegExp(
  `${B}(?:hotel\\p{L}{0,2}|hostel|motel|resort|restaurant\\p{L}{0,2}|ristorante|restaurante|restauracja|restauracia|ресторант?|εστιατοριο|pizzeria|trattoria|osteria|cafe|caffe|bar|bistro|pub|kawiarnia|kaviaren|кафе|καφε|cafenea|brasserie|` +
    `spa|clinic|clinica|klinika|klinik|clinique|клиника|κλινικη|farm|fattoria|azienda|agriturismo|granja|finca|gospodarstwo|farma|ферма|ferma|domaine|weingut|` +
    `agency|agenzia|agencia|agencja|agentura|агенция|агентство|агенція|πρακτορειο|agentia|agence|agentur|company|societa|empresa|firma|фирма|компания|компанія|εταιρεια|companie|societe|unternehmen|` +
    `store|shop|negozio|tienda|sklep|obchod|магазин|магазини|καταστημα|magazin|magasin|` +
    `supermercati|supermercado|supermercados|supermarket|supermarkt|market|marketow|siec|lantul|chain|catena|cadena|veriga|верига|сеть|мережа|retazec|` +
    `salon|salone|салон|studio|school|scuola|escuela|szkola|skola|училище|σχολη|scoala|ecole|schule|cooperativa|cooperative|spoldzielnia|` +
    `foundation|fondazione|fundacion|fundacja|nadacia|фондация|фонд|ιδρυμα|fundatia|fondation|stiftung|ngo|ong|мко|` +
    `group|gruppo|grupo|grupa|skupina|група|ομιλος|groupe|gruppe|factory|fabbrica|fabrica|fabryka|fabrika|фабрика|завод|εργοστασιο|usine|fabrik|` +
    `fioreria|floristeria|kwiaciarnia|kvetinarstvo|florist|fleuriste|florarie|ανθοπωλειο|цветарница|flowers|bakery|panificio|panaderia|piekarnia|boulangerie|backerei|` +
    `airline|airlines|airways|cruises?|linie|aerolinea|ναυτιλιακη|university|universita|universidad|hospital|ospedale|szpital|nemocnica|болница|больница|лікарня|νοσοκομειο|spital|hopital|krankenhaus)${E}`,
  'gu',
);
/** Short words that may stand between the noun and the name ("agenzia eventi NightStar", "Hotel de la Paix"). */
const NAME_PARTICLES = /^(?:da|de|del|della|di|la|le|il|lo|el|los|las|des|du|von|van|der|zum|zur|the|l'|d')$/;
const PREPOSITIONS = /^(?:in|a|at|to|for|per|con|with|w|we|v|vo|в|във|у|на|σε|στο|στη|στην|στις|για|με|en|au|aux|im|am|nach|zu|bei|pe|din|из|od|do|dla|pentru|para|por|pour|fur|near|vicino|около|біля|and|e|y|i|und|et|si|или|or|o|ou|oder|lub)$/;
/** Job titles that follow a business noun in an ad's title ("Hotel Cleaner", "Bar Staff", "Farm Workers"). */
const ROLE_WORDS =
  /^(?:cleaners?|managers?|staff|workers?|assistants?|waiters?|waitress(?:es)?|chefs?|cooks?|receptionists?|housekeep\p{L}*|porters?|drivers?|pickers?|packers?|helpers?|operatives?|crew|supervisors?|attendants?|hands?|jobs?|work|vacanc\p{L}*|hiring|wanted|cameriere|camerieri|cameriera|cuoco|cuochi|aiuto|addett\p{L}|lavapiatti|camarer\p{L}{1,2}|cocinero|limpiador\p{L}{0,2}|kelner\p{L}{0,2}|kucharz\p{L}{0,2}|sprzatacz\p{L}{0,2}|pracownik\p{L}{0,2}|kellner\p{L}{0,2}|koch|reinigungskraft|serveu(?:r|se)s?|cuisinier|femme de chambre)$/u;

/** How many words after a business noun are looked at for its name. */
const BUSINESS_NOUN_TAIL = 4;

/** A brand written in CamelCase ("NightStar", "SkyMeridian", "MedKariera"), not a platform's name. */
const CAMEL_CASE = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*(?![\p{L}\p{N}])/gu;
const PLATFORMS = /^(?:whatsapp|telegram|youtube|linkedin|tiktok|facebook|instagram|paypal|iphone|ipad|macbook|powerpoint|sharepoint|javascript|typescript|github|gitlab|playstation|onlyfans|snapchat|wechat|skype)$/i;

/** A quoted name: «Морска звезда», „Różany Ogród”, "Il Fiocco d'Oro". */
const QUOTED_NAME = /[«„“"]\s?\p{Lu}[^«»„“”"\n]{1,40}[»“”"]/gu;

/** Street addresses: "via Sparano 112", "ul. Karmelickiej 18", "22 Briggate", "ул. „Искра“ 12". */
const STREET = new RegExp(
  `${B}(?:(?:ul|al|os|nam|str|bd|οδ|ул|бул|вул|пр)\\.\\s?|(?:via|viale|piazza|corso|calle|avenida|avda|plaza|paseo|ulica|aleja|namestie|ulice|улица|булевард|проспект|вулиця|οδος|λεωφορος|strada|bulevardul|calea|rue|avenue|boulevard|place)\\s)[^\\n,.;\\d]{2,30}?\\s\\d{1,4}[a-z]?${E}|` +
    `${B}\\p{L}{3,}(?:strasse|platz|weg|allee|gasse)\\s\\d{1,4}[a-z]?${E}|` +
    `${B}\\d{1,4}[a-z]?\\s[^\\n,.;\\d]{2,30}?\\s(?:road|street|lane|avenue|square|way|drive|place|row|gate)${E}`,
  'gu',
);

/** "Vela Faces is casting", "Supermercati Gallo assume": a name of two capitalised words, then a hiring verb. */
const HIRING_VERB = new RegExp(
  `${B}(?:is (?:hiring|casting|recruiting|looking for)|recruits|hires|cerca|assume|seleziona|ricerca|busca|contrata|selecciona|incorpora|zatrudni|poszukuje|szuka|prijme|hlada|angajeaza|cauta|recruteaza|наема|търси|ищет|приглашает|набирает|шукає|запрошує|набирає|recrute|recherche|embauche|sucht|stellt ein|ζητα|ζητει|αναζητα|προσλαμβανει)${E}`,
  'gu',
);
const TWO_CAPITALISED_WORDS = /\p{Lu}[\p{L}'’&.-]{0,30}\s\p{Lu}[\p{L}'’&.-]{0,30}\s?$/u;

/** Register and licence numbers, official approvals, and coming in person. */
const VERIFIABLE = new RegExp(
  `${B}(?:licen[cs]e (?:no|number|n)|licensed (?:agency|recruiter|employment)|registered (?:charity|company|agency|office|in)|regon|krs|nip|kraz|aut\\.\\s?min|autorizzat[ao]|autorizad[ao]|povolenie|upsvar|удостоверение|рег\\.?\\s?№|glaa|eures|anofm|sepe|centro per l'impiego|in person|walk-in|presentarsi|presentati|colloqui nella nostra sede|pop in|drop it in|in recepcion|en recepcion|nella nostra sede|w siedzibie|v nasej kancelarii|в нашия офис|в нашем офисе|στο γραφειο μας|la sediul nostru|dans nos locaux|in unserem buro)${E}`,
  'gu',
);

/** Web hosts that say nothing about who posts: social networks, link shorteners, free site builders. */
const ANONYMOUS_HOSTS = /(?:^|\.)(?:facebook\.com|fb\.me|instagram\.com|tiktok\.com|vk\.com|ok\.ru|x\.com|twitter\.com|youtube\.com|bit\.ly|tinyurl\.com|goo\.gl|linktr\.ee|t\.co|forms\.gle|docs\.google\.com|wixsite\.com|blogspot\.com|wordpress\.com|weebly\.com|jimdosite\.com|carrd\.co)$/;

function capitalised(n: NormalizedText, start: number, end: number): boolean {
  return /^[\p{Lu}«„“"]/u.test(toSpan(n, { start, end }).text);
}

const WORD_AFTER = /^\s(?:\(?)([^\s]+)/u;

/** "Hotel Bellavista", "agenzia eventi NightStar": a business noun followed by a capitalised word. */
function namedBusinesses(n: NormalizedText): Range[] {
  const out: Range[] = [];
  for (const m of n.text.matchAll(BUSINESS_NOUN)) {
    let pos = m.index + m[0].length;
    for (let step = 0; step < BUSINESS_NOUN_TAIL; step++) {
      const next = WORD_AFTER.exec(n.text.slice(pos, pos + 60));
      if (!next) break;
      const word = next[1] as string;
      const start = pos + next[0].length - word.length;
      // Titles are Title Case: "Hotel Cleaner", "Restaurant Manager" name a job, not a business.
      if (ROLE_WORDS.test(word)) break;
      if (capitalised(n, start, start + word.length) || /^[«„“"]/.test(word)) {
        out.push({ start: m.index, end: start + word.length });
        break;
      }
      // One lowercase word may sit in between ("agenzia eventi NightStar"), or particles ("Hotel de la Paix");
      // a preposition means a place follows ("hotel in Germania").
      if (PREPOSITIONS.test(word) || (step > 0 && !NAME_PARTICLES.test(word))) break;
      pos = start + word.length;
    }
  }
  return out;
}

/** Matches whose original text is in capitals ("SA"), or only starts with one when `initial` ("Limited"). */
function casedMatches(n: NormalizedText, re: RegExp, initial = false): Range[] {
  const out: Range[] = [];
  for (const m of n.text.matchAll(re)) {
    const span = toSpan(n, { start: m.index, end: m.index + m[0].length });
    const cased = initial ? /^\p{Lu}/u.test(span.text) : span.text === span.text.toUpperCase();
    if (cased) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The first unit of the normalized text that comes from at or after `offset` of the original (`from` never decreases). */
function firstUnitFrom(n: NormalizedText, offset: number): number {
  let lo = 0;
  let hi = n.from.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((n.from[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Matches in the ORIGINAL text (capitals matter), as ranges of the normalized text. */
function originalMatches(n: NormalizedText, re: RegExp, keep: (s: string) => boolean = () => true): Range[] {
  const out: Range[] = [];
  for (const m of n.original.matchAll(re)) {
    const end = m.index + m[0].length;
    const start = firstUnitFrom(n, m.index);
    if (start >= n.text.length) continue;
    const stop = firstUnitFrom(n, end);
    // Judged on the normalized words, so that "WhаtsApp" with a Cyrillic "а" is still WhatsApp.
    if (stop > start && keep(n.text.slice(start, stop))) out.push({ start, end: stop });
  }
  return out;
}

function all(re: RegExp, text: string): Range[] {
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function namesBeforeHiringVerb(n: NormalizedText): Range[] {
  const out: Range[] = [];
  for (const m of n.text.matchAll(HIRING_VERB)) {
    const before = toSpan(n, { start: Math.max(0, m.index - 40), end: m.index });
    if (TWO_CAPITALISED_WORDS.test(before.text)) out.push({ start: Math.max(0, m.index - 40), end: m.index + m[0].length });
  }
  return out;
}

/** Is the contact an employer's own channel: a company site, an e-mail on its own domain, a landline? */
export function isIdentifyingContact(c: ContactMention): boolean {
  if (c.type === 'url') return !ANONYMOUS_HOSTS.test(c.value.split(/[/?#]/)[0] as string);
  if (c.type === 'email') return !c.freeWebmail;
  if (c.type === 'phone') return phoneLineType(c.value) === 'FIXED_LINE';
  return false;
}

/** Each way an ad names or locates its employer, cheapest first. */
const IDENTITY_SOURCES: readonly ((n: NormalizedText, contacts: readonly ContactMention[]) => Range[])[] = [
  (_n, contacts) => contacts.filter(isIdentifyingContact).map((c) => c.range),
  (n) => all(LEGAL_FORM, n.text),
  (n) => casedMatches(n, CASED_LEGAL_FORM),
  (n) => casedMatches(n, CAPITALISED_LEGAL_FORM, true),
  (n) => all(STREET, n.text),
  (n) => all(VERIFIABLE, n.text),
  (n) => namedBusinesses(n),
  (n) => namesBeforeHiringVerb(n),
  (n) => originalMatches(n, CAMEL_CASE, (w) => !PLATFORMS.test(w)),
  (n) => originalMatches(n, QUOTED_NAME),
];

/** Ranges of the normalized text that name or locate the employer; empty when the ad names no one. */
export function findEmployerIdentity(n: NormalizedText, contacts: readonly ContactMention[]): Range[] {
  return IDENTITY_SOURCES.flatMap((source) => source(n, contacts));
}

/** Whether the ad names its employer, per contact list: two rules ask it of the same ad. */
const namesEmployerOf = new WeakMap<readonly ContactMention[], boolean>();

function namesEmployer(n: NormalizedText, contacts: readonly ContactMention[]): boolean {
  let named = namesEmployerOf.get(contacts);
  if (named === undefined) {
    named = IDENTITY_SOURCES.some((source) => source(n, contacts).length > 0);
    namesEmployerOf.set(contacts, named);
  }
  return named;
}

/**
 * The contacts of an ad that gives nothing but them: no employer identity anywhere and no contact
 * that identifies (a company site or domain, a landline). Empty when the ad names who recruits.
 */
export function contactsOfAnonymousAd(n: NormalizedText, contacts: readonly ContactMention[]): ContactMention[] {
  if (contacts.length === 0 || namesEmployer(n, contacts)) return [];
  return [...contacts];
}
