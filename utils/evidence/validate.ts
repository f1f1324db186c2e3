import { CATEGORY_BY_ID } from '../../engine/categories';
import { AD_KINDS, LANGUAGES, LEVELS, type AdKind, type CategoryId, type Contact, type ContactType, type Flag, type Lang, type Level, type Mitigation, type Report, type Span, type Strength } from '../../engine/types';
import type { AdRecord, ImportSource } from '../history/schema';
import { BUNDLE_LIMITS, CLOCK_SKEW_MS } from './limits';

/**
 * The schema of one evidence item, checked field by field (issue 12): a bundle comes from outside, so
 * nothing in it is trusted because it has valid hashes (anyone can recompute those). Each check that
 * fails gives a reason a person can read; the item is refused, the bundle's other items are not.
 *
 * What passes is rebuilt from the checked fields only: a field this version of Faro does not know is
 * dropped (and named), so nothing unchecked reaches the history or the dashboard.
 */
export type ItemReason =
  /** Missing, or not of its type (a string, a number, a list). */
  | { kind: 'field'; field: string }
  /** Not one of the values Faro knows (a level, a language, a category …). */
  | { kind: 'value'; field: string; value: string }
  /** Not a UTC time as Faro writes it (2027-03-01T01:15:00.000Z). */
  | { kind: 'date'; field: string }
  | { kind: 'future'; field: string }
  | { kind: 'date-order' }
  /** Evidence that does not point at the text it quotes. */
  | { kind: 'span'; field: string }
  /** An address that is not a web page (javascript:, data: …). */
  | { kind: 'url'; value: string }
  | { kind: 'too-long'; field: string; max: number }
  | { kind: 'text-hash' }
  | { kind: 'item-hash' }
  /** The same ad (address and text) twice in one bundle. */
  | { kind: 'duplicate' };

/** An item's own hashes, compared by the caller (utils/evidence/read.ts). */
export interface CheckContext {
  /** Epoch milliseconds; times after it (beyond CLOCK_SKEW_MS) are refused. Absent: no future check (stored records). */
  now?: number;
}

/** An item as imported: the checked fields of an evidence item, rebuilt. `reviewed` is not among them. */
export type CheckedItem = Pick<AdRecord, 'id' | 'url' | 'site' | 'siteKey' | 'title' | 'firstSeen' | 'lastSeen' | 'text' | 'sha256' | 'report' | 'contacts' | 'note' | 'source'>;

export type ItemCheck = { ok: true; item: CheckedItem; dropped: string[] } | { ok: false; reasons: ItemReason[] };

/** Schemes an ad may have been seen on: web pages, and pages saved on the disk. Only http(s) become links. */
const SEEN_ON = new Set(['http:', 'https:', 'file:']);
const LINKED = new Set(['http:', 'https:']);
/** Written as records so that the compiler names any value engine/types.ts adds and this list lacks. */
const STRENGTHS = Object.keys({ weak: 1, medium: 1, strong: 1 } satisfies Record<Strength, 1>) as Strength[];
const CONTACT_TYPES = Object.keys({ phone: 1, email: 1, whatsapp: 1, telegram: 1, signal: 1, viber: 1, url: 1 } satisfies Record<ContactType, 1>) as ContactType[];
const LANGS: readonly (Lang | 'und')[] = [...LANGUAGES, 'und'];
const CATEGORY_IDS: readonly CategoryId[] = [...CATEGORY_BY_ID.keys()];
const HEX64 = /^[0-9a-f]{64}$/;
/** A reason list long enough to explain, short enough to read: the first few problems of an item. */
const MAX_REASONS = 5;

/** An address the dashboard may render as a link: http and https only, never javascript:, data: or file:. */
export function linkable(url: string): boolean {
  try {
    return LINKED.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return SEEN_ON.has(parsed.protocol) ? parsed.hostname : undefined;
  } catch {
    return undefined;
  }
}

/** A time exactly as `toISOString()` writes it: 2027-02-30 or a local time is not one. */
export function isUtcTime(value: string): boolean {
  const ms = Date.parse(value);
  return Number.isFinite(ms) && new Date(ms).toISOString() === value;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Collects reasons and dropped fields while a value is checked and rebuilt. */
class Checker {
  readonly reasons: ItemReason[] = [];
  readonly dropped: string[] = [];

  constructor(
    readonly text: string,
    private readonly now: number | undefined,
  ) {}

  fail(reason: ItemReason): undefined {
    if (this.reasons.length < MAX_REASONS) this.reasons.push(reason);
    return undefined;
  }

  /** Names the fields of `obj` that `known` does not list: they are not carried over. */
  extra(obj: Obj, known: readonly string[], path: string): void {
    for (const key of Object.keys(obj)) if (!known.includes(key)) this.dropped.push(path ? `${path}.${key}` : key);
  }

  string(obj: Obj, key: string, path: string, max: number = BUNDLE_LIMITS.fieldChars): string | undefined {
    const value = obj[key];
    if (typeof value !== 'string') return this.fail({ kind: 'field', field: path });
    if (value.length > max) return this.fail({ kind: 'too-long', field: path, max });
    return value;
  }

  optionalString(obj: Obj, key: string, path: string, max?: number): string | undefined {
    return obj[key] === undefined ? undefined : this.string(obj, key, path, max);
  }

  number(obj: Obj, key: string, path: string, min: number, max: number): number | undefined {
    const value = obj[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.fail({ kind: 'field', field: path });
    if (value < min || value > max) return this.fail({ kind: 'value', field: path, value: String(value) });
    return value;
  }

  optionalBoolean(obj: Obj, key: string, path: string): boolean | undefined {
    const value = obj[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') return this.fail({ kind: 'field', field: path });
    return value;
  }

  oneOf<T extends string>(obj: Obj, key: string, path: string, allowed: readonly T[]): T | undefined {
    const value = obj[key];
    if (typeof value !== 'string') return this.fail({ kind: 'field', field: path });
    if (!(allowed as readonly string[]).includes(value)) return this.fail({ kind: 'value', field: path, value: value.slice(0, 40) });
    return value as T;
  }

  time(obj: Obj, key: string, path: string): string | undefined {
    const value = this.string(obj, key, path);
    if (value === undefined) return undefined;
    if (!isUtcTime(value)) return this.fail({ kind: 'date', field: path });
    if (this.now !== undefined && Date.parse(value) > this.now + CLOCK_SKEW_MS) return this.fail({ kind: 'future', field: path });
    return value;
  }

  list<T>(obj: Obj, key: string, path: string, each: (value: unknown, path: string) => T | undefined): T[] | undefined {
    const value = obj[key];
    if (!Array.isArray(value)) return this.fail({ kind: 'field', field: path });
    if (value.length > BUNDLE_LIMITS.listItems) return this.fail({ kind: 'too-long', field: path, max: BUNDLE_LIMITS.listItems });
    const out: T[] = [];
    for (const [i, v] of value.entries()) {
      const checked = each(v, `${path}[${i}]`);
      if (checked === undefined) return undefined;
      out.push(checked);
    }
    return out;
  }

  /** A range of the item's text that quotes it exactly: the dashboard marks it, the exports cite it. */
  span(value: unknown, path: string): Span | undefined {
    if (!isObj(value)) return this.fail({ kind: 'field', field: path });
    const { start, end, text } = value;
    if (!Number.isInteger(start) || !Number.isInteger(end) || typeof text !== 'string') return this.fail({ kind: 'field', field: path });
    const s = start as number;
    const e = end as number;
    if (s < 0 || e > this.text.length || s >= e || this.text.slice(s, e) !== text) return this.fail({ kind: 'span', field: path });
    this.extra(value, ['start', 'end', 'text'], path);
    return { start: s, end: e, text };
  }

  flag(value: unknown, path: string): Flag | undefined {
    if (!isObj(value)) return this.fail({ kind: 'field', field: path });
    const rule = this.string(value, 'rule', `${path}.rule`);
    const category = this.oneOf(value, 'category', `${path}.category`, CATEGORY_IDS);
    const strength = this.oneOf(value, 'strength', `${path}.strength`, STRENGTHS);
    const weight = this.number(value, 'weight', `${path}.weight`, -1000, 1000);
    const evidence = this.list(value, 'evidence', `${path}.evidence`, (v, p) => this.span(v, p));
    const detail = value.detail === undefined ? undefined : this.detail(value.detail, `${path}.detail`);
    if (rule === undefined || category === undefined || strength === undefined || weight === undefined || evidence === undefined) return undefined;
    if (value.detail !== undefined && detail === undefined) return undefined;
    this.extra(value, ['rule', 'category', 'strength', 'weight', 'evidence', 'detail'], path);
    return { rule, category, strength, weight, evidence, ...(detail ? { detail } : {}) };
  }

  detail(value: unknown, path: string): Record<string, string | number> | undefined {
    if (!isObj(value)) return this.fail({ kind: 'field', field: path });
    const out: Record<string, string | number> = {};
    for (const [key, v] of Object.entries(value)) {
      if (key.length > BUNDLE_LIMITS.fieldChars) return this.fail({ kind: 'too-long', field: path, max: BUNDLE_LIMITS.fieldChars });
      if (typeof v === 'number' && Number.isFinite(v)) out[key] = v;
      else if (typeof v === 'string' && v.length <= BUNDLE_LIMITS.fieldChars) out[key] = v;
      else return this.fail({ kind: 'field', field: `${path}.${key}` });
    }
    return out;
  }

  mitigation(value: unknown, path: string): Mitigation | undefined {
    if (!isObj(value)) return this.fail({ kind: 'field', field: path });
    const id = this.string(value, 'id', `${path}.id`);
    const weight = this.number(value, 'weight', `${path}.weight`, -1000, 1000);
    const evidence = this.list(value, 'evidence', `${path}.evidence`, (v, p) => this.span(v, p));
    if (id === undefined || weight === undefined || evidence === undefined) return undefined;
    this.extra(value, ['id', 'weight', 'evidence'], path);
    return { id, weight, evidence };
  }

  contact(value: unknown, path: string): Contact | undefined {
    if (!isObj(value)) return this.fail({ kind: 'field', field: path });
    const type = this.oneOf(value, 'type', `${path}.type`, CONTACT_TYPES);
    const contactValue = this.string(value, 'value', `${path}.value`);
    const evidence = this.span(value.evidence, `${path}.evidence`);
    const obscured = this.optionalBoolean(value, 'obscured', `${path}.obscured`);
    const freeWebmail = this.optionalBoolean(value, 'freeWebmail', `${path}.freeWebmail`);
    if (type === undefined || contactValue === undefined || evidence === undefined) return undefined;
    this.extra(value, ['type', 'value', 'evidence', 'obscured', 'freeWebmail'], path);
    return { type, value: contactValue, evidence, ...(obscured !== undefined ? { obscured } : {}), ...(freeWebmail !== undefined ? { freeWebmail } : {}) };
  }

  report(value: unknown, path: string): Report | undefined {
    if (!isObj(value)) return this.fail({ kind: 'field', field: path });
    const id = this.string(value, 'id', `${path}.id`);
    const lang = this.oneOf(value, 'lang', `${path}.lang`, LANGS);
    // Reports made before the kind of ad was reported (2026-12) have none: not known, so 'other'.
    const kind = value.kind === undefined ? 'other' : this.oneOf<AdKind>(value, 'kind', `${path}.kind`, AD_KINDS);
    const score = this.number(value, 'score', `${path}.score`, 0, 100);
    const level = this.oneOf<Level>(value, 'level', `${path}.level`, LEVELS);
    const flags = this.list(value, 'flags', `${path}.flags`, (v, p) => this.flag(v, p));
    const mitigations = this.list(value, 'mitigations', `${path}.mitigations`, (v, p) => this.mitigation(v, p));
    const contacts = this.list(value, 'contacts', `${path}.contacts`, (v, p) => this.contact(v, p));
    const truncated = this.optionalBoolean(value, 'truncated', `${path}.truncated`);
    if ([id, lang, kind, score, level, flags, mitigations, contacts].includes(undefined)) return undefined;
    this.extra(value, ['id', 'lang', 'kind', 'score', 'level', 'flags', 'mitigations', 'contacts', 'truncated'], path);
    return {
      id: id as string,
      lang: lang as Lang | 'und',
      kind: kind as AdKind,
      score: score as number,
      level: level as Level,
      flags: flags as Flag[],
      mitigations: mitigations as Mitigation[],
      contacts: contacts as Contact[],
      ...(truncated !== undefined ? { truncated } : {}),
    };
  }

  source(value: unknown, path: string): ImportSource | undefined {
    if (!isObj(value)) return this.fail({ kind: 'field', field: path });
    const bundle = this.string(value, 'bundle', `${path}.bundle`);
    const file = this.optionalString(value, 'file', `${path}.file`);
    const generator = this.string(value, 'generator', `${path}.generator`);
    const createdAt = this.time(value, 'createdAt', `${path}.createdAt`);
    const importedAt = this.time(value, 'importedAt', `${path}.importedAt`);
    if (bundle === undefined || generator === undefined || createdAt === undefined || importedAt === undefined) return undefined;
    if (!HEX64.test(bundle)) return this.fail({ kind: 'field', field: `${path}.bundle` });
    this.extra(value, ['bundle', 'file', 'generator', 'createdAt', 'importedAt'], path);
    return { bundle, ...(file !== undefined ? { file } : {}), generator, createdAt, importedAt };
  }
}

const ITEM_FIELDS = ['id', 'url', 'site', 'siteKey', 'title', 'firstSeen', 'lastSeen', 'text', 'sha256', 'report', 'contacts', 'reviewed', 'note', 'source'];

/**
 * Checks one item of a bundle (or one stored record, with `contactKeys` besides) against the schema and
 * the limits, and rebuilds it from what passed. Hashes are not checked here: utils/evidence/read.ts does.
 */
export function checkItem(raw: unknown, context: CheckContext = {}): ItemCheck {
  if (!isObj(raw)) return { ok: false, reasons: [{ kind: 'field', field: 'item' }] };
  const rawText = raw.text;
  const c = new Checker(typeof rawText === 'string' ? rawText : '', context.now);
  const text = c.string(raw, 'text', 'text', BUNDLE_LIMITS.textChars);
  const id = c.string(raw, 'id', 'id', BUNDLE_LIMITS.urlChars + BUNDLE_LIMITS.fieldChars);
  const url = c.string(raw, 'url', 'url', BUNDLE_LIMITS.urlChars);
  const host = url === undefined ? undefined : hostOf(url);
  if (url !== undefined && host === undefined) c.fail({ kind: 'url', value: url.slice(0, 60) });
  const site = c.string(raw, 'site', 'site');
  if (site !== undefined && host !== undefined && site !== host) c.fail({ kind: 'value', field: 'site', value: site.slice(0, 60) });
  const siteKey = c.optionalString(raw, 'siteKey', 'siteKey');
  // The site's own ad id is always `${site}|…`: a key naming another site would join unrelated ads.
  if (siteKey !== undefined && site !== undefined && !siteKey.startsWith(`${site}|`)) c.fail({ kind: 'value', field: 'siteKey', value: siteKey.slice(0, 60) });
  const title = c.optionalString(raw, 'title', 'title', BUNDLE_LIMITS.titleChars);
  const firstSeen = c.time(raw, 'firstSeen', 'firstSeen');
  const lastSeen = c.time(raw, 'lastSeen', 'lastSeen');
  if (firstSeen !== undefined && lastSeen !== undefined && lastSeen < firstSeen) c.fail({ kind: 'date-order' });
  const sha256 = c.string(raw, 'sha256', 'sha256');
  if (sha256 !== undefined && !HEX64.test(sha256)) c.fail({ kind: 'field', field: 'sha256' });
  const report = c.report(raw.report, 'report');
  const contacts = c.list(raw, 'contacts', 'contacts', (v, p) => c.contact(v, p));
  // Never imported (merge.ts), but part of the format: a bundle without it is not one Faro wrote.
  if (typeof raw.reviewed !== 'boolean') c.fail({ kind: 'field', field: 'reviewed' });
  const note = c.string(raw, 'note', 'note', BUNDLE_LIMITS.noteChars);
  const source = raw.source === undefined ? undefined : c.source(raw.source, 'source');
  if (c.reasons.length > 0) return { ok: false, reasons: c.reasons };
  c.extra(raw, [...ITEM_FIELDS, 'contactKeys'], '');
  const item: CheckedItem = {
    id: id as string,
    url: url as string,
    site: site as string,
    ...(siteKey !== undefined ? { siteKey } : {}),
    ...(title !== undefined ? { title } : {}),
    firstSeen: firstSeen as string,
    lastSeen: lastSeen as string,
    text: text as string,
    sha256: sha256 as string,
    report: report as Report,
    contacts: contacts as Contact[],
    note: note as string,
    ...(source !== undefined ? { source } : {}),
  };
  return { ok: true, item, dropped: c.dropped };
}
