/**
 * Vocabulary shared by the rules that read prices of appointments (coded-payment, coded-services).
 * Regex sources for the NORMALIZED text (lower case, no diacritics) of all twelve languages: ads mix
 * languages and units ("30 min 100 rose", "1h 🌹x150"), so the units are not split by language.
 */

/** Not followed by a letter: `\b` would also stop inside "30'" or "1h=". */
export const END = '(?![\\p{L}])';

/** Minutes after a number: "30 min", "30'", "30 мин", "30 хв", "30 λεπτά". */
export const MINUTES = "(?:'|min\\p{L}{0,5}|мин\\p{L}{0,4}|хв\\p{L}{0,5}|λεπτ\\p{L}{0,2})";

/** Units of a short duration written after a number: "30 min", "30'", "1h", "1 hr", "2 ore", "1 час". */
const UNIT =
  `(?:${MINUTES}|h|hr|hrs|hours?|ora|ore|hora|horas|heures?|std|stunden?|hod\\p{L}{0,4}|godz\\p{L}{0,5}|час\\p{L}{0,2}|ч|годин\\p{L}{0,2}|год|ωρ\\p{L}{1,2})`;

/**
 * Words that mean "an hour" on their own ("час – 5000 роз", "hodina 100", "un'ora 180"). Italian
 * "ora" and Romanian "ora" also mean "now"/"the time", so they count only after an article or "1".
 */
const HOUR_ALONE =
  "(?:(?:an?|one|1|una|une|eine|o) (?:hour|hora|heure|stunde|ora)|un'ora|mezz'ora|media hora|half an hour|half hour|demi-heure|halbe stunde|godzina|godzine|pol godziny|hodina|hodinu|pol hodiny|час|полчаса|половин час|година|годину|пів години|ωρα|μισαωρο|μιση ωρα)";

/** A duration in front of a price: "30 min", "1h", "30'", "час", "un'ora". */
export const DURATION = `(?:\\b\\d{1,3}(?:[.,]5)?\\s?${UNIT}${END}|\\b${HOUR_ALONE}${END})`;

/** "per hour" after a price: "/h", "/hr", "per hour", "an hour", "all'ora", "за час", "на час", "pro Stunde", "la ora". */
export const PER_HOUR =
  `(?:\\s?/\\s?(?:h|hr|hour|ora|hora|std|stunde|час|ч|godz|hod|ωρα|heure)${END}|\\s?(?:ph|p/h)${END}|\\s(?:per|an|a|each|every|pro|za|на|в|за|την|τη|pe|la|par|por|al|all'|de l'|the|l')\\s?(?:hour|hr|ora|hora|heure|stunde|std|godzine|godz|hodinu|hod|час|годину|ωρα)${END}|\\s(?:hourly|stundlich|horaire))`;

/** Separators between a duration and its price: "30 min – 100", "30' 80", "1h = 150", "1 hr: 150". */
export const SEP = '\\s?[-–—:=,]?\\s?';

/** A price written as a bare number (no currency: the coded unit or the context stands for it). */
export const AMOUNT = '\\d{2,5}';

/**
 * Regex sources for a coded unit used as a price: a number of units after a duration ("30 min 80
 * roses"), a number of units per hour ("150 roses per hour"), or the unit then a number per hour
 * ("Donations: 200/hr"). `units` is an alternation of the unit words of one language.
 */
export function codedRateSources(units: string): string[] {
  const unit = `(?:${units})${END}`;
  return [
    `${DURATION}${SEP}(?<ev>${AMOUNT}\\s?${unit})`,
    `(?<ev>\\b${AMOUNT}\\s?${unit})${PER_HOUR}`,
    `(?<ev>\\b${unit}\\s?[:=x×]?\\s?${AMOUNT}${PER_HOUR})`,
    `${DURATION}${SEP}(?<ev>\\b${unit}\\s?[:=x×]?\\s?${AMOUNT})(?![\\d.,]*\\s?[-–/.]\\s?\\d)`,
  ];
}

/** Compiles regex sources in u-mode now, so that a bad source fails at load with its text. */
export function toPatterns(sources: string[]): RegExp[] {
  return sources.map((s) => new RegExp(s, 'u'));
}
