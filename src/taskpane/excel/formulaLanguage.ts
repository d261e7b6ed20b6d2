/**
 * Formulas of Målkoll's functions in the language Excel binds them by (see src/functions/formulaNames.ts for
 * why): the display language Office reports, read where the adapter writes.
 */
import { canonicalFormula, functionLanguage, localizeFormula, NAMESPACE, type FunctionLanguage } from '../../functions/formulaNames';

/** Office's display language now, as the language of our function names; English when Office cannot say. */
export function excelFunctionLanguage(): FunctionLanguage {
  try {
    return functionLanguage(typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined);
  } catch {
    return 'en';
  }
}

type Cells = (string | number | null)[][];

/**
 * A block's cells with our function names in `language`; constants and empty cells as they are.
 *
 * @example
 * cellsIn([['Status'], ['=MALKOLL.TARGET_STATUS(D4,C4)']], 'sv') // → [['Status'], ['=MALKOLL.MÅLSTATUS(D4,C4)']]
 */
export function cellsIn(cells: Cells, language: FunctionLanguage): Cells {
  return cells.map((row) => row.map((v) => (typeof v === 'string' ? localizeFormula(v, language) : v)));
}

/** Cells as read or remembered, with our function names as ids: the same in every Excel language. */
export function canonicalCells(cells: unknown[][]): unknown[][] {
  return cells.map((row) => row.map((v) => (typeof v === 'string' ? canonicalFormula(v) : v)));
}

const OUR_CALL = new RegExp(`(^|[^\\p{L}\\p{N}_.])${NAMESPACE}\\.`, 'iu');

/**
 * Whether Excel shows #NAME? in a cell where a formula calling our functions was written: Excel did not
 * know the name it was given.
 */
export function unknownFunctionIn(written: Cells, values: unknown[][]): boolean {
  return written.some((row, r) => row.some((w, c) => typeof w === 'string' && w.startsWith('=') && OUR_CALL.test(w) && values[r]?.[c] === '#NAME?'));
}
