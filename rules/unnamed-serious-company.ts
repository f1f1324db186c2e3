import { defineRule } from '../engine/rule';

/** A legal form or a register in the same sentence names the company: the phrase is then harmless. */
const NAMED = /\b(?:ltd|gmbh|s\.?r\.?l|s\.?p\.?a|sp\. z o\.o|s\.r\.o|sro|ооо|еоод|оод|srl|sarl|sas|llc|inc|kraz|licen[cs]\p{L}*|nip|regon)\b/u;

/**
 * "Serious company seeks…", "ditta seria cerca…", "poważna firma…": a recruiter who vouches for
 * itself instead of giving its name. Real employers name themselves; the adjective stands in for
 * an identity the reader cannot check.
 */
export default defineRule({
  id: 'unnamed-serious-company',
  category: 'anonymous-recruiter',
  weight: 20,
  languages: {
    en: {
      patterns: [/\b(?<ev>(?:serious|reliable|reputable|trusted|honest)\s(?:company|agency|firm|employer|business|family|person|recruiter))\b/],
      unless: [NAMED],
      examples: {
        flag: [{ text: 'Serious company seeks girls for work abroad, write to jobs.europe88@gmail.com', evidence: ['Serious company'] }],
        pass: ['Orchard Lane Growers Ltd, a reliable employer since 1987, seeks pickers.', 'We take your safety seriously as a company.'],
      },
    },
    it: {
      patterns: [
        /\b(?<ev>(?:ditta|azienda|societa|agenzia|impresa|famiglia|persona)\s(?:seria|affidabile|seria e affidabile))\b/,
        /\b(?<ev>(?:seria|affidabile)\s(?:ditta|azienda|societa|agenzia|impresa|famiglia))\b/,
      ],
      unless: [NAMED],
      examples: {
        flag: [{ text: 'Ditta seria cerca personale per pulizie in hotel in Germania.', evidence: ['Ditta seria'] }],
        pass: ['Fiera Staff Milano srl, azienda seria e affidabile, cerca hostess.', 'La nostra è una ditta di pulizie con 30 anni di storia.'],
      },
    },
    es: {
      patterns: [/\b(?<ev>(?:empresa|agencia|compania|familia|persona)\s(?:seria|solvente|de confianza))\b/],
      unless: [NAMED],
      examples: {
        flag: [{ text: 'Empresa seria busca chicas para trabajar en el extranjero.', evidence: ['Empresa seria'] }],
        pass: ['Frutas del Condado S.A.T. ofrece contrato de temporada.'],
      },
    },
    pl: {
      patterns: [/\b(?<ev>(?:powazna|solidna|rzetelna|sprawdzona|uczciwa)\s(?:firma|agencja|rodzina|osoba|pracodawca))\b/],
      unless: [NAMED],
      examples: {
        flag: [{ text: 'Poważna firma zatrudni dziewczyny do pracy za granicą.', evidence: ['Poważna firma'] }],
        pass: ['AgroPraca sp. z o.o. to solidna firma z wpisem do KRAZ.'],
      },
    },
    sk: {
      patterns: [/\b(?<ev>(?:seriozna|spolahliva|overena|solidna)\s(?:firma|agentura|spolocnost|rodina|osoba))\b/],
      unless: [NAMED],
      examples: {
        flag: [{ text: 'Seriózna firma hľadá dievčatá na prácu v zahraničí.', evidence: ['Seriózna firma'] }],
        pass: ['Spoľahlivá agentúra CareBridge s.r.o. s povolením ÚPSVaR.'],
      },
    },
    bg: {
      patterns: [/(?<![\p{L}])(?<ev>(?:сериозна|надеждна|коректна|утвърдена)\s(?:фирма|агенция|компания|семеиство))\b/u],
      unless: [NAMED],
      examples: {
        flag: [{ text: 'Сериозна фирма търси момичета за работа в чужбина.', evidence: ['Сериозна фирма'] }],
        pass: ['„МедКариера“ ООД е надеждна агенция, регистрирана в Агенцията по заетостта.'],
      },
    },
    el: {
      patterns: [/(?<![\p{L}])(?<ev>(?:σοβαρη|αξιοπιστη|αξιοπιστος)\s(?:εταιρεια|εταιρια|επιχειρηση|οικογενεια|εργοδοτης))\b/u],
      unless: [NAMED],
      examples: {
        flag: [{ text: 'Σοβαρή εταιρεία ζητά κοπέλες για εργασία στο εξωτερικό.', evidence: ['Σοβαρή εταιρεία'] }],
        pass: ['Η ναυτιλιακή εταιρεία Ionian Star Cruises αναζητά προσωπικό.'],
      },
    },
    ro: {
      patterns: [/\b(?<ev>(?:firma|companie|agentie|societate|familie|persoana)\s(?:serioasa|de incredere))\b/],
      unless: [NAMED],
      examples: {
        flag: [{ text: 'Firmă serioasă angajează fete pentru muncă în străinătate.', evidence: ['Firmă serioasă'] }],
        pass: ['AeroTech Services angajează ingineri de mentenanță.'],
      },
    },
    uk: {
      patterns: [/(?<![\p{L}])(?<ev>(?:сериозна|надіина|перевірена|солідна)\s(?:компанія|фірма|агенція|родина))\b/u],
      unless: [NAMED],
      examples: {
        flag: [{ text: 'Серйозна компанія шукає дівчат для роботи за кордоном.', evidence: ['Серйозна компанія'] }],
        pass: ['Меблева фабрика «Dąb-Meble» запрошує на роботу.'],
      },
    },
    ru: {
      patterns: [/(?<![\p{L}])(?<ev>(?:серьезная|надежная|солидная|проверенная)\s(?:компания|фирма|агентство|организация|семья))\b/u],
      unless: [NAMED],
      examples: {
        flag: [{ text: 'Серьёзная компания приглашает девушек на работу за границей.', evidence: ['Серьёзная компания'] }],
        pass: ['ООО «СеверСтройМонтаж» – надёжная компания, официальное оформление.'],
      },
    },
    fr: {
      patterns: [/\b(?<ev>(?:societe|entreprise|agence|famille|personne)\s(?:serieuse|fiable|de confiance))\b/],
      unless: [NAMED],
      examples: {
        flag: [{ text: 'Société sérieuse recherche hôtesses pour travail à l’étranger.', evidence: ['Société sérieuse'] }],
        pass: ['Domaine des Trois Chênes recrute 15 vendangeurs.'],
      },
    },
    de: {
      patterns: [/\b(?<ev>(?:seriose|serioses|serioser|zuverlassige|zuverlassiges)\s(?:firma|agentur|unternehmen|familie|arbeitgeber))\b/],
      unless: [NAMED],
      examples: {
        flag: [{ text: 'Seriöse Firma sucht Mädchen für Arbeit im Ausland.', evidence: ['Seriöse Firma'] }],
        pass: ['Die Hotel Alpenrose GmbH ist ein seriöses Unternehmen mit Tarifbindung.'],
      },
    },
  },
});
