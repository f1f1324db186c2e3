import { emergencyNumber, hotlinesFor, telHref, HOTLINES, type HotlineEntry, type HotlineLine } from '@/utils/hotlines';
import type { Messages } from '@/utils/i18n';
import { useMessages } from './messages';

export interface HotlinesProps {
  country: string | undefined;
  /** The country was guessed from the browser, not chosen. */
  guessed: boolean;
  onCountry: (country: string) => void;
  /** Show only the first line of the country and the emergency number (under a result). */
  compact?: boolean;
}

function useNames() {
  const m = useMessages();
  const regions = new Intl.DisplayNames([m.lang, 'en'], { type: 'region' });
  const languages = new Intl.DisplayNames([m.lang, 'en'], { type: 'language' });
  const list = new Intl.ListFormat(m.lang, { type: 'conjunction', style: 'short' });
  return {
    country: (code: string) => regions.of(code) ?? code,
    languages: (codes: string[]) => list.format(codes.map((code) => languages.of(code) ?? code)),
  };
}

/** Countries of the directory, in the reader's alphabetical order. */
export function CountrySelect({ id, value, onChange }: { id: string; value: string | undefined; onChange: (country: string) => void }) {
  const m = useMessages();
  const names = useNames();
  const collator = new Intl.Collator(m.lang);
  const options = HOTLINES.map((entry) => ({ code: entry.country, name: names.country(entry.country) })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
  return (
    <select id={id} value={value ?? ''} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
      {value === undefined && <option value="">{m.t('help.chooseCountry')}</option>}
      {options.map((o) => (
        <option key={o.code} value={o.code}>
          {o.name}
        </option>
      ))}
    </select>
  );
}

/** Where an entry's numbers come from, in the reader's language (addresses and names as written). */
export function sourcesText(m: Messages, entry: HotlineEntry): string {
  if (entry.sources.length === 0) return m.t('help.noSource');
  const list = new Intl.ListFormat(m.lang, { type: 'conjunction', style: 'long' });
  return list.format(entry.sources.map((source) => m.t(`source.${source.kind}`, { ref: source.ref ?? '' })));
}

function Line({ line, first }: { line: HotlineLine; first: boolean }) {
  const m = useMessages();
  const names = useNames();
  const label = [m.t(`line.${line.kind}`), line.name].filter(Boolean).join(' · ');
  const notes = (line.notes ?? []).map((note) => m.t(`note.${note}`));
  return (
    <li class="line">
      <span class="line-label">
        {label}
        {first && <strong> · {m.t('help.first')}</strong>}
      </span>
      <a class="tel" href={telHref(line)} aria-label={m.t(line.notes?.includes('text') ? 'help.textNumber' : 'help.call', { number: line.number, name: label })}>
        {line.number}
      </a>
      {notes.length > 0 && <span class="small muted"> {notes.join(' · ')}</span>}
      {line.languages && <span class="small muted block">{m.t('help.languages', { languages: names.languages(line.languages) })}</span>}
    </li>
  );
}

function Entry({ entry, compact }: { entry: HotlineEntry; compact: boolean }) {
  const m = useMessages();
  // Without its own final dot ("3 груд. 2026 р."): the sentence around it ends with one.
  const date = new Intl.DateTimeFormat(m.lang, { dateStyle: 'medium' }).format(new Date(`${entry.verified}T12:00:00Z`)).replace(/\.$/, '');
  const lines = compact ? entry.lines.slice(0, 1) : entry.lines;
  return (
    <div class="entry">
      {entry.unconfirmed && <p class="caveat">{m.t('help.unconfirmed')}</p>}
      {entry.noTraffickingLine && <p class="small">{m.t('help.noTraffickingLine')}</p>}
      {lines.length > 1 && <p class="small">{m.t('help.several')}</p>}
      <ul class="lines">
        {lines.map((line, i) => (
          <Line key={line.number} line={line} first={i === 0 && lines.length > 1} />
        ))}
      </ul>
      {!compact &&
        entry.email?.map((address) => (
          <p key={address} class="small">
            {m.t('help.email')} <a href={`mailto:${address}`}>{address}</a>
          </p>
        ))}
      {!compact &&
        entry.web?.map((url) => (
          <p key={url} class="small">
            {m.t('help.web')}{' '}
            <a href={url} target="_blank" rel="noopener noreferrer">
              {url.replace(/^https?:\/\/(www\.)?/, '')}
            </a>
          </p>
        ))}
      {!compact && <p class="small muted">{m.t('help.source', { source: sourcesText(m, entry), date })}</p>}
    </div>
  );
}

export function Emergency({ country }: { country: string | undefined }) {
  const m = useMessages();
  const number = emergencyNumber(country);
  return (
    <p class="emergency">
      {m.t('help.emergency')}{' '}
      <a class="tel" href={`tel:${number}`} aria-label={m.t('help.call', { number, name: m.t('help.emergencyName') })}>
        {number}
      </a>
    </p>
  );
}

/** Who can help a person judge an offer, in the user's country, and that it can be anonymous. */
export function Hotlines({ country, guessed, onCountry, compact = false }: HotlinesProps) {
  const m = useMessages();
  const names = useNames();
  const entry = hotlinesFor(country);
  if (compact) {
    return (
      <aside class="help-hint" aria-label={m.t('help.heading')}>
        <p>{m.t('help.hint')}</p>
        {entry && <Entry entry={entry} compact />}
        <Emergency country={country} />
      </aside>
    );
  }
  return (
    <section aria-labelledby="help-heading">
      <h2 id="help-heading">{m.t('help.heading')}</h2>
      <p>{m.t('help.intro')}</p>
      <label for="help-country">{m.t('help.country')}</label>
      <CountrySelect id="help-country" value={country} onChange={onCountry} />
      {guessed && country && <p class="small muted">{m.t('help.guessed', { country: names.country(country) })}</p>}
      {entry ? <Entry entry={entry} compact={false} /> : <p>{m.t('help.noEntry')}</p>}
      <Emergency country={country} />
      <p class="reassure">{m.t('help.anonymous')}</p>
    </section>
  );
}
