/**
 * The hotline directory, from ../shared/reference/hotlines.md (compiled from the ASIT seed module,
 * Part 4, and official pages checked on 2026-11-22). Every entry carries its source and the date it
 * was checked; `unconfirmed` entries are shown with that caveat. Kinds and notes are keys, so that
 * the interface can say them in every language; organisation names stay as they are.
 */
export type LineKind =
  | 'trafficking'
  | 'police'
  | 'children'
  | 'violence'
  | 'social'
  | 'missing'
  | 'anonymous'
  | 'commission'
  | 'counselling'
  | 'regional';

export type LineNote = 'free' | 'h24' | 'officeHours' | 'professionals' | 'fromAbroad' | 'text';

export interface HotlineLine {
  number: string;
  kind: LineKind;
  /** An organisation's own name (La Strada, IOM, CoMensha), not translated. */
  name?: string;
  notes?: LineNote[];
  /** Languages the line answers in, ISO 639-1 codes (names come from Intl.DisplayNames). */
  languages?: string[];
}

export interface HotlineEntry {
  /** ISO 3166-1 alpha-2. */
  country: string;
  lines: HotlineLine[];
  email?: string[];
  web?: string[];
  /** A country with no national phone line (the web service is the way in). */
  noNationalLine?: boolean;
  source: string;
  verified: string;
  unconfirmed?: boolean;
}

/** Everywhere in the EU: immediate danger. */
export const EU_EMERGENCY = '112';

const CHECKED = '2026-11-22';

export const HOTLINES: readonly HotlineEntry[] = [
  {
    country: 'IT',
    lines: [{ number: '800 290 290', kind: 'trafficking', notes: ['free', 'h24'], languages: ['it', 'en', 'zh', 'ru', 'ro', 'uk', 'es', 'sq'] }],
    email: ['numeroverde@numeroverdeantitratta.org'],
    source: 'ASIT seed module 000 and 004; pariopportunita.gov.it',
    verified: CHECKED,
  },
  {
    country: 'BG',
    lines: [
      { number: '0800 20 100', kind: 'trafficking', notes: ['free'] },
      { number: '+359 2 807 80 50', kind: 'commission' },
      { number: '116 111', kind: 'children' },
      { number: '0800 1 86 76', kind: 'violence' },
    ],
    web: ['https://nrm.bg/en/home'],
    source: 'ASIT seed module 000',
    verified: CHECKED,
  },
  {
    country: 'GR',
    lines: [
      { number: '1109', kind: 'trafficking' },
      { number: '15900', kind: 'violence' },
      { number: '197', kind: 'social' },
      { number: '100', kind: 'police' },
    ],
    source: 'ASIT seed module 000',
    verified: CHECKED,
  },
  {
    country: 'PL',
    lines: [
      { number: '+48 22 628 01 20', kind: 'trafficking', name: 'KCIK' },
      { number: '+48 22 628 99 99', kind: 'trafficking', notes: ['h24'] },
      { number: '+48 664 974 934', kind: 'police' },
    ],
    source: 'ASIT seed module 000; isp.policja.pl',
    verified: CHECKED,
  },
  {
    country: 'SK',
    lines: [
      { number: '0800 800 818', kind: 'trafficking', notes: ['free'] },
      { number: '158', kind: 'police' },
      { number: '0907 787 374', kind: 'trafficking', name: 'IOM' },
      { number: '116 000', kind: 'missing' },
    ],
    email: ['ool@minv.sk', 'icosl@minv.sk'],
    source: 'ASIT seed module 000; ip.gov.sk',
    verified: CHECKED,
  },
  {
    country: 'ES',
    lines: [{ number: '900 10 50 90', kind: 'police', name: 'Policía Nacional', notes: ['free'] }],
    email: ['trata@policia.es'],
    source: 'ASIT seed module 000',
    verified: CHECKED,
  },
  {
    country: 'AT',
    lines: [{ number: '+43 677 61 34 34 34', kind: 'police' }],
    email: ['menschenhandel@bmi.gv.at'],
    source: 'vol.at; ots.at',
    verified: CHECKED,
  },
  {
    country: 'BE',
    lines: [{ number: '078 05 58 00', kind: 'trafficking', notes: ['h24'] }],
    web: ['https://www.stoptraite.be'],
    source: 'news.belgium.be',
    verified: CHECKED,
  },
  { country: 'HR', lines: [{ number: '0800 77 99', kind: 'trafficking', notes: ['free'] }], source: 'mdomsp.gov.hr', verified: CHECKED },
  {
    country: 'CZ',
    lines: [{ number: '800 077 777', kind: 'trafficking', name: 'La Strada', notes: ['free'] }],
    web: ['https://www.strada.cz'],
    source: 'strada.cz',
    verified: CHECKED,
  },
  { country: 'DK', lines: [{ number: '+45 70 20 25 50', kind: 'trafficking' }], source: 'cmm.dk', verified: CHECKED },
  { country: 'EE', lines: [{ number: '660 7320', kind: 'trafficking' }], source: 'news.err.ee', verified: CHECKED },
  { country: 'FI', lines: [{ number: '+358 2954 63177', kind: 'trafficking', notes: ['h24'] }], source: 'migri.fi', verified: CHECKED },
  {
    country: 'FR',
    lines: [{ number: '01 44 52 88 90', kind: 'counselling', name: 'CCEM' }],
    source: 'le1hebdo.fr (old source)',
    verified: CHECKED,
    unconfirmed: true,
  },
  {
    country: 'DE',
    lines: [{ number: '0800 987 654 8', kind: 'regional', name: 'Bayern' }],
    web: ['https://www.kok-gegen-menschenhandel.de'],
    noNationalLine: true,
    source: 'federal ministry release',
    verified: CHECKED,
  },
  { country: 'HU', lines: [{ number: '06 80 20 55 20', kind: 'trafficking', notes: ['h24'] }], source: 'thb.kormany.hu', verified: CHECKED },
  {
    country: 'IE',
    lines: [{ number: '1800 666 111', kind: 'police', name: 'Garda' }],
    email: ['blueblindfold@garda.ie'],
    source: 'garda.ie',
    verified: CHECKED,
  },
  { country: 'LV', lines: [{ number: '+371 28612120', kind: 'trafficking' }], source: 'patverums-dm.lv', verified: CHECKED },
  { country: 'LT', lines: [{ number: '+370 616 91119', kind: 'trafficking', notes: ['h24'] }], source: 'keliauk.urm.lt', verified: CHECKED },
  {
    country: 'LU',
    lines: [{ number: '+352 244 60 3220', kind: 'police' }],
    email: ['traite@police.etat.lu'],
    source: 'police.public.lu',
    verified: CHECKED,
  },
  {
    country: 'NL',
    lines: [
      { number: '0900 8844', kind: 'police' },
      { number: '0800 7000', kind: 'anonymous' },
      { number: '+31 33 448 11 86', kind: 'trafficking', name: 'CoMensha' },
    ],
    source: 'wegwijzermensenhandel.nl',
    verified: CHECKED,
  },
  { country: 'PT', lines: [{ number: '964 608 288', kind: 'trafficking', notes: ['h24'] }], source: 'eportugal.gov.pt', verified: CHECKED },
  {
    country: 'RO',
    lines: [{ number: '0800 800 678', kind: 'trafficking', notes: ['free'] }],
    source: 'not confirmed by an official page',
    verified: CHECKED,
    unconfirmed: true,
  },
  {
    country: 'SE',
    lines: [{ number: '020-390 000', kind: 'trafficking', notes: ['officeHours', 'professionals'] }],
    source: 'noomimalmo.se',
    verified: CHECKED,
  },
  {
    country: 'GB',
    lines: [{ number: '08000 121 700', kind: 'trafficking', name: 'Modern Slavery Helpline' }],
    web: ['https://www.modernslaveryhelpline.org'],
    source: 'modernslaveryhelpline.org',
    verified: CHECKED,
  },
  {
    country: 'US',
    lines: [
      { number: '1-888-373-7888', kind: 'trafficking' },
      { number: '233733', kind: 'trafficking', notes: ['text'] },
    ],
    web: ['https://humantraffickinghotline.org'],
    source: 'humantraffickinghotline.org',
    verified: CHECKED,
  },
  {
    country: 'CA',
    lines: [{ number: '1-833-900-1010', kind: 'trafficking' }],
    web: ['https://www.canadianhumantraffickinghotline.ca'],
    source: 'canadianhumantraffickinghotline.ca',
    verified: CHECKED,
  },
  {
    country: 'UA',
    lines: [
      { number: '1547', kind: 'trafficking' },
      { number: '+38 044 284 19 15', kind: 'trafficking', notes: ['fromAbroad'] },
      { number: '527', kind: 'trafficking' },
    ],
    source: 'dn.gov.ua',
    verified: CHECKED,
  },
  {
    country: 'MD',
    lines: [
      { number: '0 800 77777', kind: 'trafficking', name: 'La Strada', notes: ['free'] },
      { number: '+373 22 23 33 09', kind: 'trafficking', name: 'La Strada', notes: ['fromAbroad'] },
    ],
    web: ['https://lastrada.md'],
    source: 'lastrada.md',
    verified: CHECKED,
  },
  {
    country: 'NG',
    lines: [{ number: '627', kind: 'trafficking', name: 'NAPTIP', notes: ['free'] }],
    source: 'NAPTIP releases (press)',
    verified: CHECKED,
  },
];

/** Where 112 does not reach the emergency services, the local number (112 covers the EU and most of Europe). */
const OTHER_EMERGENCY: Record<string, string> = { US: '911', CA: '911' };

export function hotlinesFor(country: string | undefined): HotlineEntry | undefined {
  return HOTLINES.find((entry) => entry.country === country);
}

export function emergencyNumber(country: string | undefined): string {
  return (country && OTHER_EMERGENCY[country]) || EU_EMERGENCY;
}

/** The dialable form of a printed number (spaces and dashes out, a leading + kept). */
export function telHref(line: HotlineLine): string {
  const digits = line.number.replace(/[^\d+]/g, '');
  return `${line.notes?.includes('text') ? 'sms' : 'tel'}:${digits}`;
}
