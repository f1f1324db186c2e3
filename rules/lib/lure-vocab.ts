/**
 * Vocabulary shared by the modelling-lure rules: where the work is (nightlife, abroad) and the
 * legitimate settings of the same jobs (trade fairs, airlines, cruise lines, dance schools).
 * Regex sources for the NORMALIZED text; stems of all twelve languages in one list, since the
 * words of one language rarely mean something else in another.
 */

/** Nightlife and "exclusive" venues and private parties. */
export const NIGHTLIFE =
  "(?:night ?clubs?|clubs?|klub\\p{L}{0,4}|клуб\\p{L}{0,4}|κλαμπ|nocn\\p{L}{1,3}|nocnych|нощн\\p{L}{1,3}|нічн\\p{L}{1,3}|ночн\\p{L}{1,3}|discotec\\p{L}{1,3}|discotheques?|diskotek\\p{L}{0,2}|дискотек\\p{L}{0,2}|cabaret|кабаре|lounges?|locali? notturn\\p{L}|serate|soirees? privees|private (?:events?|parties)|feste private|fiestas privadas|vip|exclusiv\\p{L}{0,2}|esclusiv\\p{L}|ekskluzyw\\p{L}{1,3}|exkluzivn\\p{L}{1,3}|ексклузивн\\p{L}{1,3}|эксклюзивн\\p{L}{1,3}|luxury|lussuos\\p{L}|de lujo|luksusow\\p{L}{1,3}|луксозн\\p{L}{1,3}|yachts?|jacht\\p{L}{0,2}|яхт\\p{L}{0,2})";

/** Abroad, and the destinations most often named in these offers. */
export const ABROAD =
  "(?:abroad|all'estero|estero|extranjero|za granic\\p{L}|zahranici|v zahranici|в чужбина|чужбина|за кордоном|за границ\\p{L}|στο εξωτερικο|εξωτερικο|in strainatate|strainatate|a l'etranger|etranger|im ausland|ausland|dubai|dubaj\\p{L}{0,2}|дубаи|дубай|ντουμπαι|abu dhabi|emirat\\p{L}{0,4}|емирств\\p{L}{0,2}|эмират\\p{L}{0,2}|емірат\\p{L}{0,2}|εμιρατ\\p{L}{0,3}|qatar|katar\\p{L}{0,2}|катар\\p{L}{0,2}|bahrain|saudi|kuwait|cyprus|cipro|chipre|chypre|zypern|cypr\\p{L}{0,2}|cyper|kypr\\p{L}{0,2}|кипър|кипр\\p{L}{0,2}|кіпр\\p{L}{0,2}|κυπρ\\p{L}{1,2}|turkey|turchia|turquia|turquie|turkei|turcj\\p{L}|turecko|turci\\p{L}{0,2}|турци\\p{L}{1,2}|туреччин\\p{L}|τουρκι\\p{L}|istanbul|stambul\\p{L}{0,2}|истанбул|стамбул\\p{L}{0,2}|antalya|анталия|анталі\\p{L}|switzerland|svizzera|suiza|suisse|schweiz|szwajcari\\p{L}|svajciarsk\\p{L}{1,2}|швейцари\\p{L}|швейцарі\\p{L}|ελβετι\\p{L}|greece|grecia|grece|griechenland|grecj\\p{L}|grecko|гърци\\p{L}|греци\\p{L}|греці\\p{L}|ελλαδ\\p{L}|japan|giappone|japon|japoni\\p{L}|япони\\p{L}|японі\\p{L}|monaco|монако|albania|албани\\p{L}|israel|lebanon|libano|macau|singapore|anglick\\p{L}{1,2}|angli\\p{L}|англи\\p{L}{1,2}|англі\\p{L}|αγγλι\\p{L})";

/**
 * Legitimate settings of hostess, dancer and model work: trade fairs, congresses, airlines, cruise
 * lines, dance and model schools with teachers, licensed agencies that charge nothing.
 */
export const LEGIT_ENTERTAINMENT = new RegExp(
  "\\b(?:trade fairs?|fair|fiera|feria|targi\\p{L}{0,2}|veletrh\\p{L}{0,2}|изложени\\p{L}{1,2}|панаир\\p{L}{0,2}|εκθεσ\\p{L}{1,2}|targ\\p{L}{0,3}|ярмарк\\p{L}{0,2}|выставк\\p{L}{0,2}|виставк\\p{L}{0,2}|salon professionnel|messe|congress\\p{L}{0,2}|kongres\\p{L}{0,2}|congres|конгрес\\p{L}{0,2}|συνεδρι\\p{L}{1,2}|airlines?|airways|cabin crew|compagnia aerea|aerolinea|linie lotnicze|авиокомпани\\p{L}{1,2}|авіакомпані\\p{L}{1,2}|αεροπορικ\\p{L}{1,2}|compagnie aerienne|fluggesellschaft|cruise|crociera|crucero|круиз\\p{L}{0,2}|κρουαζιερ\\p{L}{1,2}|croisiere|kreuzfahrt\\p{L}{0,2}|dance (?:school|studio|teacher)|insegnante|profesor\\p{L}{0,2}|nauczyciel\\p{L}{0,3}|ucitel\\p{L}{0,3}|учител\\p{L}{0,3}|преподавател\\p{L}{0,3}|δασκαλ\\p{L}{1,2}|professeur|lehrer\\p{L}{0,2}|association of model agents|model management|never charges?|no fees?|non chiede alcun pagamento|genitore|parent or guardian)\\b",
  'u',
);

/** `job` within a short window of `place`, in either order; the job is the evidence.
 * The place is a stem: its case endings ("za granicą", "в Дубае") may follow. */
export function nearSources(job: string, place: string): string[] {
  return [
    `\\b(?<ev>${job})\\b[^.\\n]{0,80}?\\b${place}`,
    `\\b${place}[^.\\n]{0,60}?\\b(?<ev>${job})\\b`,
  ];
}
