import type { Lexicon } from '../../engine/lexicon';
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

/** Every language's lexicon; the engine indexes them together (engine/lexicon.ts). */
export const LEXICONS: readonly Lexicon[] = [neutral, en, it, es, fr, de, pl, sk, ro, el, bg, ru, uk];
