/**
 * The words a volume table is recognised by: its column headings, its section and group headings and its
 * totals rows. Matching is on folded words (no case, no diacritics), so "Tilläggsvolym", "TILLAGG" and
 * "SV tillägg" all name the additional volume.
 */
import { foldWords } from '../shared/cellText';

export type VolumeRole = 'total' | 'base' | 'additional' | 'outcome';

/** Headings are short; a long cell is prose that happens to contain "bas" or "uppdrag". */
const MAX_HEADER_LENGTH = 40;
const MAX_HEADER_WORDS = 5;
// Loose stems, so that a heading misspelt after its first letters ("Tillägsvolym", "Uppdarg") still gets a look.
const MAY_NAME_ROLE = /til|bas|upp|tot|utf|perf|outc|actual|addit/i;

/**
 * Heading words that a misspelling is matched against (folded). The short ones ("bas", "total") are left
 * out: one letter off them is too often another word ("Basis", "Totala" is fine, "Tonal" is not).
 */
const FUZZY_WORDS: readonly [string, VolumeRole][] = [
  ['tillagg', 'additional'],
  ['tillaggsvolym', 'additional'],
  ['tillaggsvolymer', 'additional'],
  ['additional', 'additional'],
  ['basvolym', 'base'],
  ['basvolymer', 'base'],
  ['utfort', 'outcome'],
  ['performed', 'outcome'],
  ['uppdrag', 'total'],
  ['uppdragsvolym', 'total'],
  ['totalvolym', 'total'],
  ['totalvolymer', 'total'],
];
const ROLE_ORDER: readonly VolumeRole[] = ['additional', 'base', 'outcome', 'total'];

/**
 * Which volume column a header cell names, or null. When a heading names two roles, the more specific
 * wins: tillägg, then bas, then outcome, then uppdrag/total ("Uppdrag bas" is the base). A heading that
 * names none is matched once more allowing a typo or two in its longer words ("Tillägsvolym").
 *
 * @example
 * volumeHeaderRole('SV bas')        // → 'base'
 * volumeHeaderRole('Tilläggsvolym') // → 'additional'
 * volumeHeaderRole('Totalt')        // → 'total'
 * volumeHeaderRole('Utfört')        // → 'outcome'
 * volumeHeaderRole('Tillägsvolym')  // → 'additional' (misspelt)
 * volumeHeaderRole('Basår')         // → null
 */
export function volumeHeaderRole(text: string): VolumeRole | null {
  if (text.length === 0 || text.length > MAX_HEADER_LENGTH) return null;
  // Most cells are specialties and figures: a cheap look for any of the stems before folding.
  if (!MAY_NAME_ROLE.test(text)) return null;
  const words = foldWords(text).split(' ');
  if (words.length > MAX_HEADER_WORDS) return null;
  if (words.some((w) => w.startsWith('tillagg') || w === 'additional')) return 'additional';
  if (words.some((w) => w === 'bas' || w.startsWith('basvolym') || w === 'base')) return 'base';
  if (words.some((w) => w.startsWith('utfort') || w === 'utfall' || w === 'performed' || w === 'outcome' || w === 'actual')) {
    return 'outcome';
  }
  if (words.some((w) => w.startsWith('uppdrag') || w === 'total' || w === 'totalt' || w.startsWith('totalvolym'))) {
    return 'total';
  }
  return misspeltRole(words);
}

/** The role of a heading word within a small edit distance of a heading word, as the group vocabulary allows for "Förstabetesök". */
function misspeltRole(words: readonly string[]): VolumeRole | null {
  const found = new Set<VolumeRole>();
  for (const w of words) {
    if (w.length < 6) continue;
    // One typo in a short word, two in a longer one; a typo keeps the word's first letter.
    const limit = w.length >= 7 ? 2 : 1;
    for (const [word, role] of FUZZY_WORDS) {
      if (word[0] === w[0] && withinEditDistance(w, word, limit)) found.add(role);
    }
  }
  return ROLE_ORDER.find((r) => found.has(r)) ?? null;
}

const MAY_BE_TOTAL = /^[\s\u00a0]*(?:<[^>]*>[\s\u00a0]*)*(?:tot|sum|delsum|sub|grand)/i;
const TOTAL_FIRST_WORDS = new Set(['totalsumma', 'summa', 'delsumma', 'totalt', 'total', 'totals', 'subtotal', 'sum', 'grand']);
const GRAND_TOTALS = new Set(['totalsumma', 'totalt', 'total', 'summa totalt', 'totalt summa', 'total summa', 'summa total', 'grand total', 'totals']);

/**
 * True when a row label marks a totals row: "Totalsumma", "Summa", "Delsumma psykiatri", "Totalt", "Total".
 *
 * @example
 * isTotalsLabel('<b>Totalsumma</b>') // → true
 * isTotalsLabel('Summa somatik')     // → true
 * isTotalsLabel('Thorax')            // → false
 */
export function isTotalsLabel(label: string): boolean {
  if (!MAY_BE_TOTAL.test(label)) return false;
  const first = foldWords(label).split(' ')[0];
  return first !== undefined && TOTAL_FIRST_WORDS.has(first);
}

/**
 * True when a totals label is the table's grand total ("Totalsumma", "Totalt", "Summa totalt",
 * "Totalt 2025"), after which the table ends; "Summa psykiatri" or "Summa" may be followed by more rows.
 *
 * @example
 * isGrandTotalLabel('Totalsumma')      // → true
 * isGrandTotalLabel('Summa psykiatri') // → false
 */
export function isGrandTotalLabel(label: string): boolean {
  const words = foldWords(label)
    .split(' ')
    .filter((w) => !/^\d{4}$/.test(w));
  return GRAND_TOTALS.has(words.join(' '));
}

const SECTIONS = new Set(['psykiatri', 'somatik', 'psykiatrisk vard', 'somatisk vard', 'psychiatry', 'somatic care', 'somatics', 'primarvard', 'primary care']);

const GROUPS = [
  'forstabesok',
  'forstabesoken',
  'forsta besok',
  'nybesok',
  'besok',
  'aterbesok',
  'utredning',
  'utredningar',
  'behandling',
  'behandlingar',
  'operation',
  'operationer',
  'operation atgard',
  'operationer atgarder',
  'atgard',
  'atgarder',
  'undersokning',
  'undersokningar',
  'first visit',
  'first visits',
  'investigation',
  'investigations',
  'treatment',
  'treatments',
  'operations',
  'operation procedure',
  'operations procedures',
  'procedure',
  'procedures',
  'examination',
  'examinations',
];
const GROUP_SET = new Set(GROUPS);

/**
 * Edit distance up to `limit` (insertions, deletions, substitutions), or `limit + 1` when larger.
 * Bounded so that it costs little on the short headings it is used for.
 */
function withinEditDistance(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return false;
    previous = current;
  }
  return previous[b.length] <= limit;
}

/**
 * Whether a label-only row is a known section (Psykiatri, Somatik) or group (Förstabesök, Utredning,
 * Behandling, Operation/åtgärd, Undersökning), or null when the vocabulary does not know it. Groups are
 * matched with up to two typos in longer words, because seed 000 itself prints "Förstabetesök".
 *
 * @example
 * knownHeading('<b>Somatik</b>')   // → 'section'
 * knownHeading('Förstabetesök')    // → 'group'
 * knownHeading('Operation/åtgärd') // → 'group'
 * knownHeading('Ortopedi')         // → null
 */
export function knownHeading(label: string): 'section' | 'group' | null {
  const folded = foldWords(label);
  if (folded === '') return null;
  if (SECTIONS.has(folded)) return 'section';
  if (GROUP_SET.has(folded)) return 'group';
  if (folded.length >= 8 && folded.length <= 24) {
    // A typo keeps the word's first letter: only words that start alike are worth the edit distance.
    for (const g of GROUPS) {
      if (g.length >= 8 && g[0] === folded[0] && withinEditDistance(folded, g, 2)) return 'group';
    }
  }
  return null;
}

/**
 * True for a label that reads as prose rather than a heading: long, or a sentence, or a markdown heading
 * left over from a pasted document. Prose below a volume table ends it.
 *
 * @example
 * isProse('Upphandlade volymer i regiongemensamma avtal fördelas mellan sjukhusen.') // → true
 * isProse('Höft- & knäprotes') // → false
 */
export function isProse(label: string): boolean {
  const text = label.trim();
  if (text.startsWith('#')) return true;
  if (text.length > 60) return true;
  const words = text.split(/\s+/).length;
  return words >= 5 && /[.!?:]$|\.\s/.test(text);
}

/** The spellings of one group, by its canonical (folded) name: what a round's rows are matched on. */
const GROUP_SYNONYMS: readonly (readonly string[])[] = [
  ['forstabesok', 'forstabesoken', 'forsta besok', 'first visit', 'first visits'],
  ['utredning', 'utredningar', 'investigation', 'investigations'],
  ['behandling', 'behandlingar', 'treatment', 'treatments'],
  [
    'operation atgard',
    'operationer atgarder',
    'operation',
    'operationer',
    'atgard',
    'atgarder',
    'operations',
    'operation procedure',
    'operations procedures',
    'procedure',
    'procedures',
  ],
  ['undersokning', 'undersokningar', 'examination', 'examinations'],
];
const CANONICAL_GROUP = new Map<string, string>();
for (const spellings of GROUP_SYNONYMS) for (const s of spellings) CANONICAL_GROUP.set(s, spellings[0]);

/**
 * A group heading as rows of two tables are matched on: folded, its known spellings one name, and a
 * misspelling of a known group (up to two typos in a longer word, as knownHeading allows) that group.
 * Any other heading is its folded words.
 *
 * @example
 * groupKey('Förstabetesök')    // → 'forstabesok'
 * groupKey('Första besök')     // → 'forstabesok'
 * groupKey('Operation/åtgärd') // → 'operation atgard'
 * groupKey('Återbesök')        // → 'aterbesok'
 */
export function groupKey(label: string): string {
  const folded = foldWords(label);
  const known = CANONICAL_GROUP.get(folded) ?? CANONICAL_GROUP.get(folded.replace(/ /g, ''));
  if (known) return known;
  if (folded.length >= 8 && folded.length <= 24) {
    for (const [spelling, canonical] of CANONICAL_GROUP) {
      if (spelling.length >= 8 && spelling[0] === folded[0] && withinEditDistance(folded, spelling, 2)) return canonical;
    }
  }
  return folded;
}
