import { near } from './concepts/define';
import { defineRule } from '../engine/rule';

/**
 * "No language needed" for work abroad: it isolates the worker, who cannot read a contract or ask
 * for help. Weak alone: honest seasonal ads say it too.
 */
const LANGS_EN = 'english|german|dutch|french|italian|spanish|polish|language|languages';
export default defineRule({
  id: 'no-language-needed',
  category: 'no-requirements',
  weight: 10,
  match: [near(['NEG', 'LANGUAGE_SKILL'], { within: 2, ordered: true, scoped: false })],
  languages: {
    en: {
      patterns: [
        new RegExp(`\\bno (?:foreign )?(?:${LANGS_EN})(?: skills)?(?: (?:is |are )?(?:needed|required|necessary))?\\b(?! (?:speaker|teacher|course|lesson)s?\\b)`, 'u'),
        new RegExp(`\\b(?:${LANGS_EN}|ielts)(?: skills)? (?:is |are )?not (?:needed|required|necessary)\\b|\\bwithout (?:speaking |knowing )?(?:any )?(?:${LANGS_EN})\\b|\\b(?:don['’]?t|do not) need to speak\\b`, 'u'),
      ],
      examples: {
        flag: [
          { text: 'No experience and no English required, we train you.', evidence: ['no English required'] },
          { text: 'No care experience required, IELTS not needed.', evidence: ['IELTS not needed'] },
          { text: 'Warehouse packers, no English needed.', evidence: ['no English needed'] },
        ],
        pass: ['Fluent English required, a second language is welcome.', 'Good spoken English is essential.'],
      },
    },
    it: {
      patterns: [/\bnon serve (?:conoscere |sapere )?(?:l['’ ]?|la |il )?(?:inglese|tedesco|francese|olandese|lingua|lingue|italiano)\b|\bsenza (?:conoscenza (?:della lingua|delle lingue|dell['’ ]?inglese)|inglese|tedesco|lingua)\b|\bconoscenza della lingua non (?:richiesta|necessaria)\b|\b(?:neanche|nemmeno|neppure) (?:l['’ ]?|il )?(?:italiano|inglese|tedesco|francese|lingua)\b/u],
      examples: {
        flag: [{ text: 'Nessuna esperienza richiesta, non serve l’inglese.', evidence: ['non serve l’inglese'] }, { text: 'Commesse anche senza esperienza e senza inglese.', evidence: ['senza inglese'] }],
        pass: ['Richiesto inglese fluente.', 'Gradita conoscenza del tedesco.'],
      },
    },
    es: {
      patterns: [/\bsin (?:saber |hablar )?(?:idioma|idiomas|ingles|frances|aleman|el idioma)\b|\bno (?:se )?(?:necesita|requiere|hace falta) (?:saber |hablar )?(?:el )?(?:idioma|idiomas|ingles|frances|aleman)\b|\bni (?:experiencia ni )?(?:el )?(?:castellano|espanol|idioma|idiomas|ingles)\b/u],
      examples: {
        flag: [{ text: 'Sin experiencia, sin idioma. Alojamiento incluido.', evidence: ['sin idioma'] }],
        pass: ['Requisitos: inglés B2.'],
      },
    },
    pl: {
      patterns: [/\bbez (?:znajomosci )?(?:jezyka|jezykow|angielskiego|niemieckiego|holenderskiego)\b|\bznajomosc jezyka (?:nie jest )?(?:nie)?wymagana\b|\b(?:jezyk|angielski|niemiecki|holenderski|norweski)\w{0,3}(?: mile widziany,? ale)? (?:niekonieczn\w{1,2}|niepotrzebn\w{1,2}|nie jest (?:wymagan\w|potrzebn\w|konieczn\w))\b/u],
      examples: {
        flag: [{ text: 'Praca w Holandii bez znajomości języka!', evidence: ['bez znajomości języka'] }, { text: 'Bez języka, bez doświadczenia.', evidence: ['Bez języka'] }, { text: 'Opiekunka do Niemiec, język niekonieczny.', evidence: ['język niekonieczny'] }],
        pass: ['Wymagania: angielski komunikatywny.'],
      },
    },
    sk: {
      patterns: [/\bbez (?:znalosti )?(?:jazyka|jazykov|anglictiny|nemciny)\b|\b(?:jazyk|znalost jazyka) nie je (?:potrebn[ay]|podmienkou)\b|\b(?:nemcin\w|anglictin\w|jazyk\w{0,2})(?: ani \w+)? (?:netreba|nie je potrebn\w|nie je podmienkou|nepotrebujete|nepotrebujes)\b/u],
      examples: {
        flag: [{ text: 'Bez jazyka, odchod hneď zajtra ráno!', evidence: ['Bez jazyka'] }, { text: 'Upratovanie hotela, nemčina netreba.', evidence: ['nemčina netreba'] }],
        pass: ['Nemčina B1 podmienkou.'],
      },
    },
    bg: {
      patterns: [/\bне (?:се )?изисква (?:немски|английски|език|чужд език|владеене на (?:език|чужд език))\b|\bбез (?:немски|английски|език|чужд език|владеене на (?:език|чужд език))\b|\bне е нужен (?:език|английски|немски)\b|\bне е нуж(?:ен|но) (?:опит и )?(?:език|езика|немски|английски)\b/u],
      examples: {
        flag: [{ text: 'Работа в склад в Германия, не се изисква немски.', evidence: ['не се изисква немски'] }],
        pass: ['Изисква се отличен английски език.'],
      },
    },
    el: {
      patterns: [/\bχωρις (?:γνωση )?(?:αγγλικων|γλωσσας|ξενης γλωσσας|ξενων γλωσσων|γλωσσων)\b|\bδεν (?:απαιτειται|χρειαζεται) (?:γνωση )?(?:αγγλικων|γλωσσας|ξενης γλωσσας)\b|\bδεν χρειαζονται (?:αγγλικα|ξενες γλωσσες)\b/u],
      examples: {
        flag: [{ text: 'Εργασία σε εργοστάσιο, χωρίς γνώση αγγλικών.', evidence: ['χωρίς γνώση αγγλικών'] }],
        pass: ['Απαραίτητα άριστα αγγλικά.'],
      },
    },
    ro: {
      patterns: [/\bnu (?:e|este) nevoie de (?:cunoasterea )?(?:limba |limbii )?(?:engleza|germana|olandeza|limba straina|limbi straine|limbii straine)\b|\bfara (?:cunoasterea limbii|limba straina|limbi straine|engleza|germana)\b|\bnu se cere (?:limba|engleza|germana)\b|\bnici limba\b/u],
      examples: {
        flag: [{ text: 'Angajăm urgent muncitori. Nu e nevoie de engleză, plecare luni!', evidence: ['Nu e nevoie de engleză'] }],
        pass: ['Cerințe: limba engleză nivel mediu.'],
      },
    },
    uk: {
      patterns: [/\bзнання (?:мови|мов|англіиськ\p{L}*|польськ\p{L}*|німецьк\p{L}*) не (?:потрібне|потрібно|обов['’]?язкове|вимагається)\b|\bбез знання (?:мови|мов|англіиськ\p{L}*|польськ\p{L}*|німецьк\p{L}*)\b|\bмова не потрібна\b/u],
      examples: {
        flag: [{ text: 'Робота на складі в Польщі, знання мови не потрібне.', evidence: ['знання мови не потрібне'] }],
        pass: ['Вимоги: польська мова на рівні B1.'],
      },
    },
    ru: {
      patterns: [/\bбез знания (?:языка|языков|английского|немецкого|польского)\b|\bзнание (?:языка|английского|немецкого) не (?:нужно|требуется|обязательно)\b|\bязык не нужен\b/u],
      examples: {
        flag: [{ text: 'Высокий заработок без опыта и без знания языка.', evidence: ['без знания языка'] }],
        pass: ['Требования: английский язык не ниже B2.'],
      },
    },
    fr: {
      patterns: [/\bsans (?:parler |connaitre )?(?:le francais|l['’ ]?anglais|l['’ ]?allemand|la langue|langue)\b|\bpas besoin de parler\b|\baucune langue (?:requise|exigee)\b|\b(?:langue|francais) non (?:requis|requise|exige|exigee)\b/u],
      examples: {
        flag: [{ text: 'Travail en usine, sans parler le français.', evidence: ['sans parler le français'] }],
        pass: ['Anglais courant exigé.'],
      },
    },
    de: {
      patterns: [/\bkeine? (?:deutsch|englisch|deutschkenntnisse|sprachkenntnisse|fremdsprachen)(?: (?:notig|erforderlich|notwendig))?\b|\bohne (?:deutsch|deutschkenntnisse|sprachkenntnisse)\b|\b(?:deutsch|sprachkenntnisse) nicht (?:notig|erforderlich)\b/u],
      examples: {
        flag: [{ text: 'Lagerhelfer gesucht, kein Deutsch nötig.', evidence: ['kein Deutsch nötig'] }],
        pass: ['Gute Deutschkenntnisse erforderlich.'],
      },
    },
  },
});
