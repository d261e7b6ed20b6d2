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
import type { IndicatorColumns } from './types';
import { cellText, foldWords } from '../shared/cellText';

export type IndicatorRole = RequiredIndicatorRole | 'reference' | 'group' | 'direction' | 'status' | 'development';
/** The roles every indicator table names; a header missing one of them came close. */
export type RequiredIndicatorRole = 'indicator' | 'target' | 'outcome';

const MAX_HEADER_LENGTH = 40;
const MAX_HEADER_WORDS = 5;
const MAY_NAME_ROLE =
  /j[aä]mf|f[oö]reg|referens|ing[aå]ng|bas|reference|baseline|previous|riktning|polar|direction|grupp|k[oö]n|enhet|group|sex|unit|utfall|resultat|outcome|result|actual|m[aå]l|target|indikator|indicator|m[aå]tt|measure|status|utveck|trend|development/i;

/** Checked in this order, so "Utfall föregående år" is a reference and "Resultat mot mål" an outcome. */
const ROLE_WORDS: readonly [IndicatorRole, (w: string) => boolean][] = [
  ['reference', (w) => ['jamforelsevarde', 'jamforelse', 'foregaende', 'referens', 'referensvarde', 'ingangsvarde', 'basar', 'reference', 'baseline', 'previous'].includes(w)],
  ['direction', (w) => ['riktning', 'polaritet', 'direction', 'polarity'].includes(w)],
  ['group', (w) => ['grupp', 'kon', 'enhet', 'group', 'sex', 'unit'].includes(w)],
  ['outcome', (w) => ['utfall', 'resultat', 'outcome', 'result', 'actual'].includes(w)],
  ['target', (w) => ['malvarde', 'mal', 'malniva', 'target'].includes(w)],
  ['indicator', (w) => ['indikator', 'indikatorer', 'styrmatt', 'matt', 'indicator', 'indicators', 'measure'].includes(w)],
  ['status', (w) => ['maluppfyllelse', 'maluppfyllnad', 'status', 'achievement'].includes(w)],
  ['development', (w) => ['utveckling', 'trend', 'development'].includes(w)],
];

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
  for (const [role, matches] of ROLE_WORDS) if (words.some(matches)) return role;
  return null;
}

export interface IndicatorHeaderRow {
  columns?: IndicatorColumns;
  /**
   * Indicator and target named but no outcome (or another one of the three missing), and the sheet column
   * of the first of them: worth telling about.
   */
  partial?: { found: IndicatorRole[]; missing: RequiredIndicatorRole; column: number };
}

const REQUIRED: readonly RequiredIndicatorRole[] = ['indicator', 'target', 'outcome'];
const NO_HEADER: IndicatorHeaderRow = Object.freeze({});

/**
 * The indicator columns a row names, as 1-based sheet columns (`left` is the sheet column of `row[0]`).
 * With several outcome columns ("Utfall T1", "Utfall T2") the rightmost, the latest period, is used;
 * of other repeated roles the first.
 *
 * @example
 * readIndicatorHeaderRow([null, 'Uppdrag', 'Indikator/Uppföljning', 'Målvärde', 'Utfall'], 1).columns
 * // → { indicator: 3, target: 4, outcome: 5, headers: { indicator: 'Indikator/Uppföljning', target: 'Målvärde', outcome: 'Utfall' } }
 */
export function readIndicatorHeaderRow(row: readonly CellValue[] | undefined, left: number): IndicatorHeaderRow {
  if (!row) return NO_HEADER;
  let found: Map<IndicatorRole, { column: number; text: string }> | undefined;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== 'string') continue;
    const text = v.includes('<') ? cellText(v) : v.trim();
    const role = indicatorHeaderRole(text);
    if (!role) continue;
    found ??= new Map();
    if (found.has(role) && role !== 'outcome') continue;
    found.set(role, { column: left + c, text: cellText(v) });
  }
  if (!found) return NO_HEADER; // the common case: a row of data
  const roles = found;
  const missing = REQUIRED.filter((r) => !roles.has(r));
  if (missing.length > 0) {
    if (missing.length > 1) return NO_HEADER;
    const present = REQUIRED.filter((r) => roles.has(r));
    const column = minOf(present.map((r) => (roles.get(r) as { column: number }).column));
    return { partial: { found: present, missing: missing[0], column } };
  }
  const headers: IndicatorColumns['headers'] = {};
  const columns = { headers } as IndicatorColumns;
  for (const [role, cell] of roles) {
    columns[role] = cell.column;
    headers[role] = cell.text;
  }
  return { columns };
}

/**
 * True when two header rows put the indicator, target and outcome in the same columns (a repeated header).
 *
 * @example
 * sameIndicatorColumns(first, repeated) // seed 000's follow-up table, every page → true
 */
export function sameIndicatorColumns(a: IndicatorColumns, b: IndicatorColumns): boolean {
  return a.indicator === b.indicator && a.target === b.target && a.outcome === b.outcome;
}
