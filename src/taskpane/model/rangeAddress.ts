/**
 * Excel's range addresses as the adapter needs them: "'Volymer 2025'!A1:D60", "Blad1!A:C", "3:5".
 * Pure string work, so the clipping of a selection to the used range costs no round trip.
 */
import { a1Range, parseA1 } from '../../core';

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle on a sheet, 1-based and inclusive. */
export interface SheetRect {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function parseEnd(text: string): { row: number | null; column: number | null } | null {
  const plain = text.replace(/\$/g, '');
  if (/^\d+$/.test(plain)) return { row: Number(plain), column: null };
  if (/^[A-Za-z]{1,3}$/.test(plain)) {
    const p = parseA1(`${plain}1`);
    return p && { row: null, column: p.column };
  }
  const p = parseA1(plain);
  return p && { row: p.row, column: p.column };
}

/**
 * Reads a one-area address as Excel's `Range.address` gives it. Whole columns and rows become the full
 * sheet height or width. Null for anything else (several areas, a name).
 *
 * @example
 * parseRangeAddress("'Volymer 2025'!A1:D60") // → { sheet: 'Volymer 2025', top: 1, left: 1, bottom: 60, right: 4 }
 * parseRangeAddress('Blad1!B:C')              // → { sheet: 'Blad1', top: 1, left: 2, bottom: 1048576, right: 3 }
 */
export function parseRangeAddress(address: string): SheetRect | null {
  const bang = address.lastIndexOf('!');
  const sheetPart = bang >= 0 ? address.slice(0, bang) : '';
  const sheet = sheetPart.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  const ref = address.slice(bang + 1).trim();
  if (ref.includes(',')) return null;
  const [first, second = first] = ref.split(':');
  const a = parseEnd(first);
  const b = parseEnd(second);
  if (!a || !b) return null;
  if ((a.row === null) !== (b.row === null) || (a.column === null) !== (b.column === null)) return null;
  const top = a.row ?? 1;
  const bottom = b.row ?? MAX_ROWS;
  const left = a.column ?? 1;
  const right = b.column ?? MAX_COLUMNS;
  return {
    sheet,
    top: Math.min(top, bottom),
    bottom: Math.max(top, bottom),
    left: Math.min(left, right),
    right: Math.max(left, right),
  };
}

/** The overlap of two rectangles of the same sheet, or null. */
export function intersectRects(a: SheetRect, b: SheetRect): SheetRect | null {
  const r = {
    sheet: a.sheet,
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

/** The A1 address of a rectangle without its sheet: "A1:D60". */
export function rectA1(r: Omit<SheetRect, 'sheet'>): string {
  return a1Range(r.top, r.left, r.bottom, r.right);
}

/** Sheet-qualified addresses follow the core's one quoting rule. */
export { quoteSheetName, qualifiedAddress } from '../../core';
