import { defineRule } from '../engine/rule';
import { near } from './concepts/define';
import { MONEY, NO_FEE, rx } from './lexicon/index';

// A fee, deposit or payment asked of the job seeker before work starts. The stated no-fee policy
// in the same sentence ("you pay no recruitment fees") drops the match.
export default defineRule({
  id: 'upfront-fee',
  category: 'debt-fees',
  weight: 40,
  scoped: true,
  // A deposit or a reservation is normal for a flat, a car or a puppy.
  kinds: ['job', 'service', 'other'],
  match: [
    near(['FEE', ['MONEY', 'AMOUNT']], { within: 4, unit: 'clause', unless: ['WE_PAY', 'BENEFIT'] }),
    near([['FEE', 'TRAINING'], 'PAY_VERB', ['BEFORE', 'DEPARTURE']], { within: 10, unless: ['WE_PAY', 'BENEFIT'] }),
    // "first you need a portfolio from our photographer, 25 000": the price across a comma.
    near([['FEE', 'TRAINING'], 'MONEY', 'BEFORE'], { within: 12, unless: ['WE_PAY', 'BENEFIT'] }),
    // "Training + starter pack — 39 € (refunded with the first payout)", "buy the starter kit for 199 €": the price right after the thing.
    near(['FEE', 'MONEY'], { within: 3, ordered: true, unless: ['WE_PAY', 'BENEFIT'] }),
    // "you only have to pay for the training, 499 UAH", "wpłacić 400 zł za miejsce na liście".
    near(['PAY_VERB', 'MONEY', ['FEE', 'TRAINING']], { within: 6, unless: ['WE_PAY', 'BENEFIT'] }),
  ],
  languages: {
    en: {
      patterns: [
        rx(/\b(?:registration|processing|placement|recruitment|recruiting|application|agency|booking|admin|administration|administrative|training|uniform|visa|sponsorship|reservation|joining|service|medical|documentation|paperwork|activation|start-?up)\s(?:fees?|charges?|deposits?|costs?)\b/),
        rx(String.raw`\b(?:fee|deposit|payment) of ${MONEY}|${MONEY} (?:\w+ )?(?:fee|deposit)\b|\bfees? ${MONEY}`),
        rx(/\b(?:refundable|security|small|upfront|up-front)\s(?:deposit|fee)\b/),
        rx(/\b(?:pay|paid|payable|transfer|send)\b[^.;\n]{0,40}?\b(?:before (?:departure|travel|you (?:start|travel|leave))|upfront|up front|in advance)\b/),
      ],
      unless: [rx(NO_FEE.en), rx(/\bdirect deposit\b|\b(?:wages?|salary) (?:paid|is paid) (?:in advance|upfront)\b|\b(?:reimburs\w+|refunded|covered by (?:us|the)|paid by (?:us|the (?:employer|company|hospital|client)))\b/)],
      examples: {
        flag: [
          { text: 'Pay a $200 processing fee before travel.', evidence: ['Pay a $200 processing fee before travel'] },
          { text: 'Reserve your place with a €300 deposit.', evidence: ['€300 deposit'] },
          { text: 'Work from home assembling craft kits. Everything you need is in our starter pack, just £49.99 (fully refundable).', evidence: ['starter pack, just £49.99'] },
          { text: 'Registration fee £250 for visa processing, cash to our agent before departure.', evidence: ['Registration fee'] },
        ],
        pass: [
          'Paid training and a starter kit provided, salary £1,900 a month.',
          'NCNZ registration costs reimbursed by the hospital.',
          'We never charge candidates a placement fee.',
          'Paid weekly via direct deposit.',
          'We sponsor your visa and you pay no recruitment fees.',
        ],
      },
    },
    it: {
      patterns: [
        rx(/\b(?:quota|tassa|costo|costi|spese|contributo|pagamento|anticipo)\s(?:di\s|per\s(?:l'|la\s|il\s)?)?(?:iscrizione|registrazione|pratica|pratiche|selezione|visto|formazione|attivazione|assunzione|collocamento|inserimento|apertura)\b/),
        rx(/\b(?:caparra|cauzione|deposito cauzionale)\b/),
        rx(String.raw`\b(?:versa\w{0,4}|paga\w{0,4}|bonifico di) ${MONEY}|\b(?:versa\w{0,4}|pagare|pagamento|anticip\w{1,4})\b[^.;\n]{0,40}?\bprima (?:della partenza|di partire|di iniziare|dell'inizio)\b`),
      ],
      unless: [rx(NO_FEE.it), rx(/\banticipo (?:sullo|dello|di) stipendio\b/)],
      examples: {
        flag: [
          { text: 'Quota di iscrizione 150 euro da versare subito.', evidence: ['Quota di iscrizione'] },
          { text: 'Per bloccare il posto serve una caparra di 200 €.', evidence: ['caparra'] },
        ],
        pass: ['Nessuna quota di iscrizione: la selezione è gratuita.', 'Possibilità di anticipo sullo stipendio dopo il primo mese.'],
      },
    },
    es: {
      patterns: [
        rx(/\b(?:cuota|tasa|pago|gastos?|coste|costo|comision)\s(?:de\s|por\s(?:la\s|el\s)?)?(?:inscripcion|registro|tramitacion|gestion|seleccion|visado|reserva|alta|formacion|matricula|colocacion|intermediacion)\b/),
        rx(/\b(?:fianza|deposito de garantia)\b/),
        rx(String.raw`\b(?:pagar|pagas|abonar|ingresar|transferir|pago)\b[^.;\n]{0,40}?\b(?:por adelantado|antes de (?:la salida|salir|viajar|empezar|comenzar))\b|\b(?:deposito|adelanto) de ${MONEY}`),
      ],
      unless: [rx(NO_FEE.es)],
      examples: {
        flag: [
          { text: 'Cuota de inscripción 200 € para tramitar los papeles.', evidence: ['Cuota de inscripción'] },
          { text: 'Hay que pagar 150 € por adelantado para reservar la plaza.', evidence: ['pagar 150 € por adelantado'] },
        ],
        pass: ['Ningún intermediario puede cobrarte cuota de inscripción.', 'Nunca pedimos pagos a los candidatos.'],
      },
    },
    pl: {
      patterns: [
        rx(/\bopłat\w{0,3}\s(?:rekrutacyjn\w{1,3}|rejestracyjn\w{1,3}|wpisow\w{1,3}|administracyjn\w{1,3}|manipulacyjn\w{1,3}|za (?:posrednictwo|rekrutacj\w|wiz\w|dokumenty|zalatwienie|wyjazd|miejsce))\b/),
        rx(/\b(?:wpisowe|kaucj\w{1,2}|zaliczk\w{1,2} na (?:wyjazd|dokumenty|wize))\b/),
        rx(String.raw`\b(?:prowizj\w{1,2}|opłat\w{1,3}) ${MONEY}|\b(?:zapłac\w{1,4}|wpłac\w{1,4}|płatn\w{1,3}|wpłata)\b[^.;\n]{0,40}?\b(?:przed wyjazdem|z gory|przy zapisie|przy rejestracji)\b`),
      ],
      unless: [rx(NO_FEE.pl)],
      examples: {
        flag: [
          { text: 'Opłata rekrutacyjna 500 zł płatna przy zapisie.', evidence: ['Opłata rekrutacyjna'] },
          { text: 'Kaucja 300 zł przed wyjazdem.', evidence: ['Kaucja'] },
        ],
        pass: ['Agencja nie pobiera od kandydatów żadnych opłat.', 'Rekrutacja jest bezpłatna.'],
      },
    },
    sk: {
      patterns: [
        rx(/\b(?:registracn\w{1,2}|vstupn\w{1,2}|administrativn\w{1,2}|sprostredkovatelsk\w{1,2})\s(?:poplat\w{1,3})\b|\bpoplat\w{1,3} (?:\w+ )?za (?:sprostredkovani\w|vybaveni\w|registraci\w|viz\w{1,2}|prac\w|papier\w{1,2}|dokument\w{1,3})\b/),
        rx(String.raw`\bpoplat\w{1,3} ${MONEY}|\b(?:zaloh\w{1,2}|kauci\w{1,2})\b`),
        rx(/\b(?:zaplat\w{1,4}|uhrad\w{1,4}|poplat\w{1,3})\b[^.;\n]{0,40}?\b(?:vopred|pred odchodom|pred odjazdom|pred nastupom)\b|\bpred odchodom (?:\w+ ){0,2}poplat\w{1,3}\b/),
      ],
      unless: [rx(NO_FEE.sk)],
      examples: {
        flag: [
          { text: 'Pred odchodom poplatok 250 € za vybavenie papierov.', evidence: ['Pred odchodom poplatok'] },
          { text: 'Registračný poplatok 100 € treba zaplatiť vopred.', evidence: ['Registračný poplatok'] },
        ],
        pass: ['Sprostredkovanie je pre uchádzačov bezplatné, žiadne poplatky.'],
      },
    },
    bg: {
      patterns: [
        rx(/(?:такс\w{1,2}|плащане|вноск\w{1,2})\s(?:\w+\s)?(?:за\s)?(?:регистрация|оформяне|посредничество|виз\w{1,2}|документ\w{1,3}|подбор|записване|резервация)/),
        rx(String.raw`(?:такс\w{1,2}|депозит\w{0,2}|капаро|предплат\w{1,2}) ${MONEY}|(?:депозит|капаро|предплат\w{1,2})\b`),
        rx(/(?:плаща\w{0,3}|плати\w{0,3}|внася\w{0,3})\b[^.;\n]{0,40}?(?:предварително|преди заминаване\w{0,3}|преди тръгване\w{0,3}|авансово)/),
      ],
      unless: [rx(NO_FEE.bg)],
      examples: {
        flag: [
          { text: 'Такса 150 евро за оформяне на документите, плаща се предварително.', evidence: ['Такса 150 евро'] },
          { text: 'Депозит от 200 лв. за резервация на място.', evidence: ['Депозит'] },
        ],
        pass: ['Кандидатите не заплащат никакви такси.'],
      },
    },
    el: {
      patterns: [
        rx(/(?:κοστο\w{0,2}|τελ\w{1,2}|αμοιβ\w{1,2}|χρεωσ\w{1,2}|παραβολο)\s(?:\w+\s)?(?:εγγραφ\w{1,3}|διεκπεραιωσ\w{1,3}|φακελου|βιζα\w{0,2}|visa|επιλογ\w{1,3}|τοποθετησ\w{1,3}|κρατησ\w{1,3})/),
        rx(String.raw`(?:προκαταβολ\w{1,3}|εγγυησ\w{1,3}) (?:\w+ )?${MONEY}|(?:προκαταβολ\w{1,3})`),
        rx(/(?:πληρων\w{1,5}|καταβαλ\w{1,5}|πληρωμ\w{1,3})[^.;\n]{0,40}?(?:πριν την αναχωρηση|πριν την αναχωρηση|προκαταβολικα|εκ των προτερων)/),
      ],
      unless: [rx(NO_FEE.el)],
      examples: {
        flag: [
          { text: 'Κόστος εγγραφής 200€ πριν την αναχώρηση.', evidence: ['Κόστος εγγραφής'] },
          { text: 'Απαιτείται προκαταβολή 300 ευρώ για την κράτηση της θέσης.', evidence: ['προκαταβολή 300 ευρώ'] },
        ],
        pass: ['Καμία χρέωση για τους υποψηφίους, δεν ζητάμε προκαταβολή.'],
      },
    },
    ro: {
      patterns: [
        rx(/\b(?:taxa|taxe|taxei|comision\w{0,3}|cost\w{0,3}|plata)\s(?:de\s|pentru\s)?(?:plasare|inscriere|recrutare|procesare|intermediere|viza|dosar|selectie|rezervare|angajare)\b/),
        rx(String.raw`\b(?:garanti\w{1,2}|avans\w{0,2}|depozit\w{0,2}) (?:\w+ )?${MONEY}`),
        rx(/\b(?:platit\w{0,2}|plati\w{0,3}|achita\w{0,4}|achitat\w{0,2})\b[^.;\n]{0,40}?\b(?:inainte de plecare|inainte de a pleca|in avans|anticipat)\b/),
      ],
      unless: [rx(NO_FEE.ro)],
      examples: {
        flag: [
          { text: 'Taxă de plasare 300 €, plătită înainte de plecare.', evidence: ['Taxă de plasare'] },
          { text: 'Se achită un avans de 200 euro pentru rezervarea locului.', evidence: ['avans de 200 euro'] },
        ],
        pass: ['Recrutarea este gratuită – nimeni nu are voie să vă ceară bani, nicio taxă de înscriere.'],
      },
    },
    uk: {
      patterns: [
        rx(/(?:оплат\w{1,2}|внес\w{1,3}|збір|платіж|комісі\w{1,2})\s(?:за\s)?(?:оформлення|працевлаштування|реєстраці\w{1,2}|віз\w{1,2}|документ\w{1,3}|послуги|підбір|бронювання)/),
        rx(String.raw`(?:реєстраці\w{1,5}|вступн\w{1,3}) (?:внес\w{1,2}|збір)|(?:передоплат\w{1,2}|завдат\w{1,3}|застав\w{1,2}) (?:\w+ )?${MONEY}|(?:передоплат\w{1,2}|завдат\w{1,3})`),
        rx(/(?:оплат\w{1,4}|сплат\w{1,4}|внес\w{1,4}|переказ\w{1,4})[^.;\n]{0,40}?(?:до від'?ізду|до виїзду|наперед|заздалегідь|перед виїздом)/),
      ],
      unless: [rx(NO_FEE.uk)],
      examples: {
        flag: [
          { text: 'Оплата за оформлення документів 3000 грн.', evidence: ['Оплата за оформлення'] },
          { text: 'Потрібна передоплата 100 євро.', evidence: ['передоплата'] },
        ],
        pass: ['Працевлаштування безкоштовне – ми не беремо жодних оплат.'],
      },
    },
    ru: {
      patterns: [
        rx(/(?:оплат\w{1,2}|взнос\w{0,2}|сбор|платеж\w{0,2}|комисси\w{1,2})\s(?:за\s)?(?:оформлени\w{1,2}|трудоустройств\w{1,2}|регистраци\w{1,2}|виз\w{1,2}|документ\w{1,3}|услуги агентства|подбор|бронировани\w{1,2})/),
        rx(String.raw`(?:регистрационн\w{1,3}|вступительн\w{1,3}) (?:взнос|сбор)|(?:предоплат\w{1,2}|залог\w{0,2}) (?:\w+ )?${MONEY}|(?:предоплат\w{1,2})`),
        rx(/(?:оплат\w{1,4}|заплат\w{1,4}|внес\w{1,4}|перевест\w{1,2}|перевод\w{1,2})[^.;\n]{0,40}?(?:до отъезда|до вылета|заранее|вперед|перед выездом)/),
      ],
      unless: [rx(NO_FEE.ru)],
      examples: {
        flag: [
          { text: 'Регистрационный взнос 5000 рублей, оплата до отъезда.', evidence: ['Регистрационный взнос'] },
          { text: 'Оплата за оформление визы 300 евро.', evidence: ['Оплата за оформление'] },
        ],
        pass: ['Трудоустройство бесплатно, никаких предоплат.'],
      },
    },
    fr: {
      patterns: [
        rx(/\b(?:frais|cout|couts|paiement|droits?)\s(?:d'|de\s|du\s)?(?:inscription|dossier|placement|recrutement|visa|traitement|agence|selection|reservation|formation)\b/),
        rx(String.raw`\b(?:une |la )?caution (?:de |d'un montant de )?${MONEY}|\b(?:verser|versez|payer|payez|deposer|regler|reglez) (?:une |la )?caution\b|\b(?:acompte|depot de garantie)\b|\bfrais de ${MONEY}|${MONEY} de frais\b`),
        rx(/\b(?:payer|payez|regler|reglez|verser|versez|virer)\b[^.;\n]{0,40}?\b(?:avant le depart|avant de partir|d'avance|a l'avance|avant de commencer)\b/),
      ],
      unless: [rx(NO_FEE.fr)],
      examples: {
        flag: [
          { text: "Frais d'inscription de 150 € à régler avant le départ.", evidence: ["Frais d'inscription"] },
          { text: 'Une caution de 200 € est demandée.', evidence: ['Une caution de 200 €'] },
        ],
        pass: ["Aucun frais d'inscription : le recrutement est gratuit.", 'Use caution when handling chemicals.'],
      },
    },
    de: {
      patterns: [
        rx(/\b\w{0,20}(?:vermittlungs|anmelde|bearbeitungs|registrierungs|aufnahme|visa|service|vorab|reservierungs)gebuhr\w{0,2}\b/),
        rx(String.raw`\b(?:kaution|anzahlung|vorauszahlung|vorkasse)\b|\bgebuhr\w{0,2} (?:von )?${MONEY}`),
        rx(/\b(?:zahlen|bezahlen|uberweisen|entrichten)\b[^.;\n]{0,40}?\b(?:vor (?:der )?abreise|vor arbeitsbeginn|vorab|im voraus)\b|\bvorab (?:zu )?(?:zahlen|bezahlen|uberweisen)\b/),
      ],
      unless: [rx(NO_FEE.de)],
      examples: {
        flag: [
          { text: 'Vermittlungsgebühr 300 € vor Arbeitsbeginn.', evidence: ['Vermittlungsgebühr'] },
          { text: 'Eine Kaution von 200 € ist vorab zu überweisen.', evidence: ['Kaution'] },
        ],
        pass: ['Für Bewerber fallen keine Vermittlungsgebühren an.'],
      },
    },
  },
});
