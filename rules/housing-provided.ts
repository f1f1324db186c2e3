import { near } from './concepts/define';
import { defineRule } from '../engine/rule';
import { HOUSING, compose, rx } from './lexicon/index';
import type { Lang } from '../engine/types';

/** Housing noun then "provided / included / free …", or the offer verb then the noun. */
const offered = (lang: Lang, after: string, before: string, extra?: string) =>
  compose(`{H}(?: \\w+){0,3}? (?:${after})\\b|\\b(?:${before}) (?:\\w+ ){0,2}?{H}${extra ? `|${extra}` : ''}`, { H: HOUSING[lang] });

/** Accommodation as a workplace benefit that disability law calls "reasonable accommodation", or travel booking work. */
const NOT_WORKER_HOUSING = rx(/\b(?:reasonable|disabilit\w+|ada|guests?|clients?|customers?|flight|booking|hotel and)\b/);

// Housing supplied by the employer: a weak signal alone (hotels and farms do it legally), that
// matters with debt, travel and control signals because the worker then depends on the employer.
export default defineRule({
  id: 'housing-provided',
  category: 'housing-control',
  weight: 10,
  // "accommodation provided", "room sorted", "alloggio a carico nostro".
  match: [
    near(['HOUSING', ['WE_PAY', 'BENEFIT']], { within: 4 }),
    // The bed is where the work or the boss is: "room above the bar", "sleep in his flat next to the warehouse", "ubytovanie priamo v klube".
    near(['HOUSING', 'ON_SITE'], { within: 4, unless: ['RENTAL'] }),
  ],
  languages: {
    en: {
      patterns: [offered('en', 'provided|included|offered|arranged|supplied|guaranteed|available|on site|near the (?:site|farm|hotels?|factory|work)', 'we provide|we offer|we arrange|free|shared|company|staff|employer|on-site', '\\b(?:room and board|board and lodging)\\b')],
      unless: [NOT_WORKER_HOUSING],
      examples: {
        flag: [{ text: 'Luxury shared apartment provided.', evidence: ['shared apartment'] }, { text: 'We arrange transport from Bucharest and a room near the site.', evidence: ['room near the site'] }, { text: 'Car wash lads wanted, you get a room above the shop.', evidence: ['room above the shop'] }],
        pass: ['We provide reasonable accommodation to applicants with disabilities.', 'Room above the shop to let, £600 a month plus utilities.'],
      },
    },
    it: {
      patterns: [offered('it', "fornit\\w|garantit\\w|inclus\\w|gratuit\\w|offert\\w|pagat\\w|a carico (?:nostro|della ditta|dell'azienda|del datore)|nel casolare|in azienda", 'offriamo|forniamo|garantiamo|mettiamo a disposizione', '\\b(?:vitto e alloggio|posto letto)\\b')],
      examples: {
        flag: [{ text: 'Alloggio fornito dalla ditta.', evidence: ['Alloggio fornito'] }, { text: 'Posto letto nel casolare 100 € al mese.', evidence: ['Posto letto nel casolare'] }],
        pass: ['Sede di lavoro a Milano, zona ben servita dai mezzi.'],
      },
    },
    es: {
      patterns: [offered('es', 'incluid\\w{1,2}|gratis|gratuit\\w{1,2}|proporcionad\\w{1,2}|facilitad\\w{1,2}|garantizad\\w{1,2}|a cargo\\w{0,2}|pagad\\w{1,2}|en la finca|de la empresa', 'ofrecemos|proporcionamos|facilitamos|damos|con')],
      examples: {
        flag: [{ text: 'Alojamiento incluido.', evidence: ['Alojamiento incluido'] }, { text: 'Alojamiento en la finca, se descuenta del sueldo.', evidence: ['Alojamiento en la finca'] }],
        pass: ['Oficina en el centro de Madrid.'],
      },
    },
    pl: {
      patterns: [offered('pl', 'zapewni\\w{1,5}|bezpłatn\\w{1,3}|darmow\\w{1,3}|gratis|w cenie|opłacon\\w{1,3}', 'zapewniamy|oferujemy|gwarantujemy|darmowe|bezpłatne|darmowy|bezpłatny')],
      examples: {
        flag: [{ text: 'Zakwaterowanie zapewnione.', evidence: ['Zakwaterowanie zapewnione'] }, { text: 'Transport i zakwaterowanie zapewniamy.', evidence: ['zakwaterowanie zapewniamy'] }],
        pass: ['Praca w biurze w centrum Warszawy.'],
      },
    },
    sk: {
      patterns: [offered('sk', 'zabezpec\\w{1,5}|zadarmo|zdarma|poskytnut\\w{1,3}|hraden\\w{1,3}|zaplat\\w{1,5}|v cene|v kontajner\\w{1,3}', 'zabezpecime|poskytneme|zaplatime|hradime|ponukame|bezplatn\\w{1,3}')],
      examples: {
        flag: [{ text: 'Ubytovanie zabezpečené.', evidence: ['Ubytovanie zabezpečené'] }, { text: 'Ubytovanie v kontajneroch, 300 € mesačne.', evidence: ['Ubytovanie v kontajneroch'] }],
        pass: ['Práca v kancelárii v Bratislave.'],
      },
    },
    bg: {
      patterns: [offered('bg', 'осигурен\\w{0,2}|безплатн\\w{1,3}|предоставен\\w{0,2}|включен\\w{0,2}|за наша сметка|платен\\w{0,2}', 'осигуряваме|предоставяме|безплатна|безплатно|безплатен|служебна|служебно')],
      examples: {
        flag: [{ text: 'Квартира осигурена.', evidence: ['Квартира осигурена'] }],
        pass: ['Офис в центъра на София.'],
      },
    },
    el: {
      patterns: [offered('el', 'παρεχεται|παρεχονται|εξασφαλισμεν\\w{1,3}|δωρεαν|απο εμα[σς]|πληρωμεν\\w{1,3}|καλυπτεται', 'παρεχεται|παρεχουμε|προσφερουμε|εξασφαλιζουμε|δωρεαν')],
      examples: {
        flag: [{ text: 'Παρέχεται διαμονή.', evidence: ['Παρέχεται διαμονή'] }, { text: 'Εισιτήριο και διαμονή από εμάς.', evidence: ['διαμονή από εμάς'] }],
        pass: ['Γραφείο στο κέντρο της Αθήνας.'],
      },
    },
    ro: {
      patterns: [offered('ro', 'asigurat\\w{0,2}|gratuit\\w{0,2}|inclus\\w{0,2}|oferit\\w{0,2}|platit\\w{0,2}|decontat\\w{0,2}', 'asiguram|oferim|punem la dispozitie|gratuit\\w{0,2}')],
      examples: {
        flag: [{ text: 'Bilet de avion plătit, cazare asigurată.', evidence: ['cazare asigurată'] }],
        pass: ['Birou în centrul Clujului.'],
      },
    },
    uk: {
      patterns: [offered('uk', 'надаємо|надається|безкоштовн\\w{1,3}|оплачуємо|забезпечуємо|за наш рахунок|включен\\w{1,3}', 'надаємо|забезпечуємо|безкоштовне|безкоштовн\\w{1,3}')],
      examples: {
        flag: [{ text: 'Житло надаємо.', evidence: ['Житло надаємо'] }],
        pass: ['Офіс у центрі Києва.'],
      },
    },
    ru: {
      patterns: [offered('ru', 'предоставля\\w{1,4}|предоставим|бесплатн\\w{1,3}|за счет (?:компании|работодателя|фирмы)|оплачиваем|обеспечива\\w{1,4}|включен\\w{1,3}', 'предоставляем|обеспечиваем|бесплатное|бесплатн\\w{1,3}')],
      examples: {
        flag: [{ text: 'Жильё предоставляется бесплатно.', evidence: ['Жильё предоставляется'] }],
        pass: ['Офис в центре Москвы.'],
      },
    },
    fr: {
      patterns: [offered('fr', 'fourni\\w{0,2}|offert\\w{0,2}|gratuit\\w{0,2}|inclus|assure\\w{0,2}|pris en charge|sur place', 'nous fournissons|nous offrons|nous proposons', '\\b(?:loge\\w{0,2}(?: et nourri\\w{0,2})?)\\b')],
      examples: {
        flag: [{ text: 'Logement fourni par l’employeur.', evidence: ['Logement fourni'] }],
        pass: ['Bureau au centre de Lyon.'],
      },
    },
    de: {
      patterns: [offered('de', 'gestellt|vorhanden|inklusive|inkl|kostenlos|gratis|frei|organisiert|bezahlt|zur verfugung', 'wir stellen|wir bieten|wir organisieren|kostenlose|freie', '\\b(?:kost (?:und|&) logis|mehrbettzimmer)\\b')],
      examples: {
        flag: [{ text: 'Unterkunft wird gestellt.', evidence: ['Unterkunft wird gestellt'] }, { text: 'Kost & Logis im Personalhaus.', evidence: ['Kost & Logis'] }, { text: 'Zwei Mädels zum Tanzen gesucht, Zimmer ist direkt über dem Club.', evidence: ['Zimmer ist direkt über'] }],
        pass: ['Büro in der Münchner Innenstadt.'],
      },
    },
  },
});
