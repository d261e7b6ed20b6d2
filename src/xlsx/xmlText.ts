/**
 * Text as SpreadsheetML stores it (ST_Xstring): a character XML cannot carry is written `_xHHHH_`
 * (`_x000D_` a carriage return, `_x001B_` an escape), and a literal `_x` that would read as one is written
 * `_x005F_x…`. Decoding gives the text as Excel shows it, control characters included: the edges decide
 * how to show them (the text report replaces them, JSON keeps them exactly).
 */
import { EXCEL_MAX_CELL_CHARS } from './readLimits';

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * @example
 * decodeXstring('Rad 1_x000D_\nRad 2') // → 'Rad 1\r\nRad 2'
 * decodeXstring('_x005F_x0041_')       // → '_x0041_'
 */
export function decodeXstring(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * A cell's text, decoded and no longer than an Excel cell holds (32 767 characters).
 *
 * @example
 * cellString('BUP') // → 'BUP'
 */
export function cellString(text: string): string {
  const decoded = decodeXstring(text);
  return decoded.length > EXCEL_MAX_CELL_CHARS ? decoded.slice(0, EXCEL_MAX_CELL_CHARS) : decoded;
}
