import { useState } from 'preact/hooks';
import type { SiteProblem } from '@/utils/user-sites';
import { useMessages } from './messages';

/** What came of adding a site: added, refused by the browser (the person said no), or not a site Faro can add. */
export type AddSiteOutcome = { ok: true } | { ok: false; problem: SiteProblem | 'refused' | 'failed' };

export interface UserSitesProps {
  /** The sites the user added, as host names. */
  sites: readonly string[];
  /**
   * Called from the click itself: the browser asks for a site's permission only from a user gesture, so the
   * caller must ask before it awaits anything (Firefox drops the gesture at the first await).
   */
  onAdd: (input: string) => Promise<AddSiteOutcome>;
  onRemove: (host: string) => void;
}

/** The options' own list of automatic sites: add one (the browser asks for its permission), remove one. */
export function UserSites({ sites, onAdd, onRemove }: UserSitesProps) {
  const m = useMessages();
  const [input, setInput] = useState('');
  const [outcome, setOutcome] = useState<AddSiteOutcome | null>(null);
  const add = (event: Event) => {
    event.preventDefault();
    void onAdd(input).then((result) => {
      setOutcome(result);
      if (result.ok) setInput('');
    });
  };
  return (
    <div class="user-sites">
      <h2>{m.t('options.userSites')}</h2>
      <p class="small muted">{m.t('options.userSitesHelp')}</p>
      {sites.length > 0 && (
        <ul class="user-site-list">
          {sites.map((host) => (
            <li key={host}>
              <span class="user-site">{host}</span>{' '}
              <button type="button" class="link-button" onClick={() => onRemove(host)} aria-label={m.t('options.userSiteRemoveLabel', { site: host })}>
                {m.t('options.userSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={add}>
        <label for="opt-user-site">{m.t('options.userSiteLabel')}</label>
        <input
          id="opt-user-site"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.org"
          value={input}
          onInput={(e) => setInput((e.target as HTMLInputElement).value)}
        />
        <button type="submit">{m.t('options.userSiteAdd')}</button>
      </form>
      <p class={outcome?.ok === false ? 'small error' : 'small'} role="status" aria-live="polite">
        {outcome ? (outcome.ok ? m.t('options.userSiteAdded') : m.t(`options.userSiteProblem.${outcome.problem}`)) : ''}
      </p>
    </div>
  );
}
