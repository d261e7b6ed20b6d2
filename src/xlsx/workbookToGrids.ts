/**
 * Turns a workbook read by ExcelJS into the core's grids: one per worksheet, covering the cells that hold
 * a value, with each value as Excel has it. Shared by the command line (Node) and /check.html (browser), so
 * it imports only ExcelJS's types and never touches the file system: the caller reads the workbook.
 */
import type { Cell, CellValue as ExcelCellValue, Workbook, Worksheet } from 'exceljs';
import { a1, a1Range } from '../core';
import { EXCEL_ERROR_CODES, type CellValue, type ExcelErrorCode, type Grid } from '../core';
import type { ReadNote, WorkbookGrids } from '../core/workbook';

export type { ReadNote, WorkbookGrids };

export interface WorkbookToGridsOptions {
  /** Largest rectangle (rows × columns) turned into a grid; a larger sheet gets a `sheet-too-large` note. */
  maxCells?: number;
}

/** Ten million cells: a 200 000-row sheet with 50 columns still fits; a stray value in XFD1048576 does not. */
export const DEFAULT_MAX_CELLS = 10_000_000;

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 in the 1900 date system; the 1904 system is 1 462 days later. */
const UNIX_EPOCH_SERIAL_1900 = 25_569;
const DAYS_1900_TO_1904 = 1_462;
const NOTED_CELLS = 5;
const KNOWN_ERRORS: ReadonlySet<string> = new Set(EXCEL_ERROR_CODES);

/** Marks a formula that was saved without its result, so the caller can count it. */
const NO_RESULT = Symbol('no-result');

/**
 * Reads every worksheet of an ExcelJS workbook into a grid of cell values as Excel has them:
 * the cached result of a formula, a number stored as text as that text, an error as `{ error: '#REF!' }`,
 * rich text and hyperlinks as their plain text, a date as its Excel serial number, a merged area's value
 * in its top-left cell only (the others blank), hidden rows like any other; a number's format ("0.0%") in
 * `formats` where it has one other than General. The grid covers the rectangle
 * of cells that hold a value or belong to a merged area (formatting alone does not count); an empty sheet
 * gives a grid with no rows.
 *
 * @example
 * const workbook = new ExcelJS.Workbook();
 * await workbook.xlsx.load(bytes);
 * const { grids } = workbookToGrids(workbook);
 * // grids[0] → { sheet: 'Volymer 2025', top: 1, left: 1, cells: [[null, 'uppdrag', 'SV bas', 'tillägg'], …] }
 */
export function workbookToGrids(workbook: Workbook, options: WorkbookToGridsOptions = {}): WorkbookGrids {
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  const date1904 = Boolean(workbook.properties?.date1904);
  const grids: Grid[] = [];
  const notes: ReadNote[] = [];
  for (const worksheet of workbook.worksheets) {
    const read = worksheetToGrid(worksheet, date1904, maxCells);
    if (read.grid) grids.push(read.grid);
    notes.push(...read.notes);
  }
  return { grids, notes };
}

interface PlacedValue {
  row: number;
  column: number;
  value: CellValue;
  /** The cell's number format, for a number shown by one other than General. */
  format?: string;
}

function worksheetToGrid(
  worksheet: Worksheet,
  date1904: boolean,
  maxCells: number,
): { grid?: Grid; notes: ReadNote[] } {
  const sheet = worksheet.name;
  const placed: PlacedValue[] = [];
  const withoutResult: string[] = [];
  let withoutResultCount = 0;
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;

  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell: Cell, columnNumber) => {
      // A merged area's other cells report the top-left cell's value; Excel shows them blank, but they
      // are part of the used range as Excel sees it.
      const merged = cell.master !== cell;
      const value = merged ? null : toCellValue(cell.value, date1904);
      if (value === NO_RESULT) {
        withoutResultCount += 1;
        if (withoutResult.length < NOTED_CELLS) withoutResult.push(a1(rowNumber, columnNumber));
        return;
      }
      if (value === null && !merged) return;
      if (value !== null) {
        const format = typeof value === 'number' ? numberFormatOf(cell) : undefined;
        placed.push(format ? { row: rowNumber, column: columnNumber, value, format } : { row: rowNumber, column: columnNumber, value });
      }
      if (rowNumber < top) top = rowNumber;
      if (rowNumber > bottom) bottom = rowNumber;
      if (columnNumber < left) left = columnNumber;
      if (columnNumber > right) right = columnNumber;
    });
  });

  const notes: ReadNote[] = [];
  if (withoutResultCount > 0) {
    notes.push({ kind: 'formula-without-result', sheet, count: withoutResultCount, cells: withoutResult });
  }
  if (bottom === 0) return { grid: { cells: [], top: 1, left: 1, sheet }, notes };

  const height = bottom - top + 1;
  const width = right - left + 1;
  if (height * width > maxCells) {
    notes.push({ kind: 'sheet-too-large', sheet, range: a1Range(top, left, bottom, right), cellCount: height * width });
    return { notes };
  }

  const cells: CellValue[][] = new Array(height);
  for (let r = 0; r < height; r += 1) cells[r] = new Array<CellValue>(width).fill(null);
  for (const p of placed) cells[p.row - top][p.column - left] = p.value;
  const grid: Grid = { cells, top, left, sheet };
  // Number formats only where a number has one: how many decimals a figure shows (a production table's
  // tolerance); a sheet without any carries none.
  if (placed.some((p) => p.format !== undefined)) {
    const formats: (string | null)[][] = new Array(height);
    for (let r = 0; r < height; r += 1) formats[r] = new Array<string | null>(width).fill(null);
    for (const p of placed) if (p.format !== undefined) formats[p.row - top][p.column - left] = p.format;
    grid.formats = formats;
  }
  return { grid, notes };
}

/** A cell's number format as the file stores it ("0.0%", "#,##0"); undefined for General or none. */
function numberFormatOf(cell: Cell): string | undefined {
  const format = cell.numFmt;
  return typeof format === 'string' && format !== '' && format.toLowerCase() !== 'general' ? format : undefined;
}

/**
 * One ExcelJS cell value to the core's cell value. Returns `NO_RESULT` for a formula saved without a
 * computed result. An empty text reads as blank, as Excel shows it (a formula returning "" included).
 */
function toCellValue(value: ExcelCellValue, date1904: boolean): CellValue | typeof NO_RESULT {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { error: '#NUM!' };
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value, date1904);
  if ('error' in value) return toError(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelCellValue }).result;
    return result === undefined ? NO_RESULT : toCellValue(result, date1904);
  }
  if ('richText' in value) return emptyToNull(value.richText.map((part) => part.text ?? '').join(''));
  if ('hyperlink' in value || 'text' in value) {
    // A hyperlink's text may itself be rich text.
    return toCellValue((value as { text: ExcelCellValue }).text, date1904);
  }
  return null;
}

function emptyToNull(text: string): string | null {
  return text === '' ? null : text;
}

function toError(code: unknown): CellValue {
  const text = typeof code === 'string' ? code : '';
  return { error: (KNOWN_ERRORS.has(text) ? text : '#UNKNOWN!') as ExcelErrorCode };
}

/**
 * A date back to the serial number Excel stores (ExcelJS turns date-formatted numbers into Dates):
 * the task pane reads the same number from Excel, so both paths give the core the same value.
 */
function dateToSerial(date: Date, date1904: boolean): CellValue {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return { error: '#VALUE!' };
  const serial = ms / MS_PER_DAY + UNIX_EPOCH_SERIAL_1900 - (date1904 ? DAYS_1900_TO_1904 : 0);
  // ExcelJS rounds to whole milliseconds; undo the float noise that leaves behind.
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}
