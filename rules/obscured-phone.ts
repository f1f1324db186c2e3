import { defineRule } from '../engine/rule';

/**
 * A phone number written to get past the filters of a site: digits spelled out as words, broken up
 * one by one, mixed with letters ("347-1two3-4567", "3 4 7 . 1 2 3"). A 2024 study for the US
 * National Institute of Justice found obscured numbers to be a significant predictor of trafficking
 * in escort ads. The detector (detectors/phone.ts) reads them; this rule only reports them.
 */
export default defineRule({
  id: 'obscured-phone',
  category: 'off-platform-contact',
  weight: 20,
  detect: (ctx) => ctx.contacts.filter((c) => c.type === 'phone' && c.obscured).map((c) => c.range),
  languages: {
    en: {
      examples: {
        flag: [
          { text: 'Sweet and new, call three four seven one two three four five six seven', evidence: ['three four seven one two three four five six seven'] },
          { text: 'Text me 347-1two3-4567', evidence: ['347-1two3-4567'] },
        ],
        pass: ['Call the shop on 0161 496 0732.', 'Salary 30000-45000 per year.'],
      },
    },
    it: {
      examples: {
        flag: [{ text: 'Contatto solo w.h.a.t.s.a.p.p 3 2 0 4 1 8 7 7 5 2', evidence: ['3 2 0 4 1 8 7 7 5 2'] }],
        pass: ['Chiama lo 081 578 3320.'],
      },
    },
    es: {
      examples: {
        flag: [{ text: 'Llámame: seis uno uno ocho cuatro dos nueve cero cinco', evidence: ['seis uno uno ocho cuatro dos nueve cero cinco'] }],
        pass: ['Interesados llamar al 644 218 377.'],
      },
    },
    pl: {
      examples: {
        flag: [{ text: 'Dzwoń: sześć zero pięć trzy trzy dziewięć dwa jeden osiem', evidence: ['sześć zero pięć trzy trzy dziewięć dwa jeden osiem'] }],
        pass: ['Zgłoszenia: tel. 42 611 20 45.'],
      },
    },
    sk: {
      examples: {
        flag: [{ text: 'Volaj nula deväť nula päť 613 284', evidence: ['nula deväť nula päť 613 284'] }],
        pass: ['Volajte 0905 613 284.'],
      },
    },
    bg: {
      examples: {
        flag: [{ text: 'Обади се: нула осем осем седем 305 612', evidence: ['нула осем осем седем 305 612'] }],
        pass: ['Обадете се в офиса: 0431 6 22 18.'],
      },
    },
    el: {
      examples: {
        flag: [{ text: 'Τηλέφωνο: έξι εννιά επτά 104 8823', evidence: ['έξι εννιά επτά 104 8823'] }],
        pass: ['Τηλ. 22410 45600.'],
      },
    },
    ro: {
      examples: {
        flag: [{ text: 'Sună la zero șapte patru doi 518 903', evidence: ['zero șapte patru doi 518 903'] }],
        pass: ['Sunați la 0755 209 614.'],
      },
    },
    uk: {
      examples: {
        flag: [{ text: 'Дзвони: нуль дев’ять сім 123 4567', evidence: ['нуль дев’ять сім 123 4567'] }],
        pass: ['Подробиці за тел. +48 94 340 12 77.'],
      },
    },
    ru: {
      examples: {
        flag: [{ text: 'Звони восемь девять один шесть 204 71 38', evidence: ['восемь девять один шесть 204 71 38'] }],
        pass: ['По телефону +7 843 211-45-60.'],
      },
    },
    fr: {
      examples: {
        flag: [{ text: 'Appelle le 0 6 1 2 3 4 5 6 7 8', evidence: ['0 6 1 2 3 4 5 6 7 8'] }],
        pass: ['Candidatures au 03 80 22 41 57.'],
      },
    },
    de: {
      examples: {
        flag: [{ text: 'Ruf an: null eins fünf eins 2348 9072', evidence: ['null eins fünf eins 2348 9072'] }],
        pass: ['Telefonisch unter 0761 2987 440.'],
      },
    },
  },
});
