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
  return ownCopy(decoded.length > EXCEL_MAX_CELL_CHARS ? decoded.slice(0, EXCEL_MAX_CELL_CHARS) : decoded);
}

/** Code units copied at a time by ownCopy: a bounded buffer and a bounded argument list. */
const COPY_CHUNK = 4096;
const copyBuffer = new Uint16Array(COPY_CHUNK);
/** Shorter strings are always copied by the engine when cut out of a longer one (V8 slices from 13). */
const SHORTEST_SLICE = 13;

/**
 * The same text in a string of its own. The XML parser hands out a text as a slice of the whole piece of
 * the part it was read from, and a kept slice keeps that piece: a million rows' labels kept the shared
 * texts' XML as well, about 30 MB. A copy holds only its own characters.
 *
 * @example
 * ownCopy('Mottagning 1048574') // → 'Mottagning 1048574', a new string
 */
export function ownCopy(text: string): string {
  if (text.length < SHORTEST_SLICE) return text;
  let copy = '';
  for (let start = 0; start < text.length; start += COPY_CHUNK) {
    const end = Math.min(text.length, start + COPY_CHUNK);
    for (let i = start; i < end; i += 1) copyBuffer[i - start] = text.charCodeAt(i);
    // eslint-disable-next-line no-restricted-syntax -- at most COPY_CHUNK arguments, whatever the text's length
    copy += String.fromCharCode.apply(null, copyBuffer.subarray(0, end - start) as unknown as number[]);
  }
  return copy;
}
