/** Terminal control characters in ad text could move the cursor or recolour the terminal: never print them. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]+/g;

/** Ad text on one line, without control characters, cut to `max` characters with an ellipsis. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
