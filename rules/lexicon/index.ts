/**
 * Word lists shared by several rules and mitigations, per language, as regex SOURCES over the
 * normalized text (lower case, no diacritics; Greek final sigma may appear as σ or ς). Kept here so
 * that, e.g., the "deducted from wages" phrasing is written once for the debt rule, the housing rule
 * and their examples. This folder holds no rules: scripts/gen-rule-index.mjs reads only rules/*.ts.
 */
import type { Lang } from '../../engine/types';

export type Lexicon = Record<Lang, string>;

/**
 * A pattern from a lexicon source. The engine's compiler (engine/rule.ts) reads `\w` as a letter of
 * any script, folds diacritics out of the pattern as out of the text, and keeps a leading `\b` to the
 * first branch of a top-level alternation, so a source needs nothing more than compiling.
 */
export function rx(pattern: RegExp | string): RegExp {
  return typeof pattern === 'string' ? new RegExp(pattern, 'u') : pattern;
}

/** Builds one pattern from lexicon sources; `{KEY}` placeholders are replaced by `parts[KEY]`. */
export function compose(template: string, parts: Record<string, string>): RegExp {
  return rx(template.replace(/\{([A-Z]+)\}/g, (_, key: string) => `(?:${parts[key] ?? ''})`));
}

/**
 * Money written next to a fee: "£250", "300 €", "150 euro", "500 zł", "4 500 грн". The number is read
 * from its first digit only (not after a letter, digit, dot or comma), at most 16 characters long
 * and with at most four groups of thousands after a space: a long run of digits was read again from
 * each digit, seconds on one ad (tests/engine/redos.test.ts).
 */
export const MONEY = String.raw`(?:[£$€]\s?\d[\d.,]{0,15}|(?<![\w.,])\d[\d.,]{0,15}(?: \d{3}){0,4}\s?(?:€|£|\$|eur\w{0,2}|euro|gbp|usd|zł|zl|pln|lei|ron|czk|kc|лв\w{0,2}|лева|евро|руб\w{0,4}|грн\w{0,4}|ευρω))`;

/**
 * "Deducted from / repaid out of the wages": the verb and the pay noun within one clause.
 * Both word orders where the language allows them.
 */
export const DEDUCTED_FROM_PAY: Lexicon = {
  en: String.raw`\b(?:deduct\w{0,3}|taken|withheld|withhold|recovered|subtracted|docked|repa(?:y|id)|pay(?:ing)? (?:it )?back|paid back|paid off|work(?:ed)? (?:it )?off)\b[^.;\n]{0,40}?\b(?:from|out of|off|with|against)\b (?:\w+ ){0,2}?(?:wages?|salar(?:y|ies)|pay|paychecks?|payslips?|earnings|paid hours)\b`,
  it: String.raw`\b(?:trattenut\w|scalat\w|detratt\w|dedott\w|sottratt\w|restitui\w{1,5}|rimbors\w{1,5}|ripag\w{1,5}|recuperat\w)\b[^.;\n]{0,40}?\b(?:dall[aoe]|dagli|dai|sull[aoe]|sui|con (?:i|il|la|le)|in) (?:\w+ ){0,2}?(?:busta paga|paga|stipend\w|salari\w|guadagn\w|compens\w|retribuzion\w)`,
  es: String.raw`\b(?:descuent\w{1,3}|descont\w{1,4}|retien\w{1,2}|retenid\w{1,2}|deduc\w{1,5}|devuelv\w{1,3}|devolv\w{1,4}|reembols\w{1,4}|pagas con|se cobra\w?)\b[^.;\n]{0,40}?\b(?:del|de la|de tu|de su|de los|de tus|con (?:el|la|los|tus|tu)|en la) (?:\w+ ){0,2}?(?:sueldo\w?|salario\w?|nomina\w?|paga\w?)\b`,
  pl: String.raw`\b(?:potrac\w{1,5}|odlicz\w{1,5}|odciag\w{1,5}|splac\w{1,5}|spłac\w{1,5}|zwrac\w{1,5}|oddasz|odpracuj\w{0,5}|pobier\w{1,4})\b[^.;\n]{0,40}?\b(?:z|od|ze) (?:\w+ ){0,2}?(?:wypłat\w{0,3}|pensj\w{0,2}|wynagrodzeni\w{0,2}|zarobk\w{0,3}|pierwsz\w{0,4} (?:wypłat\w{0,3}|pensj\w{0,2}))\b`,
  sk: String.raw`\b(?:strhn\w{0,5}|strhav\w{1,5}|zraz\w{1,5}|odpocit\w{1,5}|odrat\w{1,5}|splat\w{1,5}|vratit\w{0,3}|vratite|odrob\w{1,5})\b[^.;\n]{0,40}?\b(?:z|zo|od) (?:\w+ ){0,2}?(?:vyplat\w{0,2}|mzd\w{0,2}|platu|zarobku)\b|${MONEY}[^.;\n]{0,25}?\bz (?:\w+ )?(?:vyplaty|mzdy|platu)\b`,
  bg: String.raw`\b(?:удърж\w{1,5}|удръж\w{1,5}|приспад\w{1,5}|приспа\w{1,5}|изважд\w{1,5}|връщ\w{1,5}|върн\w{1,5}|изплащ\w{1,5}|отработ\w{1,5})\b[^.;\n]{0,40}?\b(?:от|с|със) (?:\w+ ){0,2}?(?:заплат\w{0,3}|възнаграждени\w{0,3}|надниц\w{0,3}|първ\w{0,4} заплат\w{0,3})`,
  el: String.raw`(?:αφαιρ\w{1,6}|παρακρατ\w{1,6}|κρατηση|κρατησεις|εξοφλ\w{1,6}|αποπληρ\w{1,6}|επιστρεφ\w{1,6}|επιστροφ\w{1,4}|χρεων\w{1,6}|κοβ\w{1,4})[^.;\n]{0,40}?(?:απο|με) (?:\w+ ){0,2}?(?:μισθ\w{1,3}|αποδοχ\w{1,3}|αμοιβ\w{1,3}|πληρωμ\w{1,3}|μεροκαματ\w{1,3})`,
  ro: String.raw`\b(?:retin\w{0,4}|retinut\w{0,3}|scad\w{1,4}|scazu\w{0,3}|dedu\w{1,5}|opri\w{1,4}|rambursa\w{0,4}|returna\w{0,4}|inapoia\w{0,4}|achita\w{0,4}|plati\w{0,4})\b[^.;\n]{0,40}?\b(?:din|de pe|cu) (?:\w+ ){0,2}?(?:salari\w{0,4}|leaf\w{0,4}|castig\w{0,4}|venit\w{0,4}|plat\w{0,4})\b`,
  uk: String.raw`(?:утриму\w{1,6}|утрима\w{1,6}|вирахову\w{1,6}|вирахува\w{1,6}|відніма\w{1,6}|відрахову\w{1,6}|поверта\w{1,6}|поверне\w{1,6}|погаша\w{1,6}|списуют\w{0,3}|відпрацьову\w{1,6}|відпрацю\w{1,6})[^.;\n]{0,40}?(?:з|із|від|зі) (?:\w+ ){0,2}?(?:зарплат\w{0,3}|заробітн\w{0,3}|заробіт\w{0,3}|виплат\w{0,3}|зп\b)`,
  ru: String.raw`(?:удержива\w{1,6}|удерж\w{1,6}|вычита\w{1,6}|вычт\w{1,6}|высчит\w{1,6}|возвраща\w{1,6}|верн[её]\w{1,4}|погаша\w{1,6}|списыва\w{1,6}|отрабатыва\w{1,6}|отработа\w{1,6})[^.;\n]{0,40}?(?:из|с|со|от) (?:\w+ ){0,2}?(?:зарплат\w{0,3}|заработ\w{0,4}|оклад\w{0,3}|выплат\w{0,3}|з/п|зп\b)|(?:отрабатыва\w{1,6}|отработа\w{1,6}) (?:\w+ ){0,2}?(?:долг\w{0,2}|дорог\w{0,2}|билет\w{0,2}|перелет\w{0,2}|проезд\w{0,2})|(?:долг\w{0,2}|дорог\w{0,2}|билет\w{0,2}|перелет\w{0,2}|проезд\w{0,2}) (?:\w+ ){0,2}?(?:отрабатыва\w{1,6}|отработа\w{1,6})`,
  fr: String.raw`\b(?:retenu\w{0,2}|reten\w{1,4}|dedui\w{1,4}|deduct\w{1,4}|defalqu\w{1,4}|preleve\w{0,2}|rembours\w{1,5}|soustrai\w{1,4})\b[^.;\n]{0,40}?\b(?:sur|de|du|avec|des) (?:\w+ ){0,2}?(?:salaires?|paies?|payes?|remunerations?)\b`,
  de: String.raw`\b(?:vom|von (?:ihrem|deinem|dem|ihren|deinen|den)|mit (?:dem|ihrem|deinem)) (?:\w+ ){0,2}?(?:lohn|gehalt|verdienst|lohnen|gehaltern)\w{0,2}\b[^.;\n]{0,25}?\b(?:abgezogen|abziehen|einbehalten|einbehält|einbehalt|verrechnet|verrechnen|zuruckgezahlt|zuruckzahlen|abbezahlt|abgestottert)\b|\b(?:abgezogen|einbehalten|verrechnet|zuruckzahlen) (?:vom|von|mit) (?:\w+ ){0,2}?(?:lohn|gehalt|verdienst)\w{0,2}\b|\blohnabzug\w{0,2}\b`,
};

/** Deductions that are normal payroll (tax, social security): they do not make a debt. */
export const PAYROLL_DEDUCTIONS: Lexicon = {
  en: String.raw`\b(?:tax\w*|national insurance|pension\w*|social security|401k|benefits?|insurance)\b`,
  it: String.raw`\b(?:tass\w|impost\w|irpef|inps|contribut\w{1,3}|previdenz\w{1,3})\b`,
  es: String.raw`\b(?:irpf|impuest\w{1,2}|seguridad social|cotizaci\w{1,4})\b`,
  pl: String.raw`\b(?:podat\w{1,3}|zus|składk\w{1,3}|skladk\w{1,3}|ubezpieczen\w{1,3})\b`,
  sk: String.raw`\b(?:dan\w{0,2}|odvod\w{1,3}|poisten\w{1,3})\b`,
  bg: String.raw`\b(?:данъ\w{1,5}|осигуров\w{1,6})\b`,
  el: String.raw`(?:φορ\w{1,6}|ασφαλιστικ\w{1,4}|εφκα|εισφορ\w{1,4})`,
  ro: String.raw`\b(?:impozit\w{0,3}|contributi\w{1,4}|cas\b|cass\b|taxe)\b`,
  uk: String.raw`(?:податк\w{0,3}|пдфо|єсв|внеск\w{0,3} до)`,
  ru: String.raw`(?:налог\w{0,3}|ндфл|взнос\w{0,3} в)`,
  fr: String.raw`\b(?:impots?|cotisations?|charges sociales|prelevement a la source)\b`,
  de: String.raw`\b(?:steuer\w*|sozialversicherung\w*|sozialabgaben|lohnsteuer)\b`,
};

/**
 * "No fees", "we never charge candidates", "recruitment is free": the stated no-fee policy.
 * Tight on purpose: a negation must sit right before the fee word, so that "no experience
 * needed, registration fee 50 €" is not read as a no-fee statement.
 */
export const NO_FEE: Lexicon = {
  en: String.raw`\b(?:no|never|zero|without|free of|nor)\s(?:\w+\s){0,3}?(?:fees?|charges?|payments?|costs?|money)\b|\b(?:never|not|don't|do not|will not|won't|will never)\s(?:\w+\s)?(?:charge|ask|request|require)\w{0,2}\s(?:\w+\s){0,4}?(?:fees?|payments?|money|to pay)\b|\b(?:recruitment|registration|placement|application|the service|our service)\s(?:\w+\s){0,2}?(?:is |are )?(?:free|free of charge|at no cost)\b|\bfree (?:of charge )?(?:to|for) (?:candidates|applicants|job ?seekers|workers|you)\b|\bat no cost to (?:you|candidates|applicants)\b|\basks? you for money\b`,
  it: String.raw`\b(?:nessun[ao]?|senza|mai|non (?:chiediamo|chiede|chiedono|si chiede|richiediamo|richiede|e richiest\w|paghi|pagherai|devi pagare|dovrai pagare|ci sono))\s(?:\w+\s){0,3}?(?:cost[oi]|quot[ae]|pagament\w|spes[ae]|soldi|denaro|commission\w{1,2}|tariff\w|contribut\w{1,2})\b|\b(?:selezione|candidatura|iscrizione|servizio|ricerca|assunzione)\s(?:e\s)?(?:completamente\s|totalmente\s)?gratuit\w\b|\bgratuit\w (?:per i|per le|per) (?:candidat\w|lavorator\w|te)\b`,
  es: String.raw`\b(?:ningun\w{0,2}|sin|nunca|no (?:cobramos|cobra|pedimos|pide|solicitamos|tienes que pagar|pagas|pagaras|debes pagar|hay que pagar))\s(?:\w+\s){0,3}?(?:coste|costo|cuota|pagos?|tasa|dinero|comision\w{0,2}|tarifa)\b|\b(?:seleccion|inscripcion|proceso|contratacion|servicio)\s(?:\w+\s){0,2}?(?:es\s)?(?:totalmente\s)?gratuit\w{1,2}\b|\bpuede cobrarte\b|\bcobrarte por\b`,
  pl: String.raw`\bnie (?:pobieramy|pobiera|pobieraja|pobierze|bierzemy|zadamy|żadamy|wymagamy|placisz|płacisz|ponosisz)\s(?:\w+\s){0,3}?(?:opłat\w{0,3}|prowizj\w{0,2}|pieniedzy|kosztow)\b|\b(?:bez|zadnych|żadnych)\s(?:\w+\s)?(?:opłat\w{0,3}|prowizj\w{0,2}|kosztow)\b|\b(?:rekrutacja|posrednictwo|pośrednictwo|zatrudnienie|usługa|usluga)\s(?:\w+\s){0,2}?(?:jest\s)?(?:bezpłatn\w{1,2}|darmow\w{1,2}|nieodpłatn\w{1,2})\b`,
  sk: String.raw`\b(?:sprostredkovani\w|nabor|registraci\w|prihlaseni\w|sluzb\w{1,2} agentury|zamestnanie)\s(?:\w+\s){0,4}?(?:bezplatn\w{1,2}|zadarmo|zdarma)\b|\b(?:bezplatn\w{1,2} sprostredkovani\w|ziadne poplatky|ziadny poplatok|bez poplatk\w{1,3})\b|\b(?:nevyberame|neziadame|nepoziadame|nechceme)\s(?:\w+\s){0,2}?(?:poplatk\w{0,3}|peniaze|platb\w{1,2})\b`,
  bg: String.raw`(?:не (?:заплащат|плащат|плащате|плащаш|взимаме|вземаме|искаме|изискваме|събираме))\s(?:\w+\s){0,3}?(?:такс\w{0,3}|пари|плащан\w{0,3}|комисион\w{0,3})|без (?:никакви )?(?:такс\w{0,3}|комисион\w{0,3})|(?:подбор\w{0,3}|посредничество\w{0,3}|услуга\w{0,3}|наемане\w{0,3})\s(?:\w+\s){0,2}?(?:е )?безплатн\w{1,3}`,
  el: String.raw`(?:χωρι[σς]|καμια|καμμια|καμιας|δεν (?:χρεωνουμε|ζηταμε|πληρωνετε|πληρωνεις|υπαρχει|υπαρχουν))\s(?:\w+\s){0,2}?(?:χρεωσ\w{1,4}|κοστο\w{0,3}|αμοιβ\w{1,4}|πληρωμ\w{1,4}|τελ\w{1,3}|χρηματ\w{1,4}|προμηθει\w{1,3})|δωρεαν (?:επιλογη|διαδικασια|για του[σς] υποψηφιου[σς])`,
  ro: String.raw`\b(?:recrutarea|selectia|inscrierea|plasarea|intermedierea|angajarea|serviciul)\s(?:\w+\s){0,2}?(?:este\s)?(?:complet\s)?gratuit\w{0,2}\b|\b(?:nu (?:percepem|cerem|solicitam|platiti|trebuie sa platiti|aveti de platit)|niciun\w{0,2}|nicio|fara)\s(?:\w+\s){0,3}?(?:tax\w{1,3}|bani|comision\w{0,3}|cost\w{0,3}|plat\w{1,3})\b|\bnimeni nu are voie sa va ceara bani\b`,
  uk: String.raw`(?:працевлаштування|послуги|підбір|оформлення|співбесіда)\s(?:\w+\s){0,2}?безкоштовн\w{1,3}|(?:не беремо|не стягуємо|не вимагаємо|не просимо)\s(?:\w+\s){0,2}?(?:оплат\w{0,3}|плат\w{0,3}|грош\w{0,3}|коштів|комісі\w{0,3})|жодних (?:оплат|платеж\w{0,3}|внеск\w{0,3}|комісі\w{0,3})`,
  ru: String.raw`(?:трудоустройство|услуги|подбор|оформление|собеседование)\s(?:\w+\s){0,2}?бесплатн\w{1,3}|(?:не берем|не взимаем|не требуем|не просим)\s(?:\w+\s){0,2}?(?:никак\w{1,3}\s)?(?:оплат\w{0,3}|плат\w{0,3}|денег|деньг\w{0,3}|комисси\w{0,3}|предоплат\w{0,3})|без (?:предоплат\w{0,3}|комисси\w{0,3})|никаких (?:оплат|платеж\w{0,3}|взнос\w{0,3}|комисси\w{0,3}|предоплат\w{0,3})`,
  fr: String.raw`\b(?:aucun\w{0,2}|sans|jamais|ne (?:demandons|facturons|payez|demande|facture))\s(?:\w+\s){0,3}?(?:frais|paiements?|argent|commissions?|couts?)\b|\b(?:recrutement|inscription|selection|placement)\s(?:\w+\s){0,2}?(?:est\s)?(?:entierement\s)?gratuit\w{0,2}\b`,
  de: String.raw`\b(?:keine|keinerlei|ohne|niemals|nie)\s(?:\w+\s){0,2}?(?:gebuhr\w{0,2}|vermittlungsgebuhr\w{0,2}|kosten|provision\w{0,2}|zahlung\w{0,2})\b|\b(?:vermittlung|bewerbung|registrierung|anmeldung)\s(?:\w+\s){0,2}?(?:ist\s)?(?:fur sie\s|fur dich\s)?(?:kostenlos|kostenfrei|gebuhrenfrei|unentgeltlich)\b|\b(?:kostenlos|kostenfrei|gebuhrenfrei)\s(?:fur\s)?(?:bewerber\w{0,3}|kandidat\w{0,3})\b`,
};

/** Where a worker lives: nouns of accommodation in job ads. */
export const HOUSING: Lexicon = {
  en: String.raw`\b(?:accommodation|housing|lodging|room and board|board and lodging|rooms?|apartments?|flats?|caravans?|dormitor(?:y|ies)|hostels?|beds?|bed space|rent)\b`,
  it: String.raw`\b(?:vitto e alloggio|alloggi\w?|posto letto|posti letto|camer[ae]|appartament\w|sistemazion\w|foresteri\w|affitto)\b`,
  es: String.raw`\b(?:alojamiento\w?|vivienda\w?|habitacion\w{0,2}|piso|residencia|hospedaje|alquiler)\b`,
  pl: String.raw`\b(?:zakwaterowani\w|mieszkani\w|nocleg\w{0,2}|kwater\w{1,2}|pok[oó]j\w{0,2}|czynsz\w{0,2})\b`,
  sk: String.raw`\b(?:ubytovani\w|byvani\w|izb\w{1,2}|najom\w{0,2}|najomne)\b`,
  bg: String.raw`(?:квартир\w{1,3}|жилищ\w{1,3}|настаняване|общежити\w{1,3}|нощувк\w{1,3}|стая|стаи|наем\w{0,3})`,
  el: String.raw`(?:διαμονη|καταλυμα\w{0,2}|στεγη|στεγαση|δωματι\w{1,2}|ενοικι\w{1,2})`,
  ro: String.raw`\b(?:cazare\w{0,2}|locuint\w{1,3}|camer\w{1,3}|chiri\w{1,3})\b`,
  uk: String.raw`(?:житл\w{1,3}|проживання|гуртожит\w{1,3}|кімнат\w{1,3}|оренд\w{1,3})`,
  ru: String.raw`(?:жиль\w{1,2}|жилье|проживани\w{1,2}|общежити\w{1,2}|комнат\w{1,2}|квартир\w{1,2}|койко-?мест\w{1,2}|аренд\w{1,2})`,
  fr: String.raw`\b(?:logements?|hebergements?|chambres?|loyers?)\b`,
  de: String.raw`\b(?:unterkunft|unterkunfte|wohnung\w{0,2}|zimmer|unterbringung|wohnheim|mehrbettzimmer|kost (?:und|&) logis|logis|miete)\b`,
};

/** Identity documents: passport, ID card, "documents/papers". */
export const ID_DOCUMENT: Lexicon = {
  en: String.raw`\b(?:passports?|id cards?|identity cards?|ids|id|identity documents?|documents|papers|driving licen[cs]es?|driver'?s licen[cs]es?|residence permits?)\b`,
  it: String.raw`\b(?:passaport\w|document\w{1,2}(?: d'identita| di identita)?|carta d'identita|carta di identita|patente|permesso di soggiorno)\b`,
  es: String.raw`\b(?:pasaportes?|dni|nie|documentacion|documentos?(?: de identidad)?|papeles|carnet|tarjeta de residencia)\b`,
  pl: String.raw`\b(?:paszport\w{0,3}|dow[oó]d\w{0,2} osobist\w{0,3}|dowod\w{0,2}|dokument\w{0,3}|karta pobytu|karte pobytu)\b`,
  sk: String.raw`\b(?:pas|pasu|pasy|pasov|cestovn\w{1,3} pas\w{0,2}|obciansk\w{1,3} preukaz\w{0,2}|doklad\w{0,3}|dokument\w{0,3})\b`,
  bg: String.raw`(?:паспорт\w{0,3}|лична\w{0,2} карт\w{1,2}|личната карта|документ(?!ац)\w{0,3}|документите)`,
  el: String.raw`(?:διαβατηρι\w{1,3}|ταυτοτητ\w{1,3}|εγγραφα|εγγραφων|χαρτια|χαρτιων|εγγραφο)`,
  ro: String.raw`\b(?:pasaport\w{0,3}|buletin\w{0,3}|carte\w{0,2} de identitate|act\w{0,3} de identitate|acte\w{0,2}|document\w{0,4})\b`,
  uk: String.raw`(?:паспорт\w{0,3}|документ(?!ац)\w{0,3}|посвідк\w{1,3}|id-карт\w{1,2})`,
  ru: String.raw`(?:паспорт\w{0,3}|документ(?!ац)\w{0,3}|удостоверени\w{1,3})`,
  fr: String.raw`\b(?:passeports?|cartes? d'identite|pieces? d'identite|papiers|documents|titres? de sejour)\b`,
  de: String.raw`\b(?:reisepass\w{0,2}|pass|passe|ausweis\w{0,2}|personalausweis\w{0,2}|dokument\w{0,3}|papiere\w{0,1}|aufenthaltstitel)\b`,
};

/**
 * Someone other than the worker keeps the documents: "the team leader keeps all documents",
 * "il passaporto lo teniamo noi", "паспорт передаётся куратору". Placeholder {DOC} = ID_DOCUMENT.
 */
export const DOCUMENTS_KEPT_TEMPLATES: Lexicon = {
  en: String.raw`\b(?:we|they|employer|company|agent|agency|sponsor|leader|coordinator|family|boss|manager|supervisor|foreman|recruiter|driver|office|owner)s? (?:\w+ ){0,2}?(?:keep|keeps|hold|holds|retain|retains|store|stores|look after|looks after|take care of|takes care of|safeguard|safeguards|collect|collects|confiscate|confiscates) (?:\w+ ){0,3}?{DOC}|{DOC} (?:\w+ ){0,2}?(?:will be|is|are|gets|get|must be|to be) (?:\w+ )?(?:kept|held|retained|stored|collected|confiscated|taken|handed (?:over|in)|surrendered|deposited)\b|\b(?:hand over|hand in|surrender|give|leave|deposit) (?:\w+ ){0,2}?{DOC} (?:\w+ ){0,2}?(?:to|with) (?:the|our|your) `,
  it: String.raw`{DOC} (?:\w+ ){0,2}?(?:li |lo |la |le )?(?:teniamo|terremo|tiene|tengono|custodi\w{1,5}|conserv\w{1,5}|trattenut\w|ritirat\w|ritiriamo|consegnat\w|depositat\w|sequestrat\w|rimane|rimangono|restano|resta)\b|\b(?:teniamo|custodiamo|tratteniamo|ritiriamo|conserviamo|consegnare|consegnerai|consegni|lasciare|lascerai) (?:noi )?(?:\w+ ){0,3}?{DOC}`,
  es: String.raw`\b(?:guard\w{1,5}|reten\w{1,5}|custodi\w{1,5}|recog\w{1,5}|quit\w{1,5}|entreg\w{1,5}|dej\w{1,5}) (?:\w+ ){0,3}?{DOC}|{DOC} (?:\w+ ){0,2}?(?:se (?:queda|quedan|guarda|guardan|retiene|retienen|entrega|entregan)|queda\w{0,1} (?:en manos|con|bajo)|(?:es|son|sera|seran) (?:retenid\w{1,2}|guardad\w{1,2}|custodiad\w{1,2}))\b`,
  pl: String.raw`\b(?:przechow\w{1,6}|zatrzym\w{1,6}|oddaj\w{1,5}|oddac|oddasz|zdeponuj\w{0,4}|trzyma\w{1,4}|zabier\w{1,4}|przekaz\w{1,5}|odbier\w{1,4}) (?:\w+ ){0,3}?{DOC}|{DOC} (?:\w+ ){0,3}?(?:przechow\w{1,6}|zatrzym\w{1,6}|zostaj\w{1,3}|zostanie|pozostaj\w{1,3}|zdepon\w{1,6}|trzyma\w{1,4}|odda\w{1,5}|przekaz\w{1,5})\b`,
  sk: String.raw`\b(?:odovzd\w{1,6}|uschov\w{1,6}|ponech\w{1,6}|zadrz\w{1,6}|drzi\w{0,3}|drzime|zober\w{1,4}|zoberieme|nechate|nechaj\w{1,3}) (?:\w+ ){0,3}?{DOC}|{DOC} (?:\w+ ){0,3}?(?:odovzd\w{1,6}|uschov\w{1,6}|ponech\w{1,6}|zadrz\w{1,6}|zostava|zostane|ostava|ostane|drzi)\b`,
  bg: String.raw`(?:съхранява\w{0,3}|съхраня\w{1,3}|пази\w{0,3}|пазим|задържа\w{0,3}|прибира\w{0,3}|взема\w{0,3}|вземаме|предава\w{0,3}|предад\w{1,4}|оставя\w{0,3}|оставет\w{0,2}) (?:\w+ ){0,3}?{DOC}|{DOC} (?:\w+ ){0,3}?(?:се )?(?:съхранява\w{0,3}|пази\w{0,3}|задържа\w{0,3}|остава\w{0,3}|предава\w{0,3}|прибира\w{0,3}|взема\w{0,3})`,
  el: String.raw`(?:κρατ\w{1,6}|φυλασσ\w{1,6}|φυλατ\w{1,6}|παραδιδ\w{1,6}|παραδω\w{1,6}|παραδο\w{1,6}|παρακρατ\w{1,6}|μενουν|μενει|αφηνετε|αφησετε) (?:\w+ ){0,3}?{DOC}|{DOC} (?:\w+ ){0,3}?(?:κρατ\w{1,6}|φυλασσ\w{1,6}|φυλαγ\w{1,6}|παραδιδ\w{1,6}|παραδιν\w{1,6}|παρακρατ\w{1,6}|μενουν|μενει)`,
  ro: String.raw`{DOC} (?:\w+ ){0,3}?(?:ramane|raman|pastr\w{1,5}|retin\w{0,4}|retinut\w{0,2}|predat\w{0,2}|preda\w{0,3}|depus\w{0,2}|tinut\w{0,2}|confiscat\w{0,2}|sta|stau) (?:la|de|in|cu)\b|\b(?:pastram|retinem|tinem|confiscam|predati|predai|lasati|lasi|depuneti) (?:\w+ ){0,3}?{DOC}`,
  uk: String.raw`(?:зберіга\w{1,6}|переда\w{1,6}|передає\w{0,4}|залиша\w{1,6}|забира\w{1,6}|здає\w{0,4}|здати|здаєте|утриму\w{1,6}|трима\w{1,6}|вилуча\w{1,6}) (?:\w+ ){0,3}?{DOC}|{DOC} (?:\w+ ){0,3}?(?:зберіга\w{1,6}|переда\w{1,6}|передає\w{0,4}|залиша\w{1,6}|забира\w{1,6}|здає\w{0,4}|утриму\w{1,6}|трима\w{1,6}|вилуча\w{1,6})`,
  ru: String.raw`(?:храни\w{1,6}|хран\w{1,6}|переда\w{1,6}|оставля\w{1,6}|остает\w{1,4}|остаются|забира\w{1,6}|забер\w{1,4}|сда\w{1,6}|удержива\w{1,6}|изыма\w{1,6}|держ\w{1,6}) (?:\w+ ){0,3}?{DOC}|{DOC} (?:\w+ ){0,3}?(?:храни\w{1,6}|хран\w{1,6}|переда\w{1,6}|остает\w{1,4}|остаются|забира\w{1,6}|сда\w{1,6}|удержива\w{1,6}|изыма\w{1,6}|держ\w{1,6})`,
  fr: String.raw`\b(?:gardons|garderons|conservons|retenons|confisquons|remettre|remettez|remettrez|deposer|deposez|laisser|laissez) (?:\w+ ){0,3}?{DOC}|{DOC} (?:\w+ ){0,3}?(?:(?:est|sont|sera|seront|reste|restent) (?:\w+ )?(?:garde\w{0,2}|conserve\w{0,2}|retenu\w{0,2}|confisque\w{0,2}|remis\w{0,2}|depose\w{0,2}|chez|entre les mains)|restent? (?:chez|avec|aupres))\b`,
  de: String.raw`{DOC} (?:\w+ ){0,4}?(?:abgeben|abzugeben|abgegeben|einbehalten|aufbewahrt|aufbewahren|verwahrt|verwahren|behalten|bleibt|bleiben|hinterlegen|hinterlegt|eingezogen|einziehen|ubergeben|ausgehandigt|aushandigen)\b|\b(?:behalten|verwahren|bewahren|ziehen|nehmen) (?:wir|sie|die firma|der arbeitgeber) (?:\w+ ){0,3}?{DOC}`,
};

/** The journey as a cost: ticket, flight, fare, transport, visa. */
export const TRAVEL_COST: Lexicon = {
  en: String.raw`\b(?:tickets?|flights?|air ?fares?|fares?|travel(?: costs?| expenses)?|transport(?:ation)?(?: costs?)?|visas?|journey)\b`,
  it: String.raw`\b(?:bigliett\w|vol[oi]|viaggio|spese di viaggio|trasporto|visto)\b`,
  es: String.raw`\b(?:billete\w?|vuelos?|viaje|pasaje\w?|transporte|visado)\b`,
  pl: String.raw`\b(?:bilet\w{0,2}|przelot\w{0,2}|przejazd\w{0,2}|dojazd\w{0,2}|transport\w{0,2}|podroz\w{0,2}|wiz\w{1,2})\b`,
  sk: String.raw`\b(?:letenk\w{1,2}|cest\w{1,2}|doprav\w{1,2}|preprav\w{1,2}|viz\w{1,2})\b`,
  bg: String.raw`(?:билет\w{0,3}|полет\w{0,3}|пътуван\w{1,3}|транспорт\w{0,3}|виз\w{1,3})`,
  el: String.raw`(?:εισιτηρι\w{1,3}|αεροπορικ\w{1,3}|ταξιδι\w{0,3}|μεταφορ\w{1,3}|ναυλ\w{1,3})`,
  ro: String.raw`\b(?:bilet\w{0,3}|zbor\w{0,3}|calatori\w{1,3}|transport\w{0,3}|drum\w{0,3}|viz\w{1,3})\b`,
  uk: String.raw`(?:квит\w{1,3}|переліт|перельот\w{1,2}|дорог\w{1,2}|проізд\w{0,2}|транспорт\w{0,2}|віз\w{1,2})`,
  ru: String.raw`(?:билет\w{0,3}|перелет\w{0,2}|дорог[ауи]|проезд\w{0,2}|транспорт\w{0,2}|виз[аыу])`,
  fr: String.raw`\b(?:billets?|vols?|voyages?|trajets?|transports?|visas?)\b`,
  de: String.raw`\b(?:flug\w{0,8}|tickets?|reise\w{0,6}|anreise|fahrt\w{0,6}|visum|transport\w{0,2})\b`,
};
