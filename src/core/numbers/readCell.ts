/**
 * What one cell holds, read once for every check and function: a number (typed or written as text),
 * a blank, an Excel error, a placeholder for "nothing here", a boolean or plain text.
 */
import { EXCEL_ERROR_CODES, isCellError } from '../types';
import { parseNumberText } from './parseNumberText';

export type CellReading =
  | { kind: 'number'; value: number; fromText: boolean; percent: boolean }
  | { kind: 'blank' }
  | { kind: 'error'; code: string }
  | { kind: 'placeholder'; text: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'text'; text: string };

/** The dashes, dots and crosses tables use for "no figure" (spec/tables.md). */
export const PLACEHOLDERS: readonly string[] = ['-', '\u2013', '\u2014', '.', '..', 'x', 'X'];

/**
 * Swedish Excel shows error values under Swedish names; pasted as text they still mean the error.
 * Only the names we are sure of are listed.
 */
const SWEDISH_ERROR_NAMES: Record<string, string> = {
  '#SAKNAS!': '#N/A',
  '#VÄRDEFEL!': '#VALUE!',
  '#REFERENS!': '#REF!',
  '#DIVISION/0!': '#DIV/0!',
  '#NAMN?': '#NAME?',
  '#OGILTIGT!': '#NUM!',
  '#SKÄRNING!': '#NULL!',
};

const ERROR_CODES: ReadonlySet<string> = new Set(EXCEL_ERROR_CODES);
const TRIM = /^[\s\u00a0\u202f\u2009\u2007\u200b\ufeff]+|[\s\u00a0\u202f\u2009\u2007\u200b\ufeff]+$/g;

function readString(raw: string): CellReading {
  const text = raw.replace(TRIM, '');
  if (text === '') return { kind: 'blank' };
  if (ERROR_CODES.has(text)) return { kind: 'error', code: text };
  const swedishError = SWEDISH_ERROR_NAMES[text.toUpperCase()];
  if (swedishError) return { kind: 'error', code: swedishError };
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
 */
export function readCell(v: unknown): CellReading {
  if (v === null || v === undefined) return { kind: 'blank' };
  if (typeof v === 'number') {
    // Excel never holds NaN or ±Infinity; if a caller hands one over it is a numeric error, not a number.
    if (!Number.isFinite(v)) return { kind: 'error', code: '#NUM!' };
    return { kind: 'number', value: v === 0 ? 0 : v, fromText: false, percent: false };
  }
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (typeof v === 'string') return readString(v);
  if (isCellError(v)) return { kind: 'error', code: v.error };
  // A single-cell matrix ([[x]]), as a custom function may receive it, means its one value.
  if (Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return readCell(v[0][0]);
  return { kind: 'text', text: describe(v) };
}

function describe(v: unknown): string {
  try {
    return String(v);
  } catch {
    return typeof v;
  }
}
