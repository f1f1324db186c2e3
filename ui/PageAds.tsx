import type { TabState } from '@/utils/messaging';
import { byRisk, flaggedCount } from '@/utils/verdict';
import type { ComponentChildren } from 'preact';
import { AdRow } from './AdRow';
import { useMessages } from './messages';

/** What the popup knows about the page: still asking, not scanned (yet), or the ads found. */
export type PageView =
  | { kind: 'loading' }
  | { kind: 'not-scanned'; canScan: boolean; error?: boolean }
  /** Paused by the user (on this site or everywhere): nothing is checked or drawn. */
  | { kind: 'paused' }
  | { kind: 'scanned'; state: TabState };

export interface PageAdsProps {
  view: PageView;
  highlight: boolean;
  onHighlight: (on: boolean) => void;
  onShow: (key: string) => void;
  onScan: () => void;
  /** Discreet mode: nothing is drawn on the page, so there is no highlighting to turn on. */
  discreet?: boolean;
  /** Who can help, under an expanded ad. */
  helpHint?: ComponentChildren;
  /** The ad to open and bring into view (the badge's "details" link). */
  focusKey?: string;
}

/** The ads of the current page, one row each, riskiest first; ads without signals folded away. */
export function PageAds({ view, highlight, onHighlight, onShow, onScan, discreet = false, helpHint, focusKey }: PageAdsProps) {
  const m = useMessages();
  if (view.kind === 'loading') return <p class="muted">{m.t('page.loading')}</p>;
  if (view.kind === 'paused') {
    return (
      <section aria-labelledby="page-heading">
        <h2 id="page-heading">{m.t('page.heading')}</h2>
        <p>{m.t('page.paused')}</p>
      </section>
    );
  }
  if (view.kind === 'not-scanned') {
    return (
      <section aria-labelledby="page-heading">
        <h2 id="page-heading">{m.t('page.heading')}</h2>
        <p>{view.error ? m.t('page.cannotScan') : m.t('page.notScanned')}</p>
        {view.canScan && !view.error && (
          <button type="button" class="primary" onClick={onScan}>
            {m.t('action.scanPage')}
          </button>
        )}
      </section>
    );
  }
  const ads = [...view.state.ads].sort(byRisk);
  const flagged = ads.filter((ad) => ad.report.level !== 'low');
  const quiet = ads.filter((ad) => ad.report.level === 'low');
  return (
    <section aria-labelledby="page-heading">
      <h2 id="page-heading">{m.t('page.heading')}</h2>
      <p aria-live="polite">
        {m.tn('page.checked', ads.length)} {m.tn('page.flagged', flaggedCount(ads))}
      </p>
      {view.state.interfered && (
        <p class="page-interfered" role="status">
          {m.t('page.interfered')}
        </p>
      )}
      <p class="small muted">{m.t('page.truth')}</p>
      {discreet ? (
        <p class="small">{m.t('page.discreet')}</p>
      ) : (
        <label class="toggle">
          <input type="checkbox" checked={highlight} onChange={(e) => onHighlight((e.target as HTMLInputElement).checked)} />
          {m.t('page.highlight')}
        </label>
      )}
      {flagged.map((ad) => (
        <AdRow key={ad.key} ad={ad} onShow={() => onShow(ad.key)} helpHint={helpHint} focused={ad.key === focusKey} />
      ))}
      {quiet.length > 0 && (
        <details class="quiet">
          <summary>{m.tn('page.quiet', quiet.length)}</summary>
          <ul>
            {quiet.map((ad) => (
              <li key={ad.key}>{ad.title ?? m.t('report.untitled')}</li>
            ))}
          </ul>
        </details>
      )}
      <p class="small muted">{m.t('page.disclaimer')}</p>
    </section>
  );
}
