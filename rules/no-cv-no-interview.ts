import { defineRule } from '../engine/rule';

/** "No CV, no interview": hiring without any selection, as in offers that want anyone who will go. Weak alone. */
export default defineRule({
  id: 'no-cv-no-interview',
  category: 'no-requirements',
  weight: 10,
  languages: {
    en: {
      patterns: [/\bno (?:cv|resume|interviews?)(?: (?:is |are )?(?:needed|required|necessary))?\b|\bwithout (?:an? )?(?:cv|resume|interview)\b|\b(?:cv|resume|interview) (?:is )?not (?:needed|required|necessary)\b/u],
      examples: {
        flag: [{ text: 'No experience, no interview, simple online tasks.', evidence: ['no interview'] }, { text: 'Start today, no CV needed.', evidence: ['no CV needed'] }],
        pass: ['Send your CV to clinic@physiofit-cambridge.co.uk.', 'Interviews by video with the hospital managers.'],
      },
    },
    it: {
      patterns: [/\b(?:senza|nessun) (?:cv|curriculum|colloquio|colloqui)\b|\bnon serve (?:il )?(?:cv|curriculum|colloquio)\b/u],
      examples: { flag: [{ text: 'Inizi subito, senza colloquio.', evidence: ['senza colloquio'] }], pass: ['Inviare CV con foto a personale@hotel.it.'] },
    },
    es: {
      patterns: [/\bsin (?:cv|curriculum|entrevista|entrevistas)\b|\bno (?:se )?(?:necesita|requiere|hace falta) (?:cv|curriculum|entrevista)\b/u],
      examples: { flag: [{ text: 'Empiezas mañana, sin entrevista.', evidence: ['sin entrevista'] }], pass: ['Envía tu CV a empleo@floristeria.es.'] },
    },
    pl: {
      patterns: [/\bbez (?:cv|rozmowy(?: kwalifikacyjnej)?)\b|\bcv nie jest wymagane\b/u],
      examples: { flag: [{ text: 'Praca od zaraz, bez CV.', evidence: ['bez CV'] }], pass: ['CV prosimy przesyłać na praca@firma.pl.'] },
    },
    sk: {
      patterns: [/\bbez (?:zivotopisu|cv|pohovoru)\b|\bzivotopis nie je potrebny\b/u],
      examples: { flag: [{ text: 'Nástup hneď, bez pohovoru.', evidence: ['bez pohovoru'] }], pass: ['Životopis posielajte na praca@firma.sk.'] },
    },
    bg: {
      patterns: [/\bбез (?:cv|автобиография|интервю|събеседване)\b|\bне е нужно (?:cv|интервю|събеседване)\b/u],
      examples: { flag: [{ text: 'Започваш веднага, без интервю.', evidence: ['без интервю'] }], pass: ['Изпращайте CV на hr@hotel.bg.'] },
    },
    el: {
      patterns: [/\bχωρις (?:βιογραφικο|συνεντευξη)\b|\bδεν χρειαζεται (?:βιογραφικο|συνεντευξη)\b/u],
      examples: { flag: [{ text: 'Ξεκινάς αμέσως, χωρίς συνέντευξη.', evidence: ['χωρίς συνέντευξη'] }], pass: ['Αποστολή βιογραφικού στο hr@hotel.gr.'] },
    },
    ro: {
      patterns: [/\bfara (?:cv|interviu)\b|\bnu (?:e|este) nevoie de (?:cv|interviu)\b/u],
      examples: { flag: [{ text: 'Începi imediat, fără interviu.', evidence: ['fără interviu'] }], pass: ['CV la cariere@firma.ro.'] },
    },
    uk: {
      patterns: [/\bбез (?:резюме|співбесіди)\b|\bрезюме не потрібне\b/u],
      examples: { flag: [{ text: 'Починаєш одразу, без співбесіди.', evidence: ['без співбесіди'] }], pass: ['Резюме надсилайте на job@firma.ua.'] },
    },
    ru: {
      patterns: [/\bбез (?:резюме|собеседования)\b|\bрезюме не (?:нужно|требуется)\b/u],
      examples: { flag: [{ text: 'Начинаешь сразу, без собеседования.', evidence: ['без собеседования'] }], pass: ['Резюме отправляйте на hr@firma.ru.'] },
    },
    fr: {
      patterns: [/\bsans (?:cv|entretien)\b|\bpas (?:besoin )?de cv\b|\baucun (?:cv|entretien)\b/u],
      examples: { flag: [{ text: 'Vous commencez demain, sans entretien.', evidence: ['sans entretien'] }], pass: ['Envoyez CV et lettre de motivation à contact@fleuriste.fr.'] },
    },
    de: {
      patterns: [/\bohne (?:lebenslauf|bewerbungsgesprach|vorstellungsgesprach|bewerbungsunterlagen)\b|\bkein (?:lebenslauf|vorstellungsgesprach|bewerbungsgesprach)(?: (?:notig|erforderlich))?\b/u],
      examples: { flag: [{ text: 'Sofort anfangen, ohne Vorstellungsgespräch.', evidence: ['ohne Vorstellungsgespräch'] }], pass: ['Bewerbung mit Lebenslauf an jobs@cafe.de.'] },
    },
  },
});
