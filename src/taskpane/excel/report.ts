/**
 * "Skapa kontrollrapport": a new sheet a controller can print or send. The pane supplies every text
 * (already in the user's language); this module only lays it out, and remembers the sheet as Målkoll's
 * report so that later checks leave it out.
 */
import { a1, a1Range, columnLetters } from '../../core';
import { excelFailure, succeeded, type Outcome } from './outcome';
import { chunkByBytes, jsonBytes, REQUEST_BUDGET } from './payload';
import { readReportsRecord, reportSheetIds, REPORTS_KEY, storeRecord } from './records';

import type { ReportCell, ReportInput } from '../model/reportContent';

/**
 * Column widths of the findings table in points (cell, severity, code, message, row, column): about 730
 * points, which fits a landscape A4 page; the message column wraps instead of growing.
 */
export const REPORT_COLUMN_WIDTHS = [90, 60, 100, 280, 120, 80] as const;
/** The column of the findings table whose text wraps: the message. */
export const MESSAGE_COLUMN = 4;

/** Where each part of a report goes, so tests and the writer agree. */
export function reportLayout(input: ReportInput): { headerRow: number; lastRow: number; tableAddress: string; chartData?: string } {
  const headerRow = input.lines.length + 3;
  const lastRow = headerRow + Math.max(input.rows.length, 1);
  const tableAddress = a1Range(headerRow, 1, lastRow, input.headers.length);
  if (!input.chart) return { headerRow, lastRow, tableAddress };
  const left = input.headers.length + 2;
  const chartData = a1Range(headerRow, left, headerRow + input.chart.rows.length, left + 1);
  return { headerRow, lastRow, tableAddress, chartData };
}

/**
 * Text as Excel must store it: text Excel would read as a formula (= + - @) or whose own leading
 * apostrophe Excel would swallow (a sheet-qualified address such as 'Volymer 2025'!B30) gets Excel's
 * text prefix, an apostrophe, which Excel does not show.
 *
 * @example
 * asText("'Volymer 2025'!B30") // → "''Volymer 2025'!B30"
 * asText('-5 %')               // → "'-5 %"
 * asText(0.93)                 // → 0.93
 */
export function asText(v: ReportCell): ReportCell {
  return typeof v === 'string' && /^[=+\-@']/.test(v) ? `'${v}` : v;
}

/**
 * Number formats that keep each cell as written: Text ("@") for text, so that Excel does not read a time
 * ("2026-11-23 14:05"), a year or a code as a date or a number, and General for numbers.
 *
 * @example
 * keepAsWritten([['Kontrollerad', '2026-11-23 14:05'], ['Rader', 3]]) // → [['@', '@'], ['@', 'General']]
 */
export function keepAsWritten(rows: ReportCell[][]): string[][] {
  return rows.map((row) => row.map((v) => (typeof v === 'number' ? 'General' : '@')));
}

/** Writes cells in one go: their formats first (in the same sync), then the values Excel then keeps as they are. */
function writeCells(range: Excel.Range, rows: ReportCell[][]): void {
  range.numberFormat = keepAsWritten(rows);
  range.values = rows.map((r) => r.map(asText));
}

/** Page layout needs ExcelApi 1.9; where Office cannot say, the fake and newer hosts have it. */
function pageLayoutSupported(): boolean {
  try {
    const requirements = typeof Office !== 'undefined' ? Office.context?.requirements : undefined;
    return requirements ? requirements.isSetSupported('ExcelApi', '1.9') : true;
  } catch {
    return true;
  }
}

/**
 * Adds the report sheet: title, the lines, the findings as an Excel table with a bold header, set column
 * widths with the message column wrapping, landscape pages, an optional native bar chart; then activates
 * it. Two context.sync calls: the report (and the new sheet's id), then the record that the sheet is
 * Målkoll's report; one more per about 4 MB of findings (Excel on the web refuses a request past 5 MB).
 *
 * @example
 * await createReport({ sheetName: 'Kontroll 2026-11-23 14.05', title: 'Kontrollrapport',
 *   lines: [['Tabell', "'Volymer 2025'!A1:D60"]], headers: ['Cell', 'Allvarlighet', …], rows: [['C31', 'Fel', …]] });
 */
export async function createReport(input: ReportInput): Promise<Outcome<{ sheetName: string }>> {
  const layout = reportLayout(input);
  const width = input.headers.length;
  try {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add(input.sheetName);
      const title = sheet.getRange('A1');
      writeCells(title, [[input.title]]);
      title.format.font.bold = true;
      if (input.lines.length > 0) {
        writeCells(sheet.getRange(a1Range(2, 1, input.lines.length + 1, 2)), input.lines);
        sheet.getRange(a1Range(2, 1, input.lines.length + 1, 1)).format.font.bold = true;
      }
      const rows = input.rows.length > 0 ? input.rows : [input.headers.map(() => '')];
      writeCells(sheet.getRange(a1Range(layout.headerRow, 1, layout.headerRow, width)), [input.headers]);
      // Thousands of findings pass Excel on the web's 5 MB a request: the rows go in runs under the budget.
      let row = layout.headerRow + 1;
      for (const [i, run] of chunkByBytes(rows, REQUEST_BUDGET, (r) => jsonBytes(r.map(asText)) + jsonBytes(keepAsWritten([r]))).entries()) {
        if (i > 0) await context.sync();
        writeCells(sheet.getRange(a1Range(row, 1, row + run.length - 1, width)), run);
        row += run.length;
      }
      const table = sheet.tables.add(layout.tableAddress, true);
      table.getHeaderRowRange().format.font.bold = true;
      for (let c = 1; c <= width; c++) {
        sheet.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = REPORT_COLUMN_WIDTHS[c - 1] ?? 80;
      }
      if (width >= MESSAGE_COLUMN) sheet.getRange(a1Range(layout.headerRow, MESSAGE_COLUMN, layout.lastRow, MESSAGE_COLUMN)).format.wrapText = true;
      if (pageLayoutSupported()) sheet.pageLayout.orientation = 'Landscape';

      if (input.chart && layout.chartData) {
        const left = width + 2;
        const top = layout.headerRow;
        const bottom = top + input.chart.rows.length;
        writeCells(sheet.getRange(a1Range(top, left, top, left + 1)), [input.chart.headers]);
        if (input.chart.rows.length > 0) {
          writeCells(sheet.getRange(a1Range(top + 1, left, bottom, left + 1)), input.chart.rows);
          sheet.getRange(a1Range(top + 1, left + 1, bottom, left + 1)).numberFormat = input.chart.rows.map(() => [input.chart!.numberFormat]);
        }
        sheet.getRange(a1Range(top, left, top, left + 1)).format.font.bold = true;
        sheet.getRange(layout.chartData).format.autofitColumns();
        const chart = sheet.charts.add('BarClustered', sheet.getRange(layout.chartData), 'Columns');
        chart.title.text = input.chart.title;
        chart.legend.visible = false;
        chart.setPosition(a1(bottom + 2, left), a1(bottom + 2 + Math.max(12, input.chart.rows.length), left + 6));
      }
      sheet.activate();
      sheet.load('id,name');
      const reports = context.workbook.settings.getItemOrNullObject(REPORTS_KEY).load('value');
      const sheets = context.workbook.worksheets.load('items/id,items/name');
      await context.sync();

      // Remember the new sheet, and forget reports the user has deleted since: by id and name (ids change when
      // the workbook is opened elsewhere, office-js 1390).
      const earlier = reportSheetIds(reports.isNullObject ? null : readReportsRecord(reports.value), sheets.items);
      const kept = sheets.items.filter((s) => earlier.has(s.id) && s.id !== sheet.id);
      const record = { sheetIds: [...kept.map((s) => s.id), sheet.id], sheets: [...kept.map((s) => s.name), sheet.name] };
      context.workbook.settings.add(REPORTS_KEY, storeRecord(record));
      await context.sync();
    });
    return succeeded({ sheetName: input.sheetName });
  } catch (error) {
    return excelFailure(error);
  }
}
