import { defineRule } from '../engine/rule';
import { near } from './concepts/define';
import { DEDUCTED_FROM_PAY, TRAVEL_COST, compose, rx } from './lexicon/index';
import type { Lang } from '../engine/types';

/** "Ticket deducted from the first wage": the recruiter bought the journey and the worker owes it. */
const travelDeducted = (lang: Lang) => compose('{T}[^.;\\n]{0,50}?{D}', { T: TRAVEL_COST[lang], D: DEDUCTED_FROM_PAY[lang] });

// The recruiter pays or organises the journey (flight, ticket, visa, minibus): the worker arrives
// owing the trip and depending on the organiser. Relocation packages and business travel are not it.
export default defineRule({
  id: 'travel-paid-by-recruiter',
  category: 'travel-arranged',
  weight: 20,
  scoped: true,
  match: [
    near(['TRAVEL', 'WE_PAY'], { within: 4, unless: ['WORK_TRIP'] }),
    // The journey named first, the payer at the end of the clause: "Проезд до места вахты за счёт компании", "Dopravu z domu až k rodine zabezpečíme".
    near(['TRAVEL', 'WE_PAY'], { within: 6, ordered: true, unit: 'clause', unless: ['WORK_TRIP'] }),
    // The journey taken out of the pay: someone advanced it ("Гроші за дорогу потім вирахуємо з зарплати").
    near(['TRAVEL', 'DEDUCT'], { within: 8, unless: ['WORK_TRIP', 'TAX'] }),
  ],
  languages: {
    en: {
      patterns: [
        travelDeducted('en'),
        rx(/\b(?:flights?|air ?fares?|(?:air|plane|bus|train|travel|return) tickets?|tickets?|travel(?: expenses| costs)?|visas?|transport(?:ation)?|journey|trip|minibus|coach)(?: (?:and|&|\+|,) (?:\w+ )?(?:flights?|visas?|tickets?|accommodation|transport|travel|housing))?(?: from \w+)? (?:are |is |will be |all )?(?:paid|covered|arranged|provided|organi[sz]ed|booked|included|free|on us|at our expense)\b/),
        rx(/\b(?:we|employer|company|agency|sponsor|they) (?:will )?(?:pay|pays|cover|covers|arrange|arranges|book|books|organi[sz]e|organi[sz]es|buy|buys|take care of|handle|help you with) (?:for )?(?:your |the |all )?(?:\w+ )?(?:flights?|tickets?|travel|visas?|transport|journey|trip)\b/),
        rx(/\ball (?:travel )?expenses (?:are )?(?:paid|covered)\b|\b(?:by|with|in) our (?:own )?(?:minibus|van|bus)\b/),
      ],
      unless: [rx(/\brelocat\w+|\bbusiness travel|\bclient sites?\b|\bmileage\b|\bper mile\b|\bshuttle\b|\bcommut\w+|\binterview\b|\btravel time\b|\bvisa sponsorship\b|\bfor (?:business|work) trips\b/)],
      examples: {
        flag: [
          { text: 'Flight and visa paid by the company.', evidence: ['Flight and visa paid'] },
          { text: 'We cover your ticket and your first month.', evidence: ['We cover your ticket'] },
          { text: 'Minibus from Romania arranged.', evidence: ['Minibus from Romania arranged'] },
          { text: 'Gentleman seeks travel companion. All expenses paid.', evidence: ['All expenses paid'] },
          { text: 'The club wants 2 more girls for the summer season, flights on them.', evidence: ['flights on them'] },
        ],
        pass: [
          'Full relocation package: flights for you and your family.',
          'Free shuttle bus from Northampton.',
          'Travel expenses covered for client site visits, mileage at 45p per mile.',
        ],
      },
    },
    it: {
      patterns: [
        travelDeducted('it'),
        rx(/\b(?:biglietto(?: aereo)?|biglietti|volo|voli|viaggio|spese di viaggio|visto|trasporto|trasferimento)(?: e (?:\w+ )?(?:visto|volo|viaggio|alloggio|biglietto|vitto))? (?:\w+ ){0,2}?(?:pagat\w|a carico (?:nostro|dell'azienda|della ditta|del datore)|offert\w|inclus\w|gratuit\w|organizzat\w|copert\w|anticipat\w)\b/),
        rx(/\b(?:paghiamo|pagheremo|offriamo|organizziamo|anticipiamo|copriamo) (?:noi )?(?:\w+ ){0,2}?(?:biglietto|volo|viaggio|spese di viaggio|visto|trasporto)\b|\b(?:le spese di viaggio|il viaggio|il volo|il biglietto) (?:le |lo |li )?(?:paghiamo|anticipiamo|offriamo|copriamo)\b|\bti aiutiamo (?:noi )?con il (?:volo|viaggio|biglietto)\b|\bcon il nostro (?:pulmino|furgone|autobus|minibus)\b/),
      ],
      unless: [rx(/\b(?:trasfert\w|rimborso spese|rimborso chilometrico|navetta|pacchetto di trasferimento|relocation)\b/)],
      examples: {
        flag: [
          { text: 'Biglietto aereo e visto pagati da noi.', evidence: ['Biglietto aereo e visto pagati'] },
          { text: 'Partenza lunedì da Milano con il nostro pulmino.', evidence: ['con il nostro pulmino'] },
          { text: 'Partenza subito, ti aiutiamo noi con il volo.', evidence: ['ti aiutiamo noi con il volo'] },
        ],
        pass: ['Rimborso spese di trasferta e viaggio pagato per le missioni presso i clienti.', 'Navetta gratuita dalla stazione.'],
      },
    },
    es: {
      patterns: [
        travelDeducted('es'),
        rx(/\b(?:billetes?(?: de avion)?|vuelos?|viajes?|pasajes?|visados?|transporte|traslados?|desplazamientos?|gastos de viaje|autobus)(?: y (?:\w+ )?(?:visado|vuelo|billete|alojamiento|viaje))? (?:\w+ ){0,3}?(?:pagad\w{1,2}|cubiert\w{1,2}|incluid\w{1,2}|gratis|gratuit\w{1,2}|a (?:nuestro )?cargo(?: nuestro| de la empresa)?|organizad\w{1,2}|por nuestra cuenta)\b/),
        rx(/\b(?:te )?(?:pagamos|cubrimos|organizamos|costeamos|financiamos) (?:\w+ ){0,2}?(?:billete|vuelo|viaje|pasaje|visado|transporte|traslado)\w{0,2}\b/),
      ],
      unless: [rx(/\b(?:reubicacion|relocation|kilometraje|dietas|lanzadera|desplazamientos a clientes)\b/)],
      examples: {
        flag: [
          { text: 'Billete y visado pagados por nosotros.', evidence: ['Billete y visado pagados'] },
          { text: 'Salida en autobús desde Tánger a cargo nuestro.', evidence: ['autobús desde Tánger a cargo nuestro'] },
        ],
        pass: ['Kilometraje y dietas: desplazamientos pagados a clientes.'],
      },
    },
    pl: {
      patterns: [
        travelDeducted('pl'),
        rx(/\b(?:przelot\w{0,2}|loty|lot|bilet\w{0,2}(?: lotnicz\w{1,3})?|podroz\w{0,2}|transport\w{0,2}|dojazd\w{0,2}|przejazd\w{0,2}|wiz\w{1,2})(?: i (?:\w+ )?\w+)? (?:\w+ ){0,2}?(?:opłac\w{1,5}|pokrywa\w{1,5}|pokryj\w{1,4}|zapewni\w{1,5}|zapewnia\w{1,4}|gratis|bezpłatn\w{1,3}|darmow\w{1,3}|zorganizowan\w{1,3}|organizujemy|fundujemy|na koszt (?:firmy|pracodawcy|agencji))\b/),
        rx(/\b(?:opłacamy|pokrywamy|zapewniamy|organizujemy|fundujemy|kupujemy) (?:\w+ ){0,2}?(?:przelot|lot|bilet|podroz|transport|dojazd|przejazd|wiz)\w{0,4}\b/),
      ],
      unless: [rx(/\b(?:dowoz\w{0,2}|dowoz|zwrot\w{0,2} koszt\w{0,3}|delegacj\w{1,3}|relokac\w{1,3}|we własnym zakresie)\b/)],
      examples: {
        flag: [
          { text: 'Przelot opłacamy.', evidence: ['Przelot opłacamy'] },
          { text: 'Loty pokrywamy.', evidence: ['Loty pokrywamy'] },
          { text: 'Transport i zakwaterowanie zapewniamy.', evidence: ['Transport i zakwaterowanie zapewniamy'] },
          { text: 'Koszt przejazdu 800 zł potrącamy z pierwszej pensji.', evidence: ['przejazdu 800 zł potrącamy z pierwszej pensji'] },
        ],
        pass: ['Darmowy dowóz z Łodzi na zmiany.', 'Dojazd we własnym zakresie lub busem ze zwrotem kosztów.'],
      },
    },
    sk: {
      patterns: [
        travelDeducted('sk'),
        rx(/\b(?:letenk\w{1,2}|cest\w{1,2}|doprav\w{1,2}|viz\w{1,2}|autobus\w{0,2}|preprav\w{1,2}|cestovn\w{1,2} (?:naklad|vydavk)\w{0,3})(?: a (?:\w+ )?\w+)? (?:\w+ ){0,2}?(?:zaplat\w{1,4}|hrad\w{1,4}|zabezpec\w{1,4}|zadarmo|zdarma|organizuj\w{1,4}|na nase naklady)\b/),
        rx(/\b(?:zaplatime|hradime|zabezpecime|preplatime|organizujeme) (?:\w+ ){0,2}?(?:letenk|cest|doprav|viz|preprav)\w{0,3}\b/),
      ],
      unless: [rx(/\b(?:relokacn\w{1,3}|sluzobn\w{1,3} cest\w{1,2}|kyvadlov\w{1,3}|prispevok na dopravu)\b/)],
      examples: {
        flag: [{ text: 'Letenku a ubytovanie zaplatíme.', evidence: ['Letenku a ubytovanie zaplatíme'] }],
        pass: ['Príspevok na dopravu do práce podľa kolektívnej zmluvy.'],
      },
    },
    bg: {
      patterns: [
        travelDeducted('bg'),
        rx(/(?:самолетн\w{1,3} билет\w{0,3}|билет\w{0,3}|полет\w{0,3}|пътуван\w{1,3}|транспорт\w{0,3}|виз\w{1,3}|пътни\w{0,2} (?:разходи|разноски))(?: и (?:\w+ )?\w+)? (?:\w+ ){0,3}?(?:платен\w{0,2}|плащаме|осигурен\w{0,2}|за наша сметка|за сметка на (?:работодателя|фирмата|компанията)|поема\w{1,3}|покрива\w{1,3})/),
        rx(/(?:плащаме|осигуряваме|поемаме|покриваме|организираме|купуваме) (?:\w+ ){0,2}?(?:билет|полет|пътуван|транспорт|виз)\w{0,4}|(?:транспорт|превоз)\w{0,2} (?:с |със )(?:наш\w{0,2} )?(?:бус|микробус|ван)\w{0,2}/),
      ],
      unless: [rx(/(?:релокаци\w{1,3}|командировк\w{1,3}|служебн\w{1,3} транспорт)/)],
      examples: {
        flag: [
          { text: 'Самолетният билет и визата са за наша сметка.', evidence: ['Самолетният билет и визата са за наша сметка'] },
          { text: 'Транспорт с бус от България.', evidence: ['Транспорт с бус'] },
        ],
        pass: ['Безплатен транспорт от Казанлък до насажденията.'],
      },
    },
    el: {
      patterns: [
        travelDeducted('el'),
        rx(/(?:εισιτηρι\w{1,3}|αεροπορικ\w{1,3}|ταξιδι\w{0,3}|μεταφορ\w{1,3}|βιζα|visa|ναυλ\w{1,3}|μετακινησ\w{1,3})(?: και (?:\w+ )?\w+)? (?:\w+ ){0,2}?(?:πληρωμεν\w{1,3}|πληρωνουμε|απο εμα[σς]|δωρεαν|καλυπτ\w{1,5}|παρεχ\w{1,5}|με δικα μα[σς] εξοδα)/),
        rx(/(?:πληρωνουμε|καλυπτουμε|παρεχουμε|οργανωνουμε|κλεινουμε) (?:\w+ ){0,2}?(?:εισιτηρι|ταξιδ|μεταφορ|αεροπορικ)\w{0,3}/),
      ],
      unless: [rx(/(?:μετεγκατασταση\w{0,2}|επαγγελματικ\w{1,3} ταξιδ\w{1,3}|χιλιομετρ\w{1,3})/)],
      examples: {
        flag: [
          { text: 'Εισιτήριο και διαμονή από εμάς.', evidence: ['Εισιτήριο και διαμονή από εμάς'] },
          { text: 'Το εισιτήριο το πληρώνουμε εμείς.', evidence: ['εισιτήριο το πληρώνουμε'] },
        ],
        pass: ['Αποζημίωση χιλιομέτρων για επαγγελματικά ταξίδια.'],
      },
    },
    ro: {
      patterns: [
        travelDeducted('ro'),
        rx(/\b(?:bilet\w{0,3}(?: de avion)?|zbor\w{0,3}|calatori\w{1,3}|transport\w{0,3}|viz\w{1,3}|drum\w{0,3}|microbuz\w{0,3})(?: si (?:\w+ )?\w+)? (?:\w+ ){0,2}?(?:platit\w{0,2}|asigurat\w{0,2}|asiguram|gratuit\w{0,2}|suportat\w{0,2}|inclus\w{0,2}|pe cheltuiala (?:noastra|firmei|angajatorului))\b/),
        rx(/\b(?:platim|asiguram|suportam|organizam|cumparam) (?:noi )?(?:\w+ ){0,2}?(?:bilet|zbor|calatori|transport|viz|drum)\w{0,4}\b/),
      ],
      unless: [rx(/\b(?:relocare|delegati\w{1,3}|decontare\w{0,2} (?:a )?transportului (?:local|zilnic)|navet\w{1,3})\b/)],
      examples: {
        flag: [
          { text: 'Bilet de avion plătit, cazare asigurată.', evidence: ['Bilet de avion plătit'] },
          { text: 'Transportul îl asigurăm noi.', evidence: ['Transportul îl asigurăm'] },
        ],
        pass: ['Pachet de relocare: o lună de cazare plătită și transportul bagajelor, bilet plătit.'],
      },
    },
    uk: {
      patterns: [
        travelDeducted('uk'),
        rx(/(?:квит\w{1,3}|авіаквит\w{1,3}|переліт|перельот\w{1,2}|дорог\w{1,2}|проізд\w{0,2}|трансфер\w{0,2}|транспорт\w{0,2}|віз\w{1,2}|поіздк\w{1,2})(?: (?:і|та) (?:\w+ )?\w+)? (?:\w+ ){0,2}?(?:оплачуємо|оплачує\w{0,2}|оплачен\w{1,3}|оплатимо|безкоштовн\w{1,3}|за наш рахунок|за рахунок (?:компанії|роботодавця|фірми)|компенсуємо|організовуємо)/),
        rx(/(?:оплачуємо|оплатимо|компенсуємо|організовуємо|купуємо) (?:\w+ ){0,2}?(?:квит|переліт|перельот|дорог|проізд|трансфер|віз)\w{0,3}/),
      ],
      unless: [rx(/(?:релокаці\w{1,3}|відрядженн\w{1,3}|до місця роботи щодня)/)],
      examples: {
        flag: [
          { text: 'Гроші за дорогу потім вирахуємо з зарплати.', evidence: ['за дорогу потім вирахуємо'] },
          { text: 'Квиток оплачуємо, житло надаємо.', evidence: ['Квиток оплачуємо'] },
          { text: 'Дорогу до Польщі компенсуємо.', evidence: ['Дорогу до Польщі компенсуємо'] },
        ],
        pass: ['Відрядження оплачуються згідно з законом, квиток оплачуємо за відрядженням.'],
      },
    },
    ru: {
      patterns: [
        travelDeducted('ru'),
        rx(/(?:билет\w{0,3}|авиабилет\w{0,3}|перелет\w{0,2}|дорог[ау]|проезд\w{0,2}|трансфер\w{0,2}|транспорт\w{0,2}|виз[аыу]|поездк\w{1,2})(?: и (?:\w+ )?\w+)? (?:\w+ ){0,2}?(?:оплачива\w{1,4}|оплачен\w{1,3}|оплатим|бесплатн\w{1,3}|за счет (?:компании|работодателя|фирмы|агентства)|за наш счет|компенсир\w{1,5}|организу\w{1,4})/),
        rx(/(?:оплачиваем|оплатим|компенсируем|организуем|покупаем|берем на себя) (?:\w+ ){0,2}?(?:билет|перелет|дорог|проезд|виз|трансфер)\w{0,3}/),
      ],
      unless: [rx(/(?:релокаци\w{1,3}|командировк\w{1,3}|до объекта и обратно|вахт\w{1,3})/)],
      examples: {
        flag: [
          { text: 'Перелёт в Дубай полностью за счёт клуба.', evidence: ['Перелёт в Дубай полностью за счёт клуба'] },
          { text: 'Перелёт оплачивает работодатель.', evidence: ['Перелёт оплачивает'] },
          { text: 'Билеты и визу оплачиваем мы.', evidence: ['Билеты и визу оплачиваем'] },
        ],
        pass: ['Вахта 60/30, проезд до объекта и обратно за счёт компании.'],
      },
    },
    fr: {
      patterns: [
        travelDeducted('fr'),
        rx(/\b(?:billets?(?: d'avion)?|vols?|voyages?|trajets?|transports?|deplacements?|visas?|frais de (?:voyage|deplacement|transport))(?: et (?:\w+ )?\w+)? (?:\w+ ){0,2}?(?:paye\w{0,2}|pris en charge|offert\w{0,2}|gratuit\w{0,2}|inclus\w{0,2}|organise\w{0,2}|a notre charge|a nos frais|finance\w{0,2})\b/),
        rx(/\bnous (?:payons|prenons en charge|offrons|organisons|financons|reservons) (?:\w+ ){0,2}?(?:billet|vol|voyage|transport|deplacement|visa)s?\b/),
      ],
      unless: [rx(/\b(?:relocalisation|kilometriques?|deplacements professionnels|mission\w{0,2}|navette\w{0,1}|pass navigo|domicile)\b/)],
      examples: {
        flag: [
          { text: 'Hôtesses pour soirées privées à Monaco. Déplacement pris en charge.', evidence: ['Déplacement pris en charge'] },
          { text: "Billet d'avion et visa payés par nos soins.", evidence: ["Billet d'avion et visa payés"] },
        ],
        pass: ['Frais de déplacement professionnels remboursés, indemnités kilométriques.'],
      },
    },
    de: {
      patterns: [
        travelDeducted('de'),
        rx(/\b(?:flug\w{0,6}|flugticket\w{0,2}|tickets?|reise\w{0,6}|anreise|fahrt\w{0,6}|visum|visa|transport\w{0,2}|bus|kleinbus)(?: (?:und|&) (?:\w+ )?\w+)? (?:\w+ ){0,2}?(?:bezahlt|ubernommen|ubernehmen wir|kostenlos|gratis|inklusive|organisiert|gestellt|frei)\b/),
        rx(/\bwir (?:bezahlen|ubernehmen|organisieren|zahlen|buchen) (?:\w+ ){0,3}?(?:flug|ticket|reise|anreise|fahrt|visum|transport)\w{0,6}\b/),
      ],
      unless: [rx(/\b(?:vorstellungsgesprach\w{0,2}|dienstreise\w{0,2}|fahrtkostenzuschuss|jobticket|firmenwagen|dienstwagen|pendel\w{0,4}|umzug\w{0,4}|relocation|kilometerpauschale)\b/)],
      examples: {
        flag: [
          { text: 'Flug und Visum werden von uns bezahlt.', evidence: ['Flug und Visum werden von uns bezahlt'] },
          { text: 'Wir übernehmen die Anreise nach Deutschland.', evidence: ['Wir übernehmen die Anreise'] },
        ],
        pass: ['Jobticket und Fahrtkostenzuschuss, Dienstreisen werden bezahlt.'],
      },
    },
  },
});
