/**
 * Local history of seen ads (issue 5): opt-in, in IndexedDB via idb, versioned with tested migrations.
 *
 * For the options page / background (settings owned by the extension):
 *   const opened = await openHistory({ enabled: settings.historyEnabled, keep: 'risky', retentionDays: 90 });
 *   if (!opened.ok) showStorageProblem(opened.error.kind); // 'disabled' is not a problem: history is off
 *   else await opened.value.record(ads.map((a) => ({ url, title, text: a.text, adKey: cardId, report })));
 *   (adKey: the card's own id attribute only, never a position hash: it joins sightings across visits)
 * `enabled: false` never opens or creates the database. "Delete everything now": `deleteHistory()` (works
 * with history on or off); `historyExists()` tells whether there is a database, without creating one.
 * Retention runs when the store opens; call `store.applyRetention()` daily too.
 *
 * For the dashboard: `store.all()` / `store.query({ levels, site, since, until, reviewed })`, `store.byContact(key)`,
 * `store.setReview(id, { reviewed, note })`, and `historyClusters(records)` for the clusters with their sites,
 * dates and timeline (or engine/link `linkAds(records.map(asLinkable))` for the bare clusters).
 */
export { openHistory, deleteHistory, historyExists, recordId, HistoryStore, RETENTION_DAYS } from './store';
export type { HistoryOptions, HistoryQuery, RecordOutcome, Review, SeenAd } from './store';
export { DB_NAME, DB_VERSION, contactKeysOf } from './schema';
export type { AdRecord, ImportSource } from './schema';
export type { HistoryError, HistoryErrorKind, HistoryResult } from './result';
export { toHistoryError } from './result';
export { sha256Hex } from './sha256';
export { asLinkable } from './linkable';
export { historyClusters, summarize } from './clusters';
export type { ClusterSummary, HourOf } from './clusters';
