import nlp from 'compromise';
import type { Lang } from '../engine/types';
import { LANGUAGES } from '../engine/types';

/*
 * How much an ad says about the work: concrete tasks, hours, a place, an employer, a skill asked
 * for. Deceptive offers promise money and say almost nothing about what the worker will do
 * ("simple work", "hostess in exclusive clubs"); honest ads, even short ones, name tasks, hours and
 * the employer. Small lexicons per language, written for the NORMALIZED text (lower case, no
 * diacritics), matched as word beginnings so that inflections count.
 */

/** Stems of concrete tasks and trades: what the worker will actually do. */
const TASKS: Readonly<Record<Lang, string>> = {
  en: 'clean|cook|pack|pick|sort|load|unload|driver|deliver|serving|waiter|waitress|sell|assembl|repair|install|maintain|operat|caring|lift|stock|wash|paint|build|weld|harvest|manag|develop|design|analy|coordinat|report|test|answer|prepar|plan|teach|nurs|accountan|accounting|bookkeep|program|coding|engineer|schedul|invoic|market|recruit|supervis|inspect|audit|research|writ|edit|translat|customer|patient|shelv|warehous|forklift|kitchen|retail|cashier|reception|bouquet|garden|construct|electric|plumb|carpent|machin|software|database|sales|budget|communicat|negotiat|implement|monitor|evaluat',
  it: 'pulizi|pulir|cucin|imball|confezion|raccol|smist|carica|scarica|guid|consegn|vend|assembl|ripar|install|manuten|assist|cura|magazzin|scaffal|lav(?:are|aggio)|pittur|costru|saldat|vendemmi|gestion|gestir|svilupp|progett|contabil|amministra|cassa|client|pazient|accoglien|registrazion|sala|bar|pizz|mazz|composizion|muratur|elettric|idraul|carpent|macchin|turn|mansion|ordin|inventar|scuol|insegn',
  es: 'limpi|cocin|empaquet|envas|recog|recolec|clasific|descarg|conduc|repart|entreg|servi|atend|vend|montaj|ensambl|repar|instal|manten|cuid|reponed|almacen|lavar|lavado|pint|constru|soldad|gestion|desarroll|diseñ|disen|contab|administra|caja|client|pacient|recepcion|ramos|floriste|camarer|cociner|albañil|albanil|electric|fontaner|carpinter|maquin|turno|inventari|pedidos|masaj|tratamient',
  pl: 'sprzat|gotow|pakow|zbier|zbior|sortow|zaladun|rozladun|kierow|dostarcz|dostaw|obslug|sprzeda|montaz|monter|napraw|instal|konserw|opiek|magazyn|kompletow|mycie|myc|malow|budow|spaw|ksiegow|administr|kasj|klient|pacjent|recepcj|bukiet|kwiat|kelner|kucharz|murar|elektryk|hydraulik|stolar|maszyn|zmian|inwentar|wozek|produkcj|linii',
  sk: 'upratov|varen|balen|zber|triedi|nakladan|vykladan|vodic|rozvoz|dorucov|obsluh|predaj|montaz|oprav|instal|udrzb|opatrov|sklad|umyv|malov|stavb|zvaran|uctov|administr|pokladn|zakazn|pacient|recepc|kytic|kvet|casnik|kuchar|murar|elektrik|instalater|stolar|stroj|zmen|inventur|vyrob|linke',
  bg: 'почиств|готв|опаков|бране|берач|сортир|товар|разтовар|шофьор|достав|обслужв|продава|продажб|монтаж|ремонт|инстал|поддръжк|поддръжк|грижа|грижи|склад|миене|боядис|строител|заварч|счетовод|администр|касиер|клиент|пациент|рецепц|букет|цвет|сервитьор|готвач|камериер|зидар|електрот|водопровод|дърводел|машин|смен|инвентар|производств|линия',
  el: 'καθαρ|μαγειρ|συσκευασ|συλλογ|διαλογ|φορτ|εκφορτ|οδηγ|διανομ|εξυπηρετ|πωλησ|πωλητ|συναρμολογ|επισκευ|εγκατασ|συντηρ|φροντιδ|αποθηκ|πλυσ|βαφ|κατασκευ|συγκολλ|λογιστ|διοικητ|ταμει|πελατ|ασθεν|ρεσεψιον|ανθοδεσμ|λουλουδ|σερβιτορ|μαγειρ|καμαριερ|οικοδομ|ηλεκτρολογ|υδραυλ|ξυλουργ|μηχαν|βαρδι|παραγγελ|παραγωγ',
  ro: 'curat|gati|ambal|culeg|recolt|sort|incarc|descarc|sofer|livr|servi|vanz|vinde|asambl|montaj|repar|instal|intretin|ingrij|depozit|spal|vops|constru|sudor|contab|administr|casier|client|pacient|receptie|buchet|flor|ospatar|bucatar|camerist|zidar|electrician|instalator|tamplar|utilaj|masin|tura|ture|inventar|productie|linie',
  uk: 'прибиран|прибира|готув|пакув|збира|збір|сортув|вантаж|розвантаж|водій|водi|достав|обслуговув|продаж|продав|монтаж|збиральник|ремонт|встановл|догляд|склад|мийк|миття|фарбув|будів|зварюв|бухгалтер|адміністр|касир|клієнт|пацієнт|рецепц|букет|квіт|офіціант|кухар|покоів|муляр|електрик|сантехнік|столяр|верстат|машин|змін|інвентар|виробництв|лінії|меблів',
  ru: 'уборк|убира|готовк|приготовл|упаков|сбор|собира|сортир|погруз|разгруз|водител|достав|обслужив|продаж|продав|монтаж|монтажник|ремонт|установк|уход|склад|мойк|мыть|покрас|строит|свар|бухгалтер|администр|кассир|клиент|пациент|ресепшн|букет|цвет|официант|повар|горничн|каменщик|электрик|сантехник|плотник|станк|машин|смен|инвентар|производств|лини|металлоконструкц|менеджер|сделк|заявк|переговор|b2b',
  fr: 'nettoy|cuisin|emball|conditionn|cueill|recolt|vendang|trier|manutention|decharg|condui|livr|servi|vend|assembl|montage|repar|install|entreten|soin|soign|stock|magasin|lav|peint|constru|soud|compta|administr|caiss|client|patient|accueil|bouquet|fleur|serveu|cuisinier|femme de chambre|macon|electric|plomb|menuis|machin|equipe|inventair|production|ligne|porteur',
  de: 'servic|gastro|reinig|putz|koch|verpack|kommission|ernt|pfluck|sortier|verlad|entlad|fahrer|liefer|zustell|servier|bedien|verkauf|montier|montage|reparier|install|wartung|pfleg|betreu|lager|wasch|streich|bau|schweiss|buchhalt|verwalt|kass|kund|patient|empfang|rezeption|strauss|blume|kellner|koch|zimmermad|maurer|elektrik|klempner|tischler|schreiner|maschin|schicht|inventur|produktion|band',
};

/** Hours, schedule or contract: "40 hours per week", "part-time", "turni", "Vollzeit", "umowa o pracę". */
const SCHEDULE =
  '\\d{1,2} ?(?:hours|hrs|h|ore|horas|godzin|hodin|часов|часа|годин|ωρες|heures|stunden|std)\\.? ?(?:per|a|/|each|alla|a la|la|na|w|pe|par|pro|την|в|на|την)? ?(?:week|wk|settimana|semana|tydzien|tyzden|седмица|неделю|тиждень|εβδομαδα|saptamana|semaine|woche)|' +
  'full[- ]time|part[- ]time|shifts?\\b|rota\\b|tempo (?:pieno|determinato|indeterminato)|turni|contratto|ccnl|jornada|turnos?\\b|contrato|' +
  'pelny etat|pol etatu|umowa o prace|umowa zlecenie|zmiany|plny uvazok|pracovna zmluva|трудов договор|смени|συμβαση|βαρδι|πληρης απασχολ|' +
  'norma intreaga|contract de munca|ture\\b|офіційн|графік|график|трудоустро|по тк|cdi\\b|cdd\\b|temps (?:plein|partiel)|contrat|vollzeit|teilzeit|schicht|arbeitsvertrag|tarif';

/** Webmail domains say nothing about an employer. */
const WEBMAIL = '(?:gmail|googlemail|yahoo|hotmail|outlook|live|mail|gmx|web|icloud|yandex|ukr|abv|wp|o2|interia|onet|libero|email|proton|protonmail|aol|seznam|centrum|azet|yopmail)';

/** A named place or employer: street address, company legal form, a website of its own. */
const EMPLOYER =
  '\\b(?:ltd|llc|inc|plc|gmbh|ag|srl|s\\.r\\.l|s\\.p\\.a|s\\.a|s\\.l|sarl|sas|sp\\. z o\\.o|s\\.r\\.o|a\\.s|ooo|ооо|еоод|оод|тов|επε|ικε)\\b|' +
  '\\b(?:via|viale|piazza|street|st\\.|road|rd\\.|avenue|ave\\.|calle|avenida|ul\\.|ulica|ulice|ул\\.|улица|вул\\.|οδος|strada|str\\.|rue|boulevard|strasse|weg)(?![\\p{L}])[^\\n]{0,30}\\d|' +
  `(?<![a-z0-9.-])(?!${WEBMAIL}\\.)[a-z0-9-]{3,}(?:\\.[a-z0-9-]{2,})?\\.(?:com|co\\.uk|org|net|it|es|pl|sk|bg|gr|ro|ua|ru|fr|de|eu|io|ch|at|nl)\\b`;

/** Skills or qualifications asked for: a sign of a real job description. */
const REQUIREMENTS =
  '(?:degree|diploma|licen[cs]e|certificat\\p{L}*|qualification\\p{L}*) (?:in|required|essential|needed|preferred)|\\d\\+? years\\W+(?:of )?experience|' +
  'experience (?:required|essential|preferred|with|in)|requirements:|responsibilities|qualifications:|must have|' +
  'richiest[ao] (?:esperienza|patente|diploma|laurea)|esperienza (?:richiesta|nel|nella|con|di almeno)|requisiti|gradit[ao]|' +
  'experiencia (?:en|minima|demostrable|previa)|requisitos|imprescindible|titulo de|' +
  'wymagan|prawo jazdy kat|uprawnien|doswiadczenie w|pozadujeme|pozadovan|prax v|изисквания|опит в|απαιτουνται|απαραιτητ|εμπειρια σε|' +
  'cerinte|experienta in|вимоги|досвід роботи від|требования|опыт работы от|exigences|diplome|experience (?:de|en|dans)|' +
  'anforderung|fuhrerschein|ausbildung (?:als|zum|zur)|erfahrung (?:in|im|mit|als)|qualifikation';

/** Concrete details at or above this count make the duties clear; below it, the ad is vague about the work. */
export const CLEAR_DUTIES_AT = 3;
/** Distinct task words beyond this add nothing: the other kinds of detail must also count. */
const MAX_TASK_POINTS = 3;
/** compromise reads at most this much text (tens of ms); the start of an ad holds the title and duties. */
export const NLP_MAX_CHARS = 1500;

/** Verbs that every recruitment text uses and that say nothing about the work itself. */
const NON_TASK_VERBS = new Set([
  'be', 'have', 'do', 'get', 'make', 'earn', 'pay', 'send', 'apply', 'contact', 'call', 'text', 'message', 'write', 'work', 'need',
  'require', 'want', 'look', 'seek', 'hire', 'offer', 'provide', 'train', 'start', 'join', 'register', 'include', 'cover', 'repay',
  'activate', 'receive', 'give', 'take', 'come', 'go', 'travel', 'fly', 'live', 'stay', 'find', 'know', 'like', 'love', 'see',
  'become', 'can', 'will', 'let', 'keep', 'tell', 'discuss', 'sign', 'wait', 'hurry', 'act', 'click', 'visit', 'enjoy', 'win',
  'face', 'age', 'share', 'detail', 'limit', 'hold', 'welcome', 'guarantee', 'believe', 'try', 'learn', 'grow', 'chat', 'dm',
]);

const compiledTasks = new Map<Lang, RegExp>();
function taskPattern(lang: Lang): RegExp {
  let re = compiledTasks.get(lang);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}])(?:${TASKS[lang]})\\p{L}{0,12}`, 'gu');
    compiledTasks.set(lang, re);
  }
  return re;
}
const SCHEDULE_RE = new RegExp(SCHEDULE.replace(/\\b/g, '(?![\\p{L}])'), 'u');
const EMPLOYER_RE = new RegExp(EMPLOYER.replace(/\\b/g, '(?:(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}]))'), 'u');
const REQUIREMENTS_RE = new RegExp(REQUIREMENTS, 'u');

/** Distinct task words in the text for these languages (by their first six letters, so inflections count once). */
function taskWords(text: string, langs: readonly Lang[]): Set<string> {
  const found = new Set<string>();
  for (const lang of langs) for (const m of text.matchAll(taskPattern(lang))) found.add(m[0].slice(0, 6));
  return found;
}

interface NlpVerb {
  terms?: { tags: string[] }[];
  verb?: { infinitive?: string; negative?: boolean; grammar?: { form?: string } };
}

/**
 * Distinct task verbs that compromise finds in English text, beyond the words every recruitment ad
 * uses; it stops at `enough` of them. Verbs are read one at a time: compromise's reading of a verb
 * (its infinitive, tense and negation) is most of its cost, and the verbs after the answer is known
 * need not be read.
 */
export function englishTaskVerbs(original: string, enough = Infinity): Set<string> {
  const verbs = new Set<string>();
  // compromise's types leave out the verb's index that its Verbs.json(options, n) takes (src/3-three/verbs/api/api.js).
  const found = nlp(original.slice(0, NLP_MAX_CHARS)).verbs() as unknown as { length: number; json(options: object, n: number): NlpVerb[] };
  for (let i = 0; i < found.length && verbs.size < enough; i++) {
    const v = found.json({ text: false }, i)[0] as NlpVerb;
    const inf = v.verb?.infinitive?.toLowerCase().replace(/[^a-z-]/g, '');
    if (!inf || inf.length <= 2 || NON_TASK_VERBS.has(inf) || v.verb?.negative) continue;
    // Duties are written as base forms ("to prepare", "you will maintain", "Review code"); past
    // participles and gerunds are mostly adjectives here ("shared apartment", "driving licence").
    const tags = v.terms?.find((t) => t.tags.includes('Verb'))?.tags ?? [];
    const form = v.verb?.grammar?.form;
    if (tags.includes('Infinitive') || tags.includes('Imperative') || form === 'simple-future' || form === 'imperative') verbs.add(inf);
  }
  return verbs;
}

export interface DutiesAssessment {
  /**
   * Points of concrete detail: task words (capped), schedule, employer or place, requirements. When
   * compromise decides, its verbs are counted only up to the points that make the duties clear.
   */
  concrete: number;
  /** True when the ad says too little about the work. */
  vague: boolean;
  /** Whether compromise was run to decide. */
  usedNlp: boolean;
}

/**
 * How much the ad says about the work. `text` is the normalized text, `original` the ad as written
 * (compromise reads English as written). compromise runs only for English and only when the
 * lexicons leave the answer open, so callers may call this only where the answer decides a flag.
 */
export function assessDuties(text: string, original: string, langs: readonly Lang[]): DutiesAssessment {
  const use = langs.length > 0 ? langs : LANGUAGES;
  let tasks = Math.min(taskWords(text, use).size, MAX_TASK_POINTS);
  const context = [SCHEDULE_RE, EMPLOYER_RE, REQUIREMENTS_RE].filter((re) => re.test(text)).length;
  let usedNlp = false;
  if (tasks + context < CLEAR_DUTIES_AT && use.includes('en') && tasks < MAX_TASK_POINTS) {
    usedNlp = true;
    // Verbs beyond what makes the duties clear change nothing but the count.
    tasks = Math.max(tasks, Math.min(englishTaskVerbs(original, CLEAR_DUTIES_AT - context).size, MAX_TASK_POINTS));
  }
  const concrete = tasks + context;
  return { concrete, vague: concrete < CLEAR_DUTIES_AT, usedNlp };
}

/**
 * "Easy / simple work" phrases, per language: the evidence that goes with a high amount, and half of
 * the "simple work, high pay" pattern. Normalized spelling.
 */
export const EASY_WORK: Readonly<Record<Lang, string>> = {
  en: "(?:easy|simple|light) (?:online )?(?:work|job|jobs|tasks?)|no skills (?:needed|required)|(?:just|only) (?:a few|\\d) hours? (?:a|per) (?:day|week)|from (?:your )?(?:home|phone)",
  it: '(?:lavoro|lavori|attivita|compiti) (?:semplic[ei]|facil[ei]|legger[oi])|(?:semplice|facile) lavoro|poche ore (?:di lavoro|al giorno)|dal (?:telefono|cellulare)',
  es: '(?:trabajo|trabajos|tareas) (?:sencill[oa]s?|facil(?:es)?|simples?)|pocas horas(?: al dia)?|desde (?:casa|tu movil|el movil)',
  pl: '(?:prosta|latwa|lekka) praca|(?:proste|latwe) (?:zadania|zajecie)|praca (?:prosta|latwa|lekka)|kilka godzin dziennie',
  sk: '(?:jednoducha|lahka|nenarocna) praca|praca (?:je )?(?:jednoducha|lahka|nenarocna)|par hodin denne',
  bg: '(?:лесна|проста|лека) работа|работа(?:та)? е (?:лесна|проста|лека)|няколко часа на ден',
  el: '(?:ευκολη|απλη|ελαφρια) (?:εργασια|δουλεια)|(?:εργασια|δουλεια) (?:ευκολη|απλη)|λιγες ωρες',
  ro: '(?:munca|job|lucru) (?:usoara|usor|simpla|simplu)|(?:usoara|simpla) munca|cateva ore pe zi',
  uk: '(?:легка|проста|нескладна) робота|робота (?:легка|проста)|кілька годин на день',
  ru: '(?:легкая|простая|несложная) работа|работа (?:легкая|простая|несложная)|несколько часов в день',
  fr: '(?:travail|job|taches) (?:simples?|facile|faciles)|(?:simple|petit) travail|quelques heures par jour',
  de: '(?:einfache|leichte) (?:arbeit|tatigkeit|aufgaben|jobs?)|nur (?:wenige|ein paar) stunden',
};

const compiledEasy = new Map<Lang, RegExp>();
/** Ranges of "easy work" phrases of these languages in the normalized text. */
export function easyWorkRanges(text: string, langs: readonly Lang[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const lang of langs.length > 0 ? langs : LANGUAGES) {
    let re = compiledEasy.get(lang);
    if (!re) {
      re = new RegExp(`(?<![\\p{L}])(?:${EASY_WORK[lang]})(?![\\p{L}])`, 'gu');
      compiledEasy.set(lang, re);
    }
    for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
