/** Workbooks written as .xlsx for the tests that read files (the command line, the check page, the pane's file choices). */
import path from 'path';
import ExcelJS from 'exceljs';

/** A row of cells from column A: a value, or null or undefined for an empty cell. */
export type Row = (ExcelJS.CellValue | undefined)[];

/**
 * Writes a workbook with the given sheets (name → rows from A1) and returns its path. `formats` gives
 * sheets' number formats at the same places as their rows ("0.0%"; null leaves General).
 */
export async function writeWorkbook(
  dir: string,
  file: string,
  sheets: Record<string, Row[]>,
  formats: Record<string, (string | null)[][]> = {},
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== null && value !== undefined) sheet.getCell(r + 1, c + 1).value = value;
        const format = formats[name]?.[r]?.[c];
        if (format) sheet.getCell(r + 1, c + 1).numFmt = format;
      });
    });
  }
  const target = path.join(dir, file);
  await workbook.xlsx.writeFile(target);
  return target;
}
