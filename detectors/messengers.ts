import type { ContactMention } from '../engine/context';
import { toSpan, type NormalizedText } from '../engine/normalize';
import type { ContactType, Range } from '../engine/types';
import type { UrlMatch } from './urls';

export type MessengerType = Extract<ContactType, 'whatsapp' | 'telegram' | 'signal' | 'viber'>;

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/**
 * Messenger names as ads write them, normalized: misspelled ("watsapp", "vatsap"), transliterated
 * ("ватсап", "вотсапе", "вайбър", "τελεγκραμ") and inflected ("Telegramie", "телеграмі"). Each with a
 * text every spelling contains: most ads name no messenger, and a look-behind at every position of
 * the text costs more than a search for a few letters.
 */
const NAMES: readonly [MessengerType, RegExp, RegExp][] = [
  ['whatsapp', new RegExp(`${NOT_WORD_BEFORE}(?:wh?att?'?s\\s?a{1,2}pp?|whatapp|vatt?s\\s?app?|(?:ват|вот|уат|уот)с\\s?апп?\\p{L}{0,3}|ва[цт]ц?ап\\p{L}{0,3}|βατσαπ|γουατσαπ)${NOT_WORD_AFTER}`, 'gu'), /ap|ап|απ/],
  ['telegram', new RegExp(`${NOT_WORD_BEFORE}(?:telegram\\p{L}{0,3}|телеграм\\p{L}{0,4}|τελεγκραμ|τηλεγκραμ|τηλεγραφ\\p{L}{0,4})${NOT_WORD_AFTER}`, 'gu'), /gram|грам|κραμ|γραφ/],
  ['viber', new RegExp(`${NOT_WORD_BEFORE}(?:viber\\p{L}{0,3}|ва[йи]б[еъ]р\\p{L}{0,3}|вибер\\p{L}{0,3}|βαιμπερ)${NOT_WORD_AFTER}`, 'gu'), /ber|бер|бър|μπερ/],
];

/** "Signal" is an ordinary word ("signal generator"): it is the messenger only in a contact context. */
const SIGNAL = new RegExp(`${NOT_WORD_BEFORE}signal${NOT_WORD_AFTER}`, 'gu');
const SIGNAL_AS_APP_AFTER = /^(?:\s?(?:app|messenger)(?!\p{L})|\s?:?\s?[+@\d]|\s?(?:only|solo|tylko|nur|uniquement|только|μονο|doar|len|само)(?!\p{L})|\s?[.,;)!/\n]|\s?$)/u;
const SIGNAL_AS_APP_BEFORE = /(?:(?<!\p{L})(?:on|via|per|su|por|en|na|w|v|в|на|στο|pe|sur|uber|auf|through|by|or|o|ou|oder|или|lub|albo|sau|ή|and|und|e|y|i|et)\s|[/,]\s?)$/u;
const NEAR_OTHER_MESSENGER = 30;

/** Links that open a chat: wa.me, api.whatsapp.com/send, chat.whatsapp.com, t.me, signal.me, viber:// … */
const APP_LINK = /(?<![\p{L}\p{N}.])(?:(?:whatsapp|viber|tg|sgnl):\/\/[^\s<>"']{1,160}|(?:https?:\/\/)?(?:www\.)?(?:wa\.me|api\.whatsapp\.com|chat\.whatsapp\.com|web\.whatsapp\.com|t\.me|telegram\.me|telegram\.dog|signal\.me|signal\.group|invite\.viber\.com)(?:\/[^\s<>"']{0,160})?)/gu;
const LINK_TYPES: readonly [RegExp, MessengerType][] = [
  [/^(?:whatsapp:|wa\.me|api\.whatsapp|chat\.whatsapp|web\.whatsapp)/, 'whatsapp'],
  [/^(?:tg:|t\.me|telegram\.)/, 'telegram'],
  [/^(?:sgnl:|signal\.)/, 'signal'],
  [/^(?:viber:|invite\.viber)/, 'viber'],
];
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

/** A Telegram-style handle: "@name", not the "@" of an e-mail address. */
const HANDLE = /(?<![\p{L}\p{N}._%+-])@([a-z0-9_]{4,32})(?![\p{L}\p{N}_@]|\.[a-z])/gu;
/** How far from a Telegram mention a handle is read as its handle. */
const HANDLE_WINDOW = 40;
/** How far after a WhatsApp/Viber/Signal mention a phone number is read as its number. */
const NUMBER_WINDOW = 40;

export interface MessengerMention extends ContactMention {
  type: MessengerType;
}

function linkValue(link: string, type: MessengerType): string {
  const phone = /(?:phone=|number=|wa\.me\/)(?:%2b|\+)?(\d{7,15})/.exec(link)?.[1];
  if (phone && type !== 'telegram') return `+${phone}`;
  const tme = /^(?:t\.me|telegram\.me|telegram\.dog)\/(?:s\/)?([a-z0-9_]{4,32})$/.exec(link)?.[1];
  if (tme) return `@${tme}`;
  const resolve = /domain=([a-z0-9_]{4,32})/.exec(link)?.[1];
  if (resolve) return `@${resolve}`;
  return link;
}

function findLinks(n: NormalizedText): MessengerMention[] {
  const out: MessengerMention[] = [];
  for (const m of n.text.matchAll(APP_LINK)) {
    const written = m[0].replace(TRAILING_PUNCTUATION, '');
    const link = written.replace(/^https?:\/\//, '').replace(/^www\./, '');
    const type = LINK_TYPES.find(([re]) => re.test(link))?.[1];
    if (!type) continue;
    const range = { start: m.index, end: m.index + written.length };
    out.push({ type, value: linkValue(link, type), range, evidence: toSpan(n, range) });
  }
  return out;
}

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Names found on the plain view and on the leetspeak view ("T3legr4m", "Wh@tsApp"), once each. */
function nameRanges(views: NormalizedText[]): { type: MessengerType; range: Range }[] {
  const out: { type: MessengerType; range: Range }[] = [];
  for (const view of views) {
    for (const [type, re, hint] of NAMES) {
      if (!hint.test(view.text)) continue;
      for (const m of view.text.matchAll(re)) {
        const range = { start: m.index, end: m.index + m[0].length };
        if (!out.some((o) => overlaps(o.range, range))) out.push({ type, range });
      }
    }
  }
  return out;
}

function signalRanges(text: string, others: Range[]): Range[] {
  const out: Range[] = [];
  if (!text.includes('signal')) return out;
  for (const m of text.matchAll(SIGNAL)) {
    const range = { start: m.index, end: m.index + m[0].length };
    const after = text.slice(range.end, range.end + 12);
    const before = text.slice(Math.max(0, range.start - 12), range.start);
    const nearOther = others.some((o) => Math.abs(o.start - range.start) <= NEAR_OTHER_MESSENGER);
    if (nearOther || (SIGNAL_AS_APP_AFTER.test(after) && SIGNAL_AS_APP_BEFORE.test(before)) || /^\s?(?:app|messenger)(?!\p{L})/u.test(after)) out.push(range);
  }
  return out;
}

/** The handle written next to a Telegram mention ("Telegram @name", "@name on Telegram"). */
function handleNear(text: string, range: Range, handles: RegExpMatchArray[]): RegExpMatchArray | undefined {
  return (
    handles.find((h) => (h.index as number) >= range.end && (h.index as number) - range.end <= HANDLE_WINDOW) ??
    handles.find((h) => (h.index as number) < range.start && range.start - ((h.index as number) + h[0].length) <= HANDLE_WINDOW)
  );
}

export interface PhoneLike {
  value: string;
  range: Range;
}

/**
 * WhatsApp, Telegram, Signal and Viber: chat links, names (with the handle or number written next to
 * them as their value) and Telegram handles. `leet` is the leetspeak view of the same text.
 */
export function findMessengers(n: NormalizedText, leet: NormalizedText | undefined, phones: PhoneLike[], urls: UrlMatch[]): MessengerMention[] {
  const text = n.text;
  const links = findLinks(n);
  const names = nameRanges(leet ? [n, leet] : [n]).filter((x) => !links.some((l) => overlaps(l.range, x.range)));
  const signals = signalRanges(text, names.map((x) => x.range))
    .filter((r) => !links.some((l) => overlaps(l.range, r)) && !urls.some((u) => overlaps(u.range, r)))
    .map((range) => ({ type: 'signal' as const, range }));
  const handles = text.includes('@') ? [...text.matchAll(HANDLE)] : [];
  const out: MessengerMention[] = [...links];
  for (const { type, range } of [...names, ...signals]) {
    let value: string = type;
    if (type === 'telegram') {
      const h = handleNear(text, range, handles);
      if (h) value = `@${h[1] as string}`;
    } else {
      const phone = phones.find((p) => p.range.start >= range.end && p.range.start - range.end <= NUMBER_WINDOW);
      if (phone) value = phone.value;
    }
    out.push({ type, value, range, evidence: toSpan(n, range) });
  }
  // A lone "@name" is not reported: without a Telegram mention it may be Instagram or X.
  return out.sort((a, b) => a.range.start - b.range.start);
}
