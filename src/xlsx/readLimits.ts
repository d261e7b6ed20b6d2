/**
 * How much of a workbook Målkoll reads before it stops: one set of limits for the command line and
 * /check.html, so that a damaged or hostile file is refused with a message naming the limit instead of
 * exhausting memory or time. Real regional workbooks stay far below every one of them.
 */

export interface ReadLimits {
  /** Largest .xlsx file read, in bytes (the packed file). */
  maxFileBytes: number;
  /** Most parts (zip entries) a package may hold. */
  maxParts: number;
  /** Most bytes unpacked from the parts read (workbook, relationships, shared texts, worksheets) together. */
  maxUnpackedBytes: number;
  /** Most cells of all sheets' used ranges together handed to the checks, and most cells holding a value. */
  maxCells: number;
  /** Milliseconds a file may take to read; the command line also stops a check that takes longer. */
  timeLimitMs: number;
}

const MB = 1024 * 1024;

/**
 * The limits used unless a caller narrows them (tests do, to reach them with small files).
 *
 * @example
 * DEFAULT_READ_LIMITS.maxCells // → 10 000 000: a 1 048 576-row sheet of 9 columns still fits
 */
export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: 100 * MB,
  maxParts: 10_000,
  maxUnpackedBytes: 256 * MB,
  maxCells: 10_000_000,
  timeLimitMs: 50_000,
});

/** Excel's own limits, which no file written by Excel passes. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;
/** Characters an Excel cell holds. */
export const EXCEL_MAX_CELL_CHARS = 32_767;
/** Characters of a sheet's name: Excel allows no more, and repairs a workbook whose sheet has a longer one. */
export const EXCEL_MAX_SHEET_NAME = 31;
/** Characters of a name from the package's structure (a part, a relationship's id or target) quoted in a message. */
export const MAX_QUOTED_NAME = 120;

/**
 * Bytes of XML without a `<` that the reader accepts: a cell's text escaped at its longest (32 767
 * characters, each as a 10-byte character reference) is far below it; anything longer is no text Excel
 * wrote, and is refused before it is held in memory.
 */
export const MAX_TEXT_RUN_BYTES = 1 * MB;
/** Elements nested deeper than this are no SpreadsheetML (whose deepest element sits about 8 levels down). */
export const MAX_XML_DEPTH = 64;

/**
 * Bytes as megabytes for a message, to one decimal.
 *
 * @example
 * megabytes(256 * 1024 * 1024) // → 256
 */
export function megabytes(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}

/** The limits with a caller's narrower values applied. */
export function readLimits(overrides: Partial<ReadLimits> = {}): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...overrides };
}
