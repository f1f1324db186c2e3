import { defineRule } from '../engine/rule';

/**
 * Emphasis on an exotic ethnicity of a woman offered ("petite Asian girl", "giovanissima orientale",
 * "junge Osteuropäerin"). A 2024 NIJ study found stated ethnicity a significant predictor of
 * trafficking in escort ads. Exotic fruit, oriental cuisine and exotic holidays are not this.
 */
export default defineRule({
  id: 'exotic-emphasis',
  category: 'vulnerability-targeting',
  weight: 20,
  languages: {
    en: {
      patterns: [
        /\b(?:exotic|oriental|asian|latina|ebony|thai|filipina|brazilian|east(?:ern)? european)\b (?:\p{L}{1,20} )?(?:girls?|beaut(?:y|ies)|women|ladies|lady|babes?|dolls?|companions?|masseuses?|massage|princess)\b/u,
      ],
      unless: [/\b(?:cuisine|restaurants?|chefs?|cooks?|food|speaking|speakers?|languages?|fluent|markets?|studies|history|art)\b/u],
      examples: {
        flag: [{ text: 'NEW IN TOWN Sweet petite Asian girl, just arrived.', evidence: ['Asian girl'] }],
        pass: ['Chef de partie for our Asian fusion restaurant, exotic fruit desserts.'],
      },
    },
    it: {
      patterns: [
        /\b(?:ragazz[ae]|donn[ae]|giovan\p{L}{0,12}|massaggiatric[ei]|bambol[ae]|bellezz[ae]|signorin[ae]) (?:\p{L}{1,20} )?(?:esotic[ae]|oriental[ei]|asiatic[ae]|latin[ae]|mulatt[ae]|brasilian[ae]|thailandes[ei]|cinesin[ae]|stranier[ae])\b/u,
        /\b(?:bellezza|dea|bambola) (?:esotica|orientale|latina)\b/u,
      ],
      unless: [/\b(?:cucina|ristorante|cuoc[oa]|chef|lingua|madrelingua|mercat[oi])\b/u],
      examples: {
        flag: [
          { text: 'Massaggiatrice orientale, nuova in zona.', evidence: ['Massaggiatrice orientale'] },
          { text: 'Novità in città, giovanissima orientale, dolce.', evidence: ['giovanissima orientale'] },
        ],
        pass: ['Ristorante di cucina orientale cerca aiuto cuoco.'],
      },
    },
    es: {
      patterns: [/\b(?:chicas?|mujer(?:es)?|jovencitas?|senoritas?|masajistas?|munecas?|bellezas?) (?:\p{L}{1,20} )?(?:exotic[ao]s?|oriental(?:es)?|asiatic[ao]s?|latin[ao]s?|mulat[ao]s?|brasilen[ao]s?)\b/u],
      unless: [/\b(?:cocina|restaurante|cociner[ao]|chef|idioma|nativ[ao]|mercado)\b/u],
      examples: {
        flag: [{ text: 'NOVEDAD jovencita latina recién llegada, cariñosa.', evidence: ['jovencita latina'] }],
        pass: ['Restaurante de cocina asiática y latina busca cocinero.'],
      },
    },
    pl: {
      patterns: [/\begzotyczn(?:a|ej|e) (?:pieknosc|dziewczyn\p{L}{0,2}|kobiet\p{L}{0,2}|masazystk\p{L}{0,2}|lal\p{L}{1,3})\b|\b(?:azjatk\p{L}{0,2}|latynosk\p{L}{0,2}|mulatk\p{L}{0,2})\b|\bmłodziutka,? egzotyczna\b/u],
      examples: {
        flag: [{ text: 'Nowa w mieście, młodziutka, egzotyczna, masaż.', evidence: ['młodziutka, egzotyczna'] }],
        pass: ['Egzotyczne owoce i egzotyczna podróż w katalogu biura podróży.'],
      },
    },
    sk: {
      patterns: [/\bexoticka (?:krask\p{L}|dievc\p{L}{1,3}|zen\p{L}{1,2}|masérk\p{L}|maserk\p{L})\b|\b(?:aziatk\p{L}|latinsk\p{L}{1,2} krask\p{L}|mulatk\p{L})\b/u],
      examples: {
        flag: [{ text: 'Exotická kráska, nová v meste.', evidence: ['Exotická kráska'] }],
        pass: ['Exotická dovolenka a exotické ovocie za super ceny.'],
      },
    },
    bg: {
      patterns: [/\bекзотичн(?:а|и) (?:красавиц\p{L}|момиче\p{L}{0,2}|жен\p{L}{1,2}|масажистк\p{L})\b|\b(?:азиатка|латинка|мулатка|ориенталска красавица)\b/u],
      examples: {
        flag: [{ text: 'Екзотична красавица, нова в града.', evidence: ['Екзотична красавица'] }],
        pass: ['Екзотични плодове и екзотична почивка на Малдивите.'],
      },
    },
    el: {
      patterns: [/\bνεαρη εξωτικη\b|\bεξωτικ(?:η|ες) (?:κοπελ\p{L}{1,3}|καλλονη|κουκλ\p{L}{1,2}|γυναικ\p{L}{1,3}|μασερ)\b|\b(?:ασιατισσα|λατινα|μουλατα|ανατολιτισσα)\b/u],
      examples: {
        flag: [{ text: 'Νέα στην πόλη, νεαρή εξωτική, χαλαρωτικό μασάζ.', evidence: ['νεαρή εξωτική'] }],
        pass: ['Εξωτική κουζίνα και εξωτικά φρούτα στο εστιατόριό μας.'],
      },
    },
    ro: {
      patterns: [/\b(?:fata|fete|tanara|femeie|domnisoara|masajista|frumusete|papusa) (?:\p{L}{1,20} )?(?:exotica|asiatica|latina|orientala|mulatra)\b/u],
      examples: {
        flag: [{ text: 'Tânără exotică, nouă în oraș.', evidence: ['Tânără exotică'] }],
        pass: ['Fructe exotice și bucătărie asiatică în restaurantul nostru.'],
      },
    },
    uk: {
      patterns: [/\bекзотичн(?:а|у) (?:красун\p{L}|дівчин\p{L}|жінк\p{L}|масажистк\p{L})\b|\b(?:азіатк\p{L}{1,2}|латинк\p{L}{1,2}|мулатк\p{L}{1,2})\b/u],
      examples: {
        flag: [{ text: 'Екзотична красуня, нова в місті.', evidence: ['Екзотична красуня'] }],
        pass: ['Екзотичні фрукти та екзотична кухня в нашому ресторані.'],
      },
    },
    ru: {
      patterns: [/\bэкзотическ(?:ая|ую) (?:красотк\p{L}|красавиц\p{L}|девушк\p{L}|девочк\p{L}|массажистк\p{L})\b|\b(?:азиатк\p{L}{1,2}|латинк\p{L}{1,2}|мулатк\p{L}{1,2}|восточн(?:ая|ую) красавиц\p{L})\b/u],
      examples: {
        flag: [{ text: 'Экзотическая красавица, новенькая.', evidence: ['Экзотическая красавица'] }],
        pass: ['Экзотическая кухня и экзотические фрукты в нашем кафе.'],
      },
    },
    fr: {
      patterns: [/\b(?:jeune femme|jeune fille|fille|femme|beaute|masseuse|poupee|demoiselle|jeune) (?:\p{L}{1,20} )?(?:exotique|orientale|asiatique|latina|metisse|bresilienne)\b/u],
      unless: [/\b(?:cuisine|restaurant|cuisinier|chef|langue|marche)\b/u],
      examples: {
        flag: [{ text: 'Jolie masseuse asiatique, nouvelle sur la ville.', evidence: ['masseuse asiatique'] }],
        pass: ['Restaurant de cuisine asiatique recherche une jeune femme en salle.'],
      },
    },
    de: {
      patterns: [/\b(?:osteuropaerin|asiatin|latina|thailanderin|brasilianerin|mulattin|exotin|orientalin)\b|\bexotische (?:schonheit|frau|madchen|lady|massage)\b/u],
      unless: [/\b(?:kuche|restaurant|koch|kochin|sprache|muttersprach\w*|pflege\w*)\b/u],
      examples: {
        flag: [{ text: 'Neu in der Stadt! Junge Osteuropäerin, zärtliche Massage.', evidence: ['Osteuropäerin'] }],
        pass: ['Restaurant mit exotischer Küche sucht Koch (m/w/d).'],
      },
    },
  },
});
