import type { MoneyMention } from '../engine/context';
import type { NormalizedText } from '../engine/normalize';

// Initial version: euro amounts only. detectors issue work extends currencies, formats and periods.
const EURO = /(?<![\p{L}\p{N}])(\d{1,7})\s?(?:€|eur|euro)(?![\p{L}])/gu;

export function findMoney(n: NormalizedText): MoneyMention[] {
  const out: MoneyMention[] = [];
  for (const m of n.text.matchAll(EURO)) {
    out.push({ range: { start: m.index, end: m.index + m[0].length }, amount: Number(m[1]), currency: 'EUR' });
  }
  return out;
}
