/**
 * The hotline directory, from ../shared/reference/hotlines.md (compiled from the ASIT seed module,
 * Part 4, and official pages checked on 2026-11-22) and, for the countries added in issue 14, from the
 * pages named in each entry's sources, seen on 2026-12-03. Every entry carries its sources and the date
 * it was checked; `unconfirmed` entries (no official page confirms the number) are shown with that
 * caveat. Kinds, notes and source kinds are keys, so that the interface says them in every language;
 * organisation names and web addresses stay as they are.
 *
 * Lines are in the order to call them: the first one is the line for a worrying job offer or ad; the
 * others are for the situations their kind names (the interface says so when there are several).
 *
 * Left out, for want of a source (issue 14; README, "Helplines"): Slovenia (gov.si names Društvo Ključ as
 * the specialised service, but no page found gives its number) and Switzerland (ACT212's national
 * reporting office is documented, its phone number is not on any page found). Russia has no national
 * line; IOM Moscow's page gives its counter-trafficking hotline, undated, so it is shown with the caveat.
 */
export type LineKind =
  | 'trafficking'
  | 'government'
  | 'migrantAdvice'
  | 'police'
  | 'children'
  | 'violence'
  | 'victims'
  | 'support'
  | 'social'
  | 'missing'
  | 'anonymous'
  | 'commission'
  | 'counselling'
  | 'regional';

export type LineNote = 'free' | 'h24' | 'officeHours' | 'professionals' | 'fromAbroad' | 'text' | 'manyLanguages';

export interface HotlineLine {
  number: string;
  kind: LineKind;
  /** An organisation's own name (La Strada, IOM, CoMensha), not translated. */
  name?: string;
  notes?: LineNote[];
  /** Languages the line answers in, ISO 639-1 codes (names come from Intl.DisplayNames). */
  languages?: string[];
}

/**
 * Where a number comes from, said in the reader's language: the ASIT seed module (`ref` = its parts),
 * an official page, an organisation's own page, a press report, press releases of a body (`ref` = its
 * name), or a federal ministry's press release.
 */
export type SourceKind = 'seed' | 'official' | 'ngo' | 'press' | 'release' | 'ministryRelease';

export interface HotlineSource {
  kind: SourceKind;
  /** A web address without the scheme, a document's parts or a body's name; never translated. */
  ref?: string;
}

export interface HotlineEntry {
  /** ISO 3166-1 alpha-2. */
  country: string;
  lines: HotlineLine[];
  email?: string[];
  web?: string[];
  /** No national line is specialised in trafficking: the lines shown also help with it, or serve one region. */
  noTraffickingLine?: boolean;
  /** Empty when no page could be found (then `unconfirmed`). */
  sources: HotlineSource[];
  verified: string;
  unconfirmed?: boolean;
}

/** Everywhere in the EU: immediate danger. */
export const EU_EMERGENCY = '112';

const CHECKED = '2026-11-22';
/** The countries and corrections of issue 14: the pages in their sources were read on this day. */
const SEEN = '2026-12-03';

const seed = (parts: string): HotlineSource => ({ kind: 'seed', ref: parts });
const official = (ref: string): HotlineSource => ({ kind: 'official', ref });
const ngo = (ref: string): HotlineSource => ({ kind: 'ngo', ref });
const press = (ref: string): HotlineSource => ({ kind: 'press', ref });

export const HOTLINES: readonly HotlineEntry[] = [
  {
    country: 'IT',
    lines: [{ number: '800 290 290', kind: 'trafficking', notes: ['free', 'h24'], languages: ['it', 'en', 'zh', 'ru', 'ro', 'uk', 'es', 'sq'] }],
    email: ['numeroverde@numeroverdeantitratta.org'],
    sources: [seed('000, 004'), official('pariopportunita.gov.it')],
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
    sources: [seed('000')],
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
    sources: [seed('000')],
    verified: CHECKED,
  },
  {
    country: 'PL',
    lines: [
      { number: '+48 22 628 01 20', kind: 'trafficking', name: 'KCIK' },
      { number: '+48 22 628 99 99', kind: 'trafficking', notes: ['h24'] },
      { number: '+48 664 974 934', kind: 'police' },
    ],
    sources: [seed('000'), official('isp.policja.pl')],
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
    sources: [seed('000'), official('ip.gov.sk')],
    verified: CHECKED,
  },
  {
    country: 'ES',
    lines: [{ number: '900 10 50 90', kind: 'police', name: 'Policía Nacional', notes: ['free'] }],
    email: ['trata@policia.es'],
    sources: [seed('000')],
    verified: CHECKED,
  },
  {
    country: 'AT',
    lines: [{ number: '+43 677 61 34 34 34', kind: 'police' }],
    email: ['menschenhandel@bmi.gv.at'],
    sources: [press('vol.at'), press('ots.at')],
    verified: CHECKED,
  },
  {
    country: 'BE',
    lines: [{ number: '078 05 58 00', kind: 'trafficking', notes: ['h24'] }],
    web: ['https://www.stoptraite.be'],
    sources: [official('news.belgium.be')],
    verified: CHECKED,
  },
  { country: 'HR', lines: [{ number: '0800 77 99', kind: 'trafficking', notes: ['free'] }], sources: [official('mdomsp.gov.hr')], verified: CHECKED },
  {
    country: 'CZ',
    lines: [{ number: '800 077 777', kind: 'trafficking', name: 'La Strada', notes: ['free'] }],
    web: ['https://www.strada.cz'],
    sources: [ngo('strada.cz')],
    verified: CHECKED,
  },
  { country: 'DK', lines: [{ number: '+45 70 20 25 50', kind: 'trafficking' }], sources: [official('cmm.dk')], verified: CHECKED },
  { country: 'EE', lines: [{ number: '660 7320', kind: 'trafficking' }], sources: [press('news.err.ee')], verified: CHECKED },
  { country: 'FI', lines: [{ number: '+358 2954 63177', kind: 'trafficking', notes: ['h24'] }], sources: [official('migri.fi')], verified: CHECKED },
  {
    country: 'FR',
    lines: [{ number: '01 44 52 88 90', kind: 'counselling', name: 'CCEM' }],
    sources: [press('le1hebdo.fr')],
    verified: CHECKED,
    unconfirmed: true,
  },
  {
    // No national anti-trafficking line (issue 14: the directory said so, then showed a regional number).
    // The federal helpline for women facing violence advises on trafficking too, around the clock, with
    // interpreters (hilfetelefon.de: 116 016 since June 2023, free, anonymous, 18 languages).
    country: 'DE',
    lines: [
      { number: '116 016', kind: 'violence', name: 'Hilfetelefon Gewalt gegen Frauen', notes: ['free', 'h24', 'manyLanguages'] },
      { number: '0800 987 654 8', kind: 'regional', name: 'Bayern' },
    ],
    web: ['https://www.hilfetelefon.de', 'https://www.kok-gegen-menschenhandel.de'],
    noTraffickingLine: true,
    sources: [official('hilfetelefon.de'), ngo('kok-gegen-menschenhandel.de'), { kind: 'ministryRelease' }],
    verified: SEEN,
  },
  { country: 'HU', lines: [{ number: '06 80 20 55 20', kind: 'trafficking', notes: ['h24'] }], sources: [official('thb.kormany.hu')], verified: CHECKED },
  {
    country: 'IE',
    lines: [{ number: '1800 666 111', kind: 'police', name: 'Garda' }],
    email: ['blueblindfold@garda.ie'],
    sources: [official('garda.ie')],
    verified: CHECKED,
  },
  { country: 'LV', lines: [{ number: '+371 28612120', kind: 'trafficking' }], sources: [official('patverums-dm.lv')], verified: CHECKED },
  { country: 'LT', lines: [{ number: '+370 616 91119', kind: 'trafficking', notes: ['h24'] }], sources: [official('keliauk.urm.lt')], verified: CHECKED },
  {
    country: 'LU',
    lines: [{ number: '+352 244 60 3220', kind: 'police' }],
    email: ['traite@police.etat.lu'],
    sources: [official('police.public.lu')],
    verified: CHECKED,
  },
  {
    country: 'NL',
    lines: [
      { number: '0900 8844', kind: 'police' },
      { number: '0800 7000', kind: 'anonymous' },
      { number: '+31 33 448 11 86', kind: 'trafficking', name: 'CoMensha' },
    ],
    sources: [official('wegwijzermensenhandel.nl')],
    verified: CHECKED,
  },
  { country: 'PT', lines: [{ number: '964 608 288', kind: 'trafficking', notes: ['h24'] }], sources: [official('eportugal.gov.pt')], verified: CHECKED },
  {
    country: 'RO',
    lines: [{ number: '0800 800 678', kind: 'trafficking', notes: ['free'] }],
    sources: [],
    verified: CHECKED,
    unconfirmed: true,
  },
  {
    country: 'SE',
    lines: [{ number: '020-390 000', kind: 'trafficking', notes: ['officeHours', 'professionals'] }],
    sources: [ngo('noomimalmo.se')],
    verified: CHECKED,
  },
  {
    country: 'GB',
    lines: [{ number: '08000 121 700', kind: 'trafficking', name: 'Modern Slavery Helpline' }],
    web: ['https://www.modernslaveryhelpline.org'],
    sources: [ngo('modernslaveryhelpline.org')],
    verified: CHECKED,
  },
  {
    country: 'US',
    lines: [
      { number: '1-888-373-7888', kind: 'trafficking' },
      { number: '233733', kind: 'trafficking', notes: ['text'] },
    ],
    web: ['https://humantraffickinghotline.org'],
    sources: [ngo('humantraffickinghotline.org')],
    verified: CHECKED,
  },
  {
    country: 'CA',
    lines: [{ number: '1-833-900-1010', kind: 'trafficking' }],
    web: ['https://www.canadianhumantraffickinghotline.ca'],
    sources: [ngo('canadianhumantraffickinghotline.ca')],
    verified: CHECKED,
  },
  {
    // dn.gov.ua lists "1547 – hotline for combating human trafficking" (the government's, reached from abroad
    // at +38 044 284 19 15) and "527 – national hotline for combating trafficking"; iom.int: 527 is IOM's
    // toll-free counter-trafficking and migrant advice line. Three lines, three labels (issue 14).
    country: 'UA',
    lines: [
      { number: '1547', kind: 'government' },
      { number: '+38 044 284 19 15', kind: 'government', notes: ['fromAbroad'] },
      { number: '527', kind: 'migrantAdvice', name: 'IOM', notes: ['free'] },
    ],
    sources: [official('dn.gov.ua'), official('iom.int')],
    verified: SEEN,
  },
  {
    country: 'MD',
    lines: [
      { number: '0 800 77777', kind: 'trafficking', name: 'La Strada', notes: ['free'] },
      { number: '+373 22 23 33 09', kind: 'trafficking', name: 'La Strada', notes: ['fromAbroad'] },
    ],
    web: ['https://lastrada.md'],
    sources: [ngo('lastrada.md')],
    verified: CHECKED,
  },
  {
    country: 'NG',
    lines: [{ number: '627', kind: 'trafficking', name: 'NAPTIP', notes: ['free'] }],
    sources: [{ kind: 'release', ref: 'NAPTIP' }],
    verified: CHECKED,
  },
  {
    // caritascyprus.org (an EU-funded project page): "report to the Police Anti-Trafficking Unit hotline: 1497";
    // parikiaki.com (2023): the ministry announced a hotline. No police page found gives the number.
    country: 'CY',
    lines: [{ number: '1497', kind: 'police' }],
    sources: [ngo('caritascyprus.org'), press('parikiaki.com')],
    verified: SEEN,
    unconfirmed: true,
  },
  {
    // humanrights.gov.mt (Human Rights Directorate), "National Awareness Raising" and "Support Services for
    // Victims of Crime": Support Line 179, Crime Stop 119, Victim Support Agency 116 006.
    country: 'MT',
    lines: [
      { number: '179', kind: 'support' },
      { number: '119', kind: 'police', name: 'Crime Stop' },
      { number: '116 006', kind: 'victims', name: 'Victim Support Agency', notes: ['free'] },
    ],
    sources: [official('humanrights.gov.mt')],
    verified: SEEN,
  },
  {
    // forfreedom.no: "Rosa operates a national helpline against human trafficking. Call 22 33 11 60. The
    // service is open 24/7"; ROSA is the government-funded assistance project (rosanorge.no).
    country: 'NO',
    lines: [{ number: '22 33 11 60', kind: 'trafficking', name: 'ROSA', notes: ['h24'] }],
    web: ['https://rosanorge.no/english'],
    sources: [ngo('forfreedom.no'), ngo('rosanorge.no')],
    verified: SEEN,
  },
  {
    // renate-europe.net (a European network of NGOs), "Request help in Albania": national helpline 116 006.
    // No Albanian official page found confirms it.
    country: 'AL',
    lines: [{ number: '116 006', kind: 'victims' }],
    sources: [ngo('renate-europe.net')],
    verified: SEEN,
    unconfirmed: true,
  },
  {
    // astra.rs: the SOS line of ASTRA, licensed by the Ministry of Labour and Social Affairs in 2018, the only
    // line in Serbia specialised in trafficking; its number 011 785 00 00 from ASTRA's statement of that day.
    country: 'RS',
    lines: [{ number: '011 785 00 00', kind: 'trafficking', name: 'ASTRA' }],
    web: ['https://astra.rs'],
    sources: [ngo('astra.rs'), press('ecofeminizam.com')],
    verified: SEEN,
  },
  {
    // moscow.iom.int/countertrafficking (IOM with the St. Petersburg Red Cross): "For the assistance to victims
    // of labour, sexual exploitation and other forms of trafficking ... apply to the hotline 8-800-333-00-16
    // (calls are free on the territory of Russia)". No state line exists; the page is undated (its project
    // dates from 2013): shown with the caveat. Seen on 2026-12-03 (issue 14: Russian is an interface language).
    country: 'RU',
    lines: [{ number: '8 800 333 00 16', kind: 'trafficking', name: 'IOM', notes: ['free'] }],
    sources: [ngo('moscow.iom.int')],
    verified: SEEN,
    unconfirmed: true,
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
