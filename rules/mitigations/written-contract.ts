import { defineMitigation } from '../../engine/rule';
import { rx } from '../lexicon/index';
import { near } from '../concepts/define';

// A written employment contract under a named collective agreement or labour code: rights that
// can be enforced. A small relief: a contract can be promised and not given.
export default defineMitigation({
  id: 'written-contract',
  weight: 10,
  match: [near(['CONTRACT'])],
  languages: {
    en: {
      patterns: [rx(/\b(?:written|employment|permanent|fixed[- ]term) contract\b|\bcontract of employment\b|\bliving wage employer\b/)],
      examples: { flag: [{ text: 'Permanent contract, 37.5 hours.', evidence: ['Permanent contract'] }], pass: ['Until the contract is signed, do not tell anyone.'] },
    },
    it: {
      patterns: [rx(/\b(?:ccnl|contratto (?:regolare|a tempo (?:in)?determinato|di lavoro|nazionale|agricolo|di collaborazione)|regolare contratto|assunzione diretta)\b/)],
      examples: { flag: [{ text: 'Offriamo contratto CCNL Turismo.', evidence: ['CCNL'] }], pass: ['Il passaporto lo teniamo noi per tutta la durata del contratto.'] },
    },
    es: {
      patterns: [rx(/\b(?:contrato (?:de trabajo|laboral|indefinido|fijo(?: discontinuo)?|temporal|de temporada|de \d+ meses|a jornada)|alta en la seguridad social|segun (?:el )?convenio)\b/)],
      examples: { flag: [{ text: 'Contrato indefinido y formación.', evidence: ['Contrato indefinido'] }], pass: ['Te guardamos el pasaporte durante la campaña.'] },
    },
    pl: {
      patterns: [rx(/\b(?:umow\w{1,2} o prace|umowa zlecenie|umow\w{1,2} z (?:\w+ )?pracodawc\w{1,2})\b/)],
      examples: { flag: [{ text: 'Umowa o pracę, pełny etat.', evidence: ['Umowa o pracę'] }], pass: ['Praca bez umowy, płatne do ręki.'] },
    },
    sk: {
      patterns: [rx(/\b(?:pracovn\w{1,3} zmluv\w{1,2}|trval\w{1,2} pracovn\w{1,2} pomer\w{0,2}|zmluv\w{1,2} na dobu (?:ne)?urcitu)\b/)],
      examples: { flag: [{ text: 'Pracovná zmluva na dobu určitú.', evidence: ['Pracovná zmluva'] }], pass: ['Pas odovzdáte koordinátorovi počas celej zmluvy.'] },
    },
    bg: {
      patterns: [rx(/(?:трудов\w{0,2} договор\w{0,2})/)],
      examples: { flag: [{ text: 'Предлагаме трудов договор.', evidence: ['трудов договор'] }], pass: ['Паспортът се съхранява от посредника.'] },
    },
    el: {
      patterns: [rx(/(?:συμβαση εργασια[σς]|συμφωνα με τη[νσς]? σσε|πληρη[σς] ασφαλιση|ενσημα)/)],
      examples: { flag: [{ text: 'Σύμβαση εργασίας 30 ωρών.', evidence: ['Σύμβαση εργασίας'] }], pass: ['Τα έγγραφα κρατούνται από τον εργοδότη.'] },
    },
    ro: {
      patterns: [rx(/\b(?:contract (?:individual )?de munca|contract direct cu angajatorul|carte de munca)\b/)],
      examples: { flag: [{ text: 'Contract de muncă pe perioadă nedeterminată.', evidence: ['Contract de muncă'] }], pass: ['Pașaportul rămâne la coordonator pe toată perioada contractului.'] },
    },
    uk: {
      patterns: [rx(/(?:офіційн\w{1,3} (?:працевлаштування|договір|оформлення)|трудов\w{1,3} договір\w{0,2}|за кзпп)/)],
      examples: { flag: [{ text: 'Офіційне працевлаштування, графік 2/2.', evidence: ['Офіційне працевлаштування'] }], pass: ['Пишіть у Telegram.'] },
    },
    ru: {
      patterns: [rx(/(?:официальн\w{1,3} (?:трудоустройство|оформление)|трудов\w{1,3} договор\w{0,2}|по тк рф)/)],
      examples: { flag: [{ text: 'Официальное оформление по ТК РФ.', evidence: ['Официальное оформление'] }], pass: ['Пишите в WhatsApp.'] },
    },
    fr: {
      patterns: [rx(/\b(?:cdi|cdd|contrat (?:de travail|saisonnier|vendanges|a duree (?:in)?determinee))\b/)],
      examples: { flag: [{ text: 'Poste en CDI, 35 h.', evidence: ['CDI'] }], pass: ['Contact uniquement par Telegram.'] },
    },
    de: {
      patterns: [rx(/\b(?:arbeitsvertrag|unbefristet\w{0,2}|sozialversicherungspflichtig\w{0,2}|tarifvertrag|tariflohn|nach tarif)\b/)],
      examples: { flag: [{ text: 'Bezahlung nach Tarif DEHOGA.', evidence: ['nach Tarif'] }], pass: ['Kontakt nur per WhatsApp.'] },
    },
  },
});
