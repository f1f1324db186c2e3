import { defineRule } from '../engine/rule';
import { contactsOfAnonymousAd } from '../detectors/employer';

/**
 * Judged, not keyword-matched: the ad gives a way to reach someone (a mobile number, a messenger, a
 * free webmail address) but nothing that says who employs or recruits: no company name or legal form,
 * no company website or e-mail domain, no address, no licence, no landline (detectors/employer.ts).
 * Such a recruiter cannot be checked before someone hands over documents or money.
 */
export default defineRule({
  id: 'no-employer-named',
  category: 'anonymous-recruiter',
  weight: 15,
  detect: (ctx) => {
    const contacts = contactsOfAnonymousAd(ctx.norm, ctx.contacts);
    const webmail = contacts.filter((c) => c.freeWebmail);
    return (webmail.length > 0 ? webmail : contacts).map((c) => c.range);
  },
  languages: {
    en: {
      examples: {
        flag: [
          { text: 'Hotel cleaners wanted for Dublin. Email your name and age to staffing.ireland.jobs@gmail.com', evidence: ['staffing.ireland.jobs@gmail.com'] },
          { text: 'Dancers wanted for a tour. Contact us on Telegram for details.', evidence: ['Telegram'] },
        ],
        pass: [
          'Seasonal Housekeeping Assistant – The Glen Lodge Hotel. Apply by email to hr@glenlodgehotel.co.uk.',
          'Stagewell Events Ltd is hiring hosts. WhatsApp 07700 900832.',
          'Warehouse operatives, apply at hallbrookjobs.co.uk.',
        ],
      },
    },
    it: {
      examples: {
        flag: [{ text: 'Cercasi commesse per negozi a Londra. Scrivere a lavoro.londra.subito@gmail.com', evidence: ['lavoro.londra.subito@gmail.com'] }],
        pass: [
          'Fiera Staff Milano srl cerca hostess. Scrivere a fierastaff@gmail.com',
          'Cerchiamo badante convivente per signora di 84 anni a Padova. Contratto CCNL lavoro domestico, camera singola. Richiesta esperienza e referenze. Contattare la figlia: 049 876 5412 o m.bertolin@email.it.',
        ],
      },
    },
    es: {
      examples: {
        flag: [{ text: 'Se busca personal de limpieza para Francia. Escribe a trabajo.francia@hotmail.com', evidence: ['trabajo.francia@hotmail.com'] }],
        pass: ['Floristería Las Camelias busca dependiente. Envía tu CV a empleo@floristerialascamelias.es.'],
      },
    },
    pl: {
      examples: {
        flag: [{ text: 'Praca w Holandii bez języka. Kontakt: praca.holandia@wp.pl', evidence: ['praca.holandia@wp.pl'] }],
        pass: ['Agencja Zatrudnienia AgroPraca sp. z o.o. – kontakt: praca.holandia@wp.pl'],
      },
    },
    sk: {
      examples: {
        flag: [{ text: 'Práca v Anglicku pre dievčatá. Píšte na praca.anglicko@azet.sk', evidence: ['praca.anglicko@azet.sk'] }],
        pass: ['CareBridge s.r.o. prijme zdravotné sestry. Píšte na praca.anglicko@azet.sk'],
      },
    },
    bg: {
      examples: {
        flag: [{ text: 'Търсим момичета за работа в чужбина. Пишете на rabota.dubai@abv.bg', evidence: ['rabota.dubai@abv.bg'] }],
        pass: ['Хотел „Морска звезда“ търси камериерки. Пишете на rabota.dubai@abv.bg'],
      },
    },
    el: {
      examples: {
        flag: [{ text: 'Ζητούνται κοπέλες για εργασία στην Κύπρο. Στείλτε email στο douleia.kypros@yahoo.gr', evidence: ['douleia.kypros@yahoo.gr'] }],
        pass: ['Το ανθοπωλείο «Ρόδον» ζητά βοηθό. Βιογραφικά στο info@rodon-flowers.gr.'],
      },
    },
    ro: {
      examples: {
        flag: [{ text: 'Muncă în Germania pentru fete tinere. Scrieți la munca.germania@yahoo.com', evidence: ['munca.germania@yahoo.com'] }],
        pass: ['AeroTech Services angajează ingineri. Aplică pe aerotech-services.ro/cariere.'],
      },
    },
    uk: {
      examples: {
        flag: [{ text: 'Робота для дівчат у Туреччині. Надсилайте фото в Telegram @job_turkey_girls.', evidence: ['Telegram'] }],
        pass: ['Квітковий магазин «Трояндовий сад» шукає флориста. Резюме на job@troyandovyisad.com.ua.'],
      },
    },
    ru: {
      examples: {
        flag: [{ text: 'Работа в Южной Корее на заводе. Пишите на rabota.korea@mail.ru', evidence: ['rabota.korea@mail.ru'] }],
        pass: ['ООО «СеверСтройМонтаж» ищет монтажников. Пишите на rabota.korea@mail.ru'],
      },
    },
    fr: {
      examples: {
        flag: [{ text: 'Hôtesses pour soirées privées à Monaco. Écrire à job.monaco@orange.fr', evidence: ['job.monaco@orange.fr'] }],
        pass: ['Fleuriste « Rose & Sauge » à Lyon recherche un fleuriste. CV à contact@roseetsauge-lyon.fr.'],
      },
    },
    de: {
      examples: {
        flag: [{ text: 'Lagerhelfer gesucht, kein Deutsch nötig. Kontakt: lagerjobs.nrw@gmx.de', evidence: ['lagerjobs.nrw@gmx.de'] }],
        pass: ['Hotel Alpenrose sucht Zimmermädchen. Bewerbung an bewerbung@alpenrose-oberstdorf.de.'],
      },
    },
  },
});
