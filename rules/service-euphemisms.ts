import { defineRule } from '../engine/rule';

/**
 * Thinly veiled euphemisms for sexual services in ads that pose as massage, company or "leisure"
 * (kept to terms that name the service without being graphic). A therapeutic massage, a leisure
 * centre for children or a Valentine's gift box is not this.
 */
export default defineRule({
  id: 'service-euphemisms',
  category: 'coded-services',
  weight: 30,
  languages: {
    neutral: {
      patterns: [
        /\b(?:girlfriend experience|gfe (?:experience|service)|happy ending|body ?to ?body|b2b massage|nuru|erotic massage|sensual massage|generous (?:gentlem[ae]n|gents|men)|sugar daddy)\b/u,
      ],
      examples: {
        flag: [
          { text: 'Elegant companion for generous gentlemen, discreet.', evidence: ['generous gentlemen'] },
          { text: 'Sensual massage with happy ending, text me.', evidence: ['Sensual massage', 'happy ending'] },
        ],
        pass: ['Sports massage therapist for our clinic, Level 4 qualification.', 'Gentlemen’s barber wanted, generous commission.'],
      },
    },
    it: {
      patterns: [/\bmassagg[io] (?:complet[io]|con finale|particolar[ie]|eroti\p{L}{2}|sensual[ie]|body)\b|\bsenza tabu\b|\b(?:signori|gentiluomini|uomini) (?:distinti e )?generosi\b/u],
      examples: {
        flag: [{ text: 'Massaggi completi per signori generosi.', evidence: ['Massaggi completi', 'signori generosi'] }],
        pass: ['Massaggi terapeutici e riabilitativi, centro di fisioterapia.'],
      },
    },
    es: {
      patterns: [/\bfinal feliz\b|\bmasajes? (?:eroticos?|con final|completos?|sensuales?)\b|\bsin tabues?\b|\bcaballeros generosos\b/u],
      examples: {
        flag: [{ text: 'Masajes con final feliz, sin tabúes.', evidence: ['Masajes con final', 'sin tabúes'] }],
        pass: ['Masajes terapéuticos y deportivos en nuestra clínica.'],
      },
    },
    pl: {
      patterns: [/\bmasaz (?:erotyczny|zmyslowy|body)\b|\bbez tabu\b|\bhojn\p{L}{1,3} (?:panow|panowie|dzentelmen\p{L}{0,3}|mezczyzn)\b/u],
      examples: {
        flag: [{ text: 'Zmysłowy relaks, masaż erotyczny, bez tabu.', evidence: ['masaż erotyczny', 'bez tabu'] }],
        pass: ['Masaż leczniczy i sportowy w gabinecie fizjoterapii.'],
      },
    },
    sk: {
      patterns: [/\beroticka masaz\b|\bbez tabu\b|\bstedr\p{L}{1,3} (?:panov|pani|gentleman\p{L}{0,3}|muzov)\b/u],
      examples: {
        flag: [{ text: 'Erotická masáž bez tabu.', evidence: ['Erotická masáž', 'bez tabu'] }],
        pass: ['Športová masáž vo fyzioterapeutickom centre.'],
      },
    },
    bg: {
      patterns: [/\bеротичен масаж\b|\bбез табу\b|\bщедри (?:господа|мъже|джентълмени)\b|\bинтимни услуги\b/u],
      examples: {
        flag: [{ text: 'Еротичен масаж за щедри господа.', evidence: ['Еротичен масаж', 'щедри господа'] }],
        pass: ['Лечебен масаж във физиотерапевтичен център.'],
      },
    },
    el: {
      patterns: [/\bερωτικο μασαζ\b|\bχωρις ταμπου\b|\bγενναιοδωρ\p{L}{1,3} (?:κυρι\p{L}{1,3}|αντρ\p{L}{1,3})\b/u],
      examples: {
        flag: [{ text: 'Ερωτικό μασάζ χωρίς ταμπού.', evidence: ['Ερωτικό μασάζ', 'χωρίς ταμπού'] }],
        pass: ['Θεραπευτικό μασάζ σε κέντρο φυσικοθεραπείας.'],
      },
    },
    ro: {
      patterns: [/\bmasaj (?:erotic|senzual|body)\b|\bfara tabu\p{L}{0,2}\b|\bdomni generosi\b|\bfinal fericit\b/u],
      examples: {
        flag: [{ text: 'Masaj erotic pentru domni generoși.', evidence: ['Masaj erotic', 'domni generoși'] }],
        pass: ['Masaj terapeutic în clinica noastră de recuperare.'],
      },
    },
    uk: {
      patterns: [/\bеротичн\p{L}{1,3} масаж\p{L}{0,2}\b|\bбез табу\b|\bінтим\b|\bщедр\p{L}{1,3} чоловік\p{L}{0,3}\b/u],
      examples: {
        flag: [{ text: 'Еротичний масаж без табу.', evidence: ['Еротичний масаж', 'без табу'] }],
        pass: ['Лікувальний масаж у реабілітаційному центрі.'],
      },
    },
    ru: {
      patterns: [
        /\bэротическ\p{L}{1,3} массаж\p{L}{0,2}\b|\bмассаж с продолжением\b|\bбез табу\b|\bинтим\b|\bщедр\p{L}{1,3} мужчин\p{L}{0,2}\b/u,
        /^\s*досуг\b/mu,
      ],
      examples: {
        flag: [
          { text: 'Досуг. Новенькая, выезд и у себя.', evidence: ['Досуг'] },
          { text: 'Массаж с продолжением, без табу.', evidence: ['Массаж с продолжением', 'без табу'] },
        ],
        pass: ['Организация досуга для детей и пенсионеров, центр культуры.', 'Лечебный массаж в реабилитационном центре.'],
      },
    },
    fr: {
      patterns: [/\bmassages? (?:erotiques?|naturistes?|sensuels?|tantriques?)\b|\bsans tabous?\b|\bmessieurs genereux\b/u],
      examples: {
        flag: [{ text: 'Massage naturiste, sans tabou.', evidence: ['Massage naturiste', 'sans tabou'] }],
        pass: ['Masseur-kinésithérapeute diplômé, massages thérapeutiques.'],
      },
    },
    de: {
      patterns: [/\b(?:erotische|zartliche|sinnliche) massage\p{L}?\b|\bohne tabus?\b|\btabulos\b|\bgrosszugige (?:herren|gentlemen|manner)\b|\bhappy end\b/u],
      examples: {
        flag: [{ text: 'Junge Osteuropäerin, zärtliche Massage, ohne Tabus.', evidence: ['zärtliche Massage', 'ohne Tabus'] }],
        pass: ['Physiotherapeut/in für Massage und Krankengymnastik gesucht.'],
      },
    },
  },
});
