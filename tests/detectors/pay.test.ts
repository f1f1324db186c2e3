import { describe, expect, it } from 'vitest';
import { generousCeiling, isHighPay, isPayMention } from '../../detectors/pay';
import type { MoneyMention } from '../../engine/context';

const m = (amount: number, currency?: string, period?: MoneyMention['period']): MoneyMention => {
  const out: MoneyMention = { range: { start: 0, end: 1 }, amount };
  if (currency) out.currency = currency;
  if (period) out.period = period;
  return out;
};

describe('isHighPay', () => {
  it.each<[number, string, MoneyMention['period'], boolean]>([
    [5000, 'EUR', 'month', true],
    [3500, 'EUR', 'month', true],
    [1800, 'EUR', 'month', false],
    [300, 'EUR', 'day', true],
    [110, 'EUR', 'day', false],
    [40, 'EUR', 'hour', true],
    [15, 'EUR', 'hour', false],
    [400, 'GBP', 'day', true],
    [12.9, 'GBP', 'hour', false],
    [25, 'USD', 'hour', false],
    [6000, 'USD', 'month', true],
    [150000, 'USD', 'year', true],
    [24500, 'GBP', 'year', false],
    [10000, 'PLN', 'week', true],
    [6200, 'PLN', 'month', false],
    [20000, 'UAH', 'month', false],
    [120000, 'UAH', 'month', true],
    [50000, 'RUB', 'month', false],
    [4000, 'BGN', 'month', true],
    [850, 'BGN', 'month', false],
    [4500, 'RON', 'month', false],
    [30000, 'CZK', 'month', false],
    [8000, 'AED', 'month', true],
    [4500, 'CHF', 'month', false],
  ])('%d %s per %s → %s', (amount, currency, period, high) => expect(isHighPay(m(amount, currency, period))).toBe(high));

  it('is conservative without a period', () => {
    expect(isHighPay(m(8000, 'EUR'))).toBe(true);
    expect(isHighPay(m(3500, 'EUR'))).toBe(false);
    expect(isHighPay(m(60000, 'EUR'))).toBe(false);
  });

  it('never judges appointment prices or amounts without a currency', () => {
    expect(isHighPay({ ...m(500, 'EUR'), perMinutes: 30 })).toBe(false);
    expect(isHighPay(m(9000))).toBe(false);
  });

  it('gives a ceiling per period', () => {
    expect(generousCeiling({ currency: 'EUR', period: 'hour' })).toBe(30);
    expect(generousCeiling({ currency: 'EUR', period: 'month' })).toBe(3000);
    expect(generousCeiling({ currency: 'XYZ', period: 'month' })).toBeUndefined();
  });
});

describe('isPayMention', () => {
  const at = (text: string, amount: string): MoneyMention => ({ range: { start: text.indexOf(amount), end: text.indexOf(amount) + amount.length }, amount: 1, currency: 'EUR' });
  it('takes an amount after an earnings word as pay', () => {
    const text = 'guadagni fino a 8.000 €';
    expect(isPayMention(text, at(text, '8.000 €'))).toBe(true);
  });
  it('does not take a fee as pay', () => {
    const text = 'fee £4,500 can be paid in instalments';
    expect(isPayMention(text, at(text, '£4,500'))).toBe(false);
  });
});
