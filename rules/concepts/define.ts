import type { Lexicon, LexiconLang } from '../../engine/lexicon';
import type { ConceptId } from './catalog';
import { BUILT_IN_CONCEPTS, near as nearOf, type Composition, type NearOptions } from '../../engine/grammar';

/** A language's words for the concepts of catalog.ts (see engine/lexicon.ts for how entries are written). */
export function defineLexicon(lang: LexiconLang, concepts: Partial<Record<ConceptId, readonly string[]>>): Lexicon<ConceptId> {
  return { lang, concepts };
}

type BuiltIn = (typeof BUILT_IN_CONCEPTS)[number];
type Concept = ConceptId | BuiltIn;
type TypedItem = Concept | readonly Concept[] | Composition;

/** engine/grammar.ts's `near`, with the concept ids checked against the catalogue at compile time. */
export function near(all: readonly TypedItem[], options: Omit<NearOptions, 'unless'> & { unless?: readonly TypedItem[] } = {}): Composition {
  return nearOf(all, options);
}
