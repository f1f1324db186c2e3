import type { Report } from '@/engine/types';
import { flagsByWeight } from '@/utils/verdict';
import { LevelChip } from './LevelChip';
import { useMessages } from './messages';

/** At most this many phrases are quoted per flag; the page shows them all highlighted. */
const MAX_QUOTES = 3;

/** The evidence phrases, each once (a title often repeats the body's words). */
function quotes(evidence: Report['flags'][number]['evidence']): string[] {
  return [...new Set(evidence.map((span) => span.text.trim()))].slice(0, MAX_QUOTES);
}

export interface AdReportProps {
  report: Report;
  title?: string;
  /** Heading level of the ad's title in the surrounding page structure. */
  headingLevel?: 2 | 3;
  onShow?: () => void;
}

/** One ad's result: level, score, every flag with why it matters, what to ask, and the evidence quoted. */
export function AdReport({ report, title, headingLevel = 3, onShow }: AdReportProps) {
  const m = useMessages();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const flags = flagsByWeight(report);
  return (
    <article class={`ad ad-${report.level}`} aria-label={title ?? m.t('report.untitled')}>
      <header class="ad-head">
        <Heading class="ad-title">{title ?? m.t('report.untitled')}</Heading>
        <LevelChip level={report.level} score={report.score} />
      </header>
      {flags.length === 0 ? (
        <p class="muted">{m.t('report.noSignals')}</p>
      ) : (
        <>
          <p class="muted">{m.tn('report.signals', flags.length)}</p>
          <ul class="flags">
            {flags.map((flag) => {
              const text = m.rule(flag.rule);
              return (
                <li key={flag.rule} class={`flag flag-${flag.strength}`} data-rule={flag.rule}>
                  <details>
                    <summary>{text.title}</summary>
                    <p>
                      <strong>{m.t('report.why')}</strong> {text.why || m.t('report.whyFallback')}
                    </p>
                    <p>
                      <strong>{m.t('report.ask')}</strong> {text.ask || m.t('report.askFallback')}
                    </p>
                  </details>
                  <p class="evidence">
                    <span class="sr-only">{m.t('report.evidence')} </span>
                    {quotes(flag.evidence).map((quote) => (
                      <q key={quote}>{quote}</q>
                    ))}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {report.mitigations.length > 0 && (
        <ul class="mitigations" aria-label={m.t('report.mitigations')}>
          {report.mitigations.map((mitigation) => (
            <li key={mitigation.id}>✓ {m.mitigation(mitigation.id)}</li>
          ))}
        </ul>
      )}
      {onShow && (
        <button type="button" class="link-button" onClick={onShow}>
          {m.t('action.showOnPage')}
        </button>
      )}
    </article>
  );
}
