import type { Lang } from './types';
import { tokenize, type Token } from './tokens';
import type { NormalizedText } from './normalize';
import { detectTransliteration } from './translit';

/**
 * Lexicons map each language's words to concepts (rules/concepts/<lang>.ts); the grammar
 * (engine/grammar.ts) composes concepts, so a rule is written once for every language.
 *
 * An entry is one or more words, written as people write them (case and diacritics are folded like
 * the text, punctuation cuts words like the tokenizer does). A word ending in `*` is a stem: it
 * stands for itself followed by up to STEM_SLACK more letters ("trandafir*" → trandafiri,
 * trandafirii, trandafirilor), which covers the endings of inflected forms without the stem
 * swallowing unrelated longer words.
 */
export const STEM_SLACK = 4;

export type LexiconLang = Lang | 'neutral';

export interface Lexicon<C extends string = string> {
  lang: LexiconLang;
  concepts: Partial<Record<C, readonly string[]>>;
}

interface Part {
  word: string;
  stem: boolean;
}

interface Entry {
  concept: string;
  lang: LexiconLang;
  /** Words after the first one, for entries of several words. */
  rest: readonly Part[];
}

interface Node {
  next: Map<number, Node>;
  exact?: Entry[];
  stem?: Entry[];
}

const newNode = (): Node => ({ next: new Map() });

/** Folds an entry the way normalize() folds the text: lower case, no diacritics. */
function foldEntry(entry: string): string {
  return entry.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** An entry's words, cut at what is not a letter or digit (as the tokenizer cuts the text). */
function partsOf(entry: string): Part[] {
  const parts: Part[] = [];
  for (const m of foldEntry(entry).matchAll(/[\p{L}\p{N}]+\*?|[@$]/gu)) {
    const w = m[0];
    if (w === '@' || w === '$') continue;
    parts.push(w.endsWith('*') ? { word: w.slice(0, -1), stem: true } : { word: w, stem: false });
  }
  return parts;
}

/** Every lexicon's entries in one character trie: a token is looked up once for all languages. */
export class ConceptIndex {
  private root = newNode();
  readonly concepts = new Set<string>();
  /** Every word of every entry, and every stem, for reading leetspeak ("ph0n3" → "phone"). */
  private words = new Set<string>();
  private stems = new Set<string>();

  constructor(lexicons: readonly Lexicon[]) {
    for (const lexicon of lexicons) {
      for (const [concept, words] of Object.entries(lexicon.concepts) as [string, readonly string[]][]) {
        this.concepts.add(concept);
        for (const word of words) this.add(concept, lexicon.lang, word);
      }
    }
  }

  private add(concept: string, lang: LexiconLang, entry: string): void {
    const parts = partsOf(entry);
    const [first, ...rest] = parts;
    if (!first) throw new Error(`Lexicon ${lang}/${concept}: empty entry «${entry}»`);
    for (const p of parts) (p.stem ? this.stems : this.words).add(p.word);
    let node = this.root;
    for (let i = 0; i < first.word.length; i++) {
      const c = first.word.charCodeAt(i);
      let next = node.next.get(c);
      if (!next) node.next.set(c, (next = newNode()));
      node = next;
    }
    const list = first.stem ? (node.stem ??= []) : (node.exact ??= []);
    list.push({ concept, lang, rest });
  }

  /** Whether a reading is a word of some lexicon, in any language (for leetspeak, engine/tokens.ts). */
  isWord = (reading: string): boolean => {
    if (this.words.has(reading)) return true;
    for (let k = Math.max(1, reading.length - STEM_SLACK); k <= reading.length; k++) if (this.stems.has(reading.slice(0, k))) return true;
    return false;
  };

  /** The entries whose first word is this token. */
  lookup(word: string): readonly Entry[] {
    let node: Node | undefined = this.root;
    let found: Entry[] | undefined;
    for (let i = 0; i < word.length && node; i++) {
      if (node.stem && word.length - i <= STEM_SLACK) (found ??= []).push(...node.stem);
      node = node.next.get(word.charCodeAt(i));
    }
    if (node) {
      if (node.stem) (found ??= []).push(...node.stem);
      if (node.exact) (found ??= []).push(...node.exact);
    }
    return found ?? NONE;
  }
}

const NONE: readonly Entry[] = [];

const partMatches = (part: Part, word: string) =>
  part.stem ? word.startsWith(part.word) && word.length - part.word.length <= STEM_SLACK : word === part.word;

/** One occurrence of a concept: tokens [first, last] of the ad. */
export interface Occurrence {
  first: number;
  last: number;
}

export interface ConceptHits {
  tokens: Token[];
  /** Occurrences of each concept, in token order. */
  byConcept: Map<string, Occurrence[]>;
}

/**
 * Tokens of the text and the concepts they carry in the languages that run. Each token is looked
 * up once in the trie; entries of several words check the tokens that follow.
 */
/**
 * The languages whose words count: signals are read in every language that may be the ad's, but
 * the words that decide scope or context (a negation, "but", "charity") only in the languages the
 * ad was found to be in: Slovak "fara" (parish) is Romanian "fără" (without), Polish "ani" (nor)
 * is Romanian "ani" (years), French "ne" is Romanian "ne" (us).
 */
export interface ReadingLanguages {
  signals: ReadonlySet<LexiconLang>;
  context: ReadonlySet<LexiconLang>;
  /** Concepts read only in the `context` languages. */
  contextConcepts: ReadonlySet<string>;
}

function withLanguages(reading: ReadingLanguages, langs: readonly LexiconLang[]): ReadingLanguages {
  return { ...reading, signals: new Set([...reading.signals, ...langs]), context: new Set([...reading.context, ...langs]) };
}

export function findConcepts(norm: NormalizedText, index: ConceptIndex, languages: ReadingLanguages): ConceptHits {
  const translit = detectTransliteration(norm.text, index.isWord);
  const tokens = tokenize(norm, index.isWord, translit?.read);
  // A text written in Latin letters for another script is read in that script's languages too.
  const reading = translit ? withLanguages(languages, translit.langs) : languages;
  const byConcept = new Map<string, Occurrence[]>();
  const add = (concept: string, first: number, last: number) => {
    let list = byConcept.get(concept);
    if (!list) byConcept.set(concept, (list = []));
    const prev = list[list.length - 1];
    if (prev && prev.first === first) prev.last = Math.max(prev.last, last);
    else list.push({ first, last });
  };
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token;
    if (!Number.isNaN(token.value)) continue;
    for (const entry of index.lookup(token.text)) {
      const langs = reading.contextConcepts.has(entry.concept) ? reading.context : reading.signals;
      if (!langs.has(entry.lang)) continue;
      if (entry.rest.length === 0) {
        add(entry.concept, t, t);
        continue;
      }
      let ok = t + entry.rest.length < tokens.length;
      for (let k = 0; ok && k < entry.rest.length; k++) {
        const next = tokens[t + 1 + k] as Token;
        ok = next.sentence === token.sentence && partMatches(entry.rest[k] as Part, next.text);
      }
      if (ok) add(entry.concept, t, t + entry.rest.length);
    }
  }
  for (const list of byConcept.values()) list.sort((a, b) => a.first - b.first || a.last - b.last);
  return { tokens, byConcept };
}
