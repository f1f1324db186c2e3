import type { Shortcut } from '@/utils/welcome';
import { Hotlines, type HotlinesProps } from './Hotlines';
import { useMessages } from './messages';

export interface WelcomeProps {
  /** The sites Faro checks by itself, as a person reads them (`olx.pl`). */
  sites: readonly string[];
  /** The shortcuts as the browser has them now. */
  shortcuts: readonly Shortcut[];
  /** Which browser's menus to describe: pinning and changing shortcuts differ. */
  browser: 'chrome' | 'firefox';
  optionsHref: string;
  /** The icon drawn beside the title (an extension URL). */
  iconSrc: string;
  help: Omit<HotlinesProps, 'compact'>;
}

/**
 * The page opened on install (issue 14): what Faro does and does not do, where it checks by itself and
 * how to check elsewhere, how to keep its button in sight, the shortcuts, discreet mode, where help is,
 * and that nothing leaves the machine. Headings of the same subjects in the options page are reused, so
 * that a person finds them again there under the same words.
 */
export function Welcome({ sites, shortcuts, browser, optionsHref, iconSrc, help }: WelcomeProps) {
  const m = useMessages();
  const check = m.t('check.heading');
  const scan = shortcuts.find((s) => s.name === 'scan-page' && s.keys !== '');
  const settings = (
    <a href={optionsHref} target="_blank" rel="noopener">
      {m.t('welcome.openSettings')}
    </a>
  );
  return (
    <main class="welcome">
      <header class="welcome-head">
        <img src={iconSrc} alt="" width={56} height={56} />
        <div>
          <h1>{m.t('welcome.title')}</h1>
          <p class="tagline">{m.t('app.tagline')}</p>
        </div>
      </header>
      <p>{m.t('welcome.intro')}</p>

      <div class="welcome-columns">
        <section aria-labelledby="w-does">
          <h2 id="w-does">{m.t('welcome.does')}</h2>
          <ul>
            <li>{m.t('welcome.does1')}</li>
            <li>{m.t('welcome.does2')}</li>
            <li>{m.t('welcome.does3', { check })}</li>
          </ul>
        </section>
        <section aria-labelledby="w-does-not">
          <h2 id="w-does-not">{m.t('welcome.doesNot')}</h2>
          <ul>
            <li>{m.t('welcome.doesNot1')}</li>
            <li>{m.t('welcome.doesNot2')}</li>
            <li>{m.t('welcome.doesNot3', { check })}</li>
          </ul>
        </section>
      </div>

      <section aria-labelledby="w-sites">
        <h2 id="w-sites">{m.t('options.scanning')}</h2>
        <p>{m.tn('welcome.sitesIntro', sites.length)}</p>
        <ul class="welcome-sites" data-testid="welcome-sites">
          {sites.map((site) => (
            <li key={site}>{site}</li>
          ))}
        </ul>
        <p>{scan ? m.t('welcome.onDemand', { keys: scan.keys }) : m.t('welcome.onDemandButton')}</p>
        <p>
          {m.t('welcome.addSite', { section: m.t('options.scanning') })} {settings}
        </p>
      </section>

      <section aria-labelledby="w-pin">
        <h2 id="w-pin">{m.t('welcome.pin')}</h2>
        <p>{m.t(browser === 'firefox' ? 'welcome.pinFirefox' : 'welcome.pinChrome')}</p>
      </section>

      <section aria-labelledby="w-keys">
        <h2 id="w-keys">{m.t('welcome.shortcuts')}</h2>
        <dl class="welcome-keys">
          {shortcuts.map((shortcut) => (
            <div key={shortcut.name}>
              <dt>{shortcut.keys ? <kbd>{shortcut.keys}</kbd> : <span class="muted">{m.t('welcome.shortcutUnset')}</span>}</dt>
              <dd>{shortcut.description}</dd>
            </div>
          ))}
        </dl>
        <p class="small muted">{m.t(browser === 'firefox' ? 'welcome.shortcutsFirefox' : 'welcome.shortcutsChrome')}</p>
      </section>

      <section aria-labelledby="w-discreet">
        <h2 id="w-discreet">{m.t('options.discreet')}</h2>
        <p>
          {m.t('welcome.discreet')} {settings}
        </p>
      </section>

      <Hotlines {...help} />
      <p class="small">{m.t('welcome.helpWhere', { help: m.t('tab.help') })}</p>

      <section aria-labelledby="w-privacy">
        <h2 id="w-privacy">{m.t('options.privacy')}</h2>
        <p>{m.t('options.privacyLocal')}</p>
        <p>{m.t('welcome.privacyStored')}</p>
      </section>

      <p class="welcome-close">{m.t('welcome.close')}</p>
    </main>
  );
}
