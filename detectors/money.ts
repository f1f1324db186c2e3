import type { MoneyMention, PayPeriod } from '../engine/context';
import type { NormalizedText } from '../engine/normalize';
import { deleet } from '../engine/normalize';

/*
 * Amounts of money with their currency and pay period, in the 12 languages.
 *
 * Everything here reads the NORMALIZED text (lower case, no diacritics: "złotych", "рублеи",
 * "ευρω", "kc"). An amount counts only with a currency (sign, ISO code or word) or as an
 * appointment price ("30 min 80"): bare numbers are phone numbers, dates, years, ages and postcodes
 * far more often than pay. Every pattern is a bounded sequence without nested overlapping
 * quantifiers, so a scan is linear in the text.
 */

/** Currency words and signs, as written in the normalized text, with their ISO 4217 code. Longest first per code. */
const CURRENCY_WORDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['EUR', ['€', 'euros', 'euro', 'eura', 'eur', 'евро', 'євро', 'ευρω']],
  ['USD', ['us\\$', 'usd', '\\$', 'dollars', 'dollar', 'dollari', 'dolares', 'dolarow', 'dolari', 'dolarov', 'долларов', 'доллара', 'доллар', 'доларів', 'долара', 'долар', 'долари', 'δολαρια']],
  ['GBP', ['£', 'gbp', 'pounds', 'pound', 'sterline', 'libras', 'фунтов', 'фунтів']],
  ['PLN', ['złotych', 'złote', 'złoty', 'zlotych', 'zł', 'zl', 'pln', 'злотих', 'злотых']],
  ['BGN', ['лева', 'лв', 'bgn']],
  ['RON', ['lei', 'ron', 'леї', 'леи']],
  ['UAH', ['гривень', 'гривні', 'гривен', 'гривна', 'гривни', 'грн', '₴', 'uah']],
  ['RUB', ['рублеи', 'рубля', 'рублю', 'рубль', 'руб', '₽', 'rub']],
  ['CZK', ['korun', 'koruny', 'kc', 'czk']],
  ['CHF', ['chf', 'franken', 'франков']],
  ['AED', ['aed', 'dirhams', 'dirham', 'дирхамов', 'дирхам']],
  ['TRY', ['₺']],
  ['HUF', ['huf', 'forint']],
  ['CAD', ['cad', 'c\\$']],
  ['AUD', ['aud', 'a\\$']],
  ['SEK', ['sek']],
  ['NOK', ['nok']],
  ['DKK', ['dkk']],
];

const CURRENCY_OF = new Map<string, string>();
for (const [code, words] of CURRENCY_WORDS) for (const w of words) CURRENCY_OF.set(w.replace(/\\/g, ''), code);

const CURRENCY = [...CURRENCY_OF.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[$.]/g, (c) => `\\${c}`))
  .join('|');

/** "1.000,00", "1,000.00", "1 000", "1'000", "12,50", "5000". */
const NUMBER = "\\d{1,3}(?:[., '’]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?";
/** Thousands written as a word: "5k", "5 mila", "5 mil", "5 tys.", "5 тыс.", "5 тис.", "5 хил.", "5 χιλ.", "5 mii", "5 tausend". */
const THOUSAND = '(?:k|mila|mil|tys\\.?|tis\\.?|тыс\\.?|тис\\.?|хил\\.?|χιλ\\.?|mii|tausend|tsd\\.?)(?![\\p{L}])';
/** Words that join the two ends of a range: "2.000–3.000 €", "od 4000 do 6000 zł", "da 1.500 a 2.000 €". */
const RANGE_JOIN = '(?:[-–—]|to|a|bis|до|do|la|au|hasta|ate|εως|έως)';

const AMOUNT_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(?:(?<pre>${CURRENCY})\\s?)?(?<a>${NUMBER})(?:\\s?(?<ma>${THOUSAND}))?` +
    `(?:\\s?(?<mid>${CURRENCY})(?![\\p{L}]))?` +
    `(?:\\s?${RANGE_JOIN}\\s?(?:(?<pre2>${CURRENCY})\\s?)?(?<b>${NUMBER})(?:\\s?(?<mb>${THOUSAND}))?)?` +
    `(?:\\s?(?<suf>${CURRENCY})(?![\\p{L}]))?`,
  'gu',
);

/** Period phrases after an amount, per period (all 12 languages; normalized spelling). */
const PERIOD_AFTER: Readonly<Record<PayPeriod, string>> = {
  hour:
    "(?:per|an?|each|every) hour|hourly|/\\s?(?:h|hr|hrs|hour|ora|hora|heure|std|stunde|godz|godzine|hod|час|год|ωρα)\\.?|p/?h|ph|" +
    "(?:all|l|ad|per)['’ ]?ora|orari|orarie|(?:la|por|/) hora|por hora|la ora|pe ora|na godzine|za godzine|za godz|na hodinu|za hodinu|" +
    "на час|за час|в час|на годину|за годину|ανα ωρα|την ωρα|(?:de|par|a) l['’ ]?heure|par heure|pro stunde|je stunde|die stunde|in der stunde|stundlich",
  day:
    "(?:per|an?|each) (?:day|night|shift)|daily|/\\s?(?:day|giorno|dia|jour|tag|dzien|den|день|ден|ημερα|zi|noc|night)\\.?|" +
    "(?:al|a|per) (?:giorno|di|notte|serata)|giornalieri|giornaliere|(?:al|por|el) dia|diarios|diarias|por noche|la noche|dziennie|(?:za|na) dzien|(?:za|na) noc|" +
    "denne|(?:na|za) den|на ден|на день|в день|за день|в сутки|за сутки|за ночь|за вечер|за нощ|на вечер|на ніч|за ніч|" +
    "την ημερα|τη μερα|την μερα|ανα ημερα|ημερησιως|τη βραδια|pe zi|pe noapte|zilnic|par (?:jour|nuit|soir)|la journee|la soiree|" +
    "pro (?:tag|nacht|abend)|am tag|taglich|je tag",
  week:
    "(?:per|an?|each|every) week|weekly|pw|/\\s?(?:wk|week|settimana|semana|semaine|woche|tydz|tyzden|тиждень|неделю|седмица|εβδομαδα)\\.?|" +
    "(?:a|alla|per) settimana|settimanali|settimanale|(?:a la|por) semana|semanal|semanales|tygodniowo|na tydzien|za tydzien|tyzdenne|(?:na|za) tyzden|" +
    "на седмица|седмично|в неделю|за неделю|на тиждень|за тиждень|щотижня|την εβδομαδα|ανα εβδομαδα|εβδομαδιαιως|pe saptamana|saptamanal|" +
    "par semaine|hebdomadaire|pro woche|die woche|je woche|wochentlich",
  month:
    "(?:per|an?|each|every) (?:calendar )?month|monthly|pcm|p\\.?m\\.|/\\s?(?:mo|month|mese|mes|mois|monat|mies|mesiac|мес|міс|месец|μηνα|luna)\\.?|" +
    "(?:al|a|per) mese|mensili|mensile|(?:al|por) mes|mensual|mensuales|miesiecznie|na miesiac|za miesiac|mesacne|(?:na|za) mesiac|" +
    "на месец|месечно|в месяц|за месяц|ежемесячно|на місяць|за місяць|щомісяця|τον μηνα|το μηνα|ανα μηνα|μηνιαιως|μηνιαιο|μηνιαια|pe luna|lunar|lunari|" +
    "par mois|mensuel|mensuels|mensuelle|pro monat|im monat|monatlich|je monat|den monat",
  year:
    "(?:per|an?|each) (?:year|annum)|annually|yearly|p\\.?a\\.|/\\s?(?:yr|year|anno|ano|an|jahr|rok|rik|рік|χρονο)\\.?|" +
    "(?:all|l)['’ ]?anno|annui|annue|annuo|(?:al|por) ano|anuales|anual|rocznie|na rok|rocne|(?:na|za) rok|годишно|на година|в год|на рік|за рік|" +
    "τον χρονο|ανα ετος|ετησιως|pe an|anual|par an|annuel|annuels|pro jahr|im jahr|jahrlich|je jahr",
};

/** Words allowed between an amount and its period: "1 050 € brutto mesačne", "31 zł brutto za godzinę". */
const FILLER =
  "(?:brutto|netto|gross|net|lordi|lordo|netti|netto|nette|nets?|bruts?|brutos?|netos?|brut|нето|бруто|брутто|нетто|μικτα|καθαρα|" +
  'tax free|cash|in cash|pocket money|na reke|на руки|в руки|clear|take home|in contanti|en efectivo|salary|pay|zarobku|plus tips|\\+ tips|' +
  // "Earn $400 extra per day": side-income ads put "extra" between the amount and the period.
  'extra|in piu|dodatkowo)';

const PERIOD_AFTER_RE = new RegExp(
  `^\\.?(?:[ ,]{0,2}${FILLER}){0,2}[ ,]{0,2}(?:(?<hour>${PERIOD_AFTER.hour})|(?<day>${PERIOD_AFTER.day})|(?<week>${PERIOD_AFTER.week})|` +
    `(?<month>${PERIOD_AFTER.month})|(?<year>${PERIOD_AFTER.year}))(?![\\p{L}])`,
  'u',
);

/** A period written before the amount: "Monthly salary USD 1,850", "Stundenlohn 15 €", "stipendio mensile 1.200 €". */
const PERIOD_BEFORE: ReadonlyArray<readonly [PayPeriod, RegExp]> = [
  ['hour', /(?:hourly|stundenlohn|stundensatz|tariffa oraria|paga oraria|stawka godzinowa|godzinowa|почасов|погодинн|taux horaire|salario por hora|ωριαια)/u],
  ['day', /(?:daily|day rate|paga giornaliera|tagessatz|dniowka|дневн|денн|journalier|diaria|ημερομισθιο)/u],
  ['week', /(?:weekly|wochenlohn|settimanale|tygodniow|седмичн|щотижнев|еженедельн|hebdomadaire|semanal)/u],
  ['month', /(?:monthly|monatslohn|monatsgehalt|mensile|mensual|miesieczn|mesacn|месечн|месячн|місячн|μηνιαι|lunar|mensuel)/u],
  ['year', /(?:annual|yearly|jahresgehalt|annuo|annua|anual|roczn|годишн|годов|річн|ετησι|annuel)/u],
];
/** How far back a period word may stand before its amount, in characters of the same sentence. */
const PERIOD_BEFORE_WINDOW = 32;

/** Appointment prices: "30 min 80", "15 min 50, 30 min 80", "1 ora 180", "un'ora 180", "час – 5000", "30' 80". */
const MINUTES = "(?:minutes|minute|minuti|minutos|minuten|minut|mins|min|мин|хв|λεπτα|λεπτ)\\.?|['’]";
const HOURS = '(?:hours|hour|hr|h|ore|ora|horas|hora|heures|heure|stunden|stunde|std|godzina|godz|hodina|hod|часа|час|година|годину|ωρα|ωρες)\\.?';
const ONE = "(?:1|one|an|un['’ ]?|una|une|eine|jedna|jedno|една|един|одна|один|μια|o)";
const APPOINTMENT_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<m>\\d{2,3}) ?(?:${MINUTES})|(?<h>${ONE}|[1-3](?:[.,]5)?) ?${HOURS}|(?<bare>час))` +
    ` ?[-–—:=,]? ?(?:(?<pre>${CURRENCY}) ?)?(?<amt>\\d{2,5})(?![\\p{N}]| ?(?:${MINUTES}|${HOURS})(?![\\p{L}]))(?: ?(?<suf>${CURRENCY})(?![\\p{L}]))?`,
  'gu',
);

/**
 * Letter o written for zero inside an amount ("5OOO€"), seen in filter-dodging ads. The run is
 * bounded (an amount has at most 12 digits) to stay linear; tokens without an o are left as they are.
 */
const O_FOR_ZERO = new RegExp(`(?<![\\p{L}\\p{N}])\\d[\\doо]{1,11}(?= ?(?:€|\\$|£|eur|euro|usd|k(?![\\p{L}])))`, 'gu');

const SENTENCE_END = /[.!?;\n](?![\p{N}])/u;

/** Parses "1.000,00", "1,000.00", "1 000", "12,5", "1.500" into a number. */
export function parseAmount(raw: string): number {
  const s = raw.replace(/[ '’]/g, '');
  const lastSep = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  if (lastSep < 0) return Number(s);
  const decimals = s.length - lastSep - 1;
  // One or two digits after the last separator: decimals. Three: a thousands separator.
  if (decimals === 3) return Number(s.replace(/[.,]/g, ''));
  return Number(`${s.slice(0, lastSep).replace(/[.,]/g, '')}.${s.slice(lastSep + 1)}`);
}

function withThousands(amount: number, multiplier: string | undefined): number {
  return multiplier ? amount * 1000 : amount;
}

function currencyOf(...words: (string | undefined)[]): string | undefined {
  for (const w of words) if (w) return CURRENCY_OF.get(w);
  return undefined;
}

function periodAfter(texts: string[], at: number): { period: PayPeriod; end: number } | undefined {
  for (const text of texts) {
    const m = PERIOD_AFTER_RE.exec(text.slice(at, at + 48));
    if (!m?.groups) continue;
    for (const p of ['hour', 'day', 'week', 'month', 'year'] as const) {
      if (m.groups[p] !== undefined) return { period: p, end: at + m[0].length };
    }
  }
  return undefined;
}

function periodBefore(text: string, start: number): PayPeriod | undefined {
  let before = text.slice(Math.max(0, start - PERIOD_BEFORE_WINDOW), start);
  const cut = before.search(new RegExp(`${SENTENCE_END.source}[^.!?;\\n]*$`, 'u'));
  if (cut >= 0) before = before.slice(cut + 1);
  if (/\d/.test(before)) before = before.slice(before.search(/\d[^\d]*$/) + 1);
  return PERIOD_BEFORE.find(([, re]) => re.test(before))?.[0];
}

/** A four-digit year written before a price: "2027 €500" reads as the year and then €500. */
function isYearBeforePrice(text: string, end: number, raw: string): boolean {
  return /^(?:19|20)\d\d$/.test(raw) && /^ ?\d/.test(text.slice(end, end + 2));
}

function overlaps(ranges: { start: number; end: number }[], start: number, end: number): boolean {
  return ranges.some((r) => start < r.end && end > r.start);
}

const DIGIT = /\d/;

function readable(n: NormalizedText): string {
  return n.text.replace(O_FOR_ZERO, (token) => token.replace(/[oо]/g, '0'));
}

export function findMoney(n: NormalizedText): MoneyMention[] {
  const text = readable(n);
  // Both patterns need a digit: an ad without one is done here (the leetspeak view and two scans saved).
  if (!DIGIT.test(text)) return [];
  const leet = deleet(n)?.text;
  const periodTexts = leet ? [text, leet] : [text];
  const out: MoneyMention[] = [];

  for (const m of text.matchAll(APPOINTMENT_RE)) {
    const g = m.groups ?? {};
    const minutes = g['m'] ? Number(g['m']) : g['bare'] ? 60 : /^[0-9]/.test(g['h'] ?? '') ? Math.round(parseAmount(g['h'] as string) * 60) : 60;
    const amount = Number(g['amt']);
    if (minutes < 10 || minutes > 180 || amount < 20) continue;
    const currency = currencyOf(g['pre'], g['suf']);
    const mention: MoneyMention = { range: { start: m.index, end: m.index + m[0].length }, amount, perMinutes: minutes };
    if (currency) mention.currency = currency;
    out.push(mention);
  }
  const taken = out.map((o) => o.range);

  const re = new RegExp(AMOUNT_RE);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const g = m.groups ?? {};
    const start = m.index;
    let end = start + m[0].length;
    if (overlaps(taken, start, end)) continue;
    // A sign between a year and the next number belongs to that number, not the year: read on from the sign.
    if (!g['pre'] && !g['pre2'] && !g['suf'] && g['mid'] && isYearBeforePrice(text, end, g['a'] as string)) {
      re.lastIndex = start + (g['a'] as string).length;
      continue;
    }
    const currency = currencyOf(g['pre'], g['mid'], g['pre2'], g['suf']);
    if (!currency) continue;
    const low = withThousands(parseAmount(g['a'] as string), g['ma']);
    const high = g['b'] ? withThousands(parseAmount(g['b']), g['mb'] ?? g['ma']) : low;
    const amount = Math.max(low, high);
    if (!Number.isFinite(amount) || amount <= 0) continue;
    const after = periodAfter(periodTexts, end);
    const mention: MoneyMention = { range: { start, end }, amount, currency };
    if (after) {
      mention.period = after.period;
      end = after.end;
      mention.range = { start, end };
    } else {
      const before = periodBefore(text, start);
      if (before) mention.period = before;
    }
    out.push(mention);
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}
