import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, MAX_AD_CHARS } from '../../engine/analyze';
import type { Report, Span } from '../../engine/types';

/** Every span a report carries, with where it came from. */
function spansOf(report: Report): Span[] {
  return [
    ...report.flags.flatMap((f) => f.evidence),
    ...report.mitigations.flatMap((m) => m.evidence),
    ...report.contacts.map((c) => c.evidence),
  ];
}

function expectSpansSliceOriginal(text: string, report: Report): void {
  const read = text.slice(0, MAX_AD_CHARS);
  for (const span of spansOf(report)) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThanOrEqual(span.start);
    expect(span.end).toBeLessThanOrEqual(read.length);
    expect(read.slice(span.start, span.end)).toBe(span.text);
  }
}

/** Pieces that stress the normalizer and the patterns: separators, digits, invisibles, emoji, look-alikes, leet. */
const PIECES = [
  ' ', '  ', '\n', '\t', '.', '. ', '-', '_', '*', '/', '|', '·', '@', '$', '€', '+', '(', ')', ',', ':', '\u00A0',
  '0', '1', '3', '4', '5', '9', '000', '1.000,00', '+39 ', '333', 'o', 'о', 'O',
  '\u200B', '\u200D', '\uFEFF', '\u00AD', '\u202E', '\uFE0F', '\u0301',
  '🌹', '📱', '🆕', '💶', '✈️', '👩🏽', '🇮🇹', '\uD83D', '\uDC00',
  'a', 'r', 's', 'e', 'x', 'A', 'а', 'р', 'е', 'ο', 'ł', 'ß', 'İ', 'ﬁ', 'Ｗ', 'ё', 'ї',
  'whatsapp', 'telegram', 'passport', 'паспорт', 'fee', 'quota', 'rose', 'new', 'per hour', '€/h', 'gmail.com', 'http://', 't.me/',
  'Pay a processing fee', 'send your passport', 'No fees', 'W h a t s A p p', 'r0ses',
];
const adversarial = fc.array(fc.constantFrom(...PIECES), { maxLength: 400 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 500 }), fc.string({ unit: 'grapheme', maxLength: 300 }), adversarial);

describe('analyze() on random and adversarial text', () => {
  it('never throws, and every evidence span slices the original text', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(undefined, 'en', 'it', 'ru', 'el', 'xx'), (text, lang) => {
        const report = analyze(text, { lang });
        expectSpansSliceOriginal(text, report);
        expect(report.score).toBeGreaterThanOrEqual(0);
        expect(report.score).toBeLessThanOrEqual(100);
      }),
      { numRuns: 200 },
    );
  }, 600_000);
});

/** Long runs of one kind of character: where a backtracking regex or a quadratic loop shows. */
const RUNS: Record<string, (n: number) => string> = {
  spaces: (n) => `a${' '.repeat(n)}b`,
  'spaced letters': (n) => 'a '.repeat(n / 2),
  'dotted letters': (n) => 'a.'.repeat(n / 2),
  digits: (n) => '7'.repeat(n),
  'digits and spaces': (n) => '12 '.repeat(n / 3),
  'digits and o': (n) => `${'1o'.repeat(n / 2)}`,
  dots: (n) => '.'.repeat(n),
  'at signs': (n) => 'a@'.repeat(n / 2),
  'one long word': (n) => 'x'.repeat(n),
  emoji: (n) => '🌹'.repeat(n / 2),
  'zero-width': (n) => 'a\u200B'.repeat(n / 2),
  'mixed scripts': (n) => 'pаsпорт '.repeat(n / 8),
  'leet tokens': (n) => 'r0s3s '.repeat(n / 6),
  'phone-like': (n) => '+39 333 '.repeat(n / 8),
  words: (n) => 'fee passport travel work '.repeat(n / 25),
  newlines: (n) => 'a\n'.repeat(n / 2),
  // No space anywhere, a leetspeak token every four characters (issue 12: 100,000 took about 70 s).
  'spaceless leet': (n) => 'x.y@'.repeat(n / 4),
  'punctuation flood': (n) => '!?.,;:'.repeat(n / 6),
  // One word of letters and digits: every digit a token, and no leetspeak reading for so long a word.
  'letters and digits': (n) => 'a1b2'.repeat(n / 4),
};

/**
 * Best of a few runs, in CPU time of this process (vitest runs each test file in a process of its
 * own): other work on a shared machine lengthens the wall clock, hardly the CPU time.
 */
function fastest(text: string, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = process.cpuUsage();
    analyze(text);
    const used = process.cpuUsage(t);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const N = 4_000;
/** A linear engine costs the same per character at n and 8n (ratio about 1), a quadratic one 8× more: 6 leaves room for a busy shared machine. No absolute times. */
const MAX_PER_CHAR_RATIO = 6;

function expectLinear(kind: string): void {
  const make = RUNS[kind] as (n: number) => string;
  const n = N;
  analyze(make(n)); // warm-up
  const small = fastest(make(n));
  const large = fastest(make(8 * n));
  // Below a millisecond the timer's noise dominates: compare against at least 1 ms.
  const ratio = large / 8 / Math.max(small, 1);
  expect(ratio, `${kind}: ${small.toFixed(1)} ms at ${n}, ${large.toFixed(1)} ms at ${8 * n}`).toBeLessThan(MAX_PER_CHAR_RATIO);
}

describe('analyze() time grows linearly with the length of the text', () => {
  it.each(Object.keys(RUNS))('%s', { timeout: 300_000 }, (kind) => expectLinear(kind));
});

