import { defineRule } from '../engine/rule';
import type { DetectContext } from '../engine/context';
import type { Range } from '../engine/types';
import { AMOUNT, END, MINUTES, SEP } from './lib/price-vocab';

/** Appointments this short, priced on their own, are what the catalogue calls "unusually short". */
const SHORT_MINUTES = 30;

/**
 * Businesses that legitimately price short sessions (therapy, beauty, lessons, parking): their
 * price list is not the signal. Checked on the whole ad, in every language.
 */
const PRICE_LIST_BUSINESS =
  /\b(?:therap\p{L}*|terap\p{L}*|θεραπ\p{L}*|терап\p{L}*|physio\p{L}*|fisio\p{L}*|фізіо\p{L}*|физио\p{L}*|clinic\p{L}*|klinik\p{L}*|clinica|клиник\p{L}*|клінік\p{L}*|κλινικ\p{L}*|osteopat\p{L}*|chiropract\p{L}*|spa|wellness|beauty|cosmet\p{L}*|kosmet\p{L}*|estetic\p{L}*|estetist\p{L}*|manicure|pedicure|lesson\p{L}*|lezion\p{L}*|clases?|lekcj\p{L}*|lekci\p{L}*|урок\p{L}*|cours|unterricht|nachhilfe|tutor\p{L}*|parking|parcheggio|aparcamiento|parkowanie|parkovanie|паркинг|парковк\p{L}*)\b/u;

/** A short slot followed at once by its price: "15 min 50", "30 min – 80", "20' 50 €". */
const SHORT_SLOT_PRICE = new RegExp(
  `(?<ev>\\b(?:5|10|15|20|25|30)\\s?${MINUTES}${END}${SEP}(?:€|\\$|£|rose ?x?)?\\s?${AMOUNT}(?![\\d.,]*\\d)(?!\\s?(?:km|m|kg|%|h)(?![\\p{L}])|\\s?(?:min|мин|хв|λεπτ|hour|ore|ora|час|годин|std|stund|godz|hod)))`,
  'u',
);

/** Amounts the money detector ties to a short duration ("30 min 80"), once it reads them. */
function shortPricedSlots(ctx: DetectContext): Range[] {
  if (PRICE_LIST_BUSINESS.test(ctx.norm.text)) return [];
  return ctx.money.filter((m) => m.perMinutes !== undefined && m.perMinutes <= SHORT_MINUTES).map((m) => m.range);
}

export default defineRule({
  id: 'short-appointment-pricing',
  category: 'coded-services',
  weight: 30,
  detect: shortPricedSlots,
  languages: {
    neutral: {
      patterns: [SHORT_SLOT_PRICE],
      unlessAd: [PRICE_LIST_BUSINESS],
      examples: {
        flag: [
          { text: '15 min 50, 30 min 80, text only.', evidence: ['15 min 50', '30 min 80'] },
          { text: 'Nuova in città, 20 min 50 rose, 1 ora 150.', evidence: ['20 min 50'] },
          { text: "Νέα στην πόλη, 30' 80 τριαντάφυλλα.", evidence: ["30' 80"] },
          { text: 'Νέα στην πόλη, 30 λεπτά 🌹 80, 1 ώρα 🌹 150.', evidence: ['30 λεπτά 🌹 80'] },
          { text: 'Час – 5000, 30 мин – 3000, выезд.', evidence: ['30 мин – 3000'] },
        ],
        pass: [
          'Sports massage therapist, 30 min 40 €, 60 min 65 € at our clinic.',
          'Warehouse 30 min from Milan, 12 € per hour.',
          'Breaks: 30 min, 45 minutes for shifts over 9 hours.',
          'Parking 30 min 10 € near the station.',
        ],
      },
    },
  },
});
