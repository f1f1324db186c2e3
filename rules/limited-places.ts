import { near } from './concepts/define';
import { defineRule } from '../engine/rule';

/**
 * Pressure to decide at once: "only 3 places left", "places limited", "offer valid today only",
 * "набор группы до пятницы". A course's or an event's limited seats are ordinary, so sentences about
 * them do not count.
 */
const EVENT = /(?:course|workshop|webinar|seminar|ticket|event|corso|curso|kurs|kurz|curs|cours|formation|szkoleni|курс|обучени|навчанн|σεμιναρι)/u;
export default defineRule({
  id: 'limited-places',
  category: 'urgency-secrecy',
  weight: 15,
  // "only 2 slots remain", "solo 3 posti".
  match: [near(['ONLY', 'NUM', 'PLACES'], { within: 3 })],
  languages: {
    en: {
      patterns: [
        /\bonly (?:\d{1,2}|a few|few) (?:places|spots|positions|vacancies|seats|slots) (?:left|remaining|available)\b|\b(?:places|spots|positions) (?:are )?(?:limited|filling fast)\b|\blimited (?:places|spots)\b/u,
        /\bfirst come,? first served\b|\boffer (?:ends|expires|valid) (?:only )?(?:today|tonight|tomorrow)\b|\b(?:interviews|offer) this week only\b|\blast (?:few )?(?:places|spots)\b|\bdecide (?:today|now)\b/u,
      ],
      unless: [EVENT],
      examples: {
        flag: [
          { text: 'Start next week – only 4 places left, first come first served!', evidence: ['only 4 places left', 'first come first served'] },
          { text: 'Places limited, register today!', evidence: ['Places limited'] },
          { text: 'Interviews this week only.', evidence: ['Interviews this week only'] },
        ],
        pass: ['Limited places on our free forklift course, book online.', 'We have 12 positions available across our stores.'],
      },
    },
    it: {
      patterns: [/\b(?:solo|ultimi|restano|rimangono|rimasti) (?:\d{1,2}|pochi) posti\b|\bposti limitati\b|\bultimi posti\b|\bchi prima arriva\b|\bofferta valida (?:solo )?(?:oggi|fino a domani)\b|\bdecidi (?:oggi|subito)\b/u],
      unless: [EVENT],
      examples: { flag: [{ text: 'Partenza lunedì, solo 3 posti!', evidence: ['solo 3 posti'] }], pass: ['Corso di formazione gratuito, posti limitati.'] },
    },
    es: {
      patterns: [/\b(?:quedan|solo|ultimas) (?:\d{1,2} |pocas )?plazas\b|\bplazas limitadas\b|\boferta valida (?:solo )?hoy\b/u],
      unless: [EVENT],
      examples: { flag: [{ text: 'Escríbenos ya, quedan pocas plazas.', evidence: ['quedan pocas plazas'] }], pass: ['Curso gratuito de carretillero, plazas limitadas.'] },
    },
    pl: {
      patterns: [/\b(?:został[oay]|tylko|ostatnie)(?: (?:tylko|juz))? (?:\d{1,2} )?(?:wolne )?miejsc[ae]?\b|\b(?:liczba miejsc ograniczona|ograniczona liczba miejsc)\b|\bkto pierwszy,? ten lepszy\b/u],
      unless: [EVENT],
      examples: { flag: [{ text: 'Wyjazd w poniedziałek, zostały tylko 2 miejsca!', evidence: ['zostały tylko 2 miejsca'] }], pass: ['Kurs na wózki widłowe, liczba miejsc ograniczona.'] },
    },
    sk: {
      patterns: [/\b(?:zostali|zostalo|uz len|iba|posledne) (?:\d{1,2} )?(?:volne )?(?:miest|miesta)\b|\bpocet miest (?:je )?obmedzeny\b|\bkto (?:prv|skor) pride\b/u],
      unless: [EVENT],
      examples: { flag: [{ text: 'Odchod zajtra, už len 3 miesta!', evidence: ['už len 3 miesta'] }], pass: ['Kurz opatrovania, počet miest je obmedzený.'] },
    },
    bg: {
      patterns: [/\b(?:остават|само|последни) (?:само )?(?:\d{1,2} )?(?:свободни )?места\b|\bограничен брои места\b|\bместата са ограничени\b/u],
      unless: [EVENT],
      examples: { flag: [{ text: 'Тръгване тази седмица, остават само 5 места!', evidence: ['остават само 5 места'] }], pass: ['Курс по немски език, местата са ограничени.'] },
    },
    el: {
      patterns: [/\b(?:μονο|απομενουν|τελευταιες) (?:\d{1,2} )?(?:ελευθερες )?θεσεις\b|\bπεριορισμενες θεσεις\b/u],
      unless: [EVENT],
      examples: { flag: [{ text: 'Αναχώρηση αύριο, απομένουν 3 θέσεις!', evidence: ['απομένουν 3 θέσεις'] }], pass: ['Σεμινάριο εκπαίδευσης, περιορισμένες θέσεις.'] },
    },
    ro: {
      patterns: [/\b(?:doar|au mai ramas|mai sunt|ultimele) (?:doar )?(?:\d{1,2} )?locuri\b|\blocuri limitate\b|\bnumar limitat de locuri\b/u],
      unless: [EVENT],
      examples: { flag: [{ text: 'Plecare luni, au mai rămas 4 locuri!', evidence: ['au mai rămas 4 locuri'] }], pass: ['Curs gratuit de calificare, locuri limitate.'] },
    },
    uk: {
      patterns: [/\b(?:залишилось|залишилося|лише|тільки|останні) (?:\d{1,2} )?(?:вільних |вільні )?місц[ья]?\b|\b(?:(?:кількість|к-сть) місць обмежена|обмежена кількість місць|місця обмежені)\b|\bпосилання (?:діє|активне) (?:лише |тільки )?(?:\d{1,2} ?(?:год\w{0,4})|до)\b/u],
      unless: [EVENT],
      examples: { flag: [{ text: 'Виїзд завтра, залишилось 3 місця!', evidence: ['залишилось 3 місця'] }], pass: ['Курси польської мови, кількість місць обмежена.'] },
    },
    ru: {
      patterns: [/\b(?:осталось|только|всего|последние) (?:\d{1,2} )?(?:свободных )?мест[ао]?\b|\b(?:(?:количество|кол-во|кол во) мест ограничено|ограниченное (?:количество|кол-во) мест|места ограничены)\b|\bссылка (?:деиствует|активна) (?:только )?(?:\d{1,2} ?(?:ч|час\w{0,2})|до)\b|\bнабор (?:группы )?(?:только )?до (?:понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья|конца недели)\b/u],
      unless: [EVENT],
      examples: { flag: [{ text: 'Набор группы до пятницы! Пишите в WhatsApp.', evidence: ['Набор группы до пятницы'] }, { text: 'Подтвердите участие в WhatsApp. Кол-во мест ограничено, ссылка действует 24 ч.', evidence: ['Кол-во мест ограничено', 'ссылка действует 24 ч'] }], pass: ['Курсы сварщиков, количество мест ограничено.'] },
    },
    fr: {
      patterns: [/\b(?:plus que|seulement|il reste|derniers?|dernieres) (?:\d{1,2} )?places\b|\bplaces limitees\b|\bpremier arrive,? premier servi\b/u],
      unless: [EVENT],
      examples: { flag: [{ text: 'Départ lundi, il reste 3 places !', evidence: ['il reste 3 places'] }], pass: ['Formation gratuite au CACES, places limitées (cours du soir).'] },
    },
    de: {
      patterns: [/\b(?:nur noch|noch|letzte) (?:\d{1,2} )?(?:freie )?(?:platze|stellen)\b|\b(?:begrenzte platze|platze sind begrenzt)\b|\bwer zuerst kommt\b/u],
      unless: [EVENT],
      examples: { flag: [{ text: 'Abreise morgen, nur noch 3 Plätze!', evidence: ['nur noch 3 Plätze'] }], pass: ['Staplerkurs, die Plätze sind begrenzt.'] },
    },
  },
});
