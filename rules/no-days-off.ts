import { defineRule } from '../engine/rule';
import { rx } from './lexicon/index';

// No day of rest at all ("7 days a week, no day off", "bez dni wolnych"). A shop that is OPEN every
// day, or a December holiday freeze, is not it.
export default defineRule({
  id: 'no-days-off',
  category: 'control-signals',
  weight: 30,
  languages: {
    en: {
      patterns: [rx(/\b(?:no|without|zero|never a) (?:\w+ )?(?:days? off|rest days?|days? of rest|free days?)\b/)],
      unless: [rx(/\b(?:we are open|open 7|opening hours|december|christmas|peak|black friday|requests?|blackout|holiday season)\b/)],
      examples: {
        flag: [{ text: 'Live-in, 7 days a week, no day off during the first 6 months.', evidence: ['no day off'] }],
        pass: ['No days off requested in December – peak season.', 'Two full days off per week.'],
      },
    },
    it: {
      patterns: [rx(/\b(?:nessun|senza|niente) (?:\w+ )?(?:giorn\w (?:di )?(?:libero|liberi|riposo)|riposo settimanale|riposi|ferie)\b/)],
      unless: [rx(/\b(?:aperti|apertura|dicembre|natale|alta stagione)\b/)],
      examples: {
        flag: [{ text: 'Disponibile 24 ore su 24, nessun giorno libero.', evidence: ['nessun giorno libero'] }],
        pass: ['Un giorno libero a settimana, 36 ore di riposo settimanale.'],
      },
    },
    es: {
      patterns: [rx(/\b(?:sin|ningun|ni un) (?:\w+ )?(?:dias? (?:libres?|de descanso)|descanso semanal|libranza\w{0,2})\b/)],
      unless: [rx(/\b(?:abierto|abiertos|diciembre|navidad|temporada alta)\b/)],
      examples: {
        flag: [{ text: 'Interna 24 horas, sin días libres el primer año.', evidence: ['sin días libres'] }],
        pass: ['Dos días libres a la semana.'],
      },
    },
    pl: {
      patterns: [rx(/\b(?:bez|brak) (?:\w+ )?(?:dni wolnych|dnia wolnego|wolnych dni|wolnego|odpoczynku)\b/)],
      unless: [rx(/\b(?:otwart\w{1,2}|czynn\w{1,2}|grudni\w|swiat\w{0,3})\b/)],
      examples: {
        flag: [{ text: 'Praca bez dni wolnych, zamieszkanie z podopieczną.', evidence: ['bez dni wolnych'] }],
        pass: ['Sklep czynny bez dni wolnych, grafik 5 dni w tygodniu.'],
      },
    },
    sk: {
      patterns: [rx(/\b(?:bez|ziadn\w{1,2}) (?:\w+ )?(?:dni volna|dna volna|voln\w{1,2} dn\w{1,2}|volna|oddychu|odpocinku)\b/)],
      unless: [rx(/\b(?:otvoren\w{1,2}|decemb\w{1,2}|vianoc\w{0,2})\b/)],
      examples: {
        flag: [{ text: 'Práca 7 dní v týždni bez dní voľna.', evidence: ['bez dní voľna'] }],
        pass: ['2 dni voľna týždenne.'],
      },
    },
    bg: {
      patterns: [rx(/(?:без|никакви) (?:\w+ )?(?:почивни дни|почивен ден|почивка|отпуск)/)],
      unless: [rx(/(?:работи без почивен ден|отворен\w{0,2}|декември|празниц\w{1,2})/)],
      examples: {
        flag: [{ text: 'Работа 7 дни в седмицата, без почивни дни.', evidence: ['без почивни дни'] }],
        pass: ['Магазинът работи без почивен ден, графикът е 5 дни седмично.'],
      },
    },
    el: {
      patterns: [rx(/(?:χωρι[σς]|καμια|κανενα) (?:\w+ )?(?:ρεπο|αδεια|αδειε[σς]|ημερ\w{1,2} αναπαυση[σς]|μερα ξεκουραση[σς])/)],
      unless: [rx(/(?:ανοιχτ\w{1,3}|δεκεμβρι\w{1,2}|χριστουγενν\w{1,2})/)],
      examples: {
        flag: [{ text: 'Εργασία 7 ημέρες την εβδομάδα, χωρίς ρεπό.', evidence: ['χωρίς ρεπό'] }],
        pass: ['Δύο ρεπό την εβδομάδα.'],
      },
    },
    ro: {
      patterns: [rx(/\b(?:fara|nicio) (?:\w+ )?(?:zile? libere?|zi libera|concediu|odihna)\b/)],
      unless: [rx(/\b(?:deschis\w{0,2}|decembrie|sarbatori\w{0,2})\b/)],
      examples: {
        flag: [{ text: 'Program 7 zile din 7, fără zile libere.', evidence: ['fără zile libere'] }],
        pass: ['Două zile libere pe săptămână.'],
      },
    },
    uk: {
      patterns: [rx(/без (?:\w+ )?(?:вихідних|вихідного|відпочинку|відпустки)/)],
      unless: [rx(/(?:працює\w{0,2}|працюємо|відкрит\w{1,2}|магазин\w{0,2})/)],
      examples: {
        flag: [{ text: 'Робота без вихідних, проживання з підопічною.', evidence: ['без вихідних'] }],
        pass: ['Магазин працює без вихідних, графік 2/2.'],
      },
    },
    ru: {
      patterns: [rx(/без (?:\w+ )?(?:выходных|выходного|отдыха|отпуска)/)],
      unless: [rx(/(?:работает|работаем|открыт\w{0,2}|магазин\w{0,2}|график 2\/2)/)],
      examples: {
        flag: [{ text: 'Работа без выходных первые полгода.', evidence: ['без выходных'] }],
        pass: ['Магазин работает без выходных, график 2/2.'],
      },
    },
    fr: {
      patterns: [rx(/\b(?:sans|aucun) (?:\w+ )?(?:jours? de (?:repos|conge)|repos hebdomadaire|conges?)\b/)],
      unless: [rx(/\b(?:ouvert\w{0,2}|decembre|noel|haute saison)\b/)],
      examples: {
        flag: [{ text: 'Logée, 7 jours sur 7, sans jour de repos.', evidence: ['sans jour de repos'] }],
        pass: ['Deux jours de repos consécutifs.'],
      },
    },
    de: {
      patterns: [rx(/\b(?:ohne|kein\w{0,2}) (?:\w+ )?(?:freie\w{0,2} tage?|freie\w{0,2} tag|ruhetage|urlaub|freizeit)\b/)],
      unless: [rx(/\b(?:geoffnet|offnungszeit\w{0,2}|dezember|weihnacht\w{0,3}|hochsaison|urlaubssperre)\b/)],
      examples: {
        flag: [{ text: 'Arbeit 7 Tage die Woche ohne freie Tage.', evidence: ['ohne freie Tage'] }],
        pass: ['Im Dezember kein Urlaub (Urlaubssperre), sonst 30 Tage.'],
      },
    },
  },
});
