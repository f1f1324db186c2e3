/**
 * Evidence for referral (issue 5): export selected ads or a cluster, import a colleague's bundle.
 *
 * For the dashboard:
 * - `buildBundle(records, { subject, clusters, generator })` → EvidenceBundle; `serializeBundle(b)` → the
 *   .json file's text (canonical, deterministic). Records come from utils/history (`store.all()` etc.).
 * - `toCsv(records)` → RFC 4180 CSV text (CRLF), formula-safe, for spreadsheets.
 * - `importBundle(store, json, { file })` → what was added, what was already here (left untouched, with the
 *   differences listed), what was refused and why; or why the whole file was refused; or a storage error.
 *   Issue 12: every item is checked against the schema and the limits (`BUNDLE_LIMITS`), ids are recomputed,
 *   `reviewed` is never imported, the bundle each ad came from is recorded.
 * - `readBundle(json)` → the items item by item (accepted / refused with reasons); `verifyBundle(json)` → all or
 *   nothing, for checking a file; `checkItem(value)` → one item or stored record against the schema.
 * - `linkable(url)`: whether an address may be drawn as a link (http and https only).
 * - `canonicalJson(value, indent?)`: the serialisation the hashes are computed over.
 */
export { BUNDLE_FORMAT, BUNDLE_VERSION, buildBundle, serializeBundle, toItem } from './bundle';
export type { BundleOptions, EvidenceBundle, EvidenceItem } from './bundle';
export { readBundle, verifyBundle } from './read';
export type { AcceptedItem, BundleHeader, BundleProblem, FileProblem, ReadOutcome, RefusedItem, VerifiedBundle } from './read';
export { checkItem, linkable } from './validate';
export type { CheckedItem, ItemReason } from './validate';
export { BUNDLE_LIMITS } from './limits';
export { importBundle, planImport } from './merge';
export type { Conflict, ConflictField, ImportOutcome, ImportPlan, ImportReport } from './merge';
export { CSV_COLUMNS, toCsv } from './csv';
export { canonicalJson } from './canonical';
