/** Cell references as a sheet's XML writes them ("C31", "A1:D60"), checked against Excel's sheet size. */
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from './readLimits';

export interface CellRef {
  row: number;
  column: number;
}

/**
 * "C31" → { row: 31, column: 3 }; null for anything that is not a cell on an Excel sheet ("$C$31", "A0",
 * "XFE1", "C1048577").
 *
 * @example
 * parseCellRef('AB12') // → { row: 12, column: 28 }
 */
export function parseCellRef(ref: string): CellRef | null {
  let i = 0;
  let column = 0;
  const n = ref.length;
  while (i < n) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 0x61 || c > 0x7a) break;
    column = column * 26 + (c - 0x60);
    i += 1;
    if (i > 3) return null;
  }
  if (i === 0 || column > EXCEL_MAX_COLUMNS) return null;
  const row = parseRowNumber(ref.slice(i));
  return row === null ? null : { row, column };
}

/**
 * A row number as a `<row r="…">` writes it: 1 to 1 048 576, digits only.
 *
 * @example
 * parseRowNumber('61') // → 61
 * parseRowNumber('0')  // → null
 */
export function parseRowNumber(text: string): number | null {
  const n = text.length;
  if (n === 0 || n > 7) return null;
  let row = 0;
  for (let i = 0; i < n; i += 1) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  return row >= 1 && row <= EXCEL_MAX_ROWS ? row : null;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * "A1:D60" (or a single "B2") → its rectangle, corners in any order; null for anything else.
 *
 * @example
 * parseRangeRef('G1:XFD1048576') // → { top: 1, left: 7, bottom: 1048576, right: 16384 }
 */
export function parseRangeRef(ref: string): RangeRef | null {
  const colon = ref.indexOf(':');
  const a = parseCellRef(colon < 0 ? ref : ref.slice(0, colon));
  const b = colon < 0 ? a : parseCellRef(ref.slice(colon + 1));
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}
