import { defineRule } from '../engine/rule';

/**
 * Emphasis on youth: "very young", "18yo", "girls aged 18-25", diminutives ("giovanissima",
 * "молоденькая"). A 2024 NIJ study of escort ads found youth language a significant predictor of
 * trafficking. Ordinary job ads' "young dynamic team" is not this: only women and girls are meant.
 */

/** An age range of young adults right after a word for women or girls: "ragazze di bella presenza, 18-25". */
const AGE_RANGE = '[^.\\n\\d]{0,30}\\b(?:1[6-9]|2\\d) ?(?:[-–]|a|do|до|εως|la|bis|à) ?(?:2\\d|3[0-5])\\b';
const ageRange = (women: string) => new RegExp(`\\b(?:${women})\\b${AGE_RANGE}`, 'u');

export default defineRule({
  id: 'youth-emphasis',
  category: 'vulnerability-targeting',
  weight: 20,
  languages: {
    neutral: {
      patterns: [
        /\b(?:1[89]|20) ?(?:yo|y\/o|y\.o)\b/u,
        // An age range that starts below 18, in any language: "aged 16-21", "16–22 lata", "возраст 15–21", "de 16 à 19 ans".
        /\b(?:aged?|ages|age range|vek|wiek|eta|edad|alter|varsta|возраст\p{L}*|вік|възраст|ηλικια\p{L}*)\W{0,3}(?:from |od |de |von |от |від |απο )?1[4-7] ?(?:[-–]|to|a|do|до|bis|εως|la) ?(?:1[6-9]|2\d)\b|\b1[4-7] ?(?:[-–]|a|à|do|до|bis) ?(?:1[6-9]|2\d) ?(?:ans|anni|anos|years|yrs|lat|lata|let|лет|jahre|jahren|rokov|ani|години|років|роки|ετων|ετη)\b|\b(?:zwischen|entre|tra|between|между|між|μεταξυ|intre|medzi|miedzy) (?:i |los |les )?1[4-7] (?:und|y|et|e|and|и|і|και|si|a) (?:i |los |les )?(?:1[6-9]|2\d)\b/u,
      ],
      // Work with young people (camps, schools, apprenticeships) names their ages too.
      unless: [/\b(?:children|kids|pupils|students?|camps?|apprentic\p{L}*|programm?e|schools?|youth|traineeships?|scheme|education|tutor\p{L}*|coach\p{L}*|sports?|bambini|ragazzi|ninos|enfants|kinder|dzieci|deti|деца|дети|діти|παιδια|copii)\b/u],
      examples: {
        flag: [
          { text: 'Sweet 19yo girl just arrived 🌹150/h', evidence: ['19yo'] },
          { text: "We're scouting fresh faces aged 16-21 for a campaign in Istanbul.", evidence: ['aged 16-21'] },
          { text: 'Tänzerinnen und Models zwischen 17 und 21 für einen Dreh in Dubai.', evidence: ['zwischen 17 und 21'] },
        ],
        pass: ['Applicants must be 18 years old or over.', 'Part-time, 16-20 hours a week, students welcome.', 'Summer camp leaders wanted for children aged 14-17.'],
      },
    },
    en: {
      patterns: [
        /\b(?:very|super|really|so) young\b|\b(?:barely|just turned) (?:18|legal)\b|\byoung (?:girls?|women|ladies|females?)\b/u,
        /\b(?:sweet|fresh|new) (?:and|&) (?:young|fresh)\b|\bmust be (?:under|below|younger than) (?:2\d|30)\b/u,
        ageRange('girls?|women|ladies|females?'),
      ],
      unless: [/\b(?:programm?e|mentor\p{L}*|empowerment|scholarships?|stem|leadership|sports?|football|school|education|youth work\p{L}*)\b/u],
      examples: {
        flag: [
          { text: 'We are looking for attractive girls aged 18-25 to work as hostesses.', evidence: ['girls aged 18-25'] },
          { text: 'New girl in town, sweet and young.', evidence: ['sweet and young'] },
          { text: 'Must be under 25, slim and open-minded.', evidence: ['Must be under 25'] },
        ],
        pass: ['Join our young, dynamic team in Leeds!', 'Mentoring programme for young women in engineering, ages 18-25.'],
      },
    },
    it: {
      patterns: [
        /\bgiovanissim[ae]\b|\b(?:ragazz[ae]|donne) (?:molto )?giovan[ie]\b|\bgiovani (?:ragazze|donne)\b|\b(?:18|19|20)enni?\b|\bappena maggiorenn[ei]\b/u,
        /\bgiovane e (?:solare|dolce|carina|bella|sexy|disponibile|simpatica|discreta|coccolona)\b/u,
        ageRange('ragazz[ae]|donne|signorine'),
      ],
      examples: {
        flag: [
          { text: 'Cercasi ragazze di bella presenza, 18-25 anni, per lavoro come hostess.', evidence: ['ragazze di bella presenza, 18-25'] },
          { text: 'Novità in città, giovanissima orientale.', evidence: ['giovanissima'] },
        ],
        pass: ['Entra nel nostro team giovane e dinamico!', 'Cerchiamo camerieri, età 18-25 anni preferibile, contratto CCNL.'],
      },
    },
    es: {
      patterns: [
        /\bjovencitas?\b|\bmuy joven\b|\b(?:chicas|mujeres|senoritas) (?:muy )?jovenes\b|\bjovenes (?:chicas|mujeres)\b|\brecien cumplidos? (?:los )?18\b/u,
        /\bjoven y (?:dulce|carinosa|guapa|discreta|complaciente|sexy)\b/u,
        ageRange('chicas|mujeres|senoritas'),
      ],
      examples: {
        flag: [{ text: 'Buscamos chicas jóvenes (18-24) para trabajar como azafatas.', evidence: ['chicas jóvenes (18-24'] }],
        pass: ['Equipo joven y dinámico busca comercial con experiencia.'],
      },
    },
    pl: {
      patterns: [
        /\bmłodziutk\p{L}{1,2}\b|\bbardzo młod\p{L}{1,2}\b|\bmłod\p{L}{1,3} (?:dziewczyn\p{L}{0,2}|dziewczat|kobiet\p{L}{0,2}|panienk\p{L}{0,2})\b|\bswiezo po 18\b/u,
        ageRange('dziewczyn\\p{L}{0,2}|dziewczat|kobiet\\p{L}{0,2}|pan'),
      ],
      examples: {
        flag: [{ text: 'Szukamy młodych dziewczyn do pracy jako hostessy.', evidence: ['młodych dziewczyn'] }],
        pass: ['Dołącz do naszego młodego i dynamicznego zespołu.'],
      },
    },
    sk: {
      patterns: [
        /\bmladuck\p{L}{1,2}\b|\bvelmi mlad\p{L}{1,2}\b|\bmlad\p{L}{1,3} (?:dievcat\p{L}{0,2}|dievc\p{L}{1,3}|zen\p{L}{0,3}|slecn\p{L}{0,3})\b/u,
        ageRange('dievcat\\p{L}{0,2}|dievcin\\p{L}{0,2}|zen\\p{L}{0,3}|slecn\\p{L}{0,3}'),
      ],
      examples: {
        flag: [{ text: 'Práca v Anglicku pre mladé dievčatá – hostesky.', evidence: ['mladé dievčatá'] }],
        pass: ['Hľadáme posilu do mladého kolektívu, mzda 1 100 €.'],
      },
    },
    bg: {
      patterns: [
        /\bмладичк\p{L}{1,2}\b|\bмного млад\p{L}{1,2}\b|\bмлади (?:момичета|жени|дами)\b|\bмлада и (?:нежна|сладка|красива|дискретна|гореща)\b/u,
        ageRange('момичета|жени|дами'),
      ],
      examples: {
        flag: [{ text: 'Търсим млади момичета за работа като хостеси.', evidence: ['млади момичета'] }],
        pass: ['Търсим служители в млад и динамичен екип.'],
      },
    },
    el: {
      patterns: [
        /\bνεαρ(?:ες|η|ο|α) (?:κοπελ\p{L}{1,3}|κοριτσ\p{L}{1,3}|γυναικ\p{L}{1,3})\b|\bπολυ νεα\b|\bνεαρη (?:εξωτικη|ξανθια|μελαχρινη|και)\b/u,
        ageRange('κοπελ\\p{L}{1,3}|κοριτσ\\p{L}{1,3}|γυναικ\\p{L}{1,3}'),
      ],
      examples: {
        flag: [{ text: 'Ζητούνται νεαρές κοπέλες για εργασία ως hostess.', evidence: ['νεαρές κοπέλες'] }],
        pass: ['Ζητείται υπάλληλος για νεανική και δυναμική ομάδα.'],
      },
    },
    ro: {
      patterns: [
        /\bfete (?:foarte )?tinere\b|\btinere (?:fete|femei)\b|\bfoarte tanara\b|\btinerica\b|\btanara (?:si|,) ?(?:discreta|draguta|frumoasa|dulce|sexy)\b/u,
        ageRange('fete|femei|domnisoare'),
      ],
      examples: {
        flag: [{ text: 'Căutăm fete tinere și drăguțe pentru muncă de hostess.', evidence: ['fete tinere'] }],
        pass: ['Echipă tânără și dinamică angajează agent vânzări.'],
      },
    },
    uk: {
      patterns: [
        /\bмолоденьк\p{L}{1,2}\b|\bдуже молод\p{L}{1,2}\b|\bмолод(?:і|их|им) (?:дівчат\p{L}{0,2}|дівчин\p{L}{0,2}|жінок|жінки)\b/u,
        ageRange('дівчат\\p{L}{0,2}|дівчин\\p{L}{0,2}|жінок|жінки'),
      ],
      examples: {
        flag: [{ text: 'Робота для дівчат 18-25 у Туреччині.', evidence: ['дівчат 18-25'] }],
        pass: ['Молода команда шукає менеджера з продажу.'],
      },
    },
    ru: {
      patterns: [
        /\bмолоденьк\p{L}{1,2}\b|\bочень молод\p{L}{1,2}\b|\bмолод(?:ые|ых|ым) (?:девушк\p{L}{0,2}|девочк\p{L}{0,2}|женщин\p{L}{0,2})\b|\bюн(?:ая|ые|ых)\b/u,
        ageRange('девушк\\p{L}{0,2}|девочк\\p{L}{0,2}|женщин\\p{L}{0,2}'),
      ],
      examples: {
        flag: [{ text: 'Досуг. Новенькая, молоденькая, только приехала.', evidence: ['молоденькая'] }],
        pass: ['Молодой дружный коллектив ищет бухгалтера.'],
      },
    },
    fr: {
      patterns: [
        /\btres jeune\b|\bjeunes filles\b|\bjeune et (?:douce|jolie|belle|coquine|sexy|discrete|sensuelle|timide)\b|\btout juste (?:18 ans|majeure)\b/u,
        ageRange('filles|femmes|demoiselles'),
      ],
      examples: {
        flag: [{ text: 'Nouvelle sur la ville, jeune et douce.', evidence: ['jeune et douce'] }],
        pass: ['Équipe jeune et dynamique recherche un commercial.'],
      },
    },
    de: {
      patterns: [
        /\bsehr jung\p{L}{0,2}\b|\bblutjung\p{L}{0,2}\b|\bjunge (?:madchen|osteuropaerin|asiatin|latina|blondine|studentin)\b|\bfrisch (?:18|volljahrig)\b|\bjung und (?:zartlich|suß|suss|hubsch|sexy)\b/u,
        ageRange('madchen|frauen|damen'),
      ],
      examples: {
        flag: [{ text: 'Neu in der Stadt! Junge Osteuropäerin, zärtliche Massage.', evidence: ['Junge Osteuropäerin'] }],
        pass: ['Junges, dynamisches Team sucht Verstärkung im Vertrieb.'],
      },
    },
  },
});
