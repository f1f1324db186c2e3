/**
 * Emoji that carry meaning in ads, as the word the normalized text shows instead.
 * Words are English tokens on purpose: the rules that read them are language-neutral (see rules/*, `neutral`).
 * Decorative emoji (🌸, ✨, 🇦🇪 …) become a space so that they still separate words.
 */
export const EMOJI_WORDS: ReadonlyMap<string, string> = new Map([
  ['🌹', 'rose'],
  ['🥀', 'rose'],
  ['📲', 'phone'],
  ['📱', 'phone'],
  ['☎', 'phone'],
  ['📞', 'phone'],
  ['🆕', 'new'],
  ['💰', 'money'],
  ['💵', 'money'],
  ['💶', 'money'],
  ['💷', 'money'],
  ['💴', 'money'],
  ['💸', 'money'],
  ['🤑', 'money'],
  ['✈', 'flight'],
  ['🛫', 'flight'],
  ['🛬', 'flight'],
  ['🛂', 'passport'],
  ['🎁', 'gift'],
  ['💋', 'kiss'],
  ['🔞', '18+'],
]);

const PICTOGRAPHIC = /^[\p{Extended_Pictographic}\p{Regional_Indicator}]$/u;

/** The word for a meaningful emoji, '' for a decorative one, undefined for a character that is not an emoji. */
export function emojiWord(codePoint: string): string | undefined {
  const word = EMOJI_WORDS.get(codePoint);
  if (word !== undefined) return word;
  // Code points below U+00A9 are never pictographic; skipping the regex keeps plain text fast.
  if (codePoint.charCodeAt(0) < 0xa9) return undefined;
  return PICTOGRAPHIC.test(codePoint) ? '' : undefined;
}
