import { useState } from 'preact/hooks';
import type { Report } from '@/engine/types';
import type { HistoryProblem } from '@/utils/casework/history-problem';
import type { CheckDraft } from '@/utils/check-draft';
import { CheckText } from './CheckText';
import { HistoryProblemNotice } from './HistoryProblem';
import { Hotlines } from './Hotlines';
import { PageAds, type PageView } from './PageAds';
import { PauseControl, type PauseControlProps } from './PauseControl';
import { QuickWipe, type QuickWipeProps } from './QuickWipe';
import { SiteAccessNotice } from './SiteAccessNotice';
import { Tabs } from './Tabs';
import { useMessages } from './messages';

export interface PopupProps {
  page: PageView;
  highlight: boolean;
  country: string | undefined;
  countryGuessed: boolean;
  onHighlight: (on: boolean) => void;
  onShow: (key: string) => void;
  onScan: () => void;
  onCountry: (country: string) => void;
  onCheck: (text: string) => Promise<Report>;
  /** "Check a text": the pasted text and its result, kept until cleared. */
  checkDraft: CheckDraft;
  onCheckDraft: (draft: CheckDraft) => void;
  /** Pause on this site / everywhere, and resume. */
  pause?: PauseControlProps;
  /** Opens the side panel (Chrome) or sidebar (Firefox); absent where the browser has neither. */
  onSidePanel?: () => void;
  onOptions: () => void;
  /** With history on: the casework dashboard's address, and the last failure to save, if any. */
  history?: { dashboardHref: string; problem: HistoryProblem | null };
  /** Set when the browser withholds Faro's access to this listed site: asks for it again. */
  onAllowSite?: () => void;
  /** The quick wipe (issue 12): the history and every tab's results, deleted. */
  wipe?: QuickWipeProps;
  /** Discreet mode: nothing drawn on pages; the popup says so. */
  discreet?: boolean;
  /** Which tab opens first (tests and links may ask for one). */
  initialTab?: 'page' | 'check' | 'help';
}

export function Popup(props: PopupProps) {
  const m = useMessages();
  const [tab, setTab] = useState(props.initialTab ?? 'page');
  const help = (compact: boolean) => (
    <Hotlines country={props.country} guessed={props.countryGuessed} onCountry={props.onCountry} compact={compact} />
  );
  return (
    <div class="popup">
      <header class="top">
        <h1>
          <span aria-hidden="true">◉</span> Faro
        </h1>
        <div class="row top-links">
          {props.onSidePanel && (
            <button type="button" class="link-button" onClick={props.onSidePanel}>
              {m.t('action.sidePanel')}
            </button>
          )}
          <button type="button" class="link-button" onClick={props.onOptions}>
            {m.t('action.settings')}
          </button>
        </div>
      </header>
      <p class="tagline small">{m.t('app.tagline')}</p>
      {/* Near the top: on a shared or watched device it must be found without scrolling. */}
      <div class="tools">
        {props.wipe && <QuickWipe {...props.wipe} />}
        {props.pause && <PauseControl {...props.pause} />}
      </div>
      {props.history && (
        <>
          <HistoryProblemNotice problem={props.history.problem} />
          <p class="small dashboard-link">
            <a href={props.history.dashboardHref} target="_blank" rel="noopener">
              {m.t('sidepanel.dashboard')}
            </a>
          </p>
        </>
      )}
      <Tabs
        label={m.t('app.sections')}
        selected={tab}
        onSelect={(id) => setTab(id as typeof tab)}
        tabs={[
          {
            id: 'page',
            label: m.t('tab.page'),
            panel: (
              <>
                {props.onAllowSite && <SiteAccessNotice onAllow={props.onAllowSite} />}
                <PageAds
                  view={props.page}
                  highlight={props.highlight}
                  onHighlight={props.onHighlight}
                  onShow={props.onShow}
                  onScan={props.onScan}
                  discreet={props.discreet}
                  helpHint={help(true)}
                />
              </>
            ),
          },
          {
            id: 'check',
            label: m.t('tab.check'),
            panel: <CheckText onCheck={props.onCheck} draft={props.checkDraft} onDraft={props.onCheckDraft} discreet={props.discreet} helpHint={help(true)} />,
          },
          { id: 'help', label: m.t('tab.help'), panel: help(false) },
        ]}
      />
    </div>
  );
}
