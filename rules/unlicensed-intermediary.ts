import { defineRule } from '../engine/rule';

/**
 * Licensed agencies, registers and denials ("no intermediary", "nessun intermediario") in the same
 * sentence: the intermediary is then checkable or absent.
 */
const LICENSED_OR_DENIED =
  /\b(?:licen[cs]\p{L}*|registered|register|kraz|autorizzat\p{L}|autorizad\p{L}|povolen\p{L}*|upsvar|регистрир\p{L}*|зарегистр\p{L}*|ліценз\p{L}*|лиценз\p{L}*|αδεια\p{L}*|licentiat\p{L}*|agrement|zugelassen\p{L}*|erlaubnis|no|not|never|nessun\p{L}?|senza|non|ningun\p{L}?|sin|zadn\p{L}*|zaden|nie|ziadn\p{L}*|bez|без|никакв\p{L}*|никак\p{L}*|не|ни|ουτε|κανεν\p{L}*|χωρις|niciun\p{L}*|fara|aucun\p{L}?|sans|kein\p{L}*|ohne|жодн\p{L}*)\b/u;

/**
 * Someone between the worker and the employer who is not a licensed agency: "our agent in Craiova",
 * "a private intermediary", "the passport stays with the intermediary". The catalogue's case study 2:
 * not hired through a legally authorised agency.
 */
export default defineRule({
  id: 'unlicensed-intermediary',
  category: 'anonymous-recruiter',
  weight: 15,
  languages: {
    en: {
      patterns: [/\b(?<ev>(?:private\s)?(?:intermediary|intermediaries|middleman|middlemen)|(?:private|our)\s(?:agent|broker)\sin)\b/],
      unless: [LICENSED_OR_DENIED],
      examples: {
        flag: [{ text: 'Registration fee £250, cash to our agent in Craiova before departure.', evidence: ['our agent in'] }],
        pass: ['There is no intermediary: you sign directly with the farm.', 'Our agents in the call centre help customers with billing.'],
      },
    },
    it: {
      patterns: [/\b(?<ev>intermediari[oa]|mediatore|procacciatore|caporale)\b/],
      unless: [LICENSED_OR_DENIED],
      examples: {
        flag: [{ text: 'Il passaporto lo tiene il nostro intermediario fino alla partenza.', evidence: ['intermediario'] }],
        pass: ['Nessun costo a carico del lavoratore e nessun intermediario.'],
      },
    },
    es: {
      patterns: [/\b(?<ev>intermediari[oa]|comisionista|enganchador)\b/],
      unless: [LICENSED_OR_DENIED],
      examples: {
        flag: [{ text: 'El pago se hace al intermediario antes del viaje.', evidence: ['intermediario'] }],
        pass: ['Ningún intermediario puede cobrarte por este puesto.'],
      },
    },
    pl: {
      patterns: [/\b(?<ev>posrednik(?:a|owi|iem|ow|ami)?)\b/],
      unless: [LICENSED_OR_DENIED],
      examples: {
        flag: [{ text: 'Paszport na czas wyjazdu przechowuje pośrednik.', evidence: ['pośrednik'] }],
        pass: ['Agencja pośrednictwa pracy z wpisem do KRAZ.', 'Bez pośrednika – umowa bezpośrednio z pracodawcą.'],
      },
    },
    sk: {
      patterns: [/\b(?<ev>sprostredkovatel(?:a|ovi|om|ia)?)\b/],
      unless: [LICENSED_OR_DENIED],
      examples: {
        flag: [{ text: 'Poplatok zaplatíte sprostredkovateľovi pred odchodom.', evidence: ['sprostredkovateľovi'] }],
        pass: ['Licencovaná sprostredkovateľská agentúra CareBridge s.r.o.'],
      },
    },
    bg: {
      patterns: [/(?<![\p{L}])(?<ev>посредни(?:к|ка|кът|ци|ците))\b/u],
      unless: [LICENSED_OR_DENIED],
      examples: {
        flag: [{ text: 'Паспортът се съхранява от посредника през целия сезон.', evidence: ['посредника'] }],
        pass: ['Посредническа агенция „МедКариера“ ООД, регистрирана в Агенцията по заетостта.'],
      },
    },
    el: {
      patterns: [/(?<![\p{L}])(?<ev>μεσαζοντ(?:ας|α|ες|ων)|μεσαζων)\b/u],
      unless: [LICENSED_OR_DENIED],
      examples: {
        flag: [{ text: 'Τα έγγραφα τα κρατάει ο μεσάζοντας.', evidence: ['μεσάζοντας'] }],
        pass: ['Χωρίς μεσάζοντες, απευθείας σύμβαση με τον εργοδότη.'],
      },
    },
    ro: {
      patterns: [/\b(?<ev>intermediar(?:ul|ului|i|ii)?)\b/],
      unless: [LICENSED_OR_DENIED],
      examples: {
        flag: [{ text: 'Taxa se plătește intermediarului înainte de plecare.', evidence: ['intermediarului'] }],
        pass: ['Recrutarea este gratuită, fără niciun intermediar.'],
      },
    },
    uk: {
      patterns: [/(?<![\p{L}])(?<ev>посередни(?:к|ка|ку|ки|ком))\b/u],
      unless: [LICENSED_OR_DENIED],
      examples: {
        flag: [{ text: 'Паспорт зберігається у посередника до кінця контракту.', evidence: ['посередника'] }],
        pass: ['Працевлаштування без посередників і без оплат.'],
      },
    },
    ru: {
      patterns: [/(?<![\p{L}])(?<ev>посредни(?:к|ка|ку|ки|ком))\b/u],
      unless: [LICENSED_OR_DENIED],
      examples: {
        flag: [{ text: 'Паспорт хранится у посредника до конца контракта.', evidence: ['посредника'] }],
        pass: ['Трудоустройство без посредников, официально по ТК РФ.'],
      },
    },
    fr: {
      patterns: [/\b(?<ev>intermediaires?)\b/],
      unless: [LICENSED_OR_DENIED],
      examples: {
        flag: [{ text: 'Les frais sont à payer à notre intermédiaire avant le départ.', evidence: ['intermédiaire'] }],
        pass: ['Aucun intermédiaire ne peut vous demander d’argent.'],
      },
    },
    de: {
      patterns: [/\b(?<ev>(?:privater?\s)?(?:vermittler|mittelsmann))\b/],
      unless: [LICENSED_OR_DENIED],
      examples: {
        flag: [{ text: 'Die Gebühr zahlen Sie bar an den Vermittler vor der Abreise.', evidence: ['Vermittler'] }],
        pass: ['Kein Vermittler: Sie schließen den Vertrag direkt mit dem Hof.'],
      },
    },
  },
});
