/**
 * Shared shapes of the pure core. No Office types, no React, no I/O: the task pane, the custom
 * functions and the command line all convert their own inputs into these.
 */

/** An Excel error value as a cell holds it, e.g. `{ error: '#REF!' }`. */
export interface CellError {
  error: ExcelErrorCode;
}

export const EXCEL_ERROR_CODES = [
  '#REF!',
  '#VALUE!',
  '#DIV/0!',
  '#N/A',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  // Newer ones: Python in Excel's, and external data types'.
  '#PYTHON!',
  '#TIMEOUT!',
  '#EXTERNAL!',
] as const;
export type ExcelErrorCode = (typeof EXCEL_ERROR_CODES)[number];

/** One cell's value as Excel has it: blanks are `null`, errors are `CellError`. */
export type CellValue = number | string | boolean | null | CellError;

/**
 * A rectangle of cell values and where it sits on its sheet. `top` and `left` are the 1-based sheet
 * row and column of `cells[0][0]`, so a finding in `cells[r][c]` is at sheet row `top + r`.
 */
export interface Grid {
  cells: CellValue[][];
  top: number;
  left: number;
  sheet?: string;
  /**
   * Each cell's number format as Excel holds it, in its invariant (English) form ("0.0%", "#,##0"), at
   * the same indexes as `cells`, where the reader knows it (the .xlsx reader and the task pane do; a
   * custom function's range and pasted text do not). A figure's format says how many decimals it shows,
   * which is how close a figure computed from others must come to it; without one, the figure's own
   * digits decide. A missing row, cell or `null` is "not known", never an error.
   */
  formats?: (string | null)[][];
}

export type { Locale, Message, MessageKey, MessageParam, MessageParams } from '../i18n/message';
import type { Message, MessageKey, MessageParams } from '../i18n/message';

export type Severity = 'error' | 'warning';

export type VolumeFindingCode =
  | 'sum-mismatch'
  | 'total-mismatch'
  | 'negative'
  | 'not-integer'
  | 'blank'
  | 'formula-error'
  | 'not-a-number'
  | 'duplicate-row'
  | 'text-number'
  | 'placeholder'
  | 'rows-outside-table'
  | 'no-table';

export type IndicatorFindingCode =
  'target-missed' | 'target-unreadable' | 'target-missing' | 'outcome-missing' | 'outcome-ambiguous' | 'percent-scale' | 'no-table';

export type ProductionFindingCode = 'subtotal-mismatch' | 'change-mismatch' | 'share-mismatch' | 'formula-error' | 'no-table';

export type FindingCode = VolumeFindingCode | IndicatorFindingCode | ProductionFindingCode;

/** One problem, shaped like a table validator's (Frictionless Data is the model). */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** The sheet's name, when the grid has one (docs/cli.md lists it in a finding's shape). */
  sheet?: string;
  /** A1 address on the sheet, without the sheet name, e.g. "C31". */
  cell: string;
  /** The sheet's own 1-based row number. */
  row: number;
  /** The sheet's own 1-based column number. */
  column: number;
  /** The header of the column, as written in the table (e.g. "SV bas"), when there is one. */
  columnHeader?: string;
  /** The row's label (specialty or indicator), when there is one. */
  rowLabel?: string;
  actual?: CellValue;
  expected?: number | string;
  message: Message;
}

/** Outcome of a core computation that can fail the way an Excel function fails. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: 'na' | 'value'; message: Message };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: 'na' | 'value', key: MessageKey, params?: MessageParams): Result<T> {
  return { ok: false, error, message: params ? { key, params } : { key } };
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === 'object' && v !== null && typeof (v as CellError).error === 'string';
}
