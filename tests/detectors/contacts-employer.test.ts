import { describe, expect, it } from 'vitest';
import { normalize } from '../../engine/normalize';
import { findContacts } from '../../detectors/contacts';
import { contactsOfAnonymousAd, findEmployerIdentity } from '../../detectors/employer';
import type { Lang } from '../../engine/types';

function identity(text: string, lang: Lang) {
  const n = normalize(text);
  return findEmployerIdentity(n, findContacts(n, lang)).length > 0;
}

// The employer-identity judgement behind the anonymous-recruiter rules: who recruits is named or not.
const NAMED: [string, Lang][] = [
  ['Stagewell Events Ltd, apply via WhatsApp 07700 900832', 'en'],
  ['Hotel Bellavista cerca camerieri. WhatsApp 347 123 4567', 'it'],
  ["L'agenzia eventi NightStar cerca ragazze immagine. Solo Telegram.", 'it'],
  ['Agencia Ritmo Latino, información solo por WhatsApp.', 'es'],
  ['Agro Trans Euro SRL, doar WhatsApp 0731 440 825.', 'ro'],
  ['Kwiaciarnia „Różany Ogród” zatrudni florystkę. Tel. 605 339 218', 'pl'],
  ['„Розово масло Казанлък“ ЕООД наема берачи. 0898 334 215', 'bg'],
  ['ООО «СеверСтройМонтаж» ищет монтажников. +7 916 204-71-38', 'ru'],
  ['Vela Faces is casting new faces. Telegram only.', 'en'],
  ['Write to jobs@cafemarigold.co.uk', 'en'],
  ['Apply at hallbrookjobs.co.uk', 'en'],
  ['Presentarsi con CV in via Sparano 112. Tel 347 123 4567', 'it'],
  ['Contattare la figlia: 049 876 5412', 'it'],
];

const ANONYMOUS: [string, Lang][] = [
  ['Warehouse packers needed in the Netherlands. Message on WhatsApp only: +31 6 4821 9937', 'en'],
  ['Send your passport to our HR on Telegram @remote_hr_uk_desk. Places limited!', 'en'],
  ['Ditta seria cerca personale per pulizie in hotel in Germania. Contatti solo tramite WhatsApp 351 907 3318.', 'it'],
  ['Hotel cleaners wanted for Dublin and Galway. Email staffing.ireland.jobs@gmail.com', 'en'],
  ['Call Adrian 07700 900268.', 'en'],
  ['Lagerhelfer gesucht. Kontakt: lagerjobs.nrw@gmx.de', 'de'],
  ['Ricevo zona Porta Nuova al 329 604 1177', 'it'],
];

describe('findEmployerIdentity', () => {
  it.each(NAMED)('finds who recruits in «%s»', (text, lang) => expect(identity(text, lang)).toBe(true));
  it.each(ANONYMOUS)('finds no one in «%s»', (text, lang) => expect(identity(text, lang)).toBe(false));
});

describe('contactsOfAnonymousAd', () => {
  it('returns the contacts of an anonymous ad and nothing for a named one', () => {
    const anonymous = normalize('Call Adrian 07700 900268.');
    expect(contactsOfAnonymousAd(anonymous, findContacts(anonymous, 'en')).map((c) => c.evidence.text)).toEqual(['07700 900268']);
    const named = normalize('Orchard Lane Growers Ltd. Call 07700 900268.');
    expect(contactsOfAnonymousAd(named, findContacts(named, 'en'))).toEqual([]);
  });

  it('returns nothing when the ad has no contact at all', () => {
    const n = normalize('Opportunity abroad for young women.');
    expect(contactsOfAnonymousAd(n, findContacts(n, 'en'))).toEqual([]);
  });
});
