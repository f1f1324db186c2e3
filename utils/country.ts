import { HOTLINES } from './hotlines';

/** Time zones of the countries in the hotline directory (where a person is, not which language they read). */
const ZONES: Record<string, string> = {
  'Europe/Rome': 'IT', 'Europe/Sofia': 'BG', 'Europe/Athens': 'GR', 'Europe/Warsaw': 'PL',
  'Europe/Bratislava': 'SK', 'Europe/Madrid': 'ES', 'Atlantic/Canary': 'ES', 'Africa/Ceuta': 'ES',
  'Europe/Vienna': 'AT', 'Europe/Brussels': 'BE', 'Europe/Zagreb': 'HR', 'Europe/Prague': 'CZ',
  'Europe/Copenhagen': 'DK', 'Europe/Tallinn': 'EE', 'Europe/Helsinki': 'FI', 'Europe/Paris': 'FR',
  'Europe/Berlin': 'DE', 'Europe/Budapest': 'HU', 'Europe/Dublin': 'IE', 'Europe/Riga': 'LV',
  'Europe/Vilnius': 'LT', 'Europe/Luxembourg': 'LU', 'Europe/Amsterdam': 'NL', 'Europe/Lisbon': 'PT',
  'Atlantic/Madeira': 'PT', 'Atlantic/Azores': 'PT', 'Europe/Bucharest': 'RO', 'Europe/Stockholm': 'SE',
  'Europe/London': 'GB', 'Europe/Kyiv': 'UA', 'Europe/Kiev': 'UA', 'Europe/Chisinau': 'MD',
  'Africa/Lagos': 'NG', 'America/Toronto': 'CA', 'America/Vancouver': 'CA', 'America/Edmonton': 'CA',
  'America/Winnipeg': 'CA', 'America/Halifax': 'CA', 'America/St_Johns': 'CA', 'America/Regina': 'CA',
  'America/New_York': 'US', 'America/Chicago': 'US', 'America/Denver': 'US', 'America/Los_Angeles': 'US',
  'America/Phoenix': 'US', 'America/Anchorage': 'US', 'Pacific/Honolulu': 'US', 'America/Detroit': 'US',
  'Asia/Nicosia': 'CY', 'Europe/Nicosia': 'CY', 'Asia/Famagusta': 'CY', 'Europe/Malta': 'MT', 'Europe/Oslo': 'NO',
  'Europe/Tirane': 'AL', 'Europe/Belgrade': 'RS',
  // Russia by its zones only: Russian is read in many countries of the directory (Ukraine, Moldova …).
  'Europe/Moscow': 'RU', 'Europe/Kaliningrad': 'RU', 'Europe/Samara': 'RU', 'Europe/Volgograd': 'RU',
  'Asia/Yekaterinburg': 'RU', 'Asia/Omsk': 'RU', 'Asia/Novosibirsk': 'RU', 'Asia/Krasnoyarsk': 'RU',
  'Asia/Irkutsk': 'RU', 'Asia/Yakutsk': 'RU', 'Asia/Vladivostok': 'RU',
};

/** A language spoken mainly in one country of the directory. */
const LANGUAGE_COUNTRY: Record<string, string> = {
  it: 'IT', bg: 'BG', el: 'GR', pl: 'PL', sk: 'SK', es: 'ES', ro: 'RO', uk: 'UA', fr: 'FR', de: 'DE',
  cs: 'CZ', hr: 'HR', da: 'DK', et: 'EE', fi: 'FI', hu: 'HU', lv: 'LV', lt: 'LT', nl: 'NL', pt: 'PT', sv: 'SE',
  mt: 'MT', nb: 'NO', nn: 'NO', no: 'NO', sq: 'AL', sr: 'RS',
};

const KNOWN = new Set(HOTLINES.map((entry) => entry.country));

/**
 * The user's likely country: the time zone first (a person abroad keeps the browser language of
 * home), then a region in the browser's languages, then a language spoken in one country.
 * Undefined when nothing points to a country of the directory; the user can always choose.
 */
export function guessCountry(timeZone: string | undefined, languages: readonly string[]): string | undefined {
  const byZone = timeZone ? ZONES[timeZone] : undefined;
  if (byZone) return byZone;
  for (const tag of languages) {
    const region = /^[a-z]{2,3}[-_]([A-Za-z]{2})\b/.exec(tag)?.[1]?.toUpperCase();
    if (region && KNOWN.has(region)) return region;
  }
  for (const tag of languages) {
    const byLanguage = LANGUAGE_COUNTRY[tag.slice(0, 2).toLowerCase()];
    if (byLanguage) return byLanguage;
  }
  return undefined;
}

/** The guess from this browser. */
export function browserCountry(): string | undefined {
  return guessCountry(Intl.DateTimeFormat().resolvedOptions().timeZone, navigator.languages ?? [navigator.language]);
}
