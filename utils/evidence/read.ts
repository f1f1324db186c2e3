import { recordId } from '../history/store';
import { sha256Hex } from '../history/sha256';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type EvidenceBundle } from './bundle';
import { canonicalJson } from './canonical';
import { BUNDLE_LIMITS, CLOCK_SKEW_MS } from './limits';
import { checkItem, isUtcTime, type CheckedItem, type ItemReason } from './validate';

/**
 * Reading a bundle file from outside, item by item (issue 12). The file as a whole is refused only when
 * it cannot be a bundle at all (not JSON, another format, over the limits); otherwise every item is
 * checked on its own (schema, limits, its text's hash, its hash in the manifest) and refused with its
 * reasons, or accepted under the id this Faro computes from its address and text.
 */
export type FileProblem =
  | { kind: 'not-json'; message: string }
  | { kind: 'not-a-bundle'; message: string }
  | { kind: 'too-large'; max: number }
  | { kind: 'too-many-items'; max: number };

export interface RefusedItem {
  /** Position in the file, from 0. */
  index: number;
  /** The id the file gives it, for the reader to find it (cut to a readable length). */
  id: string;
  reasons: ItemReason[];
}

export interface AcceptedItem {
  index: number;
  /** Its id here: `recordId(siteKey, url, sha256 of its text)`, whatever the file said. */
  item: CheckedItem;
  /** The id the file gave it, when that was not the one computed. */
  declaredId?: string;
  /** Fields this Faro does not know, left out. */
  dropped: string[];
}

export interface BundleHeader {
  generator: string;
  createdAt: string;
  subject?: string;
  /** SHA-256 of the canonical JSON of the items as received: names this bundle. */
  hash: string;
  /** Whether that is the hash the manifest states (false: the file was changed as a whole). */
  manifestMatches: boolean;
}

export type ReadOutcome =
  | { ok: true; header: BundleHeader; accepted: AcceptedItem[]; refused: RefusedItem[]; bundle: EvidenceBundle }
  | { ok: false; problems: FileProblem[] };

const SHOWN_ID_CHARS = 120;

/** UTF-8 length without encoding the string: the limit is checked before anything is allocated. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The hash of a value's canonical JSON, or undefined when it cannot be serialised (nesting too deep). */
async function hashOf(value: unknown): Promise<string | undefined> {
  try {
    return await sha256Hex(canonicalJson(value));
  } catch {
    return undefined;
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function headerProblem(b: Obj, now: number): string | undefined {
  if (b.format !== BUNDLE_FORMAT) return `format is not "${BUNDLE_FORMAT}"`;
  if (b.version !== BUNDLE_VERSION) return `unsupported version ${String(b.version).slice(0, 20)}`;
  if (typeof b.createdAt !== 'string' || !isUtcTime(b.createdAt)) return 'createdAt is not a UTC time';
  if (Date.parse(b.createdAt) > now + CLOCK_SKEW_MS) return 'createdAt is in the future';
  if (typeof b.generator !== 'string' || b.generator.length > BUNDLE_LIMITS.fieldChars) return 'generator missing';
  if (b.subject !== undefined && (typeof b.subject !== 'string' || b.subject.length > BUNDLE_LIMITS.fieldChars)) return 'subject is not a short text';
  const manifest = b.manifest;
  if (!Array.isArray(b.items) || !isObj(manifest) || !Array.isArray(manifest.items) || typeof manifest.hash !== 'string') return 'items or manifest missing';
  if (manifest.algorithm !== 'SHA-256') return 'manifest algorithm is not SHA-256';
  if (manifest.items.length !== b.items.length) return 'manifest and items differ in length';
  return undefined;
}

/** Checks one item: its schema, its text's hash, its hash in the manifest. */
async function readItem(raw: unknown, listed: unknown, now: number): Promise<{ ok: true; item: CheckedItem; dropped: string[] } | { ok: false; reasons: ItemReason[] }> {
  const checked = checkItem(raw, { now });
  const reasons: ItemReason[] = checked.ok ? [] : [...checked.reasons];
  const rawItem = raw as Obj | null;
  const text = isObj(rawItem) && typeof rawItem.text === 'string' ? rawItem.text : undefined;
  if (text !== undefined && (await sha256Hex(text)) !== rawItem?.sha256) reasons.push({ kind: 'text-hash' });
  const entry = isObj(listed) ? listed : {};
  if (!isObj(rawItem) || entry.id !== rawItem.id || typeof entry.sha256 !== 'string' || (await hashOf(raw)) !== entry.sha256) reasons.push({ kind: 'item-hash' });
  return checked.ok && reasons.length === 0 ? checked : { ok: false, reasons };
}

/** Parses a bundle file and checks it item by item. `now` bounds the times it may hold. */
export async function readBundle(json: string, options: { now?: Date } = {}): Promise<ReadOutcome> {
  const now = (options.now ?? new Date()).getTime();
  if (json.length > BUNDLE_LIMITS.bytes || utf8Length(json) > BUNDLE_LIMITS.bytes) return { ok: false, problems: [{ kind: 'too-large', max: BUNDLE_LIMITS.bytes }] };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    return { ok: false, problems: [{ kind: 'not-json', message: err instanceof Error ? err.message : String(err) }] };
  }
  if (!isObj(value)) return { ok: false, problems: [{ kind: 'not-a-bundle', message: 'not an object' }] };
  if (Array.isArray(value.items) && value.items.length > BUNDLE_LIMITS.items) return { ok: false, problems: [{ kind: 'too-many-items', max: BUNDLE_LIMITS.items }] };
  const shape = headerProblem(value, now);
  if (shape) return { ok: false, problems: [{ kind: 'not-a-bundle', message: shape }] };
  const bundle = value as unknown as EvidenceBundle;

  const accepted: AcceptedItem[] = [];
  const refused: RefusedItem[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of (bundle.items as unknown[]).entries()) {
    const declared = isObj(raw) && typeof raw.id === 'string' ? raw.id : '';
    const read = await readItem(raw, (bundle.manifest.items as unknown[])[index], now);
    if (!read.ok) {
      refused.push({ index, id: declared.slice(0, SHOWN_ID_CHARS), reasons: read.reasons });
      continue;
    }
    // The id is this Faro's, from the ad's address and text: a file cannot name a record it does not match.
    const id = recordId(read.item.siteKey, read.item.url, read.item.sha256);
    if (seen.has(id)) {
      refused.push({ index, id: declared.slice(0, SHOWN_ID_CHARS), reasons: [{ kind: 'duplicate' }] });
      continue;
    }
    seen.add(id);
    accepted.push({ index, item: { ...read.item, id }, dropped: read.dropped, ...(declared !== id ? { declaredId: declared.slice(0, SHOWN_ID_CHARS) } : {}) });
  }
  const hash = (await hashOf(bundle.items)) ?? '';
  const header: BundleHeader = {
    generator: bundle.generator,
    createdAt: bundle.createdAt,
    ...(bundle.subject !== undefined ? { subject: bundle.subject } : {}),
    hash,
    manifestMatches: hash === bundle.manifest.hash,
  };
  return { ok: true, header, accepted, refused, bundle };
}

export type BundleProblem =
  | FileProblem
  | { kind: 'text-hash'; id: string }
  | { kind: 'item-hash'; id: string }
  | { kind: 'item'; id: string; reasons: ItemReason[] }
  /** An id that is not the one its address and text give (an import stores it under the computed one). */
  | { kind: 'id'; declared: string; computed: string }
  | { kind: 'manifest-hash' };

export type VerifiedBundle = { ok: true; bundle: EvidenceBundle } | { ok: false; problems: BundleProblem[] };

/**
 * All or nothing, for whoever receives a bundle to check it (the tests, a colleague's tool): the bundle
 * when every item passes and the manifest matches, otherwise every problem found.
 */
export async function verifyBundle(json: string, options: { now?: Date } = {}): Promise<VerifiedBundle> {
  const read = await readBundle(json, options);
  if (!read.ok) return read;
  const problems: BundleProblem[] = [];
  for (const { id, reasons } of read.refused) {
    const other = reasons.filter((r) => r.kind !== 'text-hash' && r.kind !== 'item-hash');
    if (other.length > 0) problems.push({ kind: 'item', id, reasons: other });
    if (reasons.some((r) => r.kind === 'text-hash')) problems.push({ kind: 'text-hash', id });
    if (reasons.some((r) => r.kind === 'item-hash')) problems.push({ kind: 'item-hash', id });
  }
  for (const { declaredId, item } of read.accepted) {
    if (declaredId !== undefined) problems.push({ kind: 'id', declared: declaredId, computed: item.id });
  }
  if (!read.header.manifestMatches) problems.push({ kind: 'manifest-hash' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, bundle: read.bundle };
}
