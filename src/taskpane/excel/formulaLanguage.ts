/**
 * Formulas of Målkoll's functions as Excel binds them. Excel binds a custom function by the name it displays,
 * from the metadata of its display language; before Excel 2607 a localized Excel binds none of them written
 * through `range.formulas`, only through `range.formulasLocal`, in the user's notation (office-js 891, 6614).
 * See ./boundWrite.ts for how the pane writes so that they bind.
 */
import { callsOurs, functionLanguage, localizeFormula, NAMESPACE, type FunctionLanguage } from '../../functions/formulaNames';

export { callsOurs, type FunctionLanguage };

/** Office's display language now, as the language of our function names; English when Office cannot say. */
export function excelFunctionLanguage(): FunctionLanguage {
  try {
    return functionLanguage(typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined);
  } catch {
    return 'en';
  }
}

type Cells = (string | number | boolean | null)[][];

/**
 * A formula (in either notation) with our function names in `language`: everything else as it is.
 *
 * @example
 * namesIn('=MALKOLL.TARGET_STATUS(D4;C4;0,1)', 'sv') // → '=MALKOLL.MÅLSTATUS(D4;C4;0,1)'
 */
export function namesIn(formula: string, language: FunctionLanguage): string {
  return localizeFormula(formula, language);
}

/**
 * A formula of ours with one argument and no separator, for learning which names Excel binds whatever the
 * user's notation: RIKTNING("") in Swedish, DIRECTION("") in English.
 */
export function probeFormula(language: FunctionLanguage): string {
  return localizeFormula(`=${NAMESPACE}.DIRECTION("")`, language);
}

export { canonicalCells, sameFormula } from '../model/cellContents';

/**
 * Whether Excel shows #NAME? in a cell where a formula calling our functions was written: Excel did not
 * bind the name it was given.
 */
export function unknownFunctionIn(written: Cells, values: unknown[][]): boolean {
  return written.some((row, r) => row.some((w, c) => callsOurs(w) && values[r]?.[c] === '#NAME?'));
}
