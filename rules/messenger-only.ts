import { defineRule } from '../engine/rule';
import { CHANNEL, CUSTOMER_SERVICE, MESSENGER } from './lib/contact-vocab';

const C = CHANNEL;
const M = MESSENGER;
const SERVICE = new RegExp(CUSTOMER_SERVICE);

/**
 * Contact allowed only through a messenger or text messages, or a push to move the talk there
 * ("we'll continue on Telegram"). A messenger offered beside a website, an e-mail or an address is
 * ordinary and does not match: the words "only", "solo", "tylko" … are what carry the signal.
 */
export default defineRule({
  id: 'messenger-only',
  category: 'off-platform-contact',
  weight: 20,
  // A phone or WhatsApp is how a flat or a used car is sold: the signal is a job or a service reached only that way.
  kinds: ['job', 'service', 'other'],
  scoped: true,
  languages: {
    en: {
      patterns: [
        new RegExp(`\\b(?:only|exclusively|just)\\s(?:(?:via|on|by|through|over)\\s)?(?<ev>${C})\\b`),
        new RegExp(`\\b(?<ev>${C})\\s(?:me\\s|us\\s)?only\\b`),
        new RegExp(`\\b(?<ev>${C}),?\\s(?:only\\s)?no (?:phone\\s)?calls\\b`),
        new RegExp(`\\b(?:continue|move|switch|carry on|talk|chat)\\b[^.\\n]{0,30}\\b(?:on|to|via)\\s(?<ev>${M})\\b`),
      ],
      unless: [SERVICE],
      examples: {
        flag: [
          { text: 'Warehouse packers needed. Message on WhatsApp only: +31 6 4821 9937', evidence: ['WhatsApp'] },
          { text: 'Elegant companion. Outcall only. WhatsApp, no calls.', evidence: ['WhatsApp'] },
          { text: 'Text only, no withheld numbers. 07700 900417', evidence: ['Text'] },
          { text: "Send us a DM and we'll continue the chat on Telegram.", evidence: ['Telegram'] },
          { text: 'Contact exclusively via Signal.', evidence: ['Signal'] },
        ],
        pass: [
          'Apply on our website, by e-mail or via WhatsApp.',
          'Our customer support is available only on WhatsApp during weekends.',
          'Apply in person at 22 Briggate or WhatsApp us on 07700 900832.',
        ],
      },
    },
    it: {
      patterns: [
        new RegExp(`\\b(?:solo|solamente|soltanto|esclusivamente|unicamente)\\s(?:(?:su|tramite|via|per|con|a mezzo)\\s)?(?<ev>${C})\\b`),
        new RegExp(`\\b(?<ev>${M})\\s(?:solo|soltanto)\\b`),
        new RegExp(`\\b(?:no|niente|nessuna?)\\s(?:chiamate|telefonate)\\b[^.\\n]{0,20}\\b(?<ev>${C})\\b`),
        new RegExp(`\\b(?<ev>${C}),?\\s(?:no|niente)\\s(?:chiamate|telefonate)\\b`),
      ],
      unless: [SERVICE],
      examples: {
        flag: [
          { text: 'Ditta seria cerca personale. Contatti solo tramite WhatsApp 351 907 3318.', evidence: ['WhatsApp'] },
          { text: 'Massaggiatrice orientale, nuova in zona. Solo WhatsApp.', evidence: ['WhatsApp'] },
          { text: 'Info e dettagli solo su Telegram.', evidence: ['Telegram'] },
        ],
        pass: [
          'Invia il CV a lavoro@pizzeriadagennaro.it oppure scrivici su WhatsApp al 333 902 1147.',
          'Il servizio clienti risponde solo su WhatsApp.',
          'Candidature solo tramite il nostro sito.',
        ],
      },
    },
    es: {
      patterns: [
        new RegExp(`\\b(?:solo|solamente|unicamente|exclusivamente)\\s(?:(?:por|via|en|a traves de|mediante)\\s)?(?<ev>${C})\\b`),
        new RegExp(`\\b(?<ev>${M})\\s(?:solo|solamente)\\b`),
        new RegExp(`\\b(?:no|sin)\\s(?:llamadas)\\b[^.\\n]{0,20}\\b(?<ev>${C})\\b`),
      ],
      unless: [SERVICE],
      examples: {
        flag: [
          { text: 'Se busca personal de limpieza. Contacto solo por Telegram.', evidence: ['Telegram'] },
          { text: 'Agencia Ritmo Latino, información solo por WhatsApp.', evidence: ['WhatsApp'] },
        ],
        pass: ['Envía tu CV a rrhh@costabravamar.com o escríbenos por WhatsApp.', 'Atención al cliente solo por WhatsApp.'],
      },
    },
    pl: {
      patterns: [
        new RegExp(`\\b(?:tylko|wyłacznie|jedynie)\\s(?:(?:przez|na|w|po|via)\\s)?(?<ev>${C})\\b`),
        new RegExp(`\\b(?<ev>${M})\\s(?:tylko|wyłacznie)\\b`),
        new RegExp(`\\b(?:nie dzwonic|bez telefonow)\\b[^.\\n]{0,20}\\b(?<ev>${C})\\b`),
      ],
      unless: [SERVICE],
      examples: {
        flag: [
          { text: 'Kontakt tylko WhatsApp +48 512 884 301.', evidence: ['WhatsApp'] },
          { text: 'Szczegóły tylko na Telegramie.', evidence: ['Telegramie'] },
          { text: 'Tylko SMS, 733 018 452.', evidence: ['SMS'] },
        ],
        pass: ['CV prosimy przesyłać na praca@rozanyogrod.pl lub przez WhatsApp.', 'Obsługa klienta tylko przez WhatsApp.'],
      },
    },
    sk: {
      patterns: [
        new RegExp(`\\b(?:len|iba|vylucne|jedine)\\s(?:(?:cez|na|v|cez)\\s)?(?<ev>${C})\\b`),
        new RegExp(`\\b(?<ev>${M})\\s(?:len|iba)\\b`),
        new RegExp(`\\b(?:nevolat|nevolajte|bez volani)\\b[^.\\n]{0,20}\\b(?<ev>${C})\\b`),
      ],
      unless: [SERVICE],
      examples: {
        flag: [
          { text: 'Píšte len na WhatsApp +421 948 227 610.', evidence: ['WhatsApp'] },
          { text: 'Len SMS 0911 482 907.', evidence: ['SMS'] },
        ],
        pass: ['Životopisy na recepcia@lesnadolina.sk alebo cez WhatsApp.', 'Zákaznícka podpora len cez WhatsApp.'],
      },
    },
    bg: {
      patterns: [
        new RegExp(`(?<![\\p{L}])(?:само|единствено)\\s(?:(?:по|във?|чрез|на)\\s)?(?<ev>${C})\\b`),
        new RegExp(`\\b(?<ev>${M})\\s(?:само)\\b`),
        new RegExp(`\\b(?:без обаждания|не звънете)\\b[^.\\n]{0,20}\\b(?<ev>${C})\\b`),
      ],
      unless: [SERVICE],
      examples: {
        flag: [
          { text: 'Нова в града. Само Viber 0887 305 612.', evidence: ['Viber'] },
          { text: 'Пишете само във вайбър.', evidence: ['вайбър'] },
        ],
        pass: ['Изпращайте CV на hr@morskazvezda-hotel.bg или във Viber.', 'Поддръжка на клиенти само във Viber.'],
      },
    },
    el: {
      patterns: [
        new RegExp(`\\bμονο\\s(?:(?:μεσω|στο|σε|με|απο)\\s)?(?<ev>${C})\\b`),
        new RegExp(`\\b(?<ev>${M})\\s(?:μονο)\\b`),
        new RegExp(`\\b(?:οχι|χωρις)\\s(?:κλησεις|τηλεφωνα)\\b[^.\\n]{0,20}\\b(?<ev>${C})\\b`),
      ],
      unless: [SERVICE],
      examples: {
        flag: [
          { text: 'Παρέχεται διαμονή. Επικοινωνία μόνο Viber.', evidence: ['Viber'] },
          { text: 'Νέα στην πόλη. Μόνο μηνύματα 697 104 8823.', evidence: ['μηνύματα'] },
        ],
        pass: ['Αποστολή βιογραφικού στο hr@aegeanpearl.gr ή στο Viber.', 'Εξυπηρέτηση πελατών μόνο μέσω Viber.'],
      },
    },
    ro: {
      patterns: [
        new RegExp(`\\b(?:doar|numai|exclusiv)\\s(?:(?:pe|prin|via)\\s)?(?<ev>${C})\\b`),
        new RegExp(`\\b(?<ev>${M})\\s(?:doar|numai)\\b`),
        new RegExp(`\\b(?:fara apeluri|nu sunati)\\b[^.\\n]{0,20}\\b(?<ev>${C})\\b`),
      ],
      unless: [SERVICE],
      examples: {
        flag: [
          { text: 'Agro Trans Euro SRL, doar WhatsApp 0731 440 825.', evidence: ['WhatsApp'] },
          { text: 'Masaj de relaxare. Doar SMS 0764 381 220.', evidence: ['SMS'] },
        ],
        pass: ['CV la cariere@trandafirulalb.ro sau pe WhatsApp.', 'Relații cu clienții doar pe WhatsApp.'],
      },
    },
    uk: {
      patterns: [
        new RegExp(`(?<![\\p{L}])(?:тільки|лише|виключно)\\s(?:(?:в|у|на|через|по)\\s)?(?<ev>${C})\\b`),
        new RegExp(`(?<![\\p{L}])(?:пишіть|пиши|напишіть|звертаитеся)\\s(?:(?:мені|нам)\\s)?(?:(?:в|у|на)\\s)?(?<ev>${M})\\b`),
        new RegExp(`(?<![\\p{L}])(?:без дзвінків|не дзвоніть)\\b[^.\\n]{0,20}\\b(?<ev>${C})\\b`),
      ],
      unless: [SERVICE],
      examples: {
        flag: [
          { text: 'Робота для дівчат. Пишіть у телеграм.', evidence: ['телеграм'] },
          { text: 'Контакт тільки в Telegram.', evidence: ['Telegram'] },
        ],
        pass: ['Резюме надсилайте на job@troyandovyisad.com.ua або у Viber.', 'Служба підтримки тільки в Telegram.'],
      },
    },
    ru: {
      patterns: [
        new RegExp(`(?<![\\p{L}])(?:только|исключительно)\\s(?:(?:в|на|через|по)\\s)?(?<ev>${C})\\b`),
        new RegExp(`(?<![\\p{L}])(?:пишите|пиши|напишите|обращаитесь)\\s(?:(?:мне|нам)\\s)?(?:(?:в|на)\\s)?(?<ev>${M})\\b`),
        new RegExp(`(?<![\\p{L}])(?:без звонков|не звонить)\\b[^.\\n]{0,20}\\b(?<ev>${C})\\b`),
      ],
      unless: [SERVICE],
      examples: {
        flag: [
          { text: 'Новенькая, только приехала. Пиши только в Telegram.', evidence: ['Telegram'] },
          { text: 'Работа в Корее. Пишите в WhatsApp +7 916 204-71-38.', evidence: ['WhatsApp'] },
        ],
        pass: ['Отклики через сайт flora-line.ru/vacancy или в WhatsApp.', 'Служба поддержки работает только в Telegram.'],
      },
    },
    fr: {
      patterns: [
        new RegExp(`\\b(?:uniquement|seulement|exclusivement)\\s(?:(?:par|sur|via|en)\\s)?(?<ev>${C})\\b`),
        new RegExp(`\\b(?<ev>${C})\\s(?:uniquement|seulement)\\b`),
        new RegExp(`\\b(?:pas d'appels?|sans appels?)\\b[^.\\n]{0,20}\\b(?<ev>${C})\\b`),
      ],
      unless: [SERVICE],
      examples: {
        flag: [
          { text: "Nouvelle sur la ville. Uniquement WhatsApp, pas d'appels masqués.", evidence: ['WhatsApp'] },
          { text: 'Agence Riviera Events recherche hôtesses. Contact uniquement par Telegram.', evidence: ['Telegram'] },
        ],
        pass: ['Candidatures par e-mail à vendanges@troischenes-beaune.fr ou par WhatsApp.', 'Service client uniquement par WhatsApp.'],
      },
    },
    de: {
      patterns: [
        new RegExp(`\\bnur\\s(?:(?:per|uber|via|auf|uber)\\s)?(?<ev>${C})\\b`),
        new RegExp(`\\b(?<ev>${M})\\s(?:only|nur)\\b`),
        new RegExp(`\\b(?:keine anrufe)\\b[^.\\n]{0,20}\\b(?<ev>${C})\\b`),
      ],
      unless: [SERVICE],
      examples: {
        flag: [{ text: 'Neu in der Stadt! Zärtliche Massage. Nur WhatsApp.', evidence: ['WhatsApp'] }],
        pass: ['Bewerbung per E-Mail an jobs@cafe-lindenbluete.de oder per WhatsApp an 0151 2348 9072.', 'Kundenservice nur per WhatsApp.'],
      },
    },
  },
});
