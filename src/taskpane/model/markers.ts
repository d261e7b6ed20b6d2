/**
 * Målkoll's conditional formats, in one place: how a problem cell and a status are coloured, and the
 * marker by which every rule of ours is found again among the user's own. `N("…")` of a text is 0, so
 * `=N("Målkoll:error")=0` is always true, and the text lets "remove" find the rule wherever Excel moved it.
 */
import { a1 } from '../../core';
import { parseRangeAddress } from './rangeAddress';

/** The start of every rule formula of ours. */
export const RULE_MARKER = 'N("Målkoll';
/** The markers of "Markera i bladet"'s rules. */
export const MARK_MARKERS = ['N("Målkoll:error")', 'N("Målkoll:warning")'] as const;
/** The marker of the status column's colours. */
export const STATUS_MARKER = 'N("Målkoll:status")';
/** The marker of the colours in a table's own status column, filled by Målkoll. */
export const OWN_MARKER = 'N("Målkoll:own")';

/** How a problem cell looks: Excel's own "light red fill with dark red text" and its yellow. */
export const ERROR_MARK = { formula: '=N("Målkoll:error")=0', fill: '#FFC7CE', font: '#9C0006' };
export const WARNING_MARK = { formula: '=N("Målkoll:warning")=0', fill: '#FFEB9C', font: '#9C5700' };

export interface ColourRule {
  /** A custom conditional-format formula carrying RULE_MARKER, relative to the range's top-left cell. */
  formula: string;
  fill: string;
  font: string;
}

export interface StatusWords {
  met: string[];
  partly: string[];
  missed: string[];
  notAssessable: string[];
}

/** The four statuses' colours: green met, yellow partly met, red missed, grey not assessable. */
export const STATUS_COLOURS = {
  met: { fill: '#C6EFCE', font: '#006100' },
  partly: { fill: WARNING_MARK.fill, font: WARNING_MARK.font },
  missed: { fill: ERROR_MARK.fill, font: ERROR_MARK.font },
  notAssessable: { fill: '#D9D9D9', font: '#3F3F3F' },
} as const;

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Colouring rules for a status column: green for met, yellow for partly met, red for missed, grey for not
 * assessable, in every language the status function answers in (a workbook moves between Swedish and
 * English Excel), or by the cells of a legend (`$K$5`) the column's symbols come from.
 *
 * @example
 * statusColouring('G5:G40', { met: ['Uppfyllt', 'Met'], partly: […], missed: ['Ej uppfyllt', 'Not met'], notAssessable: […] })[0].formula
 * // → '=AND(N("Målkoll:status")=0,OR(G5="Uppfyllt",G5="Met"))'
 * statusColouring('F5:F8', { met: ['$K$5'], … }, { marker: 'own', references: true })[0].formula
 * // → '=AND(N("Målkoll:own")=0,OR(F5=$K$5))'
 */
export function statusColouring(address: string, words: StatusWords, options: { marker?: 'status' | 'own'; references?: boolean } = {}): ColourRule[] {
  const rect = parseRangeAddress(address);
  const first = rect ? a1(rect.top, rect.left) : 'A1';
  const marker = options.marker ?? 'status';
  const operand = (w: string) => (options.references ? w : quoted(w));
  const rule = (list: string[]) => `=AND(${RULE_MARKER}:${marker}")=0,OR(${list.map((w) => `${first}=${operand(w)}`).join(',')}))`;
  return (['met', 'partly', 'missed', 'notAssessable'] as const)
    .filter((k) => words[k].length > 0)
    .map((k) => ({ formula: rule(words[k]), ...STATUS_COLOURS[k] }));
}
