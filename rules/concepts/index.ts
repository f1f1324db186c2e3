import type { Lexicon } from '../../engine/lexicon';
import type { ConceptId } from './catalog';
import neutral from './neutral';
import en from './en';
import it from './it';
import es from './es';
import fr from './fr';
import de from './de';
import pl from './pl';
import sk from './sk';
import ro from './ro';
import el from './el';
import bg from './bg';
import ru from './ru';
import uk from './uk';

/**
 * Concepts that decide scope or context rather than signal anything: read only in the languages
 * the ad was found to be in (engine/lexicon.ts, ReadingLanguages).
 */
export const CONTEXT_CONCEPTS: ReadonlySet<ConceptId> = new Set<ConceptId>([
  'NEG', 'REQUEST', 'WARN', 'ALERT', 'HELP', 'BUT', 'FLORIST', 'CHARITY', 'BENEFIT', 'IN_PERSON', 'TAX', 'WORK_TRIP', 'RENTAL', 'SALE', 'JOB', 'CONTRACT',
]);

/** Every language's lexicon; the engine indexes them together (engine/lexicon.ts). */
export const LEXICONS: readonly Lexicon[] = [neutral, en, it, es, fr, de, pl, sk, ro, el, bg, ru, uk];
