import type { Cluster } from '../../engine/link/index';
import type { AdRecord } from '../history/schema';
import { sha256Hex } from '../history/sha256';
import { canonicalJson } from './canonical';

/**
 * The JSON evidence bundle handed to the police or an NGO, or to a colleague's Faro.
 *
 * Every item is one ad as it was seen: URL, UTC times, the exact text and its SHA-256, the flags with
 * their evidence spans, contacts, the reviewer's note. `manifest.items` holds one SHA-256 per item and
 * `manifest.hash` the SHA-256 over the canonical serialisation (utils/evidence/canonical.ts) of the item
 * array, so a changed character anywhere is detected and located. The file itself is canonical JSON
 * with a two-space indent: the same items always give the same bytes.
 */
export const BUNDLE_FORMAT = 'faro-evidence';
export const BUNDLE_VERSION = 1;

/**
 * A stored ad minus what is derived from it (contact keys are recomputed on import) and minus what only
 * this browser's lists mean (`dismissed`: a colleague's dashboard decides its own).
 */
export type EvidenceItem = Omit<AdRecord, 'contactKeys' | 'dismissed'>;

export interface EvidenceBundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  /** UTC ISO time of the export. */
  createdAt: string;
  /** E.g. "Faro 0.1.0". */
  generator: string;
  /** Why the bundle was made: a cluster's id and label, or "selection". Informational, not hashed. */
  subject?: string;
  /** The clusters among the items (engine/link), for the reader. Informational, not hashed. */
  clusters?: Cluster[];
  items: EvidenceItem[];
  manifest: {
    algorithm: 'SHA-256';
    canonicalization: 'JSON, object keys sorted, no white space, UTF-8';
    /** SHA-256 of each item's canonical JSON, in item order. */
    items: { id: string; sha256: string }[];
    /** SHA-256 of the canonical JSON of `items`. */
    hash: string;
  };
}

export interface BundleOptions {
  createdAt?: Date;
  generator?: string;
  subject?: string;
  clusters?: Cluster[];
}

export function toItem(record: AdRecord): EvidenceItem {
  const { contactKeys: _derived, dismissed: _local, ...item } = record;
  return item;
}

export async function buildBundle(records: readonly AdRecord[], options: BundleOptions = {}): Promise<EvidenceBundle> {
  // A stable order: the same selection gives the same bundle however it was picked.
  const items = records.map(toItem).sort((a, b) => (a.firstSeen < b.firstSeen ? -1 : a.firstSeen > b.firstSeen ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const bundle: EvidenceBundle = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    createdAt: (options.createdAt ?? new Date()).toISOString(),
    generator: options.generator ?? 'Faro',
    items,
    manifest: {
      algorithm: 'SHA-256',
      canonicalization: 'JSON, object keys sorted, no white space, UTF-8',
      items: await Promise.all(items.map(async (item) => ({ id: item.id, sha256: await sha256Hex(canonicalJson(item)) }))),
      hash: await sha256Hex(canonicalJson(items)),
    },
  };
  if (options.subject !== undefined) bundle.subject = options.subject;
  if (options.clusters !== undefined) bundle.clusters = options.clusters;
  return bundle;
}

/** The bundle as a file: canonical JSON, two-space indent, final newline. */
export function serializeBundle(bundle: EvidenceBundle): string {
  return canonicalJson(bundle, 2) + '\n';
}
