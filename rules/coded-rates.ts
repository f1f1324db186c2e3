import { defineRule } from '../engine/rule';
import { near } from './concepts/define';
import { AMOUNT, codedRateSources, toPatterns } from './lib/price-vocab';

/**
 * Payment named in code: roses, gifts, donations with a price or a rate ("30 min 80 roses",
 * "Donations: 200/hr", "🌹x150"). The word alone is not the signal (florists, charities, gift
 * shops): a number of units priced per time is. 🌹 reads as "rose" in the normalized text.
 */
const coded = (units: string) => toPatterns(codedRateSources(units));

export default defineRule({
  id: 'coded-rates',
  category: 'coded-payment',
  weight: 40,
  scoped: true,
  match: [
    // An amount of coded units with a duration nearby, in any order: "150 roses hour", "hour – 150 roses", "1h/300 🌹".
    near([near(['AMOUNT', 'CODE_UNIT'], { within: 3 }), 'TIME_UNIT'], { within: 6, unless: ['CHARITY'], unlessAd: ['FLORIST'] }),
    // "donations only", "solo regali".
    near(['CODE_UNIT', 'ONLY'], { within: 1, unless: ['CHARITY'], unlessAd: ['FLORIST'] }),
  ],
  languages: {
    // English is the lingua franca of these ads and the rose emoji has no language: run everywhere.
    neutral: {
      patterns: [
        ...coded('roses?|gifts?|donations?|tips'),
        // Rose emoji repeated or multiplied in front of a number: "🌹🌹 200", "🌹x80".
        new RegExp(`(?<ev>(?:\\brose\\s?){2,8}${AMOUNT}|\\brose\\s?[x×*]\\s?${AMOUNT})(?![\\d.,]*\\s?[-–/.]\\s?\\d)`, 'u'),
        /\b(?<ev>(?:donations?|gifts?|roses) only)\b/u,
      ],
      unless: [/\b(?:admission|entry|entrance|tickets?|museum|concert|yoga|class|church|charity|food bank|florist)\b/u],
      examples: {
        flag: [
          { text: 'Sweet girl, 30 min 80 roses, 1 hr 150 roses.', evidence: ['80 roses', '150 roses'] },
          { text: 'Elegant companion. Donations: 200/hr, 500 for a dinner date.', evidence: ['Donations: 200/hr'] },
          { text: 'New here 🌹🌹 200 incall', evidence: ['🌹🌹 200'] },
          { text: '30min 🌹x80 | 1h 🌹x150', evidence: ['🌹x80', '🌹x150'] },
          { text: 'Discreet meetings, donation only, text me.', evidence: ['donation only'] },
          { text: '150 r0ses per hour, text only', evidence: ['150 r0ses'] },
        ],
        pass: [
          'A dozen red roses 25 €, free delivery in town.',
          'Florist assistant, 20-30 hours per week, condition roses and prepare bouquets, £12.75/hour.',
          'Street fundraiser: ask the public for monthly donations, £13.20/hour.',
          '🌹 Valentine rush! 🌹🌹🌹 10–15 February, drivers £12.90/hour.',
          'Museum entry by donation only.',
          'Barista, £12.75/hour plus tips, staff meals.',
        ],
      },
    },
    it: {
      patterns: coded('rose|regal[io]|donazion[ei]'),
      examples: {
        flag: [
          { text: 'Nuova ragazza, 20 min 50 rose, 1 ora 150.', evidence: ['50 rose'] },
          { text: "Dolce e solare, un'ora 180 rose, mezz'ora 100 rose.", evidence: ['180 rose', '100 rose'] },
        ],
        pass: [
          'Mazzo di 12 rose rosse a 25 euro, consegna a domicilio.',
          'Raccogliamo donazioni per la mensa dei poveri: anche 10 euro al mese aiutano.',
        ],
      },
    },
    es: {
      patterns: coded('rosas|regalos?|donativos?|donacion(?:es)?'),
      examples: {
        flag: [
          { text: 'Chica nueva, 30 min 60 rosas, 1 hora 100 rosas.', evidence: ['60 rosas', '100 rosas'] },
          { text: 'Solo 150 regalos la hora, sin prisas.', evidence: ['150 regalos'] },
        ],
        pass: ['Ramo de 24 rosas rojas por 35 €, envío gratis.', 'Colabora con un donativo de 10 € al mes con la fundación.'],
      },
    },
    pl: {
      patterns: coded('roz|roze|rozy|prezent(?:ow|y)?|donacj[ai]|darowizn[ay]?'),
      examples: {
        flag: [{ text: 'Nowa w mieście, 30 min – 150 róż, godzina – 250 róż.', evidence: ['150 róż', '250 róż'] }],
        pass: ['Bukiet 25 róż za 120 zł, dostawa w 2 godziny.', 'Zachęcasz do regularnych darowizn, 34 zł/h brutto.'],
      },
    },
    sk: {
      patterns: coded('ruzi|ruze|ruza|darcek(?:ov|y)?|darov|dary|prispev(?:ok|ky|kov)'),
      examples: {
        flag: [{ text: 'Nová v meste, 30 min 60 ruží, hodina 100 ruží.', evidence: ['60 ruží', '100 ruží'] }],
        pass: ['Kytica 15 ruží za 30 €, doručenie do 2 hodín.'],
      },
    },
    bg: {
      patterns: coded('рози|роза|подаръ(?:к|ка|ци)|дарени(?:е|я)'),
      examples: {
        flag: [{ text: 'Нова в града. 30 мин – 100 рози, час – 180 рози.', evidence: ['100 рози', '180 рози'] }],
        pass: [
          'Берачи на рози, заплащане 8 лв на час, безплатен транспорт.',
          'Букет от 21 рози за 60 лв, доставка до 2 часа.',
        ],
      },
    },
    el: {
      patterns: coded('τριανταφυλλ(?:α|ο|ων)|δωρ(?:α|ο|ακια)|δωρε(?:ες|α)'),
      examples: {
        flag: [{ text: "Νέα στην πόλη, 30' 80 τριαντάφυλλα, 1 ώρα 150 τριαντάφυλλα.", evidence: ['80 τριαντάφυλλα', '150 τριαντάφυλλα'] }],
        pass: ['Ανθοδέσμη με 20 τριαντάφυλλα 35€, δωρεάν αποστολή σε 2 ώρες.'],
      },
    },
    ro: {
      patterns: coded('trandafiri|trandafir|cadouri|cadou|donatii|donatie'),
      examples: {
        flag: [{ text: 'Nouă în oraș, 30 min 200 trandafiri, o oră 300 trandafiri.', evidence: ['200 trandafiri', '300 trandafiri'] }],
        pass: ['Buchet din 25 trandafiri roșii la 150 lei, livrare în 2 ore.'],
      },
    },
    uk: {
      patterns: coded('троянд(?:и|а)?|роз|подарунк\\p{L}{0,2}|подарунок|пожертв(?:а|и|ування)?'),
      examples: {
        flag: [{ text: 'Нова в місті, 30 хв 80 троянд, година 150 троянд.', evidence: ['80 троянд', '150 троянд'] }],
        pass: ['Букет із 51 троянди за 1500 грн, доставка за 2 години.'],
      },
    },
    ru: {
      patterns: coded('роз|розы|роза|розочек|подар(?:ок|ка|ки|ков)|пожертвовани[ея]'),
      examples: {
        flag: [{ text: 'Новенькая, только приехала. Час – 5000 роз, выезд и у себя.', evidence: ['5000 роз'] }],
        pass: ['Букет из 25 роз за 3000 руб., доставка за 2 часа.'],
      },
    },
    fr: {
      patterns: coded('roses?|cadeaux|cadeau|dons?'),
      examples: {
        flag: [{ text: 'Nouvelle sur la ville, 30 min 100 roses, 1 h 180 roses.', evidence: ['100 roses', '180 roses'] }],
        pass: ['Bouquet de 12 roses à 25 €, livraison en 2 heures.'],
      },
    },
    de: {
      patterns: coded('rosen|geschenke?|spenden?|taschengeld'),
      examples: {
        flag: [
          { text: 'Neu in der Stadt, 30 Min 80 Rosen, 1 Std 150 Rosen.', evidence: ['80 Rosen', '150 Rosen'] },
          { text: 'Diskret, 200 Taschengeld pro Stunde.', evidence: ['200 Taschengeld'] },
        ],
        pass: ['Strauß mit 20 Rosen für 35 €, Lieferung in 2 Stunden.', 'Au-pair: Taschengeld 280 € im Monat, eigenes Zimmer.'],
      },
    },
  },
});
