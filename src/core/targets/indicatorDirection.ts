/**
 * DIRECTION: which way is better for an indicator, read from its name. Lower is better for what a region
 * wants less of (waiting times, overcrowding, readmissions, avoidable inpatient care, pressure ulcers, care
 * injuries, falls, infections, sick leave, hired staff, patients left in hospital when ready for discharge,
 * antibiotics, caries, costs …); higher for shares within a limit, coverage, adherence, satisfaction,
 * accessibility. A name that says neither gives null: the caller keeps "at least" and says it assumed so.
 *
 * The rules are tried in order, because names mix their words: "Andel som väntat 90 dagar eller
 * kortare" is a share within a limit (higher), "Antal väntande mer än 90 dagar" a count beyond one
 * (lower), "Andel utan trycksår" the absence of harm (higher), while "Återinläggningar inom 30 dagar" is
 * harm within a period (lower).
 */

const TIME = '(?:minuter|minut|min|timmar|timme|tim|h|dygn|dagar|dag|dgr|veckor|vecka|v|månader|månad|mån|år)';
const AMOUNT = '(?:\\d+(?:[ ,.]\\d+)*|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|fjorton|femton|tjugo|trettio|fyrtio|sextio|nittio)';
const LIMIT = `${AMOUNT}\\s*(?:-\\s*)?${TIME}(?!\\p{L})`;

/** Harm that no time limit makes good: readmissions, deaths, complications, care injuries. */
const HARM = [
  'återinläggning',
  'återinskriv',
  'dödlighet',
  'mortalitet',
  'döda',
  'avlid',
  'självmord',
  'suicid',
  'komplikation',
  'reoperation',
  'infektion',
  'vri',
  'vårdskad',
  'trycksår',
  'fallskad',
  'fallolyck',
  'fallhändelse',
  'läkemedelsfel',
  'felmedicinering',
  'blodförgiftning',
  'sepsisdödlighet',
];
/** What "utan …" or "…fria" turns into something wanted: "Andel utan trycksår", "kariesfria 6-åringar". */
const UNWANTED = [...HARM, 'karies', 'rök', 'tobak', 'skad', 'fall', 'smärt', 'hyrpersonal', 'vårdskada'];

/** Within a time limit: shares and counts that met it. */
const WITHIN: readonly RegExp[] = [
  new RegExp(`(?:inom|under|högst|max|maximalt|mindre än|kortare än|inte mer än|inte längre än|senast)\\s+${LIMIT}`, 'u'),
  new RegExp(`${LIMIT}\\s+eller\\s+(?:kortare|mindre|färre|snabbare)`, 'u'),
  /inom (?:vårdgarantin|vårdgarantins|garantitiden|utsatt tid|angiven tid|fastställd tid|målsatt tid)/u,
  /(?:^|\s)i tid(?!\p{L})/u,
];
/** Beyond a time limit: waits longer than allowed. */
const BEYOND: readonly RegExp[] = [
  new RegExp(`(?:mer än|längre än|över|överstigande|utöver|fler än|minst)\\s+${LIMIT}`, 'u'),
  new RegExp(`${LIMIT}\\s+eller\\s+(?:längre|mer)`, 'u'),
  /utöver vårdgarantin|överskridit vårdgarantin|väntat längre/u,
];

/** Strongly wanted: no word of the lower list overrides these ("Följsamhet till … antibiotikaförskrivning"). */
const WANTED = [
  'följsamhet',
  'täckningsgrad',
  'vaccinationstäckning',
  'nöjd',
  'måluppfyllelse',
  'överlevnad',
  'frisknärvaro',
  'tillgänglighet',
  'svarsfrekvens',
  'delaktighet',
  'förtroende',
];
/** Lower is better. */
const LESS = [
  'väntetid',
  'kötid',
  'väntande',
  'i kö',
  'överbeläggning',
  'utlokaliser',
  'påverkbar slutenvård',
  'påverkbara slutenvård',
  'undvikbar',
  'sjukfrånvaro',
  'sjuktal',
  'sjukskriv',
  'hyrpersonal',
  'inhyrd',
  'hyrläkare',
  'hyrsjukskötersk',
  'bemanningsföretag',
  'utskrivningsklar',
  'antibiotika',
  'karies',
  'kostnad',
  'överskrid',
  'avvikelse',
  'personalomsättning',
  'beläggningsgrad',
  'belägningsgrad',
  'medelvårdtid',
  'vårdtid',
  'ledtid',
  'tid till',
  'dagar till',
  'strykning',
  'inställda',
  'uteblivna',
  'uteblivet',
  'klagomål',
  'lex maria',
  'övertid',
  'mertid',
  'tvångsåtgärd',
  'bältesläggning',
  'bältning',
  'olämpliga läkemedel',
  'polyfarmaci',
  'rökare',
  'rökning',
  'fetma',
  'övervikt',
  'arbetsskad',
  'hot och våld',
  'utsläpp',
  'energianvändning',
  'matsvinn',
  'avfall',
  'underskott',
  'per specialist',
  'per läkare',
  'per allmänläkare',
  'per fast läkare',
  'per distriktsläkare',
  'listade per',
  'korridorvård',
  'korridorpatient',
  'obesvarade',
  'avvisade samtal',
  'resistens',
  'skador',
  'trängsel',
  'överdödlighet',
];
/** Higher is better. */
const MORE = [
  'engagemang',
  'hme',
  'nki',
  'nps',
  'rekommendera',
  'kontinuitet',
  'fast läkarkontakt',
  'fast vårdkontakt',
  'deltagande',
  'deltagandegrad',
  'produktivitet',
  'överskott',
  'ekonomiskt resultat',
  'vårdgaranti',
  'besvarade',
  'medicinsk bedömning',
  'helhetsintryck',
  'bemötande',
  'attraktiv',
  'täckning',
  'uppfyllelse',
  'självförsörjning',
];

/** A stem at the start of a word or inside a compound ("läkemedelskostnad"); short ones only as whole words. */
function stemPattern(stems: readonly string[]): RegExp {
  const parts = stems.map((s) => (s.length <= 3 ? `(?<!\\p{L})${s}(?!\\p{L})` : s.replace(/ /g, '\\s+')));
  return new RegExp(parts.join('|'), 'u');
}

const HARM_AT = stemPattern(HARM);
const WANTED_AT = stemPattern(WANTED);
const LESS_AT = stemPattern(LESS);
const MORE_AT = stemPattern(MORE);
const unwanted = UNWANTED.map((s) => s.replace(/ /g, '\\s+')).join('|');
const ABSENCE = new RegExp(
  `(?:utan|fri från|fria från|fritt från|free of|without)\\s+(?:\\p{L}+\\s+){0,2}?(?:${unwanted})|(?:${unwanted})\\p{L}*?fri(?:a|tt)?(?!\\p{L})`,
  'u',
);

/** Names longer than this are descriptions; the cap keeps every pattern cheap. */
const MAX_LENGTH = 400;

/**
 * The name as the rules read it: lower case, composed, one space for any run of spaces, and a word broken
 * by a PDF's hyphen joined again ("Över-beläggningar").
 */
function normalName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/(\p{L})-(?=\p{Ll})/gu, '$1')
    .trim();
}

/**
 * Which way is better for the indicator `name`: 'lower', 'higher', or null when the name does not say.
 *
 * @example
 * indicatorDirection('Överbeläggningar per 100 disponibla vårdplatser')        // 'lower'
 * indicatorDirection('Andel som väntat 90 dagar eller kortare på första besök') // 'higher'
 * indicatorDirection('Antal väntande mer än 90 dagar')                          // 'lower'
 * indicatorDirection('Oplanerade återinläggningar inom 30 dagar')              // 'lower'
 * indicatorDirection('Andel patienter utan trycksår')                          // 'higher'
 * indicatorDirection('Antal närsjukvårdsteam')                                 // null
 */
export function indicatorDirection(name: unknown): 'higher' | 'lower' | null {
  if (typeof name !== 'string') return null;
  const s = normalName(name);
  if (s === '' || s.length > MAX_LENGTH) return null;
  if (ABSENCE.test(s)) return 'higher';
  if (HARM_AT.test(s)) return 'lower';
  if (WITHIN.some((r) => r.test(s))) return 'higher';
  if (BEYOND.some((r) => r.test(s))) return 'lower';
  if (WANTED_AT.test(s)) return 'higher';
  if (LESS_AT.test(s)) return 'lower';
  if (MORE_AT.test(s)) return 'higher';
  return null;
}
