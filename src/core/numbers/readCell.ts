/**
 * What one cell holds, read once for every check and function: a number (typed or written as text),
 * a blank, an Excel error, a placeholder for "nothing here", a boolean or plain text.
 */
import { EXCEL_ERROR_CODES, isCellError } from '../types';
import { parseNumberText } from './parseNumberText';
import { plainValue, rangeCellCount } from './plainValue';
import { trimSpaces } from './trimSpaces';

/**
 * Why a reading of kind 'text' holds no text at all: a range of several cells where one value was
 * expected, or an object that has no plain value (an entity, an image). Its `text` is then ''.
 */
export type NotAValue = { kind: 'range'; cells: number } | { kind: 'object' };

export type CellReading =
  | { kind: 'number'; value: number; fromText: boolean; percent: boolean }
  | { kind: 'blank' }
  | { kind: 'error'; code: string }
  | { kind: 'placeholder'; text: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'text'; text: string; notAValue?: NotAValue };

/** The dashes, dots and crosses tables use for "no figure" (docs/checks.md). */
export const PLACEHOLDERS: readonly string[] = ['-', '\u2013', '\u2014', '.', '..', 'x', 'X'];

/**
 * Swedish Excel shows error values under Swedish names; pasted as text they still mean the error.
 * Only the names we are sure of are listed.
 */
const SWEDISH_ERROR_NAMES: ReadonlyMap<string, string> = new Map([
  ['#SAKNAS!', '#N/A'],
  ['#VÄRDEFEL!', '#VALUE!'],
  ['#REFERENS!', '#REF!'],
  ['#DIVISION/0!', '#DIV/0!'],
  ['#NAMN?', '#NAME?'],
  ['#OGILTIGT!', '#NUM!'],
  ['#SKÄRNING!', '#NULL!'],
]);

const ERROR_CODES: ReadonlySet<string> = new Set(EXCEL_ERROR_CODES);

function readString(raw: string): CellReading {
  const text = trimSpaces(raw);
  if (text === '') return { kind: 'blank' };
  if (ERROR_CODES.has(text)) return { kind: 'error', code: text };
  if (text[0] === '#') {
    const swedishError = SWEDISH_ERROR_NAMES.get(text.toUpperCase());
    if (swedishError) return { kind: 'error', code: swedishError };
  }
  if (PLACEHOLDERS.includes(text)) return { kind: 'placeholder', text };
  const parsed = parseNumberText(text);
  if (parsed) return { kind: 'number', value: parsed.value, fromText: true, percent: parsed.percent };
  return { kind: 'text', text };
}

/**
 * Reads a cell value (or a custom function argument) into what it means.
 *
 * @example
 * readCell(8100)          // { kind: 'number', value: 8100, fromText: false, percent: false }
 * readCell('8\u00a0100')  // { kind: 'number', value: 8100, fromText: true, percent: false }
 * readCell('93 %')        // { kind: 'number', value: 0.93, fromText: true, percent: true }
 * readCell('  ')          // { kind: 'blank' }
 * readCell({ error: '#REF!' }) // { kind: 'error', code: '#REF!' }
 * readCell('#SAKNAS!')    // { kind: 'error', code: '#N/A' }
 * readCell('–')           // { kind: 'placeholder', text: '–' }
 * readCell('Bearbetas')   // { kind: 'text', text: 'Bearbetas' }
 * readCell({ type: 'Double', basicValue: 5 }) // { kind: 'number', value: 5, fromText: false, percent: false }
 * readCell([[7000, 1]])   // { kind: 'text', text: '', notAValue: { kind: 'range', cells: 2 } }
 */
export function readCell(raw: unknown): CellReading {
  // A data-typed cell value or a 1×1 range means its one plain value.
  const v = plainValue(raw);
  if (v === null || v === undefined) return { kind: 'blank' };
  if (typeof v === 'number') {
    // Excel never holds NaN or ±Infinity; if a caller hands one over it is a numeric error, not a number.
    if (!Number.isFinite(v)) return { kind: 'error', code: '#NUM!' };
    return { kind: 'number', value: v === 0 ? 0 : v, fromText: false, percent: false };
  }
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (typeof v === 'string') return readString(v);
  if (isCellError(v)) return { kind: 'error', code: v.error };
  if (Array.isArray(v)) {
    const cells = rangeCellCount(v);
    // An empty array is what a range of no cells would be: nothing.
    if (cells === null) return { kind: 'blank' };
    return { kind: 'text', text: '', notAValue: { kind: 'range', cells } };
  }
  // Never String(v): "[object Object]" in a message helps nobody.
  return { kind: 'text', text: '', notAValue: { kind: 'object' } };
}
