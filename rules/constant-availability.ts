import { defineRule } from '../engine/rule';
import { rx } from './lexicon/index';

/** A service or a contact person available 24/7 (a helpline, customer support, an agency's coordinator) is not a worker on call. */
const SERVICE = /\b(?:customers?|clients?|support|service|helpline|hotline|desk|centre|center|assistenza|clienti|servizio|numero verde|atencion|soporte|obsługa|obsluga|zakazni\w{1,4}|клиент\w{0,3}|поддръжк\w{1,2}|εξυπηρετηση|πελατ\w{1,3}|suport|служб\w{1,2}|підтримк\w{1,2}|поддержк\w{1,2}|kundenservice|kunden|hotline|we are|our team|contact person|coordinator|kontaktn\w{1,4} osob\w{1,2}|koordinator\w{0,2}|куратор\w{0,2}|координатор\w{0,2}|persona de contacto|referente)\b/;

// The worker must be reachable or at disposal day and night.
export default defineRule({
  id: 'constant-availability',
  category: 'control-signals',
  weight: 30,
  languages: {
    en: {
      patterns: [rx(/\b(?:available|reachable|on call|contactable|at (?:our|the employer's|the family's) disposal) (?:\w+ )?(?:24\/7|24 ?h(?:ours)?(?: a day)?|round the clock|around the clock|day and night|at all times|any time of (?:the )?day or night)\b|\b(?:phone|mobile) (?:must be |always )?(?:on|switched on) (?:24\/7|at all times|day and night)\b/)],
      unless: [rx(SERVICE)],
      examples: {
        flag: [{ text: 'Girls must be available 24/7.', evidence: ['available 24/7'] }],
        pass: ['Our customer support team is available 24/7.'],
      },
    },
    it: {
      patterns: [rx(/\b(?:disponibil\w{1,3}|reperibil\w{1,3}) (?:\w+ )?(?:24 ?(?:ore )?su 24|24\/7|h24|24h|giorno e notte|a qualsiasi ora|sempre)\b/)],
      unless: [rx(SERVICE)],
      examples: {
        flag: [{ text: 'Cerca badante convivente, disponibile 24 ore su 24.', evidence: ['disponibile 24 ore su 24'] }],
        pass: ['Servizio clienti disponibile 24 ore su 24.'],
      },
    },
    es: {
      patterns: [rx(/\b(?:disponib\w{1,6}|localizable) (?:\w+ )?(?:24 ?h(?:oras)?|24\/7|las 24 horas|dia y noche|a cualquier hora|siempre)\b/)],
      unless: [rx(SERVICE)],
      examples: {
        flag: [{ text: 'Se necesita chica con disponibilidad 24 horas.', evidence: ['disponibilidad 24 horas'] }],
        pass: ['Atención al cliente disponible 24 horas.'],
      },
    },
    pl: {
      patterns: [rx(/\b(?:dyspozycyjn\w{1,4}|dostepn\w{1,4}|pod telefonem) (?:\w+ ){0,2}?(?:24 ?h|24\/7|cała dobe|przez cała dobe|całodobow\w{1,3}|caly czas|cały czas|zawsze|dzien i noc)\b/)],
      unless: [rx(SERVICE)],
      examples: {
        flag: [{ text: 'Wymagana dyspozycyjność 24h, także w nocy.', evidence: ['dyspozycyjność 24h'] }],
        pass: ['Obsługa klienta dostępna 24h.'],
      },
    },
    sk: {
      patterns: [rx(/\b(?:k dispozicii|dostupn\w{1,3}|disponibiln\w{1,3}|na telefone) (?:\w+ ){0,2}?(?:24 ?h|24\/7|nonstop|non-stop|cely den a noc|stale|vzdy)\b/)],
      unless: [rx(SERVICE)],
      examples: {
        flag: [{ text: 'Musíte byť k dispozícii 24 h denne.', evidence: ['k dispozícii 24 h'] }],
        pass: ['Zákaznícka linka dostupná nonstop.'],
      },
    },
    bg: {
      patterns: [rx(/(?:на разположение|достъпн\w{1,3}|на линия) (?:\w+ ){0,2}?(?:24 ?ч\w{0,4}|24\/7|денонощно|по всяко време|винаги)/)],
      unless: [rx(SERVICE)],
      examples: {
        flag: [{ text: 'Трябва да си на разположение денонощно.', evidence: ['на разположение денонощно'] }],
        pass: ['Обслужване на клиенти на разположение денонощно.'],
      },
    },
    el: {
      patterns: [rx(/(?:διαθεσιμ\w{1,4}) (?:\w+ ){0,2}?(?:24 ?ωρ\w{1,3}|24\/7|ολο το 24ωρο|συνεχω[σς]|παντα|καθε στιγμη|μερα νυχτα)/)],
      unless: [rx(SERVICE)],
      examples: {
        flag: [{ text: 'Να είσαι διαθέσιμη 24 ώρες το 24ωρο.', evidence: ['διαθέσιμη 24 ώρες'] }],
        pass: ['Εξυπηρέτηση πελατών διαθέσιμη 24 ώρες.'],
      },
    },
    ro: {
      patterns: [rx(/\b(?:disponibil\w{0,4}) (?:\w+ ){0,2}?(?:24 ?(?:de )?(?:ore|h)(?: din 24| pe zi)?|24\/7|non-?stop|zi si noapte|oricand|permanent)\b/)],
      unless: [rx(SERVICE)],
      examples: {
        flag: [{ text: 'Trebuie să fiți disponibilă 24 de ore din 24.', evidence: ['disponibilă 24 de ore din 24'] }],
        pass: ['Suport clienți disponibil non-stop.'],
      },
    },
    uk: {
      patterns: [rx(/(?:доступн\w{1,3}|на зв.?язку) (?:\w+ ){0,2}?(?:24\/7|цілодобово|цілу добу|завжди|в будь-який час)/)],
      unless: [rx(SERVICE)],
      examples: {
        flag: [{ text: 'Потрібно бути на звʼязку цілодобово.', evidence: ['на звʼязку цілодобово'] }],
        pass: ['Служба підтримки на звʼязку цілодобово.'],
      },
    },
    ru: {
      patterns: [rx(/(?:на связи|доступн\w{1,3}) (?:\w+ ){0,2}?(?:24\/7|круглосуточно|круглые сутки|всегда|в любое время)/)],
      unless: [rx(SERVICE)],
      examples: {
        flag: [{ text: 'Быть на связи круглосуточно.', evidence: ['на связи круглосуточно'] }],
        pass: ['Служба поддержки на связи круглосуточно.'],
      },
    },
    fr: {
      patterns: [rx(/\b(?:disponibles?|joignables?) (?:\w+ ){0,2}?(?:24 ?h ?\/ ?24|24\/7|jour et nuit|a tout moment|en permanence|tout le temps)\b/)],
      unless: [rx(SERVICE)],
      examples: {
        flag: [{ text: 'Vous devez être disponible 24h/24.', evidence: ['disponible 24h/24'] }],
        pass: ['Service client disponible 24h/24.'],
      },
    },
    de: {
      patterns: [rx(/\b(?:erreichbar|verfugbar|abrufbereit) (?:\w+ )?(?:24\/7|rund um die uhr|tag und nacht)\b|\b(?:rund um die uhr|24\/7|tag und nacht) (?:\w+ )?(?:erreichbar|verfugbar|abrufbereit)\b/)],
      unless: [rx(SERVICE)],
      examples: {
        flag: [{ text: 'Du musst rund um die Uhr erreichbar sein.', evidence: ['rund um die Uhr erreichbar'] }],
        pass: ['Unser Kundenservice ist rund um die Uhr erreichbar.'],
      },
    },
  },
});
