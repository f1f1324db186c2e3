import { near } from './concepts/define';
import { defineRule } from '../engine/rule';

/**
 * Promises of easy money: "easy money", "guadagni facili", "łatwe pieniądze", "лёгкие деньги", and
 * high pay joined to easy work or to no experience in one sentence ("simple work, high pay",
 * "высокий заработок без опыта"). "Good pay" alone is every honest ad's line, so it never flags alone.
 */

/** Two phrases in either order within one sentence (a bounded gap, no nested quantifiers). */
const together = (a: string, b: string) =>
  new RegExp(`(?:${a})[^.!?;\\n]{0,50}?(?:${b})|(?:${b})[^.!?;\\n]{0,50}?(?:${a})`, 'u');

/** Warnings against such offers quote the same words. */
const WARNING = /\b(?:scam|fraud|beware|warning|truff|estaf|oszust|oszuk|podvod|измам|απατ|inselaciun|escroc|шахра|мошенни|arnaque|betrug)\p{L}*/u;

export default defineRule({
  id: 'easy-money',
  category: 'too-good-to-be-true',
  weight: 30,
  match: [
    near(['EASY', 'EARN'], { within: 1 }),
    near(['HOME', 'EASY', 'EARN'], { within: 10 }),
    // "£200-£400 a day from your phone".
    near(['HOME', ['MONEY', 'AMOUNT'], 'DAY'], { within: 8, unless: ['JOB'] }),
    // "Verdienst 200-800 EUR täglich", "Z4R4BI4J 300-500 zł DZI3NNI3".
    near(['EARN', ['MONEY', 'AMOUNT'], 'DAY'], { within: 6, unless: ['JOB'] }),
    // "Guadagni fino a 1.500€ al mese da casa tua".
    near(['HOME', 'EARN', 'MONEY'], { within: 8, unless: ['JOB'] }),
    // "a Work from Home Opportunity where you can earn up to $2500 and more per week".
    near(['HOME', 'EARN', ['MONEY', 'AMOUNT']], { within: 12 }),
    // "These positions guarantee wages ranging from $12 per hour up to six figure salary".
    near(['EASY', 'WAGES', 'MONEY'], { within: 6 }),
    // "£2,400/month + bonuses for 2–3 hours a day", "1800 € месечно, 2–3 часа на ден": a whole pay for a few hours a
    // day. An hourly rate ("£12 per hour, 8 hours a day") or a named wage is an ordinary part-time offer.
    near(['MONEY', 'NUM', 'TIME_UNIT', 'DAY'], {
      within: 10,
      unless: ['WAGES', 'TAX', near(['MONEY', 'TIME_UNIT'], { within: 3, ordered: true })],
    }),
  ],
  languages: {
    en: {
      patterns: [
        /\b(?:easy|quick|fast) (?:money|cash|income|earnings)\b|\b(?:make money|earn) (?:easily|fast|quickly)\b/u,
        together('\\b(?:easy|simple|light) (?:work|job|tasks?)\\b|\\bno (?:experience|skills)\\b', '\\b(?:high|big|huge|top|great) (?:pay|salary|earnings|income)\\b'),
        /\bearn in (?:\d|one|two|three|a few) (?:months?|weeks?) what\b[^.!?\n]{0,40}\b(?:a year|a lifetime)\b/u,
      ],
      unless: [/\bnot (?:easy|quick) money\b/u, WARNING],
      examples: {
        flag: [
          { text: 'Remote package inspection associate. £2,400/month + bonuses for 2–3 hours a day.', evidence: ['2,400/month + bonuses for 2–3 hours a day'] },
          { text: 'Easy money from home, just message us!', evidence: ['Easy money'] },
          { text: 'Earn easily $400 extra per day in your free time.', evidence: ['Earn easily'] },
          { text: 'Simple work, high pay, start today.', evidence: ['Simple work, high pay'] },
          { text: 'Earn in 3 months what you earn in a year at home.', evidence: ['Earn in 3 months what you earn in a year'] },
        ],
        pass: ['This is hard physical work, not easy money, paid £12.50/hour.', 'Warning: ads promising easy money are often scams.', 'Great pay and benefits for experienced nurses.', 'Part-time cashier, £12.50 per hour, 4 hours a day, Monday to Friday.'],
      },
    },
    it: {
      patterns: [
        /\b(?:guadagn[io]|soldi|denaro) (?:facil[ei]|veloc[ei]|rapid[io])\b|\bguadagn[io] (?:altissim[io]|elevatissim[io]|da capogiro)\b/u,
        together('\\blavor[oi] (?:semplic[ei]|facil[ei])\\b|\\bsenza esperienza\\b|\\bpoche ore\\b', '\\b(?:alti|ottimi|grandi) guadagni\\b|\\bpaga (?:alta|altissima)\\b|\\bguadagni (?:alti|elevati)\\b'),
      ],
      unless: [WARNING],
      examples: {
        flag: [
          { text: 'Guadagni facili, 300 € al giorno!', evidence: ['Guadagni facili'] },
          { text: 'Cercasi hostess a Dubai, guadagni altissimi per poche ore di lavoro.', evidence: ['guadagni altissimi'] },
        ],
        pass: ['Attenzione alle truffe che promettono guadagni facili.', 'Ottimi guadagni per venditori con esperienza nel settore.'],
      },
    },
    es: {
      patterns: [
        /\b(?:dinero|ganancias?) (?:facil(?:es)?|rapid[oa]s?)\b|\bganar dinero (?:facil|rapido|facilmente)\b/u,
        together('\\btrabajo (?:sencillo|facil)\\b|\\bsin experiencia\\b|\\bpocas horas\\b', '\\b(?:altos|grandes) (?:ingresos|ganancias)\\b|\\b(?:sueldo|salario) (?:alto|muy alto)\\b'),
      ],
      unless: [WARNING],
      examples: {
        flag: [{ text: 'Dinero fácil desde casa, escríbenos.', evidence: ['Dinero fácil'] }, { text: 'Trabajo sencillo y altos ingresos.', evidence: ['Trabajo sencillo y altos ingresos'] }],
        pass: ['Cuidado con las estafas de dinero fácil en internet.', 'Salario competitivo y formación continua.'],
      },
    },
    pl: {
      patterns: [
        /\b(?:łatwe|szybkie) pieniadze\b|\b(?:łatwy|szybki) zarobek\b|\błatwa kasa\b/u,
        together('\\b(?:prosta|łatwa|lekka) praca\\b|\\bbez doswiadczenia\\b', '\\b(?:wysokie|duze|bardzo dobre) zarobki\\b|\\bwysoki zarobek\\b'),
      ],
      unless: [WARNING],
      examples: {
        flag: [{ text: 'Łatwe pieniądze bez wychodzenia z domu!', evidence: ['Łatwe pieniądze'] }, { text: 'Prosta praca, wysokie zarobki, wyjazd od zaraz.', evidence: ['Prosta praca, wysokie zarobki'] }],
        pass: ['Uwaga na oszustów obiecujących łatwe pieniądze.', 'Wysokie zarobki dla doświadczonych spawaczy z uprawnieniami.'],
      },
    },
    sk: {
      patterns: [
        /\b(?:lahke|rychle) peniaze\b|\b(?:lahky|rychly) zarobok\b/u,
        together('\\b(?:jednoducha|lahka|nenarocna) praca\\b|\\bbez skusenosti\\b', '\\b(?:vysoky|velmi dobry) (?:zarobok|plat)\\b|\\bvysoke zarobky\\b'),
      ],
      unless: [WARNING],
      examples: {
        flag: [{ text: 'Ľahké peniaze z domu, píšte nám.', evidence: ['Ľahké peniaze'] }, { text: 'Nenáročná práca, vysoký zárobok.', evidence: ['Nenáročná práca, vysoký zárobok'] }],
        pass: ['Pozor na podvody, ktoré sľubujú ľahké peniaze.', 'Vysoký zárobok pre skúsených zváračov s certifikátom.'],
      },
    },
    bg: {
      patterns: [
        /\b(?:лесни|бързи) пари\b|\b(?:лесна|бърза) печалба\b|\bлесни печалби\b/u,
        together('\\b(?:лесна|проста|лека) работа\\b|\\bбез опит\\b', '\\b(?:висок|голям) доход\\b|\\b(?:висока|голяма) заплата\\b|\\bвисоко заплащане\\b'),
      ],
      unless: [WARNING],
      examples: {
        flag: [{ text: 'Лесни пари от вкъщи, пишете ни.', evidence: ['Лесни пари'] }, { text: 'Лесна работа, висок доход.', evidence: ['Лесна работа, висок доход'] }],
        pass: ['Внимавайте с измами, които обещават лесни пари.', 'Висока заплата за опитни заварчици.'],
      },
    },
    el: {
      patterns: [
        /\bευκολ(?:α|ο) (?:χρηματα|χρημα|λεφτα|κερδη)\b|\bγρηγορα (?:χρηματα|λεφτα)\b/u,
        together('\\b(?:ευκολη|απλη) (?:εργασια|δουλεια)\\b|\\bχωρις εμπειρια\\b', '\\b(?:υψηλες|μεγαλες) (?:αποδοχες|απολαβες)\\b|\\bυψηλος μισθος\\b|\\bμεγαλα κερδη\\b'),
      ],
      unless: [WARNING],
      examples: {
        flag: [{ text: 'Εύκολα χρήματα από το σπίτι!', evidence: ['Εύκολα χρήματα'] }, { text: 'Απλή εργασία, υψηλές αποδοχές.', evidence: ['Απλή εργασία, υψηλές αποδοχές'] }],
        pass: ['Προσοχή στις απάτες που υπόσχονται εύκολα χρήματα.', 'Υψηλές αποδοχές για έμπειρους μηχανικούς.'],
      },
    },
    ro: {
      patterns: [
        /\bbani (?:usori|rapizi|multi si usor)\b|\bcastig(?:uri)? (?:usor|usoare|rapid)\b/u,
        together('\\b(?:munca|job|lucru) (?:usoara|usor|simpla|simplu)\\b|\\bfara experienta\\b', '\\bcastig(?:uri)? (?:mari|mare|foarte mari)\\b|\\bsalariu (?:mare|foarte mare)\\b|\\bbani (?:multi|frumosi)\\b'),
      ],
      unless: [WARNING],
      examples: {
        flag: [{ text: 'Bani ușori de acasă, scrie-ne!', evidence: ['Bani ușori'] }, { text: 'Muncă ușoară, câștiguri mari.', evidence: ['Muncă ușoară, câștiguri mari'] }],
        pass: ['Atenție la înșelăciuni care promit bani ușori.', 'Salariu motivant pentru sudori cu experiență.'],
      },
    },
    uk: {
      patterns: [
        /\b(?:легк|швидк)\p{L}{0,3} (?:грош\p{L}*|заробіт\p{L}*|дохід)\b/u,
        together('\\b(?:легка|проста|нескладна) робота\\b|\\bбез досвіду\\b', '\\b(?:високии|великии) (?:заробіток|дохід)\\b|\\bвисока (?:зарплата|оплата)\\b'),
      ],
      unless: [WARNING],
      examples: {
        flag: [{ text: 'Легкі гроші вдома, пишіть!', evidence: ['Легкі гроші'] }, { text: 'Проста робота, високий заробіток.', evidence: ['Проста робота, високий заробіток'] }],
        pass: ['Обережно: шахраї обіцяють легкі гроші.', 'Висока зарплата для досвідчених зварювальників.'],
      },
    },
    ru: {
      patterns: [
        /\b(?:легк|быстр)\p{L}{0,3} (?:деньги|денег|заработ\p{L}*|доход)\b/u,
        together('\\b(?:легкая|простая|несложная) работа\\b|\\bбез опыта\\b', '\\b(?:высок|больш)\\p{L}{0,3} (?:заработ\\p{L}*|доход\\p{L}*|зарплат\\p{L}*)\\b'),
      ],
      unless: [WARNING],
      examples: {
        flag: [
          { text: 'Лёгкие деньги без вложений!', evidence: ['Лёгкие деньги'] },
          { text: 'Работа в Южной Корее на заводе, высокий заработок без опыта и без знания языка.', evidence: ['высокий заработок без опыта'] },
        ],
        pass: ['Осторожно, мошенники обещают лёгкие деньги.', 'Высокая зарплата для опытных сварщиков с допуском НАКС.'],
      },
    },
    fr: {
      patterns: [
        /\b(?:argent|gains?|revenus?) (?:facile|faciles|rapide|rapides)\b|\bgagner (?:de l['’ ]?argent )?(?:facilement|rapidement)\b/u,
        together('\\b(?:travail|job) (?:simple|facile)\\b|\\bsans experience\\b', '\\b(?:hauts?|gros|eleves?) (?:salaires?|revenus|gains)\\b|\\bsalaire (?:eleve|tres eleve)\\b'),
      ],
      unless: [WARNING],
      examples: {
        flag: [{ text: 'Argent facile depuis chez vous !', evidence: ['Argent facile'] }, { text: 'Travail simple, gros revenus.', evidence: ['Travail simple, gros revenus'] }],
        pass: ['Attention aux arnaques qui promettent de l’argent facile.', 'Salaire attractif pour soudeurs qualifiés.'],
      },
    },
    de: {
      patterns: [
        /\b(?:leichtes|schnelles|einfaches) geld\b|\bleicht verdientes geld\b|\bschnell (?:und einfach )?geld verdienen\b/u,
        together('\\b(?:einfache|leichte) (?:arbeit|tatigkeit|jobs?)\\b|\\bohne erfahrung\\b', '\\b(?:hoher|top|sehr guter) (?:verdienst|lohn)\\b|\\bhohe (?:bezahlung|verdienste)\\b|\\bhohes gehalt\\b'),
      ],
      unless: [WARNING],
      examples: {
        flag: [{ text: 'Leichtes Geld von zu Hause!', evidence: ['Leichtes Geld'] }, { text: 'Einfache Arbeit, hoher Verdienst.', evidence: ['Einfache Arbeit, hoher Verdienst'] }],
        pass: ['Vorsicht vor Betrug mit leichtem Geld.', 'Hoher Verdienst für erfahrene Schweißer mit Zertifikat.'],
      },
    },
  },
});
