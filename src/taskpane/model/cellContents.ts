/**
 * What a cell holds, kept so that it can be written back exactly. `range.formulas` gives a formula's text, but
 * a text's leading apostrophe (Excel's text prefix) is lost in it (office-js 6687): "0123" typed as '0123 reads
 * back as 0123, and written back so it becomes the number 123. So a constant is kept from `values` with its type,
 * and a text Excel would read as something else gets the prefix back. Formulas of ours are compared by their
 * functions' ids, so that a block written in one Excel language is recognised in another.
 */
import { canonicalFormula } from '../../functions/formulaNames';

/** Text Excel would not keep as text when written through `range.formulas`: a formula, a number, a date or time, a logical value, an error. */
function wouldChange(text: string): boolean {
  const t = text.trim();
  return (
    /^[=+\-@']/.test(text) ||
    /^#/.test(t) ||
    /^[\d\s.,:/%()+\u00a0\u202f$€£-]+$/.test(t) ||
    /^(true|false|sant|falskt)$/i.test(t) ||
    /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?([ T]\d{1,2}:\d{2}(:\d{2})?)?$/.test(t) ||
    /^[\d.,\s]+\s*[eE][+-]?\d+$/.test(t)
  );
}

/**
 * A cell as read (its formula, value and value type) in the form that writes it back exactly through
 * `range.formulas`: a formula as it is, a number or logical value as it is, text with the prefix where needed;
 * null for an empty cell.
 *
 * @example
 * restorable('0123', '0123', 'String')     // → "'0123" (Excel's text prefix: stays text)
 * restorable('=A1*2', 4, 'Double')         // → '=A1*2'
 * restorable(8100, 8100, 'Double')          // → 8100
 * restorable('Uppfyllt', 'Uppfyllt', 'String') // → 'Uppfyllt'
 */
export function restorable(formula: unknown, value: unknown, type: unknown): string | number | boolean | null {
  if (typeof formula === 'string' && formula.startsWith('=')) return formula;
  if (type === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = String(value);
  if (type === 'Error') return text;
  return wouldChange(text) ? `'${text}` : text;
}

/** Cells as read or remembered, with our function names as ids: the same in every Excel language. */
export function canonicalCells(cells: unknown[][]): unknown[][] {
  return cells.map((row) => row.map((v) => (typeof v === 'string' ? canonicalFormula(v) : v)));
}

/**
 * The same formula or constant, whatever the language of our names and the spaces.
 *
 * @example
 * sameFormula('=MALKOLL.MÅLSTATUS(E5,D5)', '=malkoll.target_status(E5, D5)') // → true
 */
export function sameFormula(a: unknown, b: unknown): boolean {
  const text = (v: unknown) => (typeof v === 'string' ? canonicalFormula(v).replace(/\s+/g, '').toUpperCase() : String(v ?? ''));
  return text(a) === text(b);
}
