/**
 * Reads a yes/no outcome: "Ja"/"Nej", "Yes"/"No", TRUE/FALSE (a boolean, or as text in Swedish or
 * English Excel: "SANT"/"FALSKT"), any case.
 */
import { readCell } from '../numbers/readCell';
import { trimEndChars } from '../numbers/trimSpaces';

const YES = new Set(['ja', 'yes', 'sant', 'true']);
const NO = new Set(['nej', 'no', 'falskt', 'false']);

/**
 * @example
 * readYesNo('JA')    // true
 * readYesNo(false)   // false
 * readYesNo('nej.')  // false
 * readYesNo('Delvis') // null
 */
export function readYesNo(v: unknown): boolean | null {
  const r = readCell(v);
  if (r.kind === 'boolean') return r.value;
  if (r.kind !== 'text') return null;
  // Not /[.!]+$/: that regex is quadratic on a long run of dots inside the text.
  const word = trimEndChars(r.text, '.!').toLowerCase();
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return null;
}
