import type { Level } from '@/engine/types';
import { useMessages } from './messages';

/** The level as words and colour, never colour alone. */
export function LevelChip({ level, score }: { level: Level; score?: number }) {
  const m = useMessages();
  return (
    <span class={`chip chip-${level}`}>
      <span aria-hidden="true">{level === 'low' ? '✓' : '⚠'}</span> {m.t(`level.${level}`)}
      {score !== undefined && <span class="chip-score">{m.t('report.score', { score: m.formatNumber(score) })}</span>}
    </span>
  );
}
