import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize } from '../../engine/normalize';
import { findContacts } from '../../detectors/contacts';
import type { ContactType, Lang } from '../../engine/types';

type Expected = [type: ContactType, value: string, evidence: string, flags?: 'obscured' | 'free' | 'obscured+free'];

function contacts(text: string, lang?: Lang) {
  return findContacts(normalize(text), lang);
}

function summary(text: string, lang?: Lang): Expected[] {
  return contacts(text, lang).map((c) => {
    const flags = [c.obscured ? 'obscured' : '', c.freeWebmail ? 'free' : ''].filter(Boolean).join('+');
    return flags ? [c.type, c.value, c.evidence.text, flags as Expected[3]] : [c.type, c.value, c.evidence.text];
  });
}

const PHONES: [string, Lang | undefined, Expected[]][] = [
  ['Call +39 347 123 4567 now', 'it', [['phone', '+393471234567', '+39 347 123 4567']]],
  ['0039 347 123 4567', 'it', [['phone', '+393471234567', '0039 347 123 4567']]],
  ['Text 07700 900417', 'en', [['phone', '+447700900417', '07700 900417']]],
  ['call (212) 555-0199', 'en', [['phone', '+12125550199', '(212) 555-0199']]],
  ['Please call on 703-662-0553 for details', 'en', [['phone', '+17036620553', '703-662-0553']]],
  ['Dzwoń +48 600-123-456', 'pl', [['phone', '+48600123456', '+48 600-123-456']]],
  ['звоните 8 (916) 123-45-67', 'ru', [['phone', '+79161234567', '8 (916) 123-45-67']]],
  ['Volajte 0905 613 284', 'sk', [['phone', '+421905613284', '0905 613 284']]],
  ['Обади се на 0898 334 215', 'bg', [['phone', '+359898334215', '0898 334 215']]],
  ['Τηλ. 697 220 4815', 'el', [['phone', '+306972204815', '697 220 4815']]],
  ['Sunați la 0755 209 614', 'ro', [['phone', '+40755209614', '0755 209 614']]],
  ['Телефонуйте 097 123 4567', 'uk', [['phone', '+380971234567', '097 123 4567']]],
  ['Appelez le 06 12 34 56 78', 'fr', [['phone', '+33612345678', '06 12 34 56 78']]],
  ['Handy 0151 2348 9072', 'de', [['phone', '+4915123489072', '0151 2348 9072']]],
  ['Tel. 340 771 9852 / 333 902 1147', 'it', [['phone', '+393407719852', '340 771 9852'], ['phone', '+393339021147', '333 902 1147']]],
  // The language was guessed wrong: the number is still read in a country where it is valid.
  ['Ricevo zona Porta Nuova. 329 604 1177', 'sk', [['phone', '+393296041177', '329 604 1177']]],
  // Unicode: no-break spaces, zero-width characters, full-width and mathematical digits, emoji around.
  ['Tel\u00a0347\u00a0123\u00a04567', 'it', [['phone', '+393471234567', '347\u00a0123\u00a04567']]],
  ['📱 34\u200b7 123 4567 🌸', 'it', [['phone', '+393471234567', '34\u200b7 123 4567']]],
  ['tel ３４７ １２３ ４５６７', 'it', [['phone', '+393471234567', '３４７ １２３ ４５６７']]],
  ['tel 𝟑𝟒𝟕 𝟏𝟐𝟑 𝟒𝟓𝟔𝟕', 'it', [['phone', '+393471234567', '𝟑𝟒𝟕 𝟏𝟐𝟑 𝟒𝟓𝟔𝟕']]],
];

const OBSCURED: [string, Lang | undefined, Expected[]][] = [
  ['3 4 7 . 1 2 3 . 4 5 6 7', 'it', [['phone', '+393471234567', '3 4 7 . 1 2 3 . 4 5 6 7', 'obscured']]],
  ['solo w.h.a.t.s.a.p.p 3 2 0 4 1 8 7 7 5 2', 'it', [['whatsapp', '+393204187752', 'w.h.a.t.s.a.p.p'], ['phone', '+393204187752', '3 2 0 4 1 8 7 7 5 2', 'obscured']]],
  ['347-1two3-4567', 'it', [['phone', '+393471234567', '347-1two3-4567', 'obscured']]],
  ['📱 347 1O3 4567', 'it', [['phone', '+393471034567', '347 1O3 4567', 'obscured']]],
  ['347*123*4567', 'it', [['phone', '+393471234567', '347*123*4567', 'obscured']]],
  ['three four seven one two three four five six seven', 'it', [['phone', '+393471234567', 'three four seven one two three four five six seven', 'obscured']]],
  ['tre quattro sette uno due tre quattro cinque sei sette', 'it', [['phone', '+393471234567', 'tre quattro sette uno due tre quattro cinque sei sette', 'obscured']]],
  ['seis uno uno ocho cuatro dos nueve cero cinco', 'es', [['phone', '+34611842905', 'seis uno uno ocho cuatro dos nueve cero cinco', 'obscured']]],
  ['sześć zero pięć trzy trzy dziewięć dwa jeden osiem', 'pl', [['phone', '+48605339218', 'sześć zero pięć trzy trzy dziewięć dwa jeden osiem', 'obscured']]],
  ['nula deväť nula päť 613 284', 'sk', [['phone', '+421905613284', 'nula deväť nula päť 613 284', 'obscured']]],
  ['нула осем осем седем 305 612', 'bg', [['phone', '+359887305612', 'нула осем осем седем 305 612', 'obscured']]],
  ['έξι εννιά επτά 104 8823', 'el', [['phone', '+306971048823', 'έξι εννιά επτά 104 8823', 'obscured']]],
  ['zero șapte patru doi 518 903', 'ro', [['phone', '+40742518903', 'zero șapte patru doi 518 903', 'obscured']]],
  ['нуль дев’ять сім 123 4567', 'uk', [['phone', '+380971234567', 'нуль дев’ять сім 123 4567', 'obscured']]],
  ['восемь девять один шесть 204 71 38', 'ru', [['phone', '+79162047138', 'восемь девять один шесть 204 71 38', 'obscured']]],
  ['zéro six douze', 'fr', []],
  ['null eins fünf eins 2348 9072', 'de', [['phone', '+4915123489072', 'null eins fünf eins 2348 9072', 'obscured']]],
  ['threefourseven 123 4567', 'it', [['phone', '+393471234567', 'threefourseven 123 4567', 'obscured']]],
];

const EMAILS: [string, Lang | undefined, Expected[]][] = [
  ['write to staffing.ireland.jobs@gmail.com', 'en', [['email', 'staffing.ireland.jobs@gmail.com', 'staffing.ireland.jobs@gmail.com', 'free']]],
  ['CV to hr@glenlodgehotel.co.uk.', 'en', [['email', 'hr@glenlodgehotel.co.uk', 'hr@glenlodgehotel.co.uk']]],
  ['name at gmail dot com', 'en', [['email', 'name@gmail.com', 'name at gmail dot com', 'obscured+free']]],
  ['name[at]yahoo[.]com', 'en', [['email', 'name@yahoo.com', 'name[at]yahoo[.]com', 'obscured+free']]],
  ['scrivi a name (at) libero.it', 'it', [['email', 'name@libero.it', 'name (at) libero.it', 'obscured+free']]],
  ['maria chiocciola virgilio punto it', 'it', [['email', 'maria@virgilio.it', 'maria chiocciola virgilio punto it', 'obscured+free']]],
  ['praca małpa wp kropka pl', 'pl', [['email', 'praca@wp.pl', 'praca małpa wp kropka pl', 'obscured+free']]],
  ['Kontakt: lagerjobs.nrw@gmx.de', 'de', [['email', 'lagerjobs.nrw@gmx.de', 'lagerjobs.nrw@gmx.de', 'free']]],
  ['пишите ivan@mail.ru', 'ru', [['email', 'ivan@mail.ru', 'ivan@mail.ru', 'free']]],
  ['CV: job@abv.bg', 'bg', [['email', 'job@abv.bg', 'job@abv.bg', 'free']]],
  ['Email: USWAPTDO@td.com', 'en', [['email', 'uswaptdo@td.com', 'USWAPTDO@td.com']]],
  // "at" in prose is not an address.
  ['Apply at careers.skymeridian.com', 'en', [['url', 'careers.skymeridian.com', 'careers.skymeridian.com']]],
  ['meet us at the office dot com event', 'en', []],
];

const MESSENGERS: [string, Lang | undefined, Expected[]][] = [
  ['WhatsApp +971 55 214 8830', 'en', [['whatsapp', '+971552148830', 'WhatsApp'], ['phone', '+971552148830', '+971 55 214 8830']]],
  ['wa.me/393471234567', 'it', [['whatsapp', '+393471234567', 'wa.me/393471234567']]],
  ['https://api.whatsapp.com/send?phone=393471234567.', 'it', [['whatsapp', '+393471234567', 'https://api.whatsapp.com/send?phone=393471234567']]],
  ['join chat.whatsapp.com/AbCdEf', 'en', [['whatsapp', 'chat.whatsapp.com/abcdef', 'chat.whatsapp.com/AbCdEf']]],
  ['contact t.me/hostess_jobs', 'en', [['telegram', '@hostess_jobs', 't.me/hostess_jobs']]],
  ['https://telegram.me/hostess_jobs', 'en', [['telegram', '@hostess_jobs', 'https://telegram.me/hostess_jobs']]],
  ['Telegram @remote_hr_uk_desk', 'en', [['telegram', '@remote_hr_uk_desk', 'Telegram']]],
  ['write @remote_hr on Telegram', 'en', [['telegram', '@remote_hr', 'Telegram']]],
  ['T3legr4m @eu_j0bs_fast', 'en', [['telegram', '@eu_j0bs_fast', 'T3legr4m']]],
  ['kontakt tylko t e l e g r a m @praca_de_pl', 'pl', [['telegram', '@praca_de_pl', 't e l e g r a m']]],
  ['Szczegóły tylko na Telegramie.', 'pl', [['telegram', 'telegram', 'Telegramie']]],
  ['пишите в вотсап', 'ru', [['whatsapp', 'whatsapp', 'вотсап']]],
  ['пиши в телеграм', 'uk', [['telegram', 'telegram', 'телеграм']]],
  ['Само Viber 0887 305 612', 'bg', [['viber', '+359887305612', 'Viber'], ['phone', '+359887305612', '0887 305 612']]],
  ['пишете във вайбър', 'bg', [['viber', 'viber', 'вайбър']]],
  ['Επικοινωνία μόνο Viber.', 'el', [['viber', 'viber', 'Viber']]],
  ['On Signal: +44 7700 900123', 'en', [['signal', '+447700900123', 'Signal'], ['phone', '+447700900123', '+44 7700 900123']]],
  ['WhatsApp or Signal only', 'en', [['whatsapp', 'whatsapp', 'WhatsApp'], ['signal', 'signal', 'Signal']]],
  ['signal.me/#p/+447700900123', 'en', [['signal', 'signal.me/#p/+447700900123', 'signal.me/#p/+447700900123']]],
  ['viber://chat?number=%2B359887305612', 'bg', [['viber', '+359887305612', 'viber://chat?number=%2B359887305612']]],
  ['watsapp', 'en', [['whatsapp', 'whatsapp', 'watsapp']]],
  ['whatsap', 'en', [['whatsapp', 'whatsapp', 'whatsap']]],
  ['vatsap 0742 518 903', 'ro', [['whatsapp', '+40742518903', 'vatsap'], ['phone', '+40742518903', '0742 518 903']]],
  // Homoglyphs and invisible characters inside the name; the span is the original text.
  ['sοlο WhatsΑpp.', 'es', [['whatsapp', 'whatsapp', 'WhatsΑpp']]],
  ['Tele\u200bgram only', 'en', [['telegram', 'telegram', 'Tele\u200bgram']]],
  ['pe Wh@tsApp.', 'ro', [['whatsapp', 'whatsapp', 'Wh@tsApp']]],
];

const NOT_CONTACTS: [string, Lang | undefined][] = [
  ['Salary 20 000 - 30 000 zł a month', 'pl'],
  ['$85000-120000 per year', 'en'],
  ['From 12.03.2027 to 2027', 'en'],
  ['SharePoint 2007/2010', 'en'],
  ['registered charity no. 1187452', 'en'],
  ['£24,500 per year, 8,000-9,000 bonus', 'en'],
  ['Aut. Min. prot. n. 39/0004218', 'it'],
  ['ReqID: 2416582', 'en'],
  ['IBAN IT60 X054 2811 1010 0000 0123 456', 'it'],
  ['Spectrum Analyzers, Signal Generator and Power Supply', 'en'],
  ['a strong signal.', 'en'],
  ['Proficient with Outlook, Gmail and Google Workspace', 'en'],
  ['Compenso 1.250 € mensili, 40 ore, dal 1° marzo', 'it'],
  ['Skills needed.Be on time', 'en'],
  ['ASP.NET developer', 'en'],
  ['Earn 5OOO€ monthly', 'en'],
];

describe('findContacts: phone numbers', () => {
  it.each(PHONES)('%s (%s)', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));
});

describe('findContacts: numbers written to dodge filters', () => {
  it.each(OBSCURED)('%s (%s)', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));
});

describe('findContacts: e-mail', () => {
  it.each(EMAILS)('%s (%s)', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));
});

describe('findContacts: messengers', () => {
  it.each(MESSENGERS)('%s (%s)', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));
});

describe('findContacts: not contacts', () => {
  it.each(NOT_CONTACTS)('%s (%s)', (text, lang) => expect(summary(text, lang)).toEqual([]));
});

describe('findContacts: web addresses', () => {
  it('reads a site with or without scheme, and not the domain of an e-mail', () => {
    expect(summary('Apply: https://www.Hallbrookjobs.co.uk/jobs. Or jobs@cafe.de', 'en')).toEqual([
      ['url', 'hallbrookjobs.co.uk/jobs', 'https://www.Hallbrookjobs.co.uk/jobs'],
      ['email', 'jobs@cafe.de', 'jobs@cafe.de'],
    ]);
  });
});

describe('findContacts: spans', () => {
  it('always slice the original text, whatever the input', () => {
    const pieces = fc.constantFrom(
      ' ', '\u200b', '\u00a0', '📱', '🌹', '+', '-', '.', '(', ')', '@', '3', '47', '0', 'O', 'o', 'tre', 'sette', 'three',
      'whatsapp', 'Wh\u200batsApp', 'WhаtsApp', 'telegram', 't.me/', 'wa.me/', 'gmail', ' at ', ' dot ', 'com', 'signal', 'вайбер', '\n', 'x',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.constantFrom<Lang | undefined>(undefined, 'en', 'it', 'ru'), (parts, lang) => {
        const text = parts.join('');
        for (const c of contacts(text, lang)) {
          expect(c.evidence.text).toBe(text.slice(c.evidence.start, c.evidence.end));
          expect(c.evidence.end).toBeGreaterThan(c.evidence.start);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not throw on long or hostile input', () => {
    const hostile = ['1 '.repeat(5000), 'a@'.repeat(5000), 'x.'.repeat(5000), 'tre '.repeat(3000), '+'.repeat(5000), 'whatsapp '.repeat(2000)];
    for (const text of hostile) expect(Array.isArray(contacts(text, 'it'))).toBe(true);
  });
});
