/** Column number (1-based) to letters: 1 → "A", 28 → "AB". */
export function columnLetters(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 1-based sheet row and column: (31, 3) → "C31". */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** A1 range of a rectangle: a1Range(1, 1, 60, 4) → "A1:D60". */
export function a1Range(top: number, left: number, bottom: number, right: number): string {
  const start = a1(top, left);
  const end = a1(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

/** Parses "C31" or "$C$31" into a 1-based row and column; null for anything else. */
export function parseA1(address: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

/** A name Excel writes without quotes in a reference: letters, digits, _ and ., not starting with a digit. */
const PLAIN_SHEET_NAME = /^[\p{L}_][\p{L}\p{N}_.]*$/u;
/** Names that read as a cell (Q1, AB12) or an R1C1 reference need quotes even though they are plain. */
const LOOKS_LIKE_A_CELL = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[Rr]|[Cc])$/;

/**
 * A sheet name quoted the way Excel writes it in a reference: in single quotes (with quotes doubled)
 * unless it is a plain name that cannot be read as anything else.
 *
 * @example
 * quoteSheetName('Volymer 2025') // → "'Volymer 2025'"
 * quoteSheetName('Blad1')        // → 'Blad1'
 * quoteSheetName('Åtgärder')     // → 'Åtgärder'
 * quoteSheetName('Q1')           // → "'Q1'"
 */
export function quoteSheetName(sheet: string): string {
  return PLAIN_SHEET_NAME.test(sheet) && !LOOKS_LIKE_A_CELL.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * A cell or range on a sheet, as Excel writes it: "'Volymer 2025'!C31".
 *
 * @example
 * qualifiedAddress('Volymer 2025', 'C31') // → "'Volymer 2025'!C31"
 */
export function qualifiedAddress(sheet: string, address: string): string {
  return `${quoteSheetName(sheet)}!${address}`;
}
