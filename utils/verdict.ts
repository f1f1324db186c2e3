import { LEVEL_RANK, LEVELS, type Level, type Report, type Span } from '@/engine/types';
import type { Messages } from './i18n';
import type { AdVerdict, PageLabels, TabAd } from './messaging';

/** Flags heaviest first: the order in which the badge, the popup and the panel list them. */
export function flagsByWeight(report: Report): Report['flags'] {
  return [...report.flags].sort((a, b) => b.weight - a.weight || a.rule.localeCompare(b.rule));
}

/** What the page draws for one ad: the level, the flag titles in the user's language, the evidence. */
export function toVerdict(key: string, report: Report, messages: Messages): AdVerdict {
  const flags = flagsByWeight(report);
  const evidence: Span[] = flags.flatMap((flag) => flag.evidence);
  return {
    key,
    level: report.level,
    score: report.score,
    signals: flags.map((flag) => messages.rule(flag.rule).title),
    evidence,
  };
}

export function pageLabels(messages: Messages): PageLabels {
  return {
    levels: Object.fromEntries(LEVELS.map((level) => [level, messages.t(`level.${level}`)])) as Record<Level, string>,
    badge: messages.t('badge.name'),
    panelTitle: messages.t('badge.panelTitle'),
    panelHint: messages.t('badge.panelHint'),
    details: messages.t('badge.details'),
    detailsElsewhere: messages.t('badge.detailsElsewhere'),
    close: messages.t('action.close'),
  };
}

/** Riskiest first, then by score. */
export function byRisk(a: TabAd, b: TabAd): number {
  return LEVEL_RANK[b.report.level] - LEVEL_RANK[a.report.level] || b.report.score - a.report.score;
}

/** The number on the toolbar icon: ads at medium or high. */
export function flaggedCount(ads: readonly TabAd[]): number {
  return ads.filter((ad) => LEVEL_RANK[ad.report.level] >= LEVEL_RANK.medium).length;
}

export function atLeast(level: Level, min: Level): boolean {
  return LEVEL_RANK[level] >= LEVEL_RANK[min];
}
