import { defineRule } from '../engine/rule';
import { near } from './concepts/define';
import { DEDUCTED_FROM_PAY, PAYROLL_DEDUCTIONS, rx } from './lexicon/index';
import type { Lang } from '../engine/types';

/** Every language reads the shared "deducted from / repaid out of the wages" phrasing; tax and social security are normal payroll. */
const deduction = (lang: Lang) => ({ patterns: [rx(DEDUCTED_FROM_PAY[lang])], unless: [rx(PAYROLL_DEDUCTIONS[lang])] });

// Travel, visa, housing or a fee taken out of the wages or repaid from them: the debt that ties the worker.
export default defineRule({
  id: 'costs-repaid-from-wages',
  category: 'debt-fees',
  weight: 40,
  scoped: true,
  match: [
    // "he pays ur flight, u pay him back after", "biglietto … lo restituisci dal primo stipendio".
    near(['TRAVEL', ['REPAY', 'DEDUCT']], { within: 12, unless: ['WORK_TRIP'] }),
    near(['FEE', 'DEDUCT', 'WAGES'], { within: 10, unless: ['TAX'] }),
    // "€110 a week taken from pay" for the bed: an amount kept back from wages is a debt.
    near([['MONEY', 'AMOUNT'], 'DEDUCT', ['WAGES', 'HOUSING']], { within: 10, unless: ['TAX', 'BENEFIT'] }),
  ],
  languages: {
    en: {
      ...deduction('en'),
      examples: {
        flag: [
          { text: 'Flight and visa paid by the company, you repay it from your first salaries.', evidence: ['repay it from your first salaries'] },
          { text: 'Minibus ticket £180 deducted from first wage.', evidence: ['deducted from first wage'] },
          { text: 'Fee £4,500 (can be paid in instalments deducted from your wages after arrival).', evidence: ['deducted from your wages'] },
        ],
        pass: ['Income tax and national insurance are deducted from your salary.', 'Paid weekly into your bank account.'],
      },
    },
    it: {
      ...deduction('it'),
      examples: {
        flag: [
          { text: 'Trasporto al campo, 5 € al giorno trattenuti dalla paga.', evidence: ['trattenuti dalla paga'] },
          { text: 'Le spese di viaggio le anticipiamo noi e le restituirai con i primi guadagni.', evidence: ['restituirai con i primi guadagni'] },
        ],
        pass: ['Le tasse e i contributi INPS sono trattenuti dalla busta paga.', 'Stipendio pagato il 10 di ogni mese.'],
      },
    },
    es: {
      ...deduction('es'),
      examples: {
        flag: [
          { text: 'Alojamiento en la finca, se descuenta del sueldo.', evidence: ['descuenta del sueldo'] },
          { text: 'El billete lo devuelves con tus primeros sueldos.', evidence: ['devuelves con tus primeros sueldos'] },
        ],
        pass: ['Las cotizaciones a la Seguridad Social se descuentan del salario según ley.'],
      },
    },
    pl: {
      ...deduction('pl'),
      examples: {
        flag: [
          { text: 'Transport i zakwaterowanie zapewniamy, koszty potrącane z pierwszych wypłat.', evidence: ['potrącane z pierwszych wypłat'] },
          { text: 'Koszt przejazdu 800 zł potrącamy z pierwszej pensji.', evidence: ['potrącamy z pierwszej pensji'] },
        ],
        pass: ['Składki ZUS są potrącane z wynagrodzenia zgodnie z przepisami.'],
      },
    },
    sk: {
      ...deduction('sk'),
      examples: {
        flag: [
          { text: 'Letenku a ubytovanie zaplatíme, náklady strhneme z výplaty.', evidence: ['strhneme z výplaty'] },
          { text: 'Ubytovanie v kontajneroch, 300 € mesačne z výplaty.', evidence: ['300 € mesačne z výplaty'] },
        ],
        pass: ['Odvody a daň sa strhávajú z výplaty podľa zákona.'],
      },
    },
    bg: {
      ...deduction('bg'),
      examples: {
        flag: [
          { text: 'Транспорт с бус, удържа се от заплатата.', evidence: ['удържа се от заплатата'] },
          { text: 'Билетът се приспада от първата заплата.', evidence: ['приспада от първата заплата'] },
        ],
        pass: ['Данъците и осигуровките се удържат от заплатата.'],
      },
    },
    el: {
      ...deduction('el'),
      examples: {
        flag: [
          { text: 'Το εισιτήριο το πληρώνουμε εμείς και αφαιρείται από τον μισθό των πρώτων μηνών.', evidence: ['αφαιρείται από τον μισθό'] },
        ],
        pass: ['Οι ασφαλιστικές εισφορές παρακρατούνται από τον μισθό.'],
      },
    },
    ro: {
      ...deduction('ro'),
      examples: {
        flag: [
          { text: 'Transportul îl asigurăm noi, costul se reține din primul salariu.', evidence: ['reține din primul salariu'] },
          { text: 'Biletul îl returnați din primele salarii.', evidence: ['returnați din primele salarii'] },
        ],
        pass: ['Impozitul și contribuțiile se rețin din salariu conform legii.'],
      },
    },
    uk: {
      ...deduction('uk'),
      examples: {
        flag: [
          { text: 'Квиток купуємо ми, вартість утримується з зарплати.', evidence: ['утримується з зарплати'] },
          { text: 'Дорогу відпрацьовуєте з першої зарплати.', evidence: ['відпрацьовуєте з першої зарплати'] },
        ],
        pass: ['Податки утримуються з заробітної плати згідно із законом.'],
      },
    },
    ru: {
      ...deduction('ru'),
      examples: {
        flag: [
          { text: 'Перелёт оплачивает работодатель, затем сумма удерживается из зарплаты.', evidence: ['удерживается из зарплаты'] },
          { text: 'Билет потом отрабатываешь на месте.', evidence: ['Билет потом отрабатываешь'] },
        ],
        pass: ['НДФЛ удерживается из зарплаты, всё официально.'],
      },
    },
    fr: {
      ...deduction('fr'),
      examples: {
        flag: [
          { text: 'Le billet est avancé par nous et retenu sur votre salaire.', evidence: ['retenu sur votre salaire'] },
          { text: 'Le logement est déduit de la paie chaque mois.', evidence: ['déduit de la paie'] },
        ],
        pass: ["Les cotisations sociales sont retenues sur le salaire."],
      },
    },
    de: {
      ...deduction('de'),
      examples: {
        flag: [
          { text: 'Unterkunft im Mehrbettzimmer, Miete wird direkt vom Lohn abgezogen.', evidence: ['vom Lohn abgezogen'] },
          { text: 'Die Flugkosten werden mit dem ersten Gehalt verrechnet.', evidence: ['mit dem ersten Gehalt verrechnet'] },
        ],
        pass: ['Lohnsteuer und Sozialversicherung werden vom Gehalt abgezogen.'],
      },
    },
  },
});
