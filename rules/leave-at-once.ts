import { near } from './concepts/define';
import { defineRule } from '../engine/rule';

/**
 * Pressure to leave at once: "departure this week", "partenza subito", "wyjazd już jutro",
 * "виїзд уже завтра". Travel without time to check the offer or plan is a recruitment red flag;
 * "start next week" for a local job is ordinary and is not matched.
 */
const EN_DAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
export default defineRule({
  id: 'leave-at-once',
  category: 'urgency-secrecy',
  weight: 20,
  // "виїжджаєш завтра зранку", "leave this week", "partenza lunedì".
  match: [near(['LEAVE', 'NOW'], { within: 4 })],
  languages: {
    en: {
      patterns: [
        new RegExp(`\\b(?:leave|leaving|departure|depart|departing|fly out|flying out|flight|travel)(?: is)? (?:(?:on |this |next )?(?:${EN_DAY})|today|tonight|tomorrow|immediately|asap|this (?:week|weekend)|within (?:\\d|one|two|three|a few) days)\\b`, 'u'),
        /\b(?:start|begin) (?:work )?(?:today|tomorrow)\b|\bmust (?:leave|travel|fly) (?:now|immediately|at once|this week)\b/u,
      ],
      examples: {
        flag: [
          { text: 'Hotel jobs in Spain, departure this week!', evidence: ['departure this week'] },
          { text: 'No experience needed, start tomorrow.', evidence: ['start tomorrow'] },
        ],
        pass: ['URGENT – warehouse operatives, Hallbrook Retail. Start next week!', 'Annual leave: 28 days including bank holidays.'],
      },
    },
    it: {
      patterns: [/\bpartenz[ae] (?:(?:e |gia )?(?:subito|immediata|domani|oggi|questa settimana|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)|entro (?:\d{1,2}|pochi|due|tre) giorni)\b|\b(?:si parte|parti|partite|partiamo) (?:subito|domani|lunedi|questa settimana)\b|\binizi (?:domani|oggi)\b/u],
      examples: {
        flag: [{ text: 'Anche senza inglese. Partenza subito, ti aiutiamo noi con il volo.', evidence: ['Partenza subito'] }, { text: 'Partenza entro 7 giorni.', evidence: ['Partenza entro 7 giorni'] }],
        pass: ['Stagione estiva giugno–settembre, inizio contratto 1° giugno.'],
      },
    },
    es: {
      patterns: [/\bsalida (?:inmediata|manana|hoy|esta semana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b|\b(?:sales|salimos|viajas|viajamos) (?:manana|hoy|esta semana|ya)\b|\bempiezas (?:manana|hoy)\b/u],
      examples: {
        flag: [{ text: 'Trabajo en Francia, salida inmediata.', evidence: ['salida inmediata'] }],
        pass: ['Contrato de temporada de abril a octubre, incorporación el 1 de abril.'],
      },
    },
    pl: {
      patterns: [/\bwyjazd (?:juz )?(?:jutro|dzis|dzisiaj|od zaraz|natychmiast|w ten weekend|w tym tygodniu|w (?:poniedziałek|poniedzialek|wtorek|srode|czwartek|piatek|sobote|niedziele))\b|\bwyjezdzamy (?:jutro|w tym tygodniu)\b/u],
      examples: {
        flag: [{ text: 'PILNIE! Praca na magazynie w Niemczech, wyjazd już w ten weekend.', evidence: ['wyjazd już w ten weekend'] }],
        pass: ['Zbiory szparagów kwiecień–czerwiec, dojazd we własnym zakresie.'],
      },
    },
    sk: {
      patterns: [/\b(?:odchod|odjazd|vycestovanie|odlet) (?:uz |hned )?(?:zajtra|dnes|ihned|okamzite|tento tyzden|v pondelok|cez vikend)\b/u],
      examples: {
        flag: [{ text: 'Bez jazyka, odchod hneď zajtra ráno!', evidence: ['odchod hneď zajtra'] }],
        pass: ['Nástup od 1. februára, mzda 1 050 € brutto.'],
      },
    },
    bg: {
      patterns: [/\b(?:тръгване|заминаване|отпътуване) (?:още )?(?:тази седмица|утре|днес|веднага|в понеделник|в неделя|другата седмица)\b|\bтръгваме (?:утре|тази седмица)\b/u],
      examples: {
        flag: [{ text: 'Тръгване тази седмица, остават само 5 места!', evidence: ['Тръгване тази седмица'] }],
        pass: ['Сезон от май до октомври, трудов договор.'],
      },
    },
    el: {
      patterns: [/\b(?:αναχωρηση|ταξιδι|πτηση) (?:αμεσα|αυριο|σημερα|αυτη την εβδομαδα|τη δευτερα)\b|\bφευγουμε (?:αυριο|αμεσα|αυτη την εβδομαδα)\b/u],
      examples: {
        flag: [{ text: 'Δουλειά στη Γερμανία, αναχώρηση αύριο!', evidence: ['αναχώρηση αύριο'] }],
        pass: ['Συμβόλαια 6 μηνών από τον Απρίλιο.'],
      },
    },
    ro: {
      patterns: [/\bplecare(?:a)? (?:imediata|imediat|maine|azi|luni|marti|miercuri|joi|vineri|sambata|duminica|saptamana (?:aceasta|asta)|in aceasta saptamana)\b|\bplecam (?:maine|luni|saptamana asta)\b/u],
      examples: {
        flag: [{ text: 'Nu e nevoie de engleză, plecare luni!', evidence: ['plecare luni'] }],
        pass: ['Lucrători sezonieri mai–iulie 2027, contract direct.'],
      },
    },
    uk: {
      patterns: [/\b(?:виізд|від['’]?ізд|відправлення|виліт) (?:уже |вже )?(?:завтра|сьогодні|негаино|цього тижня|на цьому тижні|в понеділок|у понеділок)\b|\bвиіжджаємо (?:завтра|цього тижня)\b/u],
      examples: {
        flag: [{ text: 'Житло надаємо. Виїзд уже завтра.', evidence: ['Виїзд уже завтра'] }],
        pass: ['Офіційний договір, житло в гуртожитку компанії.'],
      },
    },
    ru: {
      patterns: [/\b(?:выезд|отъезд|вылет|отправка) (?:уже )?(?:завтра|сегодня|срочно|на этои неделе|в понедельник|через (?:\d|два|три) дн\p{L}*)\b|\bвыезжаем (?:завтра|на этои неделе)\b/u],
      examples: {
        flag: [{ text: 'Работа в Польше, выезд уже завтра!', evidence: ['выезд уже завтра'] }],
        pass: ['Вахта 60/30, проезд до объекта за счёт компании.'],
      },
    },
    fr: {
      patterns: [/\bdepart (?:immediat|demain|aujourd['’ ]?hui|cette semaine|lundi|sous (?:\d|deux|trois) jours)\b|\bpartir (?:des )?(?:demain|cette semaine)\b|\bvous commencez (?:demain|aujourd['’ ]?hui)\b/u],
      examples: {
        flag: [{ text: 'Travail en Belgique, départ immédiat !', evidence: ['départ immédiat'] }],
        pass: ['Vendanges de septembre, environ 10 jours.'],
      },
    },
    de: {
      patterns: [/\b(?:abreise|abfahrt|ausreise|abflug) (?:schon |bereits )?(?:morgen|heute|sofort|diese woche|am montag)\b|\b(?:sofort|morgen) (?:losfahren|abreisen)\b/u],
      examples: {
        flag: [{ text: 'Arbeit in Holland, Abreise morgen!', evidence: ['Abreise morgen'] }],
        pass: ['Saisonstelle Sommer 2027, 5-Tage-Woche.'],
      },
    },
  },
});
