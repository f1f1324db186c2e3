import type { ComponentChildren } from 'preact';
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

export interface AdDetailsProps {
  report: Report;
  /** The engine could not read the ad (utils/messaging.ts TabAd.unread): no verdict, which is not "safe". */
  unread?: boolean;
  onShow?: () => void;
  /** Where to get help, shown under a medium or high result. */
  helpHint?: ComponentChildren;
}

/** The whole of one ad's result: every flag with why it matters, what to ask, the evidence quoted, and who can help. */
export function AdDetails({ report, unread, onShow, helpHint }: AdDetailsProps) {
  const m = useMessages();
  const flags = flagsByWeight(report);
  return (
    <>
      {unread && <p class="caveat">{m.t('report.unread')}</p>}
      {report.truncated && <p class="caveat">{m.t('report.partial')}</p>}
      {unread ? null : flags.length === 0 ? (
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
      {report.level !== 'low' && helpHint}
    </>
  );
}

export interface AdReportProps extends AdDetailsProps {
  title?: string;
  /** Heading level of the ad's title in the surrounding page structure. */
  headingLevel?: 2 | 3;
}

/** One ad's result in full: its title and level, then its details (a pasted text's result). */
export function AdReport({ report, title, headingLevel = 3, ...details }: AdReportProps) {
  const m = useMessages();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article class={`ad ad-${report.level}`} aria-label={title ?? m.t('report.untitled')}>
      <header class="ad-head">
        <Heading class="ad-title">{title ?? m.t('report.untitled')}</Heading>
        <LevelChip level={report.level} score={report.score} />
      </header>
      <AdDetails report={report} {...details} />
    </article>
  );
}
