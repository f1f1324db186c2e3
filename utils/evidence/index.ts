/**
 * Evidence for referral (issue 5): export selected ads or a cluster, import a colleague's bundle.
 *
 * For the dashboard:
 * - `buildBundle(records, { subject, clusters, generator })` → EvidenceBundle; `serializeBundle(b)` → the
 *   .json file's text (canonical, deterministic). Records come from utils/history (`store.all()` etc.).
 * - `toCsv(records)` → RFC 4180 CSV text (CRLF), formula-safe, for spreadsheets.
 * - `verifyBundle(json)` → the bundle, or the problems (not JSON, not a bundle, a text / item / manifest hash).
 * - `importBundle(store, json)` → what was added, merged, unchanged, and the conflicts (ours kept), or the
 *   bundle's problems, or a storage error. `planImport(existing, items)` is the pure merge behind it.
 * - `canonicalJson(value, indent?)`: the serialisation the hashes are computed over.
 */
export { BUNDLE_FORMAT, BUNDLE_VERSION, buildBundle, serializeBundle, toItem, verifyBundle } from './bundle';
export type { BundleOptions, BundleProblem, EvidenceBundle, EvidenceItem, VerifiedBundle } from './bundle';
export { importBundle, planImport } from './merge';
export type { Conflict, ImportOutcome, ImportPlan } from './merge';
export { CSV_COLUMNS, toCsv } from './csv';
export { canonicalJson } from './canonical';
