import { defineRule } from '../engine/rule';
import { near } from './concepts/define';
import { rx } from './lexicon/index';
import type { Lang } from '../engine/types';

/** Payroll context (first day, contract, salary payment): bank details asked for there are normal. */
const PAYROLL: Record<Lang, RegExp> = {
  en: /\b(?:first day|payroll|salary (?:payment|is paid)|wages? (?:are )?paid|direct deposit|reconcil\w+|accounts payable|for your wages|onboarding)\b/,
  it: /\b(?:primo giorno|accredito dello stipendio|firma del contratto|busta paga|assunzione)\b/,
  es: /\b(?:primer dia|formalizar el contrato|nomina|alta en la seguridad social)\b/,
  pl: /\b(?:pierwszym dniu|pierwszy dzien|podpisania umowy|wypłat\w{1,2} wynagrodzenia)\b/,
  sk: /\b(?:prvy den|podpis\w{0,3} (?:pracovnej )?zmluvy|vyplat\w{1,3} mzdy)\b/,
  bg: /(?:първия\w{0,2} (?:работен )?ден|сключване на договора|трудов договор|изплащане на заплатата)/,
  el: /(?:μισθοδοσ\w{1,3}|συμβαση[σς]|πρωτη μερα|προσληψη)/,
  ro: /\b(?:prima zi|semnarea contractului|plata salariului|extras\w{0,2} de cont)\b/,
  uk: /(?:зарплатн\w{1,3}|трудов\w{1,3} договор|першого дня|офіційн\w{1,3} працевлаштуван)/,
  ru: /(?:зарплатн\w{1,3}|трудов\w{1,3} договор|первый день|официальн\w{1,3} трудоустройств)/,
  fr: /\b(?:premier jour|signature du contrat|versement du salaire|paie|embauche)\b/,
  de: /\b(?:ersten (?:arbeits)?tag|arbeitsvertrag|lohnabrechnung|gehaltszahlung|lohnzahlung|personalfragebogen)\b/,
};
const payroll = (lang: Lang) => [rx(PAYROLL[lang])];

// Bank details, card data or banking logins asked for to "register" or "activate an account".
// An account number brought on the first day for the salary is normal payroll, not this.
export default defineRule({
  id: 'bank-details-requested',
  category: 'document-request',
  weight: 35,
  scoped: true,
  match: [
    near([['SEND', 'REQUEST'], 'BANK'], { within: 6, unless: ['IN_PERSON'] }),
    near(['BANK', 'CHECK'], { within: 10, unless: ['IN_PERSON'] }),
  ],
  languages: {
    en: {
      patterns: [
        rx(/\b(?:(?:online )?bank(?:ing)? (?:details|account details|account number|login|logins|credentials|card details|password|pin)|card (?:details|number|pin)|sort code)\b/),
      ],
      unless: payroll('en'),
      examples: {
        flag: [{ text: 'To activate your account send a selfie and your online banking details to our HR on Telegram.', evidence: ['online banking details'] }],
        pass: ['Reconcile all bank accounts and bank details monthly.', 'On your first day bring your bank details for payroll.'],
      },
    },
    it: {
      patterns: [rx(/\b(?:iban|coordinate bancarie|dati (?:bancari|della carta|del conto)|numero (?:di |del )?conto|estremi (?:bancari|del conto)|credenziali (?:bancarie|dell'home banking|home banking)|password (?:della banca|dell'home banking)|codice pin)\b/)],
      unless: payroll('it'),
      examples: {
        flag: [{ text: 'Per iniziare versa la quota e invia IBAN e un selfie al nostro recruiter su Telegram.', evidence: ['IBAN'] }],
        pass: ["Il primo giorno porta con te documento d'identità e IBAN per l'accredito dello stipendio."],
      },
    },
    es: {
      patterns: [rx(/\b(?:datos (?:de (?:tu |su |la )?)?(?:cuenta|tarjeta)(?: bancaria)?|datos bancarios|numero de (?:cuenta|tarjeta)|clave de acceso|claves? (?:de (?:la )?)?banca (?:online|electronica)|pin de (?:la )?tarjeta)\b/)],
      unless: payroll('es'),
      examples: {
        flag: [{ text: 'Envíanos los datos de tu cuenta bancaria con la clave de acceso.', evidence: ['datos de tu cuenta bancaria'] }],
        pass: ['El primer día trae tu DNI y número de cuenta para formalizar el contrato.'],
      },
    },
    pl: {
      patterns: [rx(/\b(?:dane (?:do )?(?:logowania|karty|bankowe|konta)|login\w{0,2} (?:i hasło )?do (?:banku|bankowosci)|hasło do (?:banku|konta)|numer\w{0,2} (?:karty|konta bankowego))\b/)],
      unless: payroll('pl'),
      examples: {
        flag: [{ text: 'Aby aktywować konto, wyślij dane do logowania do banku.', evidence: ['dane do logowania'] }],
        pass: ['W pierwszym dniu pracy prosimy zabrać dowód osobisty i numer konta bankowego do podpisania umowy.'],
      },
    },
    sk: {
      patterns: [rx(/\b(?:bankov\w{1,3} udaj\w{1,3}|prihlasovac\w{1,3} udaj\w{1,3}|udaj\w{1,3} (?:o|z) (?:karty|ucte|uctu)|cisl\w{1,2} (?:karty|bankoveho uctu)|pin kod)\b/)],
      unless: payroll('sk'),
      examples: {
        flag: [{ text: 'Na aktiváciu účtu pošlite prihlasovacie údaje do internet bankingu.', evidence: ['prihlasovacie údaje'] }],
        pass: ['V prvý deň nástupu si prineste číslo bankového účtu kvôli podpisu pracovnej zmluvy.'],
      },
    },
    bg: {
      patterns: [rx(/(?:данни (?:за|на) (?:банков\w{1,3} )?(?:сметк\w{1,2}|карт\w{1,2})|банков\w{1,3} (?:данни|карт\w{1,2})|номер на (?:банков\w{1,3} )?(?:сметк|карт)\w{1,2}|пин код)/)],
      unless: payroll('bg'),
      examples: {
        flag: [{ text: 'За регистрация изпратете данни за банковата карта и пин код.', evidence: ['данни за банковата карта'] }],
        pass: ['В първия работен ден носете лична карта и данни за банкова сметка за сключване на договора.'],
      },
    },
    el: {
      patterns: [rx(/(?:τραπεζικ\w{1,3} (?:λογαριασμ|στοιχει|καρτ)\w{1,3}|στοιχεια (?:τη[σς] )?(?:καρτα[σς]|λογαριασμου)|κωδικ\w{1,3} (?:e-?banking|τραπεζ\w{1,3}))/)],
      unless: payroll('el'),
      examples: {
        flag: [{ text: 'Στείλτε τα τραπεζικά στοιχεία σας στο Viber για ενεργοποίηση.', evidence: ['τραπεζικά στοιχεία'] }],
        pass: ['Για τη μισθοδοσία θα χρειαστούμε τον τραπεζικό λογαριασμό σας μετά την πρόσληψη.'],
      },
    },
    ro: {
      patterns: [rx(/\b(?:date\w{0,2} (?:bancare|cardului|contului)|cont\w{0,3} bancar\w{0,2}|cod\w{0,3} (?:pin|de acces)|parola (?:de )?(?:la )?(?:banca|internet banking))\b/)],
      unless: payroll('ro'),
      examples: {
        flag: [{ text: 'Trimiteți datele cardului și codul PIN pentru înregistrare.', evidence: ['datele cardului'] }],
        pass: ['În prima zi aduceți cartea de identitate și un extras de cont pentru semnarea contractului.'],
      },
    },
    uk: {
      patterns: [rx(/(?:банківськ\w{1,3} (?:карт|рахун|реквізит|дан)\w{0,3}|реквізит\w{0,2} (?:карт|рахунк)\w{0,2}|номер\w{0,2} (?:\w+ )?карт\w{1,2}|дан\w{1,2} (?:банківськ\w{1,3} )?карт\w{1,2}|пароль від (?:банк|особист)\w{0,6}|код з смс)/)],
      unless: payroll('uk'),
      examples: {
        flag: [{ text: 'Для реєстрації надішліть номер банківської картки та CVV.', evidence: ['номер банківської картки'] }],
        pass: ['Виплата на зарплатну банківську картку після офіційного працевлаштування.'],
      },
    },
    ru: {
      patterns: [rx(/(?:банковск\w{1,3} (?:карт|сч[её]т|реквизит|данн)\w{0,3}|реквизит\w{0,2} (?:карт|сч[её]т)\w{0,2}|номер\w{0,2} (?:\w+ )?карт\w{1,2}|данн\w{1,2} карт\w{1,2}|код из смс|пароль от (?:банк|личн)\w{0,6})/)],
      unless: payroll('ru'),
      examples: {
        flag: [{ text: 'Для активации пришлите данные карты и код из смс.', evidence: ['данные карты'] }],
        pass: ['Зарплата на зарплатную банковскую карту, трудовой договор.'],
      },
    },
    fr: {
      patterns: [rx(/\b(?:coordonnees bancaires|rib|numero de (?:compte|carte)(?: bancaire)?|identifiants bancaires|donnees bancaires|code (?:de )?(?:carte|confidentiel))\b/)],
      unless: payroll('fr'),
      examples: {
        flag: [{ text: 'Pour activer votre compte, envoyez votre RIB et vos identifiants bancaires.', evidence: ['RIB', 'identifiants bancaires'] }],
        pass: ["Le premier jour, apportez votre RIB pour le versement du salaire."],
      },
    },
    de: {
      patterns: [rx(/\b(?:bankverbindung|bankdaten|kontodaten|kontonummer|kreditkartendaten|online-?banking[- ]?(?:zugang|daten|passwort)|zugangsdaten (?:zum|fur das) (?:online-?)?banking)\b/)],
      unless: payroll('de'),
      examples: {
        flag: [{ text: 'Zur Freischaltung schicke uns deine Bankdaten und den Online-Banking-Zugang.', evidence: ['Bankdaten'] }],
        pass: ['Für die Gehaltszahlung benötigen wir am ersten Arbeitstag Ihre Bankverbindung.'],
      },
    },
  },
});
