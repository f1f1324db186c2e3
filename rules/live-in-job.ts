import { defineRule } from '../engine/rule';
import { rx } from './lexicon/index';

// Living in the employer's home (domestic work, care): weak alone, it isolates the worker and
// blurs working time, so it weighs with "no day off" and documents kept.
export default defineRule({
  id: 'live-in-job',
  category: 'housing-control',
  weight: 10,
  languages: {
    en: {
      patterns: [rx(/\blive-in\b(?! (?:accommodation|option))|\blive with the (?:family|employer|client)\b/)],
      examples: { flag: [{ text: 'Live-in, cleaning, cooking and childcare.', evidence: ['Live-in'] }], pass: ['Live in London? Join our office team.'] },
    },
    it: {
      patterns: [rx(/\b(?:badante|colf|governante|domestica|tata) (?:\w+ )?convivente\b|\bconvivenza con (?:la famiglia|l'assistito)\b/)],
      examples: { flag: [{ text: 'Famiglia cerca badante convivente per anziano.', evidence: ['badante convivente'] }], pass: ['Badante a ore, mattina.'] },
    },
    es: {
      patterns: [rx(/\b(?:interna|internas|de interna|en regimen de interna)\b|\bvivir con la familia\b/)],
      unless: [rx(/\b(?:comunicacion|auditoria|medicina|normativa|promocion|red|formacion) interna\b/)],
      examples: { flag: [{ text: 'Se necesita interna para casa en Marbella.', evidence: ['interna'] }], pass: ['Formación interna y promoción interna.'] },
    },
    pl: {
      patterns: [rx(/\b(?:z zamieszkaniem|zamieszkanie z (?:podopieczn\w{1,3}|rodzin\w{1,2}|pracodawc\w{1,2})|mieszkanie u (?:podopieczn\w{1,3}|rodziny))\b/)],
      examples: { flag: [{ text: 'Praca bez dni wolnych, zamieszkanie z podopieczną.', evidence: ['zamieszkanie z podopieczną'] }], pass: ['Opiekunka dochodząca, 4 godziny dziennie.'] },
    },
    sk: {
      patterns: [rx(/\b(?:byvani\w|ubytovani\w) (?:u|v) (?:rodin\w{1,2}|klient\w{1,2}|domacnost\w{1,2})\b|\bs byvanim (?:u|v) \w+/)],
      examples: { flag: [{ text: 'Opatrovateľka s bývaním u rodiny v Rakúsku.', evidence: ['s bývaním u rodiny'] }], pass: ['Opatrovateľka na 4 hodiny denne.'] },
    },
    bg: {
      patterns: [rx(/(?:с живеене|живее|живеене) (?:при|у|в дома на) (?:семейството|работодателя|клиента)/)],
      examples: { flag: [{ text: 'Детегледачка с живеене при семейството.', evidence: ['с живеене при семейството'] }], pass: ['Детегледачка, приходяща, 4 часа.'] },
    },
    el: {
      patterns: [rx(/(?:εσωτερικ\w{1,2}) (?:οικιακ\w{1,2} )?(?:βοηθ\w{1,2}|νταντ\w{1,2}|φροντιστρι\w{1,2}|κυρια)|(?:οικιακ\w{1,2} βοηθ\w{1,2}|νταντ\w{1,2}|φροντιστρι\w{1,2}) εσωτερικ\w{1,2}/)],
      examples: { flag: [{ text: 'Ζητείται οικιακή βοηθός εσωτερική για οικογένεια.', evidence: ['οικιακή βοηθός εσωτερική'] }], pass: ['Ζητείται οικιακή βοηθός για 4 ώρες.'] },
    },
    ro: {
      patterns: [rx(/\b(?:cu locuire|locuind) (?:la|in casa|cu) (?:familie|familia|angajator\w{0,2}|clientul)\b|\b(?:menajer\w{1,3}|ingrijitoare|bona|dadaca) interna\b/)],
      examples: { flag: [{ text: 'Îngrijitoare cu locuire la familie în Italia.', evidence: ['cu locuire la familie'] }], pass: ['Îngrijitoare cu program de 4 ore.'] },
    },
    uk: {
      patterns: [rx(/з проживанням (?:в|у) (?:сім.?і|родині|будинку|квартирі)\b|проживання з підопічн\w{1,3}/)],
      examples: { flag: [{ text: 'Доглядальниця з проживанням у сімʼї.', evidence: ['з проживанням у сімʼї'] }], pass: ['Доглядальниця на 4 години.'] },
    },
    ru: {
      patterns: [rx(/с проживанием (?:у|в) (?:работодателя|семье|доме|семьи|клиента)|проживание (?:с|у) (?:подопечн\w{1,3}|семьи|работодателя)/)],
      examples: { flag: [{ text: 'Сиделка с проживанием в семье.', evidence: ['с проживанием в семье'] }], pass: ['Сиделка на 4 часа в день.'] },
    },
    fr: {
      patterns: [rx(/\b(?:loge\w{0,2}|logement) chez (?:l'employeur|la famille|le client|l'habitant)\b|\ba demeure\b/)],
      examples: { flag: [{ text: 'Employée de maison logée chez la famille.', evidence: ['logée chez la famille'] }], pass: ['Aide ménagère 4 heures par jour.'] },
    },
    de: {
      patterns: [rx(/\b(?:im haushalt (?:lebend|wohnend)|wohnen im haushalt|wohnen bei der familie|mit wohnsitz im haushalt|live-in)\b/)],
      examples: { flag: [{ text: 'Haushaltshilfe, wohnen im Haushalt der Familie.', evidence: ['wohnen im Haushalt'] }], pass: ['Haushaltshilfe 10 Stunden pro Woche.'] },
    },
  },
});
