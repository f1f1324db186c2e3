import { near } from './concepts/define';
import { defineRule } from '../engine/rule';

/**
 * Work offered to people without papers ("no papers? no problem", "anche senza permesso di
 * soggiorno"): it targets those who cannot turn to the police or a labour inspector. Advice
 * services for undocumented people, EU citizens who need no permit and paperless offices are not this.
 */
export default defineRule({
  id: 'no-papers-needed',
  category: 'vulnerability-targeting',
  weight: 25,
  match: [
    near(['NEG', 'PAPERS'], { within: 3, ordered: true, scoped: false, unless: ['CHARITY'] }),
    // "ДОКУМЕНТЫ НЕ НУЖНЫ", "papiery nie potrzebne".
    near(['PAPERS', 'NEG'], { within: 3, ordered: true, scoped: false, unless: ['CHARITY', 'DOC'] }),
  ],
  languages: {
    en: {
      patterns: [
        /\bno (?:papers?|work permit|residence permit|legal status)\b[^.\n]{0,30}?\b(?:ok|okay|needed|required|necessary|no problem|fine|accepted|welcome)\b/u,
        /\b(?:without|even without|with or without) (?:papers|documents|a work permit|legal status|a residence permit)\b|\bundocumented (?:ok|welcome|accepted|workers welcome)\b|\bpapers (?:not (?:needed|required|necessary)|don't matter)\b/u,
      ],
      unless: [/\b(?:eu|eea|uk|citizens?|legal advice|advice|support|help|charity|ngo|lawyers?|rights|paperless|paperwork)\b/u],
      examples: {
        flag: [
          { text: 'No papers? No problem! Construction helpers needed in Germany.', evidence: ['No papers? No problem'] },
          { text: 'Female 21-35, no papers in current country is OK.', evidence: ['no papers in current country is OK'] },
        ],
        pass: ['Free legal advice for people without papers every Tuesday.', 'No work permit needed for EU citizens.'],
      },
    },
    it: {
      patterns: [/\bsenza (?:permesso(?: di soggiorno)?|documenti|carte)\b|\bnon (?:servono|serve|occorrono|chiediamo) (?:i )?(?:documenti|permess\p{L})\b/u],
      unless: [/\b(?:assistenza|consulenza|sportello|diritti|avvocat\p{L}*|legale|regolarizzazion\p{L}*|sanatoria|caritas|associazione|rinnovo|cittadini ue)\b/u],
      examples: {
        flag: [{ text: 'Va bene anche senza permesso di soggiorno. Chiamare Alì.', evidence: ['senza permesso di soggiorno'] }],
        pass: ['Sportello di consulenza legale gratuita per migranti senza documenti.'],
      },
    },
    es: {
      patterns: [/\bsin (?:papeles|documentos|permiso de (?:trabajo|residencia)|nie)\b|\bno (?:importa|hacen falta|se necesitan|necesitas) (?:los |tener )?(?:papeles|documentos)\b/u],
      unless: [/\b(?:oficina|asesor\p{L}*|abogad\p{L}*|derechos|regulariz\p{L}*|ong|fundacion|ayuda|asociacion|digital)\b/u],
      examples: {
        flag: [{ text: 'Se necesita interna, 24 horas. Sin papeles no importa.', evidence: ['Sin papeles'] }],
        pass: ['Oficina sin papeles: digitalizamos todos los documentos.', 'Asesoría gratuita para personas sin papeles.'],
      },
    },
    pl: {
      patterns: [/\bbez (?:papierow|dokumentow|pozwolenia na (?:prace|pobyt)|karty pobytu|legalizacji|wizy)\b|\bnie (?:potrzeba|wymagamy|trzeba miec) (?:papierow|dokumentow)\b/u],
      unless: [/\b(?:porad\p{L}*|pomoc\p{L}*|fundacj\p{L}*|prawn\p{L}*|obywatel\p{L}*|ue|unii)\b/u],
      examples: {
        flag: [{ text: 'Praca na budowie, także bez pozwolenia na pracę, gotówka co tydzień.', evidence: ['bez pozwolenia na pracę'] }],
        pass: ['Obywatele UE mogą pracować bez pozwolenia na pracę.'],
      },
    },
    sk: {
      patterns: [/\bbez (?:papierov|dokladov|povolenia na (?:pobyt|pracu)|pracovneho povolenia|viz)\b|\bnepotrebujete (?:papiere|doklady|povolenie)\b/u],
      unless: [/\b(?:porad\p{L}*|pomoc\p{L}*|obcan\p{L}* eu|eu|pravn\p{L}*|nadaci\p{L}*)\b/u],
      examples: {
        flag: [{ text: 'Práca v sklade aj bez povolenia na pobyt, platba v hotovosti.', evidence: ['bez povolenia na pobyt'] }],
        pass: ['Občania EÚ pracujú bez pracovného povolenia.'],
      },
    },
    bg: {
      patterns: [/\bбез (?:документи|разрешително за (?:работа|пребиваване)|виза)\b|\bне (?:са нужни|трябват|изискваме) документи\b/u],
      unless: [/\b(?:ес|граждани|консултаци\p{L}*|правн\p{L}*|помощ)\b/u],
      examples: {
        flag: [{ text: 'Работа в склад, може и без документи, заплащане на ръка.', evidence: ['без документи'] }],
        pass: ['Безплатна правна помощ за хора без документи.'],
      },
    },
    el: {
      patterns: [/\bδεν (?:χρειαζονται|απαιτουνται) (?:χαρτια|εγγραφα|εγγραφα)\b|\bχωρις (?:χαρτια|αδεια παραμονης|αδεια εργασιας)\b/u],
      unless: [/\b(?:πολιτες|νομικ\p{L}*|βοηθεια|μκο|συμβουλ\p{L}*)\b/u],
      examples: {
        flag: [{ text: 'Ζητούνται εργάτες. Δεν χρειάζονται χαρτιά. Παρέχεται διαμονή.', evidence: ['Δεν χρειάζονται χαρτιά'] }],
        pass: ['Νομική βοήθεια για μετανάστες χωρίς χαρτιά.'],
      },
    },
    ro: {
      patterns: [/\bfara (?:acte|forme legale|documente|permis de (?:sedere|munca)|viza)\b|\bnu (?:e nevoie|avem nevoie) de acte\b/u],
      unless: [/\b(?:ue|cetateni\p{L}*|consilier\p{L}*|juridic\p{L}*|ajutor|asociati\p{L}*)\b/u],
      examples: {
        flag: [{ text: 'Lucru în construcții, se poate și fără acte, plata pe zi.', evidence: ['fără acte'] }],
        pass: ['Cetățenii UE lucrează fără permis de muncă.'],
      },
    },
    uk: {
      patterns: [/\bбез (?:документів|дозволу на (?:роботу|проживання)|візи)\b|\bдокументи не (?:потрібні|обов'язкові)\b/u],
      unless: [/\b(?:єс|ес|громадян\p{L}*|юрист\p{L}*|правов\p{L}*|допомог\p{L}*|консульт\p{L}*)\b/u],
      examples: {
        flag: [{ text: 'Робота на складі, можна без документів, оплата щодня.', evidence: ['без документів'] }],
        pass: ['Безкоштовна правова допомога людям без документів.'],
      },
    },
    ru: {
      patterns: [/\bбез (?:документов|разрешения на работу|патента|визы)\b|\bдокументы не (?:нужны|обязательны|требуются)\b/u],
      unless: [/\b(?:юрист\p{L}*|правов\p{L}*|помощ\p{L}*|консульт\p{L}*)\b/u],
      examples: {
        flag: [{ text: 'Разнорабочие, можно без документов, оплата каждый день.', evidence: ['без документов'] }],
        pass: ['Бесплатная правовая помощь мигрантам без документов.'],
      },
    },
    fr: {
      patterns: [/\bsans (?:papiers|titre de sejour|permis de travail)\b|\bpas besoin de (?:papiers|titre de sejour)\b|\bpapiers (?:pas|non) (?:necessaires|exiges)\b/u],
      unless: [/\b(?:association|collectif|droits?|avocat|juridique|aide|soutien|regularisation|cimade|ue)\b/u],
      examples: {
        flag: [{ text: 'Manutentionnaires, sans papiers accepté, paiement en espèces.', evidence: ['sans papiers'] }],
        pass: ['Permanence juridique pour les travailleurs sans papiers.'],
      },
    },
    de: {
      patterns: [/\bohne (?:papiere|aufenthalts(?:erlaubnis|titel|genehmigung)|arbeitserlaubnis)\b|\bpapiere (?:nicht notig|egal|nicht erforderlich)\b/u],
      unless: [/\b(?:eu|burger|beratung|rechts\p{L}*|hilfe|verein|anwalt)\b/u],
      examples: {
        flag: [{ text: 'Helfer auf dem Bau, auch ohne Papiere, Bargeld täglich.', evidence: ['ohne Papiere'] }],
        pass: ['Beratung für Menschen ohne Papiere im Verein Zuflucht.'],
      },
    },
  },
});
