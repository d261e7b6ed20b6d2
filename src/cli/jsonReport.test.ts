import seed from '../../samples/seed-000-volymer-2025.json';
import type { CellValue, Grid } from '../core';
import { checkWorkbook } from '../core/workbook';
import { toJsonFile } from './jsonReport';
import { jsonFileSchema } from './reportSchema';

const seedGrid = (): Grid => ({ sheet: 'Volymer 2025', top: 1, left: 1, cells: seed.rows.map((r) => [...r]) as CellValue[][] });

describe('toJsonFile', () => {
  it("keeps a table finding to the documented fields (cell, row, severity, code, message; causedBy on a total a mistyped figure breaks), though the engine's finding also names its sheet", () => {
    const grid = seedGrid();
    grid.cells[29][2] = 8134; // Ortopedi bas, C30
    const check = checkWorkbook({ grids: [grid], notes: [] });
    expect(check.sheets[0].tables[0].findings[0].sheet).toBe('Volymer 2025');

    const json = toJsonFile({ file: 'a.xlsx', ok: true, check }, 'sv');
    expect(() => jsonFileSchema.parse(json)).not.toThrow();
    expect(json.tables[0].sheet).toBe('Volymer 2025');
    expect(json.tables[0].findings.map((f) => Object.keys(f))).toEqual([
      ['cell', 'row', 'severity', 'code', 'message'],
      ['cell', 'row', 'severity', 'code', 'message', 'causedBy'],
    ]);
    // The figure and the total it breaks: one problem, counted once.
    expect(json.tables[0].findings[1].causedBy).toBe('C30');
    expect(json.summary).toEqual({ errors: 1, warnings: 0, missed: 0 });
    // The bas column's total agrees with 8 143, so the finding is at the mistyped cell, C30.
    expect(json.tables[0].findings[0]).toEqual({
      cell: 'C30',
      row: 30,
      severity: 'error',
      code: 'sum-mismatch',
      message: 'bas 8 134 ser felskriven ut: uppdrag 11 080 − tillägg 2 937 = 8 143, och summaraden för bas stämmer med 8 143',
    });
  });

  it("puts a header that came close among the file's findings, with its sheet, cell and the specific hint", () => {
    const grid: Grid = {
      sheet: 'Volymer 2024',
      top: 1,
      left: 1,
      cells: [
        ['Specialitet', 'Uppdrag', 'Bas', 'Extravolym'],
        ['Ortopedi', 11080, 8134, 2937],
      ],
    };
    const json = toJsonFile({ file: 'a.xlsx', ok: true, check: checkWorkbook({ grids: [seedGrid(), grid], notes: [] }) }, 'sv');
    expect(() => jsonFileSchema.parse(json)).not.toThrow();
    expect(json.findings).toEqual([
      {
        sheet: 'Volymer 2024',
        cell: 'B1',
        row: 1,
        severity: 'error',
        code: 'no-table',
        message:
          'Rad 1 ser ut som rubrikraden i en volymtabell men saknar kolumnen för tillägg, så tabellen är inte kontrollerad. En volymtabell behöver kolumnerna uppdrag, bas och tillägg.',
      },
    ]);
    expect(json.summary).toEqual({ errors: 1, warnings: 0, missed: 0 });
  });
});
