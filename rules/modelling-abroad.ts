import { near } from './concepts/define';
import { defineRule, type LanguageRules } from '../engine/rule';
import type { Lang } from '../engine/types';
import { toPatterns } from './lib/price-vocab';
import { ABROAD, LEGIT_ENTERTAINMENT, nearSources } from './lib/lure-vocab';

/**
 * Modelling work or photo shoots abroad ("casting new faces for paid shoots in Istanbul"): the
 * Instagram modelling offer of the ASIT case study 1. A licensed model agency's open casting at its
 * own office, with no fees, is not this.
 */
const JOBS: Record<Lang, string> = {
  en: 'model(?:l?ing)? (?:scouting|jobs?|work|contracts?)|instagram models?|models? wanted|photo ?shoots?|castings?|new faces',
  it: 'modell[ae]|servizi fotografici|shooting|casting',
  es: 'modelos? (?:femeninas?|para)|chicas modelo|sesiones de fotos|casting',
  pl: 'model(?:ek|k\\p{L}{0,3})|sesj\\p{L}{1,2} zdjeciow\\p{L}{1,3}|casting\\p{L}{0,2}',
  sk: 'modelk\\p{L}{0,3}|fotenie|fotenia|casting\\p{L}{0,2}',
  bg: 'модели|моделки|фотосеси\\p{L}{1,2}|кастинг\\p{L}{0,2}',
  el: 'μοντελα|μοντελο|φωτογραφισ\\p{L}{1,3}|casting',
  ro: 'modele|sedinte foto|casting',
  uk: 'моделл?ю|моделей|фотосесі\\p{L}{1,2}|кастинг\\p{L}{0,2}',
  ru: 'моделью|моделей|фотосесси\\p{L}{1,2}|кастинг\\p{L}{0,2}',
  fr: 'mannequins?|seances? photos?|shootings?|castings?',
  de: 'models|modelje?bs?|fotoshootings?|castings?',
};

const EXAMPLES: Record<Lang, LanguageRules['examples']> = {
  en: {
    flag: [{ text: 'Instagram model scouting: casting new faces for paid shoots in Milan and Istanbul.', evidence: ['Instagram model'] }],
    pass: ['Open casting – Northlight Model Management, walk-in at our Soho office. We never charge fees.'],
  },
  it: {
    flag: [{ text: 'Cerchiamo modelle per servizi fotografici a Dubai, viaggio pagato.', evidence: ['modelle'] }],
    pass: ["Casting aperto a Milano, l'agenzia non chiede alcun pagamento per book o iscrizione."],
  },
  es: {
    flag: [{ text: 'Buscamos chicas modelo para sesiones de fotos en Estambul y Dubái.', evidence: ['chicas modelo'] }],
    pass: ['Casting para anuncio de televisión en Madrid, agencia con licencia.'],
  },
  pl: {
    flag: [{ text: 'Praca dla modelek za granicą – sesje zdjęciowe w Stambule.', evidence: ['modelek'] }],
    pass: ['Casting do reklamy w Warszawie, agencja nie pobiera opłat.'],
  },
  sk: {
    flag: [{ text: 'Hľadáme modelky na fotenie v zahraničí, letenky hradíme.', evidence: ['modelky'] }],
    pass: ['Casting do reklamy v Bratislave, bez poplatkov.'],
  },
  bg: {
    flag: [{ text: 'Търсим модели за фотосесии в Дубай, пътуването е платено.', evidence: ['модели'] }],
    pass: ['Кастинг за реклама в София, агенцията не взема такси.'],
  },
  el: {
    flag: [{ text: 'Ζητούνται μοντέλα για φωτογραφίσεις στο Ντουμπάι.', evidence: ['μοντέλα'] }],
    pass: ['Casting για διαφήμιση στην Αθήνα από αδειοδοτημένο πρακτορείο.'],
  },
  ro: {
    flag: [{ text: 'Căutăm modele pentru ședințe foto în Dubai, zborul plătit.', evidence: ['modele'] }],
    pass: ['Casting pentru reclamă în București, agenția nu percepe taxe.'],
  },
  uk: {
    flag: [{ text: 'Робота моделлю за кордоном, фотосесії в Стамбулі.', evidence: ['моделлю'] }],
    pass: ['Кастинг для реклами в Києві, агенція без оплат.'],
  },
  ru: {
    flag: [{ text: 'Работа моделью за границей, фотосессии в Дубае.', evidence: ['моделью'] }],
    pass: ['Кастинг для рекламы в Москве, без оплаты для участников.'],
  },
  fr: {
    flag: [{ text: 'Recherche mannequins pour shootings à Dubaï, voyage payé.', evidence: ['mannequins'] }],
    pass: ['Casting pour une publicité à Paris, agence agréée.'],
  },
  de: {
    flag: [{ text: 'Models für Fotoshootings in Dubai gesucht, Flug bezahlt.', evidence: ['Models'] }],
    pass: ['Casting für einen Werbespot in Hamburg, seriöse Agentur.'],
  },
};

const block = (lang: Lang): LanguageRules => ({
  patterns: toPatterns(nearSources(JOBS[lang], ABROAD)),
  unlessAd: [LEGIT_ENTERTAINMENT],
  examples: EXAMPLES[lang],
});

export default defineRule({
  id: 'modelling-abroad',
  category: 'modelling-lure',
  weight: 20,
  match: [near(['DANCER', 'ABROAD'], { within: 10 })],
  languages: Object.fromEntries((Object.keys(JOBS) as Lang[]).map((lang) => [lang, block(lang)])),
});
