/**
 * Reads one grid row as an indicator table's header. Required: indicator ("Indikator", "Indikatorer",
 * "Styrmått", "Mått", "Indikator/Uppföljning"), target ("Målvärde", "Mål") and outcome ("Utfall",
 * "Periodens utfall", "Utfall 2025", "Utfall T1", "Resultat"); optional: reference ("Jämförelsevärde",
 * "Föregående", "Referens", "Ingångsvärde", "Basår"), group ("Grupp", "Kön", "Kön/enhet", "Enhet"),
 * direction ("Riktning", "Polaritet"), and the table's own status ("Måluppfyllelse", "Status") and
 * development ("Utveckling", "Trend") columns. Other columns ("Framgångsfaktor", "Uppföljningsperiod",
 * "Periodicitet", "Källa", "Uppdrag", "Nivå") are allowed and ignored. A heading broken by a PDF's
 * hyphenation ("Framgångs-faktor", "Mål-uppfyllelse") or carrying a legend ("Mål-uppfyllelse ▲ □ ● ◆",
 * "Utveck-ling ↓ ↑ →") is the same heading.
 */
import type { CellValue } from '../../types';
import { minOf } from '../../arrays';
import type { ColumnChoice, IndicatorColumns } from './types';
import { headingPeriod } from './headingPeriod';
import { cellText, foldWords } from '../shared/cellText';

export type IndicatorRole = RequiredIndicatorRole | 'reference' | 'group' | 'direction' | 'status' | 'development';
/** The roles every indicator table names; a header missing one of them came close. */
export type RequiredIndicatorRole = 'indicator' | 'target' | 'outcome';

const MAX_HEADER_LENGTH = 40;
const MAX_HEADER_WORDS = 5;
const MAY_NAME_ROLE =
  /j[aä]mf|f[oö]reg|\bfg\b|fjol|referens|ing[aå]ng|bas|reference|baseline|previous|riktning|polar|direction|grupp|k[oö]n|enhet|group|sex|unit|utfall|resultat|outcome|result|actual|m[aå]l|target|indikator|indicator|m[aå]tt|measure|nyckeltal|m[aä]tetal|status|bed[oö]mning|utveck|trend|development/i;

/** Words of a column that is a change between periods ("Förändring jmf fg år"): no reference, whatever else it says. */
const CHANGE_WORDS = new Set(['forandring', 'forandr', 'diff', 'differens', 'skillnad', 'okning', 'minskning', 'change']);

/** Checked in this order, so "Utfall föregående år" is a reference and "Resultat mot mål" an outcome. */
const ROLE_WORDS: readonly [IndicatorRole, (w: string) => boolean][] = [
  [
    'reference',
    (w) =>
      [
        'jamforelsevarde',
        'jamforelse',
        'jamfort',
        'jmf',
        'foregaende',
        'fg',
        'fjol',
        'fjolaret',
        'referens',
        'referensvarde',
        'ingangsvarde',
        'basar',
        'reference',
        'baseline',
        'previous',
      ].includes(w),
  ],
  ['direction', (w) => ['riktning', 'polaritet', 'direction', 'polarity'].includes(w)],
  ['group', (w) => ['grupp', 'kon', 'enhet', 'group', 'sex', 'unit'].includes(w)],
  ['outcome', (w) => ['utfall', 'resultat', 'outcome', 'result', 'actual'].includes(w)],
  ['target', (w) => ['malvarde', 'mal', 'malniva', 'target'].includes(w)],
  ['indicator', (w) => ['indikator', 'indikatorer', 'styrmatt', 'matt', 'indicator', 'indicators', 'measure', 'nyckeltal', 'matetal', 'kpi'].includes(w)],
  ['status', (w) => ['maluppfyllelse', 'maluppfyllnad', 'status', 'achievement', 'bedomning', 'assessment'].includes(w)],
  ['development', (w) => ['utveckling', 'trend', 'development'].includes(w)],
];

/** A cheap look for a stem before folding; text from some PDFs has decomposed letters (a + ring), so compose first. */
function mayNameRole(v: CellValue): boolean {
  return typeof v === 'string' && v.length <= 200 && MAY_NAME_ROLE.test(/[^\x00-\x7f]/.test(v) ? v.normalize('NFC') : v);
}

/** A word a PDF broke at a hyphen, joined again: "Framgångs-faktor", "Uppfölj- nings-period". */
function joinHyphenated(text: string): string {
  return text.includes('-') ? text.replace(/(\p{L})-\s*(?=\p{Ll})/gu, '$1') : text;
}

/**
 * Which indicator column a header cell names, or null.
 *
 * @example
 * indicatorHeaderRole('Indikator/Uppföljning') // → 'indicator'
 * indicatorHeaderRole('Periodens utfall')      // → 'outcome'
 * indicatorHeaderRole('Kön/enhet')             // → 'group'
 * indicatorHeaderRole('Datainhämtning/källa')  // → null
 * indicatorHeaderRole('Mål-uppfyllelse ▲ □ ● ◆') // → 'status'
 * indicatorHeaderRole('Utveck-ling ↓ ↑ →')      // → 'development'
 * indicatorHeaderRole('Framgångs-faktor')       // → null (a grouping column)
 */
export function indicatorHeaderRole(text: string): IndicatorRole | null {
  if (text.length === 0 || text.length > MAX_HEADER_LENGTH) return null;
  // A cheap look for a stem before folding; text from some PDFs has decomposed letters (a + ring), so compose first.
  // (The stems are short enough to survive a PDF's hyphen: "Mål-uppfyllelse", "Utveck-ling".)
  if (!MAY_NAME_ROLE.test(/[^\x00-\x7f]/.test(text) ? text.normalize('NFC') : text)) return null;
  const words = foldWords(joinHyphenated(text)).split(' ');
  if (words.length > MAX_HEADER_WORDS) return null;
  const change = words.some((w) => CHANGE_WORDS.has(w));
  for (const [role, matches] of ROLE_WORDS) if ((role !== 'reference' || !change) && words.some(matches)) return role;
  return null;
}

/** A heading cell of a header row: its sheet column, its text, and the role its words name (null for none). */
export interface HeadingCell {
  column: number;
  text: string;
  role: IndicatorRole | null;
}

export interface IndicatorHeaderRow {
  columns?: IndicatorColumns;
  /** With `columns`: every heading of the row, in order, and why the outcome and the reference are where they are. */
  headings?: HeadingCell[];
  chosen?: ColumnChoice[];
  /**
   * Indicator and target named but no outcome (or another one of the three missing), and the sheet column
   * of the first of them: worth telling about.
   */
  partial?: { found: IndicatorRole[]; missing: RequiredIndicatorRole; column: number };
}

const REQUIRED: readonly RequiredIndicatorRole[] = ['indicator', 'target', 'outcome'];
const NO_HEADER: IndicatorHeaderRow = Object.freeze({});

/**
 * Every heading of a row, with the role its words name: `left` is the sheet column of `row[0]`.
 *
 * @example
 * readHeadings(['Mål', 'Indikator', 'Målvärde 2025'], 1) // → [{ column: 1, text: 'Mål', role: 'target' }, …, { column: 3, text: 'Målvärde 2025', role: 'target' }]
 */
export function readHeadings(row: readonly CellValue[] | undefined, left: number): HeadingCell[] {
  const out: HeadingCell[] = [];
  for (let c = 0; c < (row?.length ?? 0); c++) {
    const v = (row as readonly CellValue[])[c];
    // A year typed as a number heads a column of that year's figures.
    if (typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100) out.push({ column: left + c, text: String(v), role: null });
    if (typeof v !== 'string') continue;
    const text = cellText(v);
    if (text !== '') out.push({ column: left + c, text, role: indicatorHeaderRole(v.includes('<') ? text : v.trim()) });
  }
  return out;
}

/**
 * The indicator columns a row names, as 1-based sheet columns (`left` is the sheet column of `row[0]`).
 * Of several outcome columns the one of the latest period is the outcome ("Utfall T2 2025" beside "Utfall
 * T2 2024"; one without a period beside ones with is the current one; else the rightmost), and, when no
 * heading names a reference ("Jämförelsevärde", "Fg år", "Samma period fg år"), an earlier one is the
 * reference: the same period a year before, else the latest before. Of other repeated roles the first
 * (the content may choose another: ./chooseColumns).
 *
 * @example
 * readIndicatorHeaderRow([null, 'Uppdrag', 'Indikator/Uppföljning', 'Målvärde', 'Utfall'], 1).columns
 * // → { indicator: 3, target: 4, outcome: 5, headers: { indicator: 'Indikator/Uppföljning', target: 'Målvärde', outcome: 'Utfall' } }
 * readIndicatorHeaderRow(['Indikator', 'Mål', 'Utfall T2 2025', 'Utfall T2 2024'], 1).columns
 * // → { indicator: 1, target: 2, outcome: 3, reference: 4, … }
 */
export function readIndicatorHeaderRow(row: readonly CellValue[] | undefined, left: number): IndicatorHeaderRow {
  if (!row || !row.some(mayNameRole)) return NO_HEADER; // the common case: a row of data
  const headings = readHeadings(row, left);
  const named = headings.filter((h) => h.role !== null);
  if (named.length === 0) return NO_HEADER;
  const has = (role: IndicatorRole): boolean => named.some((h) => h.role === role);
  const missing = REQUIRED.filter((r) => !has(r));
  if (missing.length > 0) {
    if (missing.length > 1) return NO_HEADER;
    const present = REQUIRED.filter(has);
    const column = minOf(named.filter((h) => present.includes(h.role as RequiredIndicatorRole)).map((h) => h.column));
    return { partial: { found: present, missing: missing[0], column } };
  }
  const { columns, chosen } = columnsOf(named);
  return { columns, headings, chosen };
}

/**
 * The columns of a header's named headings: the first of each role, the outcome and the reference by
 * their periods.
 *
 * @example
 * columnsOf(readHeadings(['Indikator', 'Mål', 'Utfall'], 1).filter((h) => h.role)).columns // → { indicator: 1, target: 2, outcome: 3, headers: … }
 */
export function columnsOf(named: readonly HeadingCell[]): { columns: IndicatorColumns; chosen: ColumnChoice[] } {
  const headers: IndicatorColumns['headers'] = {};
  const columns = { headers } as IndicatorColumns;
  const chosen: ColumnChoice[] = [];
  const take = (role: IndicatorRole, h: HeadingCell, by: ColumnChoice['by']): void => {
    columns[role] = h.column;
    headers[role] = h.text;
    chosen.push({ role, column: h.column, heading: h.text, by });
  };
  const outcomes = named.filter((h) => h.role === 'outcome').map((h) => ({ h, key: headingPeriod(h.text).key }));
  const current = outcomes.filter((o) => o.key === null);
  const outcome = current.length > 0 ? current[current.length - 1] : outcomes.reduce((a, b) => ((b.key as number) >= (a.key as number) ? b : a));
  const earlier = outcomes.filter((o) => o !== outcome && o.key !== null && (outcome.key === null || o.key < outcome.key));
  for (const h of named) {
    const role = h.role as IndicatorRole;
    if (role === 'outcome' || columns[role] !== undefined) continue;
    take(role, h, 'heading');
  }
  take('outcome', outcome.h, outcomes.length > 1 && outcome.key !== null ? 'latest-period' : 'heading');
  if (columns.reference === undefined && earlier.length > 0) {
    const sameLastYear = outcome.key === null ? undefined : earlier.find((o) => o.key === (outcome.key as number) - 100);
    const latest = earlier.reduce((a, b) => ((b.key as number) > (a.key as number) ? b : a));
    take('reference', (sameLastYear ?? latest).h, 'earlier-period');
  }
  chosen.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  return { columns, chosen };
}

const ROLE_ORDER: readonly IndicatorRole[] = ['indicator', 'target', 'outcome', 'reference', 'group', 'direction', 'status', 'development'];

/**
 * True when two header rows put the indicator, target and outcome in the same columns (a repeated header).
 *
 * @example
 * sameIndicatorColumns(first, repeated) // seed 000's follow-up table, every page → true
 */
export function sameIndicatorColumns(a: IndicatorColumns, b: IndicatorColumns): boolean {
  return a.indicator === b.indicator && a.target === b.target && a.outcome === b.outcome;
}
