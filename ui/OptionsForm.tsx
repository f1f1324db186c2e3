import { LANGUAGES, LEVELS, type Lang, type Level } from '@/engine/types';
import type { AutoScan, Settings } from '@/utils/settings';
import { AUTO_SCAN } from '@/utils/settings';
import { siteLabel } from '@/utils/sites';
import { HistoryOptions, type HistoryOptionsProps } from './HistoryOptions';
import { CountrySelect } from './Hotlines';
import { useMessages } from './messages';
import { UserSites, type UserSitesProps } from './UserSites';

export interface OptionsFormProps {
  settings: Settings;
  /** The language and country Faro uses when the user has not chosen one. */
  browserLang: Lang;
  browserCountry: string | undefined;
  listedSites: readonly string[];
  onChange: (change: Partial<Settings>) => void;
  /** Asked before "all sites" is saved: the browser asks the user for the permission. */
  onAutoScan: (choice: AutoScan) => void;
  saved: boolean;
  history: HistoryOptionsProps;
  /** The sites the user added to the automatic list. */
  userSites: UserSitesProps;
  /** The welcome page (what Faro does, shortcuts, help), opened on install and reachable again from here. */
  welcomeHref?: string;
}

/** A language's name in that language: a reader finds their own language whatever the interface is in. */
const ownName = (lang: Lang) => new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;

export function OptionsForm({ settings, browserLang, browserCountry, listedSites, onChange, onAutoScan, saved, history, userSites, welcomeHref }: OptionsFormProps) {
  const m = useMessages();
  const regions = new Intl.DisplayNames([m.lang, 'en'], { type: 'region' });
  return (
    <main class="options">
      <h1>{m.t('options.heading')}</h1>
      {welcomeHref && (
        <p>
          <a href={welcomeHref}>{m.t('options.welcomeLink')}</a>
        </p>
      )}

      <fieldset>
        <legend>{m.t('options.language')}</legend>
        <label for="opt-lang">{m.t('options.languageLabel')}</label>
        <select
          id="opt-lang"
          value={settings.uiLang ?? ''}
          onChange={(e) => onChange({ uiLang: ((e.target as HTMLSelectElement).value || null) as Lang | null })}
        >
          <option value="">{m.t('options.languageAuto', { language: ownName(browserLang) })}</option>
          {LANGUAGES.map((lang) => (
            <option key={lang} value={lang} lang={lang}>
              {ownName(lang)}
            </option>
          ))}
        </select>
      </fieldset>

      <fieldset>
        <legend>{m.t('options.country')}</legend>
        <label for="opt-country">{m.t('help.country')}</label>
        <CountrySelect id="opt-country" value={settings.country ?? browserCountry} onChange={(country) => onChange({ country })} />
        <p class="small muted">
          {settings.country === null
            ? browserCountry
              ? m.t('help.guessed', { country: regions.of(browserCountry) ?? browserCountry })
              : m.t('options.countryUnknown')
            : ''}
        </p>
        {settings.country !== null && (
          <button type="button" class="link-button" onClick={() => onChange({ country: null })}>
            {m.t('options.countryReset')}
          </button>
        )}
      </fieldset>

      <fieldset>
        <legend>{m.t('options.sensitivity')}</legend>
        <p class="small muted">{m.t('options.sensitivityHelp')}</p>
        {LEVELS.map((level: Level) => (
          <label class="choice" key={level}>
            <input type="radio" name="minLevel" value={level} checked={settings.minLevel === level} onChange={() => onChange({ minLevel: level })} />
            <span>{m.t(`options.minLevel.${level}`)}</span>
          </label>
        ))}
        <label class="choice">
          <input type="checkbox" checked={settings.highlight} onChange={(e) => onChange({ highlight: (e.target as HTMLInputElement).checked })} />
          <span>{m.t('page.highlight')}</span>
        </label>
      </fieldset>

      <fieldset>
        <legend>{m.t('options.discreet')}</legend>
        <label class="choice">
          <input type="checkbox" checked={settings.discreet} onChange={(e) => onChange({ discreet: (e.target as HTMLInputElement).checked })} />
          <span>{m.t('options.discreetOn')}</span>
        </label>
        <p class="small muted">{m.t('options.discreetHelp')}</p>
      </fieldset>

      <fieldset>
        <legend>{m.t('options.scanning')}</legend>
        {AUTO_SCAN.map((choice) => (
          <label class="choice" key={choice}>
            <input type="radio" name="autoScan" value={choice} checked={settings.autoScan === choice} onChange={() => onAutoScan(choice)} />
            <span>{m.t(`options.autoScan.${choice}`)}</span>
          </label>
        ))}
        <p class="small muted">{m.t('options.onDemand')}</p>
        <details>
          <summary class="small">{m.tn('options.listedSites', listedSites.length)}</summary>
          <ul class="small">
            {listedSites.map((pattern) => (
              <li key={pattern}>{siteLabel(pattern)}</li>
            ))}
          </ul>
        </details>
        <UserSites {...userSites} />
      </fieldset>

      <fieldset>
        <legend>{m.t('options.privacy')}</legend>
        <p>{m.t('options.privacyLocal')}</p>
        <p>{m.t('options.privacyStored')}</p>
        <p>{m.t('options.privacyNotStored')}</p>
      </fieldset>

      <HistoryOptions {...history} />

      <p class="saved" role="status" aria-live="polite">
        {saved ? m.t('options.saved') : ''}
      </p>
    </main>
  );
}
