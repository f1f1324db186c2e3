import { defineRule } from '../engine/rule';
import { near } from './concepts/define';
import { ID_DOCUMENT, compose } from './lexicon/index';
import type { Lang } from '../engine/types';

/** "copy / scan / photo of the passport": an identity document sent before any meeting or contract. */
const copyOf = (lang: Lang, template: string) => compose(template, { DOC: ID_DOCUMENT[lang] });

// A copy, scan or photo of an identity document asked for at the application stage. Bringing the
// ID on the first day for the contract, or holding a valid passport, is not it.
export default defineRule({
  id: 'passport-requested',
  category: 'document-request',
  weight: 35,
  supersedes: ['photos-requested'],
  scoped: true,
  match: [near(['SEND', 'DOC'], { within: 6, unless: ['IN_PERSON'] })],
  languages: {
    en: {
      patterns: [
        copyOf('en', String.raw`\b(?:cop(?:y|ies)|scans?|photos?|pictures?|selfies?|photocop(?:y|ies)) (?:of|with) (?:your |the |a |an )?(?:valid |national |full |identity |original )?{DOC}`),
        copyOf('en', String.raw`\b(?:passport|id) (?:copy|copies|scan|scans|photo|photos|picture)\b|\b(?:send|email|upload|submit|forward|whatsapp|text) (?:us )?(?:your |a )?(?:valid )?(?:passport|id card|identity card)\b`),
      ],
      unless: [copyOf('en', String.raw`\b(?:first day|bring|on arrival|in person|right[- ]to[- ]work|share code|at the interview|onboarding)\b`)],
      examples: {
        flag: [
          { text: 'To apply send 3 recent photos and a copy of your passport on WhatsApp.', evidence: ['copy of your passport'] },
          { text: 'Send a photo of your passport or driving licence and a selfie.', evidence: ['photo of your passport'] },
        ],
        pass: [
          'On your first day bring your passport or share code for the right-to-work check.',
          'Requirements: a valid passport allowing unrestricted travel worldwide.',
          'Scan and file an image of loose documents into the archive.',
        ],
      },
    },
    it: {
      patterns: [copyOf('it', String.raw`\b(?:copia|copie|scansione|scansioni|foto|fotografia|fotografie|immagine|fotocopia) (?:\w+ ){0,1}?(?:del|della|dei|delle|di|tuo|tua) (?:tuo |tua |vostro |vostra )?{DOC}`)],
      unless: [copyOf('it', String.raw`\b(?:primo giorno|porta con te|portare|in sede|al colloquio|firma del contratto)\b`)],
      examples: {
        flag: [
          { text: 'Inviare 3 foto e copia del passaporto su WhatsApp.', evidence: ['copia del passaporto'] },
          { text: 'Invia IBAN, foto del documento d’identità fronte/retro e un selfie.', evidence: ['foto del documento'] },
        ],
        pass: ["Il primo giorno porta con te documento d'identità e codice fiscale per la firma del contratto."],
      },
    },
    es: {
      patterns: [copyOf('es', String.raw`\b(?:copia|copias|foto|fotos|fotografia|escaneo|escaneado|imagen|fotocopia) (?:de|del) (?:tu |su |vuestro )?{DOC}`)],
      unless: [copyOf('es', String.raw`\b(?:primer dia|trae|traer|traiga|formalizar el contrato|en la entrevista)\b`)],
      examples: {
        flag: [{ text: 'Solo necesitamos foto de tu DNI por ambas caras.', evidence: ['foto de tu DNI'] }, { text: 'Envía copia del pasaporte por WhatsApp.', evidence: ['copia del pasaporte'] }],
        pass: ['El primer día trae tu DNI o NIE para formalizar el contrato.'],
      },
    },
    pl: {
      patterns: [copyOf('pl', String.raw`\b(?:skan\w{0,3}|kopi\w{1,2}|zdjeci\w{1,2}|zdjecie|fot\w{1,4}|ksero\w{0,3}) (?:\w+ )?{DOC}`)],
      unless: [copyOf('pl', String.raw`\b(?:pierwszym dniu|pierwszy dzien|zabrac|zabierz|przy podpisaniu|do podpisania)\b`)],
      examples: {
        flag: [{ text: 'Wyślij zdjęcia i skan paszportu na Telegram.', evidence: ['skan paszportu'] }],
        pass: ['W pierwszym dniu pracy prosimy zabrać dowód osobisty do podpisania umowy.'],
      },
    },
    sk: {
      patterns: [copyOf('sk', String.raw`\b(?:kopi\w{1,2}|sken\w{0,3}|fotk\w{1,2}|fotografi\w{1,2}|odfoten\w{1,3}) (?:\w+ )?{DOC}`)],
      unless: [copyOf('sk', String.raw`\b(?:prvy den|v prvy den|prineste|podpis\w{0,3} (?:pracovnej )?zmluvy)\b`)],
      examples: {
        flag: [{ text: 'Pošlite kópiu pasu a fotky na WhatsApp.', evidence: ['kópiu pasu'] }],
        pass: ['V prvý deň nástupu si prineste občiansky preukaz kvôli podpisu pracovnej zmluvy.'],
      },
    },
    bg: {
      patterns: [copyOf('bg', String.raw`(?:копие|копия|сканиран\w{1,3}|снимк\w{1,2}|скан) (?:на|от) (?:\w+ )?{DOC}`)],
      unless: [copyOf('bg', String.raw`(?:първия\w{0,2} (?:работен )?ден|носете|донесете|сключване на договора)`)],
      examples: {
        flag: [{ text: 'Изпратете снимки и копие на паспорта във Viber.', evidence: ['копие на паспорта'] }],
        pass: ['В първия работен ден носете лична карта за сключване на договора.'],
      },
    },
    el: {
      patterns: [copyOf('el', String.raw`(?:αντιγραφ\w{1,3}|φωτοτυπι\w{1,3}|φωτογραφι\w{1,3}|σκαναρισμ\w{1,3}) (?:του |τη[σς] |των )?(?:σα[σς] |σου )?{DOC}`)],
      unless: [copyOf('el', String.raw`(?:πρωτη μερα|φερτε|υπογραφη τη[σς] συμβαση[σς])`)],
      examples: {
        flag: [{ text: 'Στείλτε φωτογραφίες και αντίγραφο διαβατηρίου στο WhatsApp.', evidence: ['αντίγραφο διαβατηρίου'] }],
        pass: ['Απαραίτητα: έγκυρο διαβατήριο και άριστα αγγλικά.'],
      },
    },
    ro: {
      patterns: [copyOf('ro', String.raw`\b(?:copi\w{1,3}|scan\w{0,5}|poz\w{1,3}|fotografi\w{1,3}) (?:dupa|a|al|de pe|cu) (?:\w+ )?{DOC}`)],
      unless: [copyOf('ro', String.raw`\b(?:prima zi|aduceti|semnarea contractului)\b`)],
      examples: {
        flag: [{ text: 'Trimiteți poze și copie după pașaport pe WhatsApp.', evidence: ['copie după pașaport'] }],
        pass: ['În prima zi vă rugăm să aduceți cartea de identitate pentru semnarea contractului.'],
      },
    },
    uk: {
      patterns: [copyOf('uk', String.raw`(?:копі\w{1,2}|скан\w{0,3}|фото\w{0,3}|світлин\w{1,2}) (?:\w+ )?{DOC}`)],
      unless: [copyOf('uk', String.raw`(?:першого дня|перший день|візьміть|при підписанні)`)],
      examples: {
        flag: [{ text: 'Надсилайте фото і фото паспорта в Telegram.', evidence: ['фото паспорта'] }],
        pass: ['Першого дня візьміть паспорт для підписання договору.'],
      },
    },
    ru: {
      patterns: [copyOf('ru', String.raw`(?:копи\w{1,2}|скан\w{0,3}|фото\w{0,3}|снимок|снимк\w{1,2}) (?:\w+ )?{DOC}`)],
      unless: [copyOf('ru', String.raw`(?:первый день|в первый рабочий день|при себе|при оформлении)`)],
      examples: {
        flag: [{ text: 'Для оформления пришлите скан паспорта в Telegram.', evidence: ['скан паспорта'] }],
        pass: ['В первый рабочий день иметь при себе паспорт.'],
      },
    },
    fr: {
      patterns: [copyOf('fr', String.raw`\b(?:copies?|scans?|photos?|photocopies?) (?:de|du|de la|de votre|de ton|de ta) (?:\w+ )?{DOC}`)],
      unless: [copyOf('fr', String.raw`\b(?:premier jour|apportez|munissez|signature du contrat)\b`)],
      examples: {
        flag: [{ text: 'Envoyez une photo de votre passeport sur WhatsApp.', evidence: ['photo de votre passeport'] }],
        pass: ["Le premier jour, apportez votre carte d'identité pour la signature du contrat."],
      },
    },
    de: {
      patterns: [copyOf('de', String.raw`\b(?:kopie|kopien|scan|scans|foto|fotos|bild) (?:von|vom|deines|ihres|des|deiner|ihrer) (?:\w+ )?{DOC}|\b(?:pass|ausweis|reisepass)(?:kopie|scan|foto)\w{0,2}\b`)],
      unless: [copyOf('de', String.raw`\b(?:ersten (?:arbeits)?tag|mitbringen|vertragsunterzeichnung)\b`)],
      examples: {
        flag: [{ text: 'Schicke uns eine Kopie deines Reisepasses per WhatsApp.', evidence: ['Kopie deines Reisepasses'] }],
        pass: ['Bitte am ersten Arbeitstag den Personalausweis mitbringen.'],
      },
    },
  },
});
