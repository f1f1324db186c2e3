import { Hotlines } from '../Hotlines';
import { PageAds, type PageView } from '../PageAds';
import { useMessages } from '../messages';

export interface SidePanelProps {
  view: PageView;
  /** The page the panel follows (the active tab). */
  url: string | undefined;
  highlight: boolean;
  onHighlight: (on: boolean) => void;
  onShow: (key: string) => void;
  onScan: () => void;
  /** Scrolls the page to the next flagged ad; absent when the page has none. */
  onNext?: () => void;
  dashboardHref: string;
  /** Discreet mode: nothing drawn on pages. */
  discreet?: boolean;
  /** The helplines' country, shown under an expanded ad. */
  country?: string;
  /** The ad to open and bring into view. */
  focusKey?: string;
}

/** The current page's report beside it, following the moderator from ad to ad (the popup's report, reused). */
export function SidePanel({ view, url, highlight, onHighlight, onShow, onScan, onNext, dashboardHref, discreet, country, focusKey }: SidePanelProps) {
  const m = useMessages();
  return (
    <div class="sidepanel">
      <header class="top">
        <h1>
          <span aria-hidden="true">◉</span> Faro
        </h1>
        <a href={dashboardHref} target="_blank" rel="noopener">
          {m.t('sidepanel.dashboard')}
        </a>
      </header>
      <p class="small muted page-url" title={url}>
        {url ? m.t('sidepanel.following', { url }) : m.t('sidepanel.noTab')}
      </p>
      {onNext && (
        <div class="row">
          <button type="button" onClick={onNext}>
            {m.t('sidepanel.next')}
          </button>
        </div>
      )}
      <PageAds
        view={view}
        highlight={highlight}
        onHighlight={onHighlight}
        onShow={onShow}
        onScan={onScan}
        discreet={discreet}
        focusKey={focusKey}
        // Compact: the country is chosen in the popup's help tab or the options.
        helpHint={<Hotlines country={country} guessed={false} onCountry={() => undefined} compact />}
      />
    </div>
  );
}
