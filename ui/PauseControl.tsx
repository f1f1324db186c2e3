import type { PauseState } from '@/utils/pause';
import { useMessages } from './messages';

export interface PauseControlProps {
  state: PauseState;
  /** The page's site as the person knows it (example.com); absent on pages that are no site. */
  site: string | undefined;
  onPause: (scope: 'site' | 'everywhere') => void;
  onResume: () => void;
}

/**
 * Pause on this site / everywhere, and resume. While paused, it says so and how to resume: a
 * person who paused Faro weeks ago must not believe that a page without badges was checked.
 */
export function PauseControl({ state, site, onPause, onResume }: PauseControlProps) {
  const m = useMessages();
  if (state !== 'running') {
    return (
      <section class="paused" aria-labelledby="paused-text">
        <p id="paused-text" role="status">
          <span aria-hidden="true">⏸ </span>
          {state === 'everywhere' ? m.t('pause.everywhereOn') : m.t('pause.siteOn', { site: site ?? '' })} {m.t('pause.howToResume')}
        </p>
        <button type="button" class="primary" onClick={onResume}>
          {m.t('pause.resume')}
        </button>
      </section>
    );
  }
  return (
    <div class="row pause-actions">
      {site !== undefined && (
        <button type="button" class="link-button" onClick={() => onPause('site')}>
          {m.t('pause.site', { site })}
        </button>
      )}
      <button type="button" class="link-button" onClick={() => onPause('everywhere')}>
        {m.t('pause.everywhere')}
      </button>
    </div>
  );
}
