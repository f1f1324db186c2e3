import { near } from './concepts/define';
import { defineRule } from '../engine/rule';

/**
 * "New in town", "just arrived": movement language. WEAK on purpose: the 2024 NIJ study of escort
 * ads found it was NOT a significant predictor of trafficking on its own (catalogue evidence note).
 * Shops and restaurants that are new in town, and goods that just arrived, are not this.
 */
export default defineRule({
  id: 'new-in-town',
  category: 'vulnerability-targeting',
  weight: 10,
  match: [near(['NEW_ARRIVAL', ['YOUNG', 'COMPANION', 'DISCREET', 'INCALL', 'OUTCALL', 'CODE_UNIT']], { within: 15 })],
  languages: {
    // English jargon appears in ads of every language, and short English ads are often misread by franc.
    neutral: {
      patterns: [/\bnew (?:girl )?in (?:town|the city|your city|the area)\b|\bjust arrived\b|\bnew girl\b|\bsweet (?:and|&) new\b|\bfirst (?:time|days?|week) in (?:town|the city)\b/u],
      unless: [/\b(?:restaurants?|caf[eé]s?|shops?|stores?|opening|opened|bakery|menu|gym|clinic|branch|office|stock|collections?|products?|items?|shipments?|arrivals|we are|we're|our)\b/u],
      examples: {
        flag: [
          { text: 'NEW IN TOWN 🌸 Sweet girl, just arrived, relaxing massage.', evidence: ['NEW IN TOWN', 'just arrived'] },
          { text: 'Sweet & new 🌸 30min 🌹x80', evidence: ['Sweet & new'] },
        ],
        pass: ["We're new in town! Our Italian restaurant opens on Friday.", 'New winter collection just arrived in store.'],
      },
    },
    en: {
      patterns: [/\bnew (?:here|to the area)\b[^.\n]{0,20}\b(?:girl|lady|sweet|young)\b/u],
      examples: {
        flag: [{ text: 'New here, sweet young lady, text me.', evidence: ['New here, sweet young lady'] }],
        pass: ['New to the area? Join our friendly team at the garden centre.'],
      },
    },
    it: {
      patterns: [/\b(?:nuova|novita) in (?:citta|zona)\b|\bappena arrivat[ae]\b|\bnuova ragazza\b|\bprima volta (?:in citta|a \p{L}+)\b/u],
      unless: [/\b(?:negozio|apertura|ristorante|pizzeria|locale|collezione|prodott\p{L}|menu|sede|filiale|merce)\b/u],
      examples: {
        flag: [{ text: 'Nuova ragazza straniera appena arrivata, ricevo.', evidence: ['Nuova ragazza', 'appena arrivata'] }],
        pass: ['Novità in città: apre il nuovo negozio di scarpe in via Roma.'],
      },
    },
    es: {
      patterns: [/\b(?:nueva|novedad) en (?:la ciudad|tu ciudad|la zona)\b|\brecien llegad[ao]s?\b|\bchica nueva\b/u],
      unless: [/\b(?:tienda|apertura|restaurante|cafeteria|coleccion|productos?|menu|sucursal|oficina|mercancia)\b/u],
      examples: {
        flag: [{ text: 'Nueva en la ciudad, recién llegada, 1 hora 150.', evidence: ['Nueva en la ciudad', 'recién llegada'] }],
        pass: ['Recién llegada la nueva colección de primavera a nuestra tienda.'],
      },
    },
    pl: {
      patterns: [/\bnowa w (?:miescie|okolicy)\b|\bdopiero (?:co )?przyjechał\p{L}{1,2}\b|\bnowa dziewczyna\b|\bswiezo przyjechał\p{L}{1,2}\b/u],
      unless: [/\b(?:restauracj\p{L}*|sklep\p{L}*|otwarci\p{L}*|kawiarni\p{L}*|lokal\p{L}*|kolekcj\p{L}*|oddział\p{L}*)\b/u],
      examples: {
        flag: [{ text: 'Nowa w mieście, młodziutka, masaż relaksacyjny.', evidence: ['Nowa w mieście'] }],
        pass: ['Nowa w mieście restauracja zaprasza na otwarcie.'],
      },
    },
    sk: {
      patterns: [/\bnova v (?:meste|okoli)\b|\b(?:prave|cerstvo) (?:pricestovala|prisla)\b|\bnove dievca\b/u],
      unless: [/\b(?:predajn\p{L}*|obchod\p{L}*|otvaram\p{L}*|otvorenie|restaurac\p{L}*|kaviaren\p{L}*|kolekci\p{L}*)\b/u],
      examples: {
        flag: [{ text: 'Nová v meste, mladučká blondínka.', evidence: ['Nová v meste'] }],
        pass: ['Nová v meste: otvorenie predajne v centre Nitry.'],
      },
    },
    bg: {
      patterns: [/\bнова в (?:града|района)\b|\b(?:току-що|тъкмо|скоро) пристигна\p{L}{0,3}\b|\bново момиче\b/u],
      unless: [/\b(?:магазин\p{L}*|ресторант\p{L}*|заведение|откриване|колекция|офис\p{L}*|стока)\b/u],
      examples: {
        flag: [{ text: 'Нова в града, млада и нежна.', evidence: ['Нова в града'] }],
        pass: ['Нова в града: откриване на ресторант „Морска звезда“.'],
      },
    },
    el: {
      patterns: [/\bνεα στην (?:πολη|περιοχη)\b|\bμολις (?:ηρθα|ηρθε|εφτασα|εφτασε)\b|\bκαινουρια (?:κοπελα|στην πολη)\b/u],
      unless: [/\b(?:καταστημ\p{L}*|εστιατορι\p{L}*|καφε|εγκαινι\p{L}*|συλλογη|προιοντ\p{L}*)\b/u],
      examples: {
        flag: [{ text: 'Νέα στην πόλη, νεαρή εξωτική.', evidence: ['Νέα στην πόλη'] }],
        pass: ['Νέα στην πόλη η συλλογή μας, εγκαίνια καταστήματος το Σάββατο.'],
      },
    },
    ro: {
      patterns: [/\bnoua in (?:oras|zona)\b|\b(?:tocmai|proaspat) (?:am )?(?:sosit\p{L}{0,2}|venit\p{L}{0,2})\b|\bfata noua\b/u],
      unless: [/\b(?:magazin\p{L}*|restaurant\p{L}*|cafenea|deschider\p{L}*|colectie|produse|sucursala)\b/u],
      examples: {
        flag: [{ text: 'Masaj de relaxare, nouă în oraș, tânără și discretă.', evidence: ['nouă în oraș'] }],
        pass: ['Nouă în oraș: deschiderea magazinului nostru din centru.'],
      },
    },
    uk: {
      patterns: [/\bнова (?:в|у) (?:місті|районі)\b|\bтільки (?:що )?приіхал\p{L}{1,2}\b|\bновеньк\p{L}{1,2}\b/u],
      unless: [/\b(?:магазин\p{L}*|ресторан\p{L}*|кав'ярн\p{L}*|відкриття|колекці\p{L}*|товар\p{L}*)\b/u],
      examples: {
        flag: [{ text: 'Нова в місті, тільки приїхала.', evidence: ['Нова в місті', 'тільки приїхала'] }],
        pass: ['Нова колекція вже в магазині, тільки приїхала партія товару.'],
      },
    },
    ru: {
      patterns: [/\bновеньк(?:ая|ие)\b|\b(?:только (?:что )?|недавно )приехал\p{L}{1,2}\b|\bнов(?:ая|ые) в (?:городе|вашем городе)\b|\bвпервые в (?:городе|вашем городе)\b/u],
      unless: [/\b(?:магазин\p{L}*|ресторан\p{L}*|кафе|открыти\p{L}*|коллекци\p{L}*|товар\p{L}*|поступлени\p{L}*)\b/u],
      examples: {
        flag: [{ text: 'Новенькая, молоденькая, только приехала.', evidence: ['Новенькая', 'только приехала'] }],
        pass: ['Новенькая коллекция уже в магазине, только приехала с фабрики.'],
      },
    },
    fr: {
      patterns: [/\bnouvelle (?:sur|dans|a) (?:la ville|ta ville|votre ville|la region)\b|\b(?:tout juste|fraichement|juste) arrivee\b|\bnouvelle fille\b/u],
      unless: [/\b(?:boutique|magasin|restaurant|cafe|ouverture|collection|produits?|agence)\b/u],
      examples: {
        flag: [{ text: 'Nouvelle sur la ville, jeune et douce.', evidence: ['Nouvelle sur la ville'] }],
        pass: ['Nouvelle dans la ville : ouverture de notre boutique le 3 mars.'],
      },
    },
    de: {
      patterns: [/\bneu in (?:der stadt|deiner stadt|ihrer stadt)\b|\b(?:gerade|frisch|erst) angekommen\b|\bneues madchen\b/u],
      unless: [/\b(?:geschaft|laden|restaurant|cafe|eroffnung|kollektion|filiale|ware|produkte?)\b/u],
      examples: {
        flag: [{ text: 'Neu in der Stadt! Junge Osteuropäerin.', evidence: ['Neu in der Stadt'] }],
        pass: ['Neu in der Stadt: Eröffnung unseres Cafés am Marktplatz.'],
      },
    },
  },
});
