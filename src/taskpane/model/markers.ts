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
  missed: string[];
  notAssessable: string[];
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Colouring rules for a status column: green for met, red for missed, yellow for not assessable, in every
 * language the status function answers in (a workbook moves between Swedish and English Excel).
 *
 * @example
 * statusColouring('G5:G40', { met: ['Uppfyllt', 'Met'], missed: ['Ej uppfyllt', 'Not met'], notAssessable: ['Ej bedömbart', 'Not assessable'] })[0].formula
 * // → '=AND(N("Målkoll:status")=0,OR(G5="Uppfyllt",G5="Met"))'
 */
export function statusColouring(address: string, words: StatusWords): ColourRule[] {
  const rect = parseRangeAddress(address);
  const first = rect ? a1(rect.top, rect.left) : 'A1';
  const rule = (list: string[]) => `=AND(${RULE_MARKER}:status")=0,OR(${list.map((w) => `${first}=${quoted(w)}`).join(',')}))`;
  return [
    { formula: rule(words.met), fill: '#C6EFCE', font: '#006100' },
    { formula: rule(words.missed), fill: ERROR_MARK.fill, font: ERROR_MARK.font },
    { formula: rule(words.notAssessable), fill: WARNING_MARK.fill, font: WARNING_MARK.font },
  ];
}
