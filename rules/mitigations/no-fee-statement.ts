import { defineMitigation } from '../../engine/rule';
import { NO_FEE, rx } from '../lexicon/index';
import type { LanguageRules } from '../../engine/rule';
import type { Lang } from '../../engine/types';

const EXAMPLES: Record<Lang, LanguageRules['examples']> = {
  en: { flag: [{ text: 'Recruitment is free to candidates.', evidence: ['Recruitment is free'] }, { text: 'SkyMeridian never asks candidates for payment at any stage.', evidence: ['never asks candidates for payment'] }], pass: ['Registration fee £250, no experience needed.'] },
  it: { flag: [{ text: 'Nessun costo per i candidati.', evidence: ['Nessun costo'] }], pass: ['Quota di iscrizione 49 €, nessuna esperienza richiesta.'] },
  es: { flag: [{ text: 'La selección es gratuita.', evidence: ['selección es gratuita'] }], pass: ['Cuota de inscripción 200 €, sin experiencia.'] },
  pl: { flag: [{ text: 'Agencja nie pobiera od kandydatów żadnych opłat.', evidence: ['nie pobiera od kandydatów żadnych opłat'] }], pass: ['Opłata rekrutacyjna 500 zł, bez doświadczenia.'] },
  sk: { flag: [{ text: 'Sprostredkovanie je pre uchádzačov bezplatné.', evidence: ['Sprostredkovanie je pre uchádzačov bezplatné'] }], pass: ['Poplatok 250 € za vybavenie papierov.'] },
  bg: { flag: [{ text: 'Кандидатите не заплащат никакви такси.', evidence: ['не заплащат никакви такси'] }], pass: ['Такса 150 евро, без опит.'] },
  el: { flag: [{ text: 'Καμία χρέωση για τους υποψηφίους.', evidence: ['Καμία χρέωση'] }], pass: ['Κόστος εγγραφής 200€, χωρίς εμπειρία.'] },
  ro: { flag: [{ text: 'Recrutarea este gratuită.', evidence: ['Recrutarea este gratuită'] }], pass: ['Taxă de plasare 300 €, fără experiență.'] },
  uk: { flag: [{ text: 'Працевлаштування безкоштовне – ми не беремо жодних оплат.', evidence: ['Працевлаштування безкоштовне'] }], pass: ['Оплата за оформлення 3000 грн, без досвіду.'] },
  ru: { flag: [{ text: 'Трудоустройство бесплатное, никаких предоплат.', evidence: ['Трудоустройство бесплатное'] }], pass: ['Регистрационный взнос 5000 рублей, без опыта.'] },
  fr: { flag: [{ text: 'Le recrutement est gratuit.', evidence: ['recrutement est gratuit'] }], pass: ["Frais d'inscription 150 €, sans expérience."] },
  de: { flag: [{ text: 'Für Bewerber ist die Vermittlung kostenlos.', evidence: ['Vermittlung kostenlos'] }], pass: ['Vermittlungsgebühr 300 €, ohne Erfahrung.'] },
};

// A stated no-fee policy ("we never charge candidates", "recruitment is free"): honest recruiters
// and public schemes say it; it lowers the score of an ad whose other signals are weak.
export default defineMitigation({
  id: 'no-fee-statement',
  weight: 20,
  languages: Object.fromEntries(
    (Object.keys(EXAMPLES) as Lang[]).map((lang) => [lang, { patterns: [rx(NO_FEE[lang])], examples: EXAMPLES[lang] }]),
  ),
});
