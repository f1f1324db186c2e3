import { checkItem } from '@/utils/evidence/validate';
import type { AdRecord } from '@/utils/history';

/**
 * Stored records the dashboard can draw, and those it cannot (issue 12): an import by an older Faro could
 * store a record with an unknown level or no evidence, which then emptied the whole dashboard. Such a
 * record is set apart by the same checks an import runs, shown as damaged, and can be deleted alone.
 */
export function splitDamaged(records: readonly unknown[]): { records: AdRecord[]; damaged: string[] } {
  const good: AdRecord[] = [];
  const damaged: string[] = [];
  for (const record of records) {
    if (checkItem(record).ok) good.push(record as AdRecord);
    // The store's key: whatever the record holds there, it is what deletes it.
    else damaged.push((record as { id: string }).id);
  }
  return { records: good, damaged };
}
