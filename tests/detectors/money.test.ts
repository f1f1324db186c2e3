import { describe, expect, it } from 'vitest';
import { normalize } from '../../engine/normalize';
import { findMoney, parseAmount } from '../../detectors/money';
import type { MoneyMention } from '../../engine/context';

type Expected = Partial<Omit<MoneyMention, 'range'>> & { text?: string };

function money(original: string) {
  const n = normalize(original);
  return findMoney(n).map((m) => {
    const out: Expected = { text: n.text.slice(m.range.start, m.range.end), amount: m.amount };
    if (m.currency) out.currency = m.currency;
    if (m.period) out.period = m.period;
    if (m.perMinutes) out.perMinutes = m.perMinutes;
    return out;
  });
}

describe('parseAmount', () => {
  it.each([
    ['1.000,00', 1000], ['1,000.00', 1000], ['1 000', 1000], ["1'000", 1000], ['12,50', 12.5], ['12.5', 12.5],
    ['1.500', 1500], ['9,80', 9.8], ['120,000', 120000], ['5000', 5000],
  ])('%s → %d', (raw, value) => expect(parseAmount(raw)).toBe(value));
});

describe('findMoney: amounts, currencies and periods', () => {
  it.each<[string, Expected]>([
    ['1.000,00 €', { amount: 1000, currency: 'EUR' }],
    ['1,000.00 USD', { amount: 1000, currency: 'USD' }],
    ['20 000 zł', { amount: 20000, currency: 'PLN' }],
    ['5k€ per month', { amount: 5000, currency: 'EUR', period: 'month' }],
    ['5000€', { amount: 5000, currency: 'EUR' }],
    ['€5000', { amount: 5000, currency: 'EUR' }],
    ['$900 weekly', { amount: 900, currency: 'USD', period: 'week' }],
    ['£12.50/hr', { amount: 12.5, currency: 'GBP', period: 'hour' }],
    ['300 euro al giorno', { amount: 300, currency: 'EUR', period: 'day' }],
    ['1500 лв. на месец', { amount: 1500, currency: 'BGN', period: 'month' }],
    ['2000 lei/lună', { amount: 2000, currency: 'RON', period: 'month' }],
    ['15 000 грн', { amount: 15000, currency: 'UAH' }],
    ['50 000 ₽ в месяц', { amount: 50000, currency: 'RUB', period: 'month' }],
    ['50 000 рублей в месяц', { amount: 50000, currency: 'RUB', period: 'month' }],
    ['30 000 Kč', { amount: 30000, currency: 'CZK' }],
    ['1200 CHF', { amount: 1200, currency: 'CHF' }],
    ['AED 8,000', { amount: 8000, currency: 'AED' }],
    ['2.000–3.000 €', { amount: 3000, currency: 'EUR' }],
    ['od 4000 do 6000 zł netto', { amount: 6000, currency: 'PLN' }],
    ['from $6,000 per month', { amount: 6000, currency: 'USD', period: 'month' }],
    ['$120,000 - $150,000 a year', { amount: 150000, currency: 'USD', period: 'year' }],
    ['9,80 € lordi l’ora', { amount: 9.8, currency: 'EUR', period: 'hour' }],
    ['31 zł brutto za godzinę', { amount: 31, currency: 'PLN', period: 'hour' }],
    ['500 zł/міс.', { amount: 500, currency: 'PLN', period: 'month' }],
    ['10 000 zł tygodniowo', { amount: 10000, currency: 'PLN', period: 'week' }],
    ['4.000€ τον μήνα', { amount: 4000, currency: 'EUR', period: 'month' }],
    ['3000 $ на місяць', { amount: 3000, currency: 'USD', period: 'month' }],
    ['5 mila euro al mese', { amount: 5000, currency: 'EUR', period: 'month' }],
    ['1 050 € brutto mesačne', { amount: 1050, currency: 'EUR', period: 'month' }],
    ['5.000 € pe lună', { amount: 5000, currency: 'EUR', period: 'month' }],
    ['2500 € par mois', { amount: 2500, currency: 'EUR', period: 'month' }],
    ['15 € pro Stunde', { amount: 15, currency: 'EUR', period: 'hour' }],
    ['3000 € im Monat', { amount: 3000, currency: 'EUR', period: 'month' }],
    ['Stundenlohn 15 €', { amount: 15, currency: 'EUR', period: 'hour' }],
    ['Monthly salary USD 1,850.', { amount: 1850, currency: 'USD', period: 'month' }],
    ['250 € al día', { amount: 250, currency: 'EUR', period: 'day' }],
    ['£400 a day', { amount: 400, currency: 'GBP', period: 'day' }],
    ['Earn 5OOO€ m0nthly', { amount: 5000, currency: 'EUR', period: 'month' }],
    ['£110 pocket money per week', { amount: 110, currency: 'GBP', period: 'week' }],
  ])('%s', (text, expected) => {
    const found = money(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });
});

describe('findMoney: appointment prices', () => {
  it.each<[string, number, number]>([
    ['30 min 80', 30, 80],
    ['20 min 50 rose', 20, 50],
    ["30' 80 τριαντάφυλλα", 30, 80],
    ['un’ora 180', 60, 180],
    ['1 hora 100', 60, 100],
    ['1 Std 150 Rosen', 60, 150],
    ['Час – 5000 роз', 60, 5000],
  ])('%s', (text, perMinutes, amount) => {
    expect(money(text)).toEqual([expect.objectContaining({ perMinutes, amount })]);
  });

  it('reads each price of a price list', () => {
    expect(money('15 min 50, 30 min 80€').map((m) => [m.perMinutes, m.amount, m.currency])).toEqual([
      [15, 50, undefined],
      [30, 80, 'EUR'],
    ]);
  });
});

describe('findMoney: never money', () => {
  it.each([
    'Call +48 512 884 301 or 02 981 4420',
    'WhatsApp +7 916 204-71-38',
    'Born 1985, start 1.03.2027, aged 18-25',
    '00-950 Warszawa, ul. Marszałkowska 12',
    '40 hours per week, 5 days',
    'Available 24 hours, 7 days',
    '1 hour 30 minutes by bus',
  ])('%s', (text) => expect(money(text)).toEqual([]));

  it('reads a year before a price as a year', () => {
    expect(money('Christmas 2025 $500 bonus')).toEqual([{ text: '$500', amount: 500, currency: 'USD' }]);
  });

  it('stays linear on long runs of digits and separators', () => {
    const text = `${'1 000 '.repeat(20000)}€ ${'9.'.repeat(20000)}`;
    expect(() => findMoney(normalize(text))).not.toThrow();
  });
});
