import { defineRule } from '../engine/rule';
import { near } from './concepts/define';

/**
 * "In call" (the client comes to the provider) and "out call" (the provider goes to the client's
 * home or hotel), in the English jargon used in every language and in each language's own
 * "at mine or at yours" phrasing. A call-centre job ("inbound and outbound calls") is not this.
 */
export default defineRule({
  id: 'incall-outcall',
  category: 'coded-services',
  weight: 40,
  match: [
    near(['INCALL', 'OUTCALL'], { within: 12 }),
    // "la mine in Militari, nu fac deplasari … 300 trandafiri": in-call alone, priced in code.
    near(['INCALL', 'CODE_UNIT'], { within: 12 }),
  ],
  languages: {
    neutral: {
      patterns: [
        /\b(?:incall|outcall|in-call|out-call)s?\b/u,
        /\bin calls?\s?(?:\/|&|\+|and|or|e|y|et|und|i|и|και|sau|si)\s?out[- ]?calls?\b/u,
        /\b(?:in|out) calls? (?:only|available|welcome|to (?:your )?(?:hotel|home)s?|hotels?)\b/u,
      ],
      unless: [/\b(?:inbound|outbound|call ?cent(?:er|re)s?|customers?|clients? calls)\b/u],
      examples: {
        flag: [
          { text: 'Incall near Victoria station or outcall to your hotel.', evidence: ['Incall', 'outcall'] },
          { text: '1h = 150, in​call / out​call available.', evidence: ['in​call', 'out​call'] },
          { text: 'Nuova in città. In call / out call.', evidence: ['In call / out call'] },
          { text: 'Outcall to upscale hotels only.', evidence: ['Outcall'] },
        ],
        pass: [
          'Customer Service Advisor: handling inbound and outbound calls, £24,500 per year.',
          'Please reach out, call us on 0161 496 0732.',
        ],
      },
    },
    en: {
      patterns: [/\b(?:my place or yours|your place or mine|hotel visits? only|visits? to your hotel)\b/u],
      examples: {
        flag: [{ text: 'Sweet and discreet, my place or yours, text only.', evidence: ['my place or yours'] }],
        pass: ['Hotel receptionist, guest check-in and visits to partner venues.'],
      },
    },
    it: {
      patterns: [
        /\bricevo\b(?:(?: e| o| anche| solo| su appuntamento| in)? ?(?:zona|ambiente|appartamento|casa mia|location|tranquill\p{L}*|riservat\p{L}*|discret\p{L}*|mi sposto|a domicilio|in hotel))/u,
        /\b(?:mi sposto|vengo|raggiungo)\b[^.\n]{0,15}\b(?:in hotel|in albergo|a domicilio|da te)\b/u,
        /\bda me o da te\b|\bda te o da me\b/u,
      ],
      unless: [/\b(?:fisioterap\p{L}*|osteopat\p{L}*|infermier\p{L}*|parrucchier\p{L}*|estetist\p{L}*|veterinari\p{L}*|badant\p{L}*|assistenza)\b/u],
      examples: {
        flag: [
          { text: 'Ricevo in zona Stazione Centrale e mi sposto in hotel.', evidence: ['Ricevo in zona', 'mi sposto in hotel'] },
          { text: 'Nuova ragazza, ricevo zona Porta Nuova.', evidence: ['ricevo zona'] },
        ],
        pass: [
          'Fisioterapista, ricevo su appuntamento e mi sposto a domicilio per la riabilitazione.',
          'Ricevo curriculum solo via email.',
        ],
      },
    },
    es: {
      patterns: [
        /\b(?:salidas|desplazamientos?)\b(?: a| al)? (?:hotel(?:es)?|domicilios?)\b/u,
        /\b(?:hago|realizo) salidas\b/u,
        /\b(?:piso|apartamento) (?:discreto|propio|privado)\b/u,
        /\b(?:recibo|atiendo)\b (?:en (?:mi )?(?:piso|apartamento|casa)|sola)\b/u,
      ],
      examples: {
        flag: [{ text: 'Piso discreto y salidas a hotel y domicilio.', evidence: ['Piso discreto', 'salidas a hotel'] }],
        pass: ['Fisioterapeuta a domicilio, desplazamiento incluido en la tarifa.', 'Alquilo piso luminoso de 2 habitaciones.'],
      },
    },
    pl: {
      patterns: [
        /\bu mnie (?:lub|albo|i|oraz|\/) (?:dojazd|u ciebie|wyjazd\p{L}*)\b/u,
        /\b(?:dojazd|dojezdzam|wyjazdy?) do (?:hotelu|hoteli|klienta)\b/u,
        /\bprzyjmuje (?:u siebie|w (?:moim )?mieszkaniu|prywatnie)\b/u,
      ],
      examples: {
        flag: [{ text: 'U mnie lub dojazd do hotelu.', evidence: ['U mnie lub dojazd', 'dojazd do hotelu'] }],
        pass: ['Dojazd do pracy zapewniamy busem firmowym.', 'Przyjmuję zamówienia telefonicznie.'],
      },
    },
    sk: {
      patterns: [
        /\bu mna (?:aj|alebo|i|\/) u teba\b/u,
        /\b(?:prichadzam|pridem|dochadzam|vyjazdy?) (?:do hotela|na hotel|k tebe|za tebou)\b/u,
        /\bprijimam (?:u seba|v (?:mojom )?byte|v sukromi)\b/u,
      ],
      examples: {
        flag: [{ text: 'Relaxačné masáže. U mňa aj u teba.', evidence: ['U mňa aj u teba'] }],
        pass: ['Prijímame objednávky u nás aj cez e-shop.'],
      },
    },
    bg: {
      patterns: [
        /\bпри мен (?:и|или|\/) (?:при теб|на адрес|в хотел)\b/u,
        /\b(?:идвам|посещавам|изнасям)\b (?:на адрес|в хотел|до хотел|при теб)\b/u,
        /\bприемам (?:в апартамент|в квартира|при мен|дискретно)\b/u,
      ],
      examples: {
        flag: [{ text: 'Релаксиращ масаж. При мен и при теб.', evidence: ['При мен и при теб'] }],
        pass: ['Приемаме поръчки по телефона и на адрес в офиса.'],
      },
    },
    el: {
      patterns: [
        /\bδεχομαι (?:και|ή|\/) (?:ερχομαι|επισκεπτομαι)\b/u,
        /\b(?:ερχομαι|επισκεψεις?) (?:σε|στο) (?:ξενοδοχει\p{L}{1,2}|σπιτι σου)\b/u,
        /\bδεχομαι (?:σε (?:ιδιωτικο|διακριτικο) (?:χωρο|διαμερισμα)|στο διαμερισμα μου)\b/u,
      ],
      examples: {
        flag: [{ text: 'Χαλαρωτικό μασάζ. Δέχομαι και έρχομαι.', evidence: ['Δέχομαι και έρχομαι'] }],
        pass: ['Δεχόμαστε βιογραφικά στο email της εταιρείας.'],
      },
    },
    ro: {
      patterns: [
        /\bla mine (?:sau|si|\/) la tine\b/u,
        /\b(?:deplasari|ma deplasez|vin)\b (?:si )?(?:la hotel|la tine)\b/u,
        /\bprimesc (?:la mine|in (?:apartament|garsoniera|locatie discreta))\b/u,
      ],
      examples: {
        flag: [{ text: 'Masaj de relaxare. Deplasări la hotel.', evidence: ['Deplasări la hotel'] }],
        pass: ['Inginer, deplasări ocazionale în Europa, pașaport valabil.'],
      },
    },
    uk: {
      patterns: [
        /\b(?:виізд|у себе)\b (?:(?:і|та|або|\/) )?(?:у себе|виізд)\b/u,
        /\bприймаю (?:у себе|в апартаментах|вдома)\b/u,
        /\bвиізд (?:в|до|у) (?:готел\p{L}{0,2}|сауну|апартамент\p{L}{0,2})\b/u,
      ],
      examples: {
        flag: [{ text: 'Нова в місті. Виїзд і у себе.', evidence: ['Виїзд і у себе'] }],
        pass: ['Виїзд майстра на дім для ремонту техніки.'],
      },
    },
    ru: {
      patterns: [
        /\b(?:выезд|у себя)\b (?:(?:и|или|\/) )?(?:у себя|выезд)\b/u,
        /\bпринимаю (?:у себя|в апартаментах|в своих апартаментах)\b/u,
        /\bвыезд (?:в|на|к) (?:отел\p{L}{0,2}|гостиниц\p{L}{0,2}|сауну|апартамент\p{L}{0,2})\b/u,
      ],
      examples: {
        flag: [{ text: 'Час – 5000, выезд и у себя.', evidence: ['выезд и у себя'] }],
        pass: ['Выезд мастера на дом, ремонт стиральных машин.'],
      },
    },
    fr: {
      patterns: [
        /\b(?:recoit|recois|je recois)\b (?:(?:et|ou) )?(?:se deplace|me deplace|je me deplace|deplacements?)\b/u,
        /\b(?:recoit|recois) (?:en prive|chez moi|dans (?:un|mon) appartement discret)\b/u,
        /\b(?:se deplace|me deplace|deplacements?)\b (?:a l'hotel|hotel|a votre hotel)\b/u,
      ],
      examples: {
        flag: [{ text: "Reçoit et se déplace à l'hôtel.", evidence: ['Reçoit et se déplace'] }],
        pass: ['Coiffeuse se déplace à domicile sur Lyon et environs.', 'Le service reçoit les candidatures par e-mail.'],
      },
    },
    de: {
      patterns: [
        /\b(?:haus- und hotelbesuche|hotelbesuche|hotel- und hausbesuche|besuchbar)\b/u,
        /\b(?:bei mir (?:oder|und|\/) bei dir|bei dir (?:oder|und) bei mir|auch bei mir)\b/u,
        /\bempfange (?:dich|sie|gentlemen|herren)\b/u,
      ],
      unless: [/\b(?:arzt|arztin|praxis|pflege\p{L}*|physiotherap\p{L}*|tierarzt)\b/u],
      examples: {
        flag: [{ text: 'Haus- und Hotelbesuche, auch bei mir.', evidence: ['Haus- und Hotelbesuche', 'auch bei mir'] }],
        pass: ['Hausarztpraxis sucht MFA, Hausbesuche mit der Ärztin.'],
      },
    },
  },
});
