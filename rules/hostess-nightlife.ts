import { defineRule, type LanguageRules } from '../engine/rule';
import type { Lang } from '../engine/types';
import { toPatterns } from './lib/price-vocab';
import { ABROAD, LEGIT_ENTERTAINMENT, NIGHTLIFE, nearSources } from './lib/lure-vocab';

/**
 * Hostess, dancer or "image girl" work in nightclubs, private parties or abroad ("hostess for
 * exclusive clubs in Dubai"): a frequent cover for sexual exploitation. Trade-fair hostesses,
 * cabin crew, cruise-line and dance-school jobs are not this.
 */
const JOBS: Record<Lang, string> = {
  en: 'hostess(?:es)?|dancers?|go-go dancers?|gogo dancers?|strippers?|entertainers?|image girls?|bar girls?',
  it: 'hostess|ragazz[ae] immagine|cubist[ae]|ballerin[ae]|intrattenitric[ei]',
  es: 'azafatas?|chicas de imagen|bailarinas?|gogos?|chicas de alterne',
  pl: 'hostess\\p{L}{0,3}|tancerk\\p{L}{0,3}|tancerz\\p{L}{0,3}',
  sk: 'hostes\\p{L}{0,3}|tanecnic\\p{L}{0,3}',
  bg: 'хостес\\p{L}{0,3}|танцьорк\\p{L}{0,3}|консуматорк\\p{L}{0,3}',
  el: 'hostess|χορευτρι\\p{L}{0,3}|κονσοματρισ\\p{L}{0,3}',
  ro: 'hostess\\p{L}{0,3}|dansatoare|dansatori|animatoare',
  uk: 'хостес|танцівниц\\p{L}{0,3}|танцюрист\\p{L}{0,3}',
  ru: 'хостес|танцовщиц\\p{L}{0,3}|гоу-гоу|стриптизерш\\p{L}{0,3}',
  fr: 'hotesses?|danseuses?|gogo|entraineuses?',
  de: 'hostess\\p{L}{0,3}|tanzerin\\p{L}{0,3}|animierdam\\p{L}{0,3}|gogo',
};

const EXAMPLES: Record<Lang, LanguageRules['examples']> = {
  en: {
    flag: [
      { text: 'Dancers wanted for a nightclub tour in Cyprus next summer.', evidence: ['Dancers'] },
      { text: 'HOSTESS JOBS DUBAI, premium lounges and private events.', evidence: ['HOSTESS'] },
    ],
    pass: [
      'Event Hostesses & Hosts – ExCeL London trade fair, registration desk.',
      'Restaurant hostess to greet guests, £11.50/hour, Leeds.',
      'Dance teacher for our children’s dance school in Bristol.',
    ],
  },
  it: {
    flag: [{ text: 'Cerchiamo ragazze immagine per serate in discoteche in Svizzera.', evidence: ['ragazze immagine'] }],
    pass: ['Fiera Staff Milano cerca hostess e steward per il Salone del Mobile.'],
  },
  es: {
    flag: [{ text: 'Bailarinas para gira por clubes de Grecia este verano.', evidence: ['Bailarinas'] }],
    pass: ['Azafatas para la feria IFEMA de Madrid, contrato por obra.'],
  },
  pl: {
    flag: [{ text: 'Szukamy dziewczyn do pracy jako hostessy w klubach nocnych w Szwajcarii.', evidence: ['hostessy'] }],
    pass: ['Hostessy na targi w Poznaniu, umowa zlecenie, 30 zł/h.'],
  },
  sk: {
    flag: [{ text: 'Práca v Anglicku pre mladé dievčatá – hostesky v nočných kluboch.', evidence: ['hostesky'] }],
    pass: ['Hostesky na veletrh Incheba v Bratislave, 10 €/h.'],
  },
  bg: {
    flag: [{ text: 'Търсим момичета за работа като хостеси в луксозни клубове в Дубай.', evidence: ['хостеси'] }],
    pass: ['Хостеси за изложение в Интер Експо Център, София.'],
  },
  el: {
    flag: [{ text: 'Ζητούνται κοπέλες για εργασία ως hostess σε κλαμπ στην Κύπρο.', evidence: ['hostess'] }],
    pass: ['Hostess για διεθνή έκθεση στη ΔΕΘ Θεσσαλονίκης.'],
  },
  ro: {
    flag: [{ text: 'Căutăm fete pentru muncă de hostess în cluburi din Dubai.', evidence: ['hostess'] }],
    pass: ['Hostess pentru târgul de carte de la Romexpo, plata pe zi.'],
  },
  uk: {
    flag: [{ text: 'Робота для дівчат у Туреччині – хостес і танцівниці в нічних клубах.', evidence: ['хостес'] }],
    pass: ['Хостес на виставку в Київ Експо Плаза, оплата щодня.'],
  },
  ru: {
    flag: [{ text: 'Требуются танцовщицы в ночной клуб в Дубае.', evidence: ['танцовщицы'] }],
    pass: ['Хостес на выставку в Крокус Экспо, оплата ежедневно.'],
  },
  fr: {
    flag: [{ text: 'Agence recherche hôtesses pour soirées privées à Monaco.', evidence: ['hôtesses'] }],
    pass: ["Hôtesses d'accueil pour le salon professionnel Vinexpo."],
  },
  de: {
    flag: [{ text: 'Tänzerinnen für exklusive Clubs in der Schweiz gesucht.', evidence: ['Tänzerinnen'] }],
    pass: ['Hostessen für die Messe in Frankfurt, 15 €/Std.'],
  },
};

const block = (lang: Lang): LanguageRules => ({
  patterns: toPatterns([...nearSources(JOBS[lang], NIGHTLIFE), ...nearSources(JOBS[lang], ABROAD)]),
  unlessAd: [LEGIT_ENTERTAINMENT],
  examples: EXAMPLES[lang],
});

export default defineRule({
  id: 'hostess-nightlife',
  category: 'modelling-lure',
  weight: 20,
  languages: Object.fromEntries((Object.keys(JOBS) as Lang[]).map((lang) => [lang, block(lang)])),
});
