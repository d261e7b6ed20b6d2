/**
 * Reads the range to check from Excel in two round trips, whatever its size:
 * 1. the selection's and the used range's addresses (and what Målkoll remembers in the workbook);
 * 2. the values of the selection clipped to the used range, or of the used range.
 */
import type { CellValue, Grid } from '../../core/types';
import { EXCEL_ERROR_CODES, type ExcelErrorCode } from '../../core/types';
import { excelFailure, failed, succeeded, type Outcome } from './outcome';
import { intersectRects, parseRangeAddress, qualifiedAddress, rectA1, type SheetRect } from '../model/rangeAddress';
import {
  CALCULATIONS_KEY,
  MARKS_KEY,
  readBlockRecord,
  readMarksRecord,
  STATUS_COLUMN_KEY,
  type BlockRecord,
  type MarksRecord,
} from './records';

/** Past this many cells the pane refuses to read (fails closed) rather than freeze Excel. */
export const MAX_CELLS = 2_000_000;

/** What Målkoll has already put into the workbook, as its settings remember it. */
export interface WorkbookRecords {
  marks: MarksRecord | null;
  statusColumn: BlockRecord | null;
  calculations: BlockRecord | null;
}

/** Queues the loads of Målkoll's settings; the returned function reads them after the next sync. */
function loadRecords(context: Excel.RequestContext): () => WorkbookRecords {
  const settings = context.workbook.settings;
  const marks = settings.getItemOrNullObject(MARKS_KEY).load('value');
  const status = settings.getItemOrNullObject(STATUS_COLUMN_KEY).load('value');
  const calculations = settings.getItemOrNullObject(CALCULATIONS_KEY).load('value');
  return () => ({
    marks: marks.isNullObject ? null : readMarksRecord(marks.value),
    statusColumn: status.isNullObject ? null : readBlockRecord(status.value),
    calculations: calculations.isNullObject ? null : readBlockRecord(calculations.value),
  });
}

export interface TableRead extends WorkbookRecords {
  grid: Grid;
  sheet: string;
  /** A1 range on the sheet, e.g. "A1:D60". */
  range: string;
  /** "'Volymer 2025'!A1:D60" */
  address: string;
  /** Whether the user's selection or the whole used range was read. */
  source: 'selection' | 'used-range';
  /** The selection as the user made it, when it was clipped to the used range (a whole column). */
  clippedFrom?: string;
  /** Every sheet name of the workbook, for a unique report name. */
  sheetNames: string[];
}

const ERRORS = new Set<string>(EXCEL_ERROR_CODES);

/**
 * Excel's values and value types as the core's cells: "" → null, an error cell → { error }.
 *
 * @example
 * toCells([[ 'BUP', 760, '', '#REF!' ]], [[ 'String', 'Double', 'Empty', 'Error' ]])
 * // → [[ 'BUP', 760, null, { error: '#REF!' } ]]
 */
export function toCells(values: unknown[][], types: string[][]): CellValue[][] {
  return values.map((row, r) =>
    row.map((v, c) => {
      if (types[r]?.[c] === 'Error' && typeof v === 'string' && ERRORS.has(v)) return { error: v as ExcelErrorCode };
      if (v === '' || v === null || v === undefined) return null;
      if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
      return String(v);
    }),
  );
}

function cellCount(r: SheetRect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/**
 * Reads the selection (when it is more than one cell, clipped to the used range) or else the active sheet's
 * used range, as a Grid for the core. Two context.sync calls.
 *
 * @example
 * const read = await readTable();
 * if (read.ok) checkVolumes(read.value.grid);
 */
export async function readTable(): Promise<Outcome<TableRead>> {
  try {
    return await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load('name');
      const selection = context.workbook.getSelectedRange();
      selection.load('address,rowCount,columnCount');
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('address');
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      const records = loadRecords(context);
      await context.sync();

      if (used.isNullObject) return failed<TableRead>('pane.read.emptySheet', { sheet: sheet.name });
      const usedRect = parseRangeAddress(used.address);
      const selRect = parseRangeAddress(selection.address);
      if (!usedRect) return failed<TableRead>('pane.read.unreadableAddress', { address: used.address });

      let target: SheetRect = usedRect;
      let source: TableRead['source'] = 'used-range';
      let clippedFrom: string | undefined;
      if (selRect && selection.rowCount * selection.columnCount > 1) {
        const clipped = intersectRects(selRect, usedRect);
        if (!clipped) return failed<TableRead>('pane.read.emptySelection', { address: selection.address });
        target = clipped;
        source = 'selection';
        if (cellCount(clipped) < selection.rowCount * selection.columnCount) clippedFrom = selection.address;
      }
      if (cellCount(target) > MAX_CELLS) {
        return failed<TableRead>('pane.read.tooLarge', { address: qualifiedAddress(sheet.name, rectA1(target)), cells: cellCount(target) });
      }

      const range = sheet.getRange(rectA1(target));
      range.load('values,valueTypes');
      await context.sync();

      const grid: Grid = {
        cells: toCells(range.values, range.valueTypes as string[][]),
        top: target.top,
        left: target.left,
        sheet: sheet.name,
      };
      return succeeded<TableRead>({
        grid,
        sheet: sheet.name,
        range: rectA1(target),
        address: qualifiedAddress(sheet.name, rectA1(target)),
        source,
        ...(clippedFrom ? { clippedFrom } : {}),
        sheetNames: sheets.items.map((s) => s.name),
        ...records(),
      });
    });
  } catch (error) {
    return excelFailure(error);
  }
}

export interface SheetValues {
  grid: Grid;
  sheet: string;
  range: string;
  address: string;
}

export interface WorkbookRead extends WorkbookRecords {
  /** Every sheet with values, in the workbook's order. */
  sheets: SheetValues[];
  /** Sheets too large to read at once: not checked, and said so. */
  skipped: { sheet: string; cells: number }[];
  sheetNames: string[];
}

/**
 * Reads the used range of every sheet, for one checklist of the whole workbook. Three context.sync calls
 * whatever the number of sheets: the sheets' names, their used ranges' addresses, their values. A sheet
 * larger than MAX_CELLS is skipped and named, never read partly.
 *
 * @example
 * const read = await readWorkbook();
 * if (read.ok) read.value.sheets.map((s) => checkSheet(s.grid));
 */
export async function readWorkbook(): Promise<Outcome<WorkbookRead>> {
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      const records = loadRecords(context);
      await context.sync();

      const used = sheets.items.map((s) => ({ sheet: s, range: s.getUsedRangeOrNullObject(true).load('address') }));
      await context.sync();

      const skipped: WorkbookRead['skipped'] = [];
      const toRead: { name: string; rect: SheetRect; range: Excel.Range }[] = [];
      for (const { sheet, range } of used) {
        if (range.isNullObject) continue;
        const rect = parseRangeAddress(range.address);
        // Fail closed: a sheet Målkoll cannot place is never silently left out.
        if (!rect) return failed<WorkbookRead>('pane.read.unreadableAddress', { address: range.address });
        if (cellCount(rect) > MAX_CELLS) {
          skipped.push({ sheet: sheet.name, cells: cellCount(rect) });
          continue;
        }
        const values = sheet.getRange(rectA1(rect)).load('values,valueTypes');
        toRead.push({ name: sheet.name, rect, range: values });
      }
      if (toRead.length > 0) await context.sync();

      return succeeded<WorkbookRead>({
        sheets: toRead.map(({ name, rect, range }) => ({
          grid: { cells: toCells(range.values, range.valueTypes as string[][]), top: rect.top, left: rect.left, sheet: name },
          sheet: name,
          range: rectA1(rect),
          address: qualifiedAddress(name, rectA1(rect)),
        })),
        skipped,
        sheetNames: sheets.items.map((s) => s.name),
        ...records(),
      });
    });
  } catch (error) {
    return excelFailure(error);
  }
}
