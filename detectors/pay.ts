import type { MoneyMention, PayPeriod } from '../engine/context';

/**
 * Is an amount high pay for unskilled work, for its currency and period?
 *
 * Each currency has one figure: the monthly pay at which an offer for unskilled work (packing,
 * cleaning, picking, hostessing) is already generous, about 1.3–2× what such work pays in the
 * currency's home market. Sources for the order of magnitude: Eurostat minimum wages (Jan 2025:
 * LU ~2,640 €, DE ~2,160 €, NL ~2,190 €, PL 4,666 zł, CZ 20,800 Kč, RO 4,050 lei, BG 1,077 лв),
 * UK National Living Wage £12.21/h, US state minimums $12–17/h, Ukraine's 8,000 грн minimum and
 * ~20,000 грн average, Russia's ~80,000 ₽ average, Swiss collective agreements ~4,500 CHF, and UAE
 * unskilled contracts of 1,500–3,000 AED. Rough, on purpose: the judgement only needs the order
 * of magnitude, and a human reads the flag.
 */
export const GENEROUS_MONTHLY_PAY: Readonly<Record<string, number>> = {
  EUR: 3000,
  USD: 3000,
  GBP: 3000,
  CHF: 6000,
  PLN: 10000,
  CZK: 60000,
  BGN: 4000,
  RON: 10000,
  UAH: 50000,
  RUB: 200000,
  AED: 6000,
  TRY: 60000,
  HUF: 1000000,
  CAD: 4500,
  AUD: 5000,
  SEK: 35000,
  NOK: 40000,
  DKK: 25000,
};

/**
 * The share of the monthly figure that is already generous for a shorter or longer period. Hourly
 * and daily figures are deliberately looser than hours × rate: short gigs pay more per hour.
 * EUR: 30 €/h, ~167 €/day, 750 €/week, 3,000 €/month, 36,000 €/year.
 */
export const PERIOD_SHARE: Readonly<Record<PayPeriod, number>> = {
  hour: 1 / 100,
  day: 1 / 18,
  week: 1 / 4,
  month: 1,
  year: 12,
};

/**
 * An amount without a period is ambiguous (a month? a year? a fee?): it counts as high only well
 * above the monthly figure, and not so high that it reads as a yearly salary.
 */
export const NO_PERIOD_LOW = 1.5;
export const NO_PERIOD_HIGH = 4;

/** The generous ceiling for this mention's currency and period, or undefined when it cannot be judged. */
export function generousCeiling(m: Pick<MoneyMention, 'currency' | 'period'>): number | undefined {
  const monthly = m.currency ? GENEROUS_MONTHLY_PAY[m.currency] : undefined;
  if (monthly === undefined || !m.period) return undefined;
  return monthly * PERIOD_SHARE[m.period];
}

/** True when the amount is at or above what unskilled work generously pays for its period and currency. */
export function isHighPay(m: MoneyMention): boolean {
  if (m.perMinutes !== undefined || !m.currency) return false;
  const monthly = GENEROUS_MONTHLY_PAY[m.currency];
  if (monthly === undefined) return false;
  if (!m.period) return m.amount >= monthly * NO_PERIOD_LOW && m.amount <= monthly * NO_PERIOD_HIGH;
  return m.amount >= monthly * PERIOD_SHARE[m.period];
}

/** Words for earnings, salary or pay (normalized stems, 12 languages): an amount after one is pay, not a fee or a price. */
const EARNINGS = new RegExp(
  '(?:earn|salary|salaries|wage|pay|income|make up to|guadagn|stipendi|retribuzion|compens|paga|gana|ganancia|sueldo|salario|ingreso|' +
    'zarob|zarabia|pensj|wynagrodz|wyplat|zarobok|zarabat|mzd|plat|zarabotok|заплат|възнагражд|печел|доход|αποδοχ|μισθ|κερδ|αμοιβ|' +
    'castig|salariu|venit|заробіт|заробля|зарплат|дохід|оплат|заработ|зарабат|оклад|gagne|gagner|salaire|remuneration|revenu|' +
    'verdien|gehalt|lohn|einkommen)',
  'u',
);
/** How far before an amount an earnings word may stand (same sentence). */
const EARNINGS_WINDOW = 48;

/**
 * True when a mention reads as pay: it has a period, or an earnings word stands just before it.
 * Amounts without either are fees, prices or deposits as often as pay.
 */
export function isPayMention(text: string, m: MoneyMention): boolean {
  if (m.period) return true;
  const before = text.slice(Math.max(0, m.range.start - EARNINGS_WINDOW), m.range.start);
  const sentence = before.split(/[.!?;\n](?!\d)/u).pop() ?? '';
  return EARNINGS.test(sentence);
}
