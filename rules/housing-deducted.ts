import { near } from './concepts/define';
import { defineRule } from '../engine/rule';
import { DEDUCTED_FROM_PAY, HOUSING, compose } from './lexicon/index';
import type { Lang } from '../engine/types';

/** Housing and the deduction from pay in one clause, in either order. */
const deducted = (lang: Lang) => ({
  patterns: [compose('{H}[^.;\\n]{0,60}?{D}|{D}[^.;\\n]{0,40}?{H}', { H: HOUSING[lang], D: DEDUCTED_FROM_PAY[lang] })],
});

// Rent taken out of the wages: housing becomes a lever, and the cost is often inflated.
// Stronger than housing-provided; the debt itself is also read by costs-repaid-from-wages.
export default defineRule({
  id: 'housing-deducted',
  category: 'housing-control',
  weight: 20,
  scoped: true,
  match: [near(['HOUSING', ['DEDUCT', 'REPAY']], { within: 10, unless: ['TAX'] })],
  languages: {
    en: { ...deducted('en'), examples: { flag: [{ text: 'Caravan £95/week taken from pay.', evidence: ['Caravan £95/week taken from pay'] }], pass: ['Caravan accommodation on the farm £65/week.'] } },
    it: { ...deducted('it'), examples: { flag: [{ text: 'Vitto e alloggio a carico nostro, trattenuti 400 € al mese dalla busta paga.', evidence: ['Vitto e alloggio a carico nostro, trattenuti 400 € al mese dalla busta paga'] }], pass: ['Alloggio gratuito nelle foresterie.'] } },
    es: { ...deducted('es'), examples: { flag: [{ text: 'Alojamiento en la finca, se descuenta del sueldo.', evidence: ['Alojamiento en la finca, se descuenta del sueldo'] }], pass: ['Alojamiento gratuito en la finca.'] } },
    pl: { ...deducted('pl'), examples: { flag: [{ text: 'Zakwaterowanie 400 zł, potrącane z wypłaty.', evidence: ['Zakwaterowanie 400 zł, potrącane z wypłaty'] }], pass: ['Zakwaterowanie zapewnia gospodarstwo.'] } },
    sk: { ...deducted('sk'), examples: { flag: [{ text: 'Ubytovanie v kontajneroch, 300 € mesačne z výplaty.', evidence: ['Ubytovanie v kontajneroch, 300 € mesačne z výplaty'] }], pass: ['Ubytovanie zabezpečené zamestnávateľom.'] } },
    bg: { ...deducted('bg'), examples: { flag: [{ text: 'Квартирата се удържа от заплатата.', evidence: ['Квартирата се удържа от заплатата'] }], pass: ['Безплатна квартира в служебна сграда.'] } },
    el: { ...deducted('el'), examples: { flag: [{ text: 'Η διαμονή αφαιρείται από τον μισθό.', evidence: ['διαμονή αφαιρείται από τον μισθό'] }], pass: ['Παρέχεται διαμονή και διατροφή.'] } },
    ro: { ...deducted('ro'), examples: { flag: [{ text: 'Cazarea se reține din salariu.', evidence: ['Cazarea se reține din salariu'] }], pass: ['Cazare asigurată de fermă.'] } },
    uk: { ...deducted('uk'), examples: { flag: [{ text: 'Житло утримується з зарплати.', evidence: ['Житло утримується з зарплати'] }], pass: ['Житло надаємо безкоштовно.'] } },
    ru: { ...deducted('ru'), examples: { flag: [{ text: 'Проживание вычитается из зарплаты.', evidence: ['Проживание вычитается из зарплаты'] }], pass: ['Бесплатное проживание в общежитии.'] } },
    fr: { ...deducted('fr'), examples: { flag: [{ text: 'Le logement est déduit de la paie.', evidence: ['logement est déduit de la paie'] }], pass: ['Logement et repas fournis au domaine.'] } },
    de: { ...deducted('de'), examples: { flag: [{ text: 'Unterkunft im Mehrbettzimmer, Miete wird direkt vom Lohn abgezogen.', evidence: ['Unterkunft im Mehrbettzimmer, Miete wird direkt vom Lohn abgezogen'] }], pass: ['Kost & Logis im Personalhaus.'] } },
  },
});
