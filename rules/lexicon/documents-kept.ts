/**
 * "The coordinator keeps your passport": one phrasing, two signals. It is a document demand
 * (document-request) and a means of control (control-signals), so two rules read the same
 * language blocks, built here once.
 */
import type { LanguageRules } from '../../engine/rule';
import type { Lang } from '../../engine/types';
import { DOCUMENTS_KEPT_TEMPLATES, ID_DOCUMENT, compose, rx } from './index';

/** Keeping a COPY, a valid passport, the worker's own safe keeping: not retention by someone else. */
const NOT_RETENTION: Record<Lang, RegExp> = {
  en: /\b(?:copy|copies|photocop\w+|valid|your own|expired|up to date|right[- ]to[- ]work|share code)\b/,
  it: /\b(?:copia|fotocopia|valid\w|in corso di validita|scadut\w)\b/,
  es: /\b(?:copia|fotocopia|en vigor|vigente|valido)\b/,
  pl: /\b(?:kopi\w|ksero\w{0,3}|ważn\w{1,3}|wazn\w{1,3})\b/,
  sk: /\b(?:kopi\w|platn\w{1,3})\b/,
  bg: /(?:копие|копия|валидн\w{1,3})/,
  el: /(?:αντιγραφ\w{1,3}|φωτοτυπι\w{1,3}|εγκυρ\w{1,3}|σε ισχυ)/,
  ro: /\b(?:copi\w{1,3}|valabil\w{0,3}|valid\w{0,3})\b/,
  uk: /(?:копі\w{1,2}|дійсн\w{1,3})/,
  ru: /(?:копи\w{1,2}|действительн\w{1,3}|ксерокопи\w{1,2})/,
  fr: /\b(?:copie|photocopie|valide|en cours de validite)\b/,
  de: /\b(?:kopie|kopien|gultig\w{0,3})\b/,
};

const EXAMPLES: Record<Lang, LanguageRules['examples']> = {
  en: {
    flag: [
      { text: 'Bring your passport – the team leader keeps all documents safe during the season.', evidence: ['leader keeps all documents'] },
      { text: 'Passport will be kept by the sponsor for residency processing.', evidence: ['Passport will be kept'] },
    ],
    pass: ['Applicants must hold a valid passport.', 'Please keep a copy of your documents for your own records.'],
  },
  it: {
    flag: [
      { text: 'I documenti li teniamo noi per fare la pratica.', evidence: ['documenti li teniamo'] },
      { text: 'Il passaporto lo teniamo noi per tutta la durata del contratto.', evidence: ['passaporto lo teniamo'] },
    ],
    pass: ["Il primo giorno porta con te un documento d'identità valido e una copia del codice fiscale."],
  },
  es: {
    flag: [
      { text: 'Te guardamos el pasaporte durante la campaña para que no se pierda.', evidence: ['guardamos el pasaporte'] },
      { text: 'La familia guarda tu documentación.', evidence: ['guarda tu documentación'] },
    ],
    pass: ['Imprescindible pasaporte en vigor sin restricciones de viaje.'],
  },
  pl: {
    flag: [{ text: 'Paszport na czas wyjazdu przechowuje pośrednik.', evidence: ['Paszport na czas wyjazdu przechowuje'] }],
    pass: ['Wymagany ważny paszport, kopię dokumentów przechowuje kadra.'],
  },
  sk: {
    flag: [{ text: 'Pas odovzdáte koordinátorovi, ktorý ho uschová počas celej zmluvy.', evidence: ['Pas odovzdáte'] }],
    pass: ['Platný cestovný pas je podmienkou.'],
  },
  bg: {
    flag: [{ text: 'Паспортът се съхранява от посредника през целия сезон.', evidence: ['Паспортът се съхранява'] }],
    pass: ['Необходим е валиден паспорт, копие от документите се съхранява в отдел кадри.'],
  },
  el: {
    flag: [{ text: 'Τα έγγραφα κρατούνται από τον εργοδότη.', evidence: ['έγγραφα κρατούνται'] }],
    pass: ['Απαραίτητο έγκυρο διαβατήριο.'],
  },
  ro: {
    flag: [{ text: 'Pașaportul rămâne la coordonator pe toată perioada contractului.', evidence: ['Pașaportul rămâne la'] }],
    pass: ['Necesar pașaport sau carte de identitate valabilă.'],
  },
  uk: {
    flag: [{ text: 'Паспорт після приїзду передається куратору.', evidence: ['Паспорт після приїзду передається'] }],
    pass: ['Потрібен дійсний біометричний паспорт.'],
  },
  ru: {
    flag: [{ text: 'Паспорт по прилёту передаётся куратору.', evidence: ['Паспорт по прилёту передаётся'] }],
    pass: ['Нужен действительный загранпаспорт.'],
  },
  fr: {
    flag: [{ text: 'Nous gardons votre passeport pendant toute la saison.', evidence: ['gardons votre passeport'] }],
    pass: ['Passeport valide obligatoire.'],
  },
  de: {
    flag: [{ text: 'Reisepass bitte beim Vorarbeiter abgeben.', evidence: ['Reisepass bitte beim Vorarbeiter abgeben'] }],
    pass: ['Gültiger Reisepass erforderlich.'],
  },
};

export function documentsKeptLanguages(): Partial<Record<Lang, LanguageRules>> {
  const out: Partial<Record<Lang, LanguageRules>> = {};
  for (const lang of Object.keys(EXAMPLES) as Lang[]) {
    out[lang] = {
      patterns: [compose(DOCUMENTS_KEPT_TEMPLATES[lang], { DOC: ID_DOCUMENT[lang] })],
      unless: [rx(NOT_RETENTION[lang])],
      examples: EXAMPLES[lang],
    };
  }
  return out;
}
