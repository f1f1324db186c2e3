import { useMessages } from './messages';

/** The browser withholds Faro's access to this listed site: why no badges appear, and a way to allow it. */
export function SiteAccessNotice({ onAllow }: { onAllow: () => void }) {
  const m = useMessages();
  return (
    <div class="site-access" role="status">
      <p>{m.t('page.accessWithheld')}</p>
      <button type="button" onClick={onAllow}>
        {m.t('action.allowSite')}
      </button>
    </div>
  );
}
