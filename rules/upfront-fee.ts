import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'upfront-fee',
  category: 'debt-fees',
  weight: 40,
  languages: {
    en: {
      patterns: [/\b(?:registration|processing|visa|placement|recruitment|application|training|uniform)\s+(?:fee|fees|deposit|cost|costs|charge)\b/],
      unless: [/\b(?:no|never|not|free of|without|zero)\b[^.]{0,40}\b(?:fee|fees|charge|charges)\b/],
      examples: {
        flag: [{ text: 'Pay a $200 processing fee before travel.', evidence: ['processing fee'] }],
        pass: ['We never charge candidates a placement fee.'],
      },
    },
    it: {
      patterns: [/\b(?:quota|tassa|costo|spese)\s+(?:di\s+)?(?:iscrizione|registrazione|pratica|pratiche|selezione|visto|formazione)\b/],
      unless: [/\b(?:nessun[ao]?|non|senza|gratuit[ao])\b[^.]{0,40}\b(?:quota|tassa|costo|spese|costi)\b/],
      examples: {
        flag: [{ text: 'Quota di iscrizione 150 euro da versare subito.', evidence: ['Quota di iscrizione'] }],
        pass: ['Nessuna quota di iscrizione: la selezione è gratuita.'],
      },
    },
  },
});
