import { LEVEL_RANK, type Level } from '@/engine/types';
import type { TabState } from '@/utils/messaging';

/**
 * The key of the flagged ad after `currentKey`, in page order (the order the content script sent them),
 * wrapping round at the end; undefined when no ad is at `minLevel` or above. Used by the "next flagged
 * ad" shortcut and the side panel's button, which then send `showAd` to the tab.
 */
export function nextFlaggedKey(state: TabState | null | undefined, currentKey: string | undefined, minLevel: Level = 'medium'): string | undefined {
  const flagged = (state?.ads ?? []).filter((ad) => LEVEL_RANK[ad.report.level] >= LEVEL_RANK[minLevel]).map((ad) => ad.key);
  if (flagged.length === 0) return undefined;
  const at = currentKey === undefined ? -1 : flagged.indexOf(currentKey);
  return flagged[(at + 1) % flagged.length];
}

/** The lowest level the shortcut and the side panel stop at: the badge setting, but never quiet ads. */
export function flaggedFloor(minLevel: Level): Level {
  return LEVEL_RANK[minLevel] < LEVEL_RANK.medium ? 'medium' : minLevel;
}
