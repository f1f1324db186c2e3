import { defineRule } from '../engine/rule';
import { contactsOfAnonymousAd } from '../detectors/employer';

/**
 * The only way to reach the poster is a bare mobile number or a messenger, and nothing in the ad says
 * who the employer is. Weak alone (many small private ads look like this): it weighs less than a
 * medium signal, so that with the anonymous-recruiter rule it still stays below "medium".
 */
export default defineRule({
  id: 'bare-contact-only',
  category: 'off-platform-contact',
  weight: 10,
  // A phone or WhatsApp is how a flat or a used car is sold: the signal is a job or a service reached only that way.
  kinds: ['job', 'service', 'other'],
  detect: (ctx) => {
    const contacts = contactsOfAnonymousAd(ctx.norm, ctx.contacts);
    if (contacts.some((c) => c.type === 'email' || c.type === 'url')) return [];
    return contacts.map((c) => c.range);
  },
  languages: {
    en: {
      examples: {
        flag: [{ text: 'Strawberry picking UK, good money. Call Adrian 07700 900268.', evidence: ['07700 900268'] }],
        pass: ['Barista wanted – Café Marigold, Leeds. Email jobs@cafemarigold.co.uk or WhatsApp us on 07700 900832.'],
      },
    },
    it: {
      examples: {
        flag: [{ text: 'Cerchiamo braccianti per raccolta pomodori, da subito. Chiamare Alì 389 551 2047.', evidence: ['389 551 2047'] }],
        pass: ['Pizzeria Da Gennaro cerca pizzaiolo. Chiama lo 081 578 3320 oppure scrivici su WhatsApp al 333 902 1147.'],
      },
    },
    es: {
      examples: {
        flag: [{ text: 'Campaña de fresa en Huelva, alojamiento en la finca. Interesados llamar al 644 218 377.', evidence: ['644 218 377'] }],
        pass: ['Hotel Costa Brava Mar busca camareros/as de pisos. Llamar al 972 36 45 12.'],
      },
    },
    pl: {
      examples: {
        flag: [{ text: 'Opiekunka 24h do starszej pani w Niemczech. Dzwoń: 605 339 218.', evidence: ['605 339 218'] }],
        pass: ['Kwiaciarnia „Różany Ogród” zatrudni florystkę. Tel. 605 339 218.'],
      },
    },
    sk: {
      examples: {
        flag: [{ text: 'Stavebná práca v Nemecku, ubytovanie zabezpečené. Volajte 0905 613 284.', evidence: ['0905 613 284'] }],
        pass: ['Hotel Lesná Dolina prijme čašníkov. Volajte 0905 613 284.'],
      },
    },
    bg: {
      examples: {
        flag: [{ text: 'Бране на ягоди в Испания. Обади се на Митко 0898 334 215.', evidence: ['0898 334 215'] }],
        pass: ['„Розово масло Казанлък“ ЕООД наема берачи. Обадете се на 0898 334 215.'],
      },
    },
    el: {
      examples: {
        flag: [{ text: 'Ζητείται οικιακή βοηθός για οικογένεια στην Αθήνα. Τηλ. 697 220 4815.', evidence: ['697 220 4815'] }],
        pass: ['Ξενοδοχείο «Aegean Pearl» ζητά σερβιτόρους. Τηλ. 697 220 4815.'],
      },
    },
    ro: {
      examples: {
        flag: [{ text: 'Muncă în agricultură în Italia, 1.800 € pe lună. Sunați la Florin, 0755 209 614.', evidence: ['0755 209 614'] }],
        pass: ['Florăria „Trandafirul Alb” angajează florist. Sunați la 0755 209 614.'],
      },
    },
    uk: {
      examples: {
        flag: [{ text: 'Робота на складі в Польщі, житло надаємо. Телефонуйте 097 123 4567.', evidence: ['097 123 4567'] }],
        pass: ['Меблева фабрика «Dąb-Meble» запрошує на роботу. Телефонуйте 097 123 4567.'],
      },
    },
    ru: {
      examples: {
        flag: [{ text: 'Работа на заводе, высокий заработок. Пишите в WhatsApp +7 916 204-71-38.', evidence: ['+7 916 204-71-38'] }],
        pass: ['ООО «СеверСтройМонтаж» приглашает монтажников. Звоните +7 916 204-71-38.'],
      },
    },
    fr: {
      examples: {
        flag: [{ text: 'Travail en usine, logement fourni. Appelez le 06 12 34 56 78.', evidence: ['06 12 34 56 78'] }],
        pass: ['Domaine des Trois Chênes recrute des vendangeurs. Appelez le 06 12 34 56 78.'],
      },
    },
    de: {
      examples: {
        flag: [{ text: 'Lagerhelfer gesucht, Unterkunft gestellt. Nur WhatsApp 0151 2348 9072.', evidence: ['0151 2348 9072'] }],
        pass: ['Café Lindenblüte sucht Servicekraft. WhatsApp an 0151 2348 9072.'],
      },
    },
  },
});
