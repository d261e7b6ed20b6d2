/**
 * The settlement as new sheets of the open workbook, decided before Excel is touched: which names the sheets
 * get (never a name the workbook has), what each cell holds and how it is formatted (the same sheets, column
 * formats, frozen title and header and filter as the .xlsx the command line writes), and how the cells are cut
 * into requests that each stay under Excel on the web's 5 MB. Also the durable note of what was written: the
 * hidden defined names that find the sheets again, and the digest that tells whether one was changed since.
 */
import { a1Range, columnLetters } from '../../core';
import { PLAN_FORMATS } from '../../core/settlement';
import type { RenderedSheet, RenderedValue } from '../../settle/renderPlan';
import { uniqueSheetName } from './sheetName';

/** The workbook setting that remembers the settlement's sheets (by id and name) and their digests. */
export const SETTLEMENT_KEY = 'malkoll.settlement';

/** The sheets of a settlement, in the order written (the plan's ids). */
export const SETTLEMENT_SHEETS = ['overview', 'rows', 'findings', 'indicators', 'rules'] as const;
export type SettlementSheetId = (typeof SETTLEMENT_SHEETS)[number];

/**
 * The hidden defined name over a settlement sheet's cells. A defined name is part of the workbook's contents:
 * it stays when the add-in's settings are lost and follows the sheet when it is renamed or the workbook reopened.
 *
 * @example
 * settlementAnchorName('overview') // → 'Malkoll_avrakning_overview'
 */
export function settlementAnchorName(id: SettlementSheetId): string {
  return `Malkoll_avrakning_${id}`;
}

/**
 * Names for the new sheets: each its own name when the workbook has no sheet by it (Excel compares sheet names
 * without regard to case), else with " (2)", " (3)"…, within Excel's 31 characters.
 *
 * @example
 * freeSheetNames(['Översikt', 'Rader'], ['Översikt', 'SU']) // → ['Översikt (2)', 'Rader']
 */
export function freeSheetNames(wanted: readonly string[], existing: readonly string[]): string[] {
  const taken = [...existing];
  return wanted.map((name) => {
    const free = uniqueSheetName(name, taken);
    taken.push(free);
    return free;
  });
}

/** Characters of a column's width as the plan gives them, in points (Excel's default 8.43 characters are 48 points). */
export const POINTS_PER_CHARACTER = 48 / 8.43;

/** A sheet of the settlement as cells: values and number formats from A1, bold rows, widths, frozen rows and filter. */
export interface SheetLayout {
  name: string;
  /** Title row, header row, the rows, the footer; null where a cell stays blank. */
  cells: RenderedValue[][];
  /** Each cell's number format: text as Text (@) so that Excel keeps it as written, figures (and blanks) by their column's style. */
  formats: string[][];
  width: number;
  /** 1-based rows shown bold: the title, the header and the footer's lines. */
  boldRows: number[];
  /** Column widths in points. */
  columnWidths: number[];
  /** Rows frozen at the top: the title and the header. */
  frozenRows: number;
  /** The AutoFilter's range (header to last row), for a table sheet. */
  filter: string | null;
}

/**
 * A rendered sheet laid out as the .xlsx writer lays it out: title in A1, header in row 2, rows, then footer.
 *
 * @example
 * sheetLayout(overview, 'Översikt').filter // → 'A2:K7' for five hospitals
 */
export function sheetLayout(sheet: RenderedSheet, name: string): SheetLayout {
  const width = Math.max(sheet.columns.length, 1);
  const pad = (row: RenderedValue[]) => Array.from({ length: width }, (_, i) => row[i] ?? null);
  const cells = [pad([sheet.title]), pad(sheet.columns.map((c) => c.header)), ...sheet.rows.map(pad), ...sheet.footer.map(pad)];
  const styles = sheet.columns.map((c) => c.style);
  const formats = cells.map((row, r) =>
    row.map((v, c) => {
      if (typeof v === 'string') return '@';
      return (r >= 2 ? PLAN_FORMATS[styles[c] ?? 'general'] : undefined) ?? 'General';
    }),
  );
  const footerFirst = 3 + sheet.rows.length;
  const boldRows = [1, 2, ...sheet.footer.map((_, i) => footerFirst + i)];
  const lastRow = 2 + Math.max(sheet.rows.length, 1);
  const filter = sheet.table && sheet.columns.length > 0 ? `A2:${columnLetters(sheet.columns.length)}${lastRow}` : null;
  const columnWidths = sheet.columns.map((c) => Math.round(c.width * POINTS_PER_CHARACTER * 100) / 100);
  return { name, cells, formats, width, boldRows, columnWidths, frozenRows: 2, filter };
}

/** A1 range of everything a layout writes. */
export function layoutRange(layout: SheetLayout): string {
  return a1Range(1, 1, Math.max(layout.cells.length, 1), layout.width);
}

/**
 * What a digest is taken of: a sheet's used range (without the sheet's name, which the user may change) and its
 * values as Excel gives them back, so that a sheet read again after a reopening gives the same text unless its
 * cells were changed.
 *
 * @example
 * digestText("'Översikt (2)'!A1:K8", [['Avräkning', '']]) // → 'A1:K8\n[["Avräkning",""]]'
 */
export function digestText(address: string, values: readonly (readonly unknown[])[]): string {
  const bang = address.lastIndexOf('!');
  return `${address.slice(bang + 1).replace(/\$/g, '')}\n${JSON.stringify(values)}`;
}
