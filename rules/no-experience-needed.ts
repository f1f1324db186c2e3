import { near } from './concepts/define';
import { defineRule } from '../engine/rule';

/**
 * "No experience needed", "no qualifications required". Many honest entry-level ads say it too,
 * so the rule is weak: it adds to other signals and never raises an ad on its own (engine/score.ts).
 */
export default defineRule({
  id: 'no-experience-needed',
  category: 'no-requirements',
  weight: 10,
  // "no experience", "bez doświadczenia"; and the other order, "опыт не нужен", "experience not required".
  match: [
    near(['NEG', 'EXPERIENCE'], { within: 2, ordered: true, scoped: false }),
    near(['EXPERIENCE', 'NEG'], { within: 2, ordered: true, scoped: false }),
  ],
  languages: {
    en: {
      patterns: [
        /\bno (?:previous |prior |work |special |care |relevant )?(?:experience|exp|skills|qualifications?)(?: (?:is )?(?:needed|required|necessary))?\b/u,
        /\b(?:experience|qualifications?|skills) (?:is |are )?not (?:needed|required|necessary)\b|\bwithout (?:any )?experience\b/u,
      ],
      unless: [/\bno experience (?:with|in|of)\b[^.!?\n]{0,30}\?/u],
      examples: {
        flag: [
          { text: 'No experience and no English required, we train you.', evidence: ['No experience'] },
          { text: 'Easy job abroad, no exp needed.', evidence: ['no exp needed'] },
          { text: 'No care experience required, IELTS not needed.', evidence: ['No care experience required'] },
        ],
        pass: ['At least 2 years of experience required.', 'Experience with espresso machines a plus but we will train the right person.'],
      },
    },
    it: {
      patterns: [/\b(?:nessuna|senza) (?:esperienza|qualifica)(?: (?:richiesta|necessaria))?\b|\besperienza non (?:richiesta|necessaria)\b|\bnon (?:e )?(?:richiesta|necessaria) (?:alcuna )?esperienza\b/u],
      examples: {
        flag: [{ text: 'Guadagni fino a 8.000 € al mese, nessuna esperienza richiesta.', evidence: ['nessuna esperienza richiesta'] }, { text: 'Commesse anche senza esperienza.', evidence: ['senza esperienza'] }],
        pass: ['Richiesta esperienza e referenze.', 'Gradita esperienza nel settore.'],
      },
    },
    es: {
      patterns: [/\bsin (?:experiencia|cualificacion)(?: previa)?\b|\bno (?:se )?(?:requiere|necesita|hace falta) experiencia\b|\bexperiencia no (?:necesaria|requerida)\b/u],
      examples: {
        flag: [{ text: 'Trabajo sencillo, sin experiencia.', evidence: ['sin experiencia'] }],
        pass: ['Valoramos experiencia en floristería.', 'Se requiere experiencia mínima de 2 años.'],
      },
    },
    pl: {
      patterns: [/\bbez doswiadczenia\b|\bdoswiadczenie (?:nie jest )?(?:nie)?wymagane\b|\bnie wymagamy doswiadczenia\b/u],
      unless: [/\bdoswiadczenie wymagane\b/u],
      examples: {
        flag: [{ text: 'Bez języka, bez doświadczenia.', evidence: ['bez doświadczenia'] }, { text: 'Doświadczenie nie jest wymagane.', evidence: ['Doświadczenie nie jest wymagane'] }],
        pass: ['Doświadczenie wymagane: minimum 2 lata.', 'Mile widziane doświadczenie w handlu.'],
      },
    },
    sk: {
      patterns: [/\bbez (?:skusenosti|praxe)\b|\b(?:prax|skusenosti) nie (?:je|su) (?:potrebn[aee]|podmienkou)\b/u],
      examples: {
        flag: [{ text: 'Zárobok 5000 € mesačne, bez skúseností.', evidence: ['bez skúseností'] }],
        pass: ['Požadujeme prax v odbore minimálne 2 roky.'],
      },
    },
    bg: {
      patterns: [/\bбез (?:опит|квалификация)\b|\bне (?:се )?изисква (?:опит|квалификация)\b|\bопит(?:ът)? не е (?:нужен|необходим|задължителен)\b/u],
      examples: {
        flag: [{ text: 'Заплата от 4000 евро на месец, без опит.', evidence: ['без опит'] }],
        pass: ['Изисквания: опит като касиер минимум 1 година.'],
      },
    },
    el: {
      patterns: [/\bχωρις (?:εμπειρια|προυπηρεσια)\b|\bδεν (?:απαιτειται|χρειαζεται) (?:εμπειρια|προυπηρεσια)\b/u],
      examples: {
        flag: [{ text: 'Αποδοχές έως 4.000€ τον μήνα, χωρίς εμπειρία.', evidence: ['χωρίς εμπειρία'] }],
        pass: ['Απαιτείται εμπειρία τουλάχιστον 2 ετών.'],
      },
    },
    ro: {
      patterns: [/\bfara experienta\b|\bnu (?:e|este) (?:nevoie de|necesara) experienta\b|\bnu (?:se cere|necesita|cerem) experienta\b|\bexperienta nu (?:e|este) necesara\b/u],
      examples: {
        flag: [{ text: 'Câștiguri de peste 5.000 € pe lună, nu e nevoie de experiență.', evidence: ['nu e nevoie de experiență'] }],
        pass: ['Experiență de minimum 1 an în domeniu.'],
      },
    },
    uk: {
      patterns: [/\bбез досвіду\b|\bдосвід(?: роботи)? не (?:потрібен|обов['’]?язковии|вимагається)\b/u],
      examples: {
        flag: [{ text: 'Заробіток від 3000 $ на місяць, досвід не потрібен.', evidence: ['досвід не потрібен'] }],
        pass: ['Досвід роботи від 1 року обов’язковий.'],
      },
    },
    ru: {
      patterns: [/\bбез опыта\b|\bопыт(?: работы)? не (?:нужен|требуется|обязателен)\b/u],
      examples: {
        flag: [{ text: 'Высокий заработок без опыта.', evidence: ['без опыта'] }],
        pass: ['Опыт работы от 2 лет обязателен.'],
      },
    },
    fr: {
      patterns: [/\bsans (?:experience|qualification|diplome)\b|\baucune (?:experience|qualification)(?: (?:requise|necessaire|exigee))?\b|\bpas besoin d['’ ]?experience\b/u],
      examples: {
        flag: [{ text: 'Travail simple, aucune expérience requise.', evidence: ['aucune expérience requise'] }],
        pass: ['Débutants acceptés, bonne condition physique requise.', 'Expérience de 2 ans exigée.'],
      },
    },
    de: {
      patterns: [/\bkeine (?:erfahrung|vorkenntnisse|ausbildung|qualifikation)(?: (?:notig|erforderlich|notwendig))?\b|\bohne (?:erfahrung|vorkenntnisse)\b|\berfahrung (?:ist )?nicht (?:notig|erforderlich)\b/u],
      examples: {
        flag: [{ text: 'Lagerhelfer gesucht, keine Erfahrung nötig.', evidence: ['keine Erfahrung nötig'] }],
        pass: ['Erfahrung in der Gastronomie erwünscht.'],
      },
    },
  },
});
