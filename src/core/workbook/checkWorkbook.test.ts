import seed from '../../../samples/seed-000-volymer-2025.json';
import type { CellValue, Grid } from '../types';
import { checklistOf } from './checklist';
import { checkWorkbook } from './checkWorkbook';
import { workbookVerdict } from './workbookVerdict';

const seedGrid = (): Grid => ({ sheet: 'Volymer 2025', top: 1, left: 1, cells: seed.rows.map((r) => [...r]) as CellValue[][] });

describe('checkWorkbook', () => {
  it('checks each sheet that holds anything and counts what the engine found', () => {
    const grid = seedGrid();
    grid.cells[29][2] = 8134; // Ortopedi bas, C30
    const check = checkWorkbook({ grids: [grid, { sheet: 'Blad2', top: 1, left: 1, cells: [] }], notes: [] });
    expect(check.sheets.map((s) => s.sheet)).toEqual(['Volymer 2025']);
    expect(check.sheets[0].tables[0].findings.map((f) => `${f.cell} ${f.code}`)).toEqual(['C30 sum-mismatch', 'C61 total-mismatch']);
    expect(check.findingsOutsideTables).toEqual([]);
    expect(check.summary).toMatchObject({ errors: 1, warnings: 0, readyToSubmit: false }); // one mistyped figure: one problem, two cells
  });

  it('never calls a workbook with no table clean', () => {
    const check = checkWorkbook({ grids: [{ sheet: 'Noter', top: 1, left: 1, cells: [['Anteckningar']] }], notes: [] });
    expect(check.findingsOutsideTables).toEqual([{ code: 'no-table', severity: 'error', message: { key: 'workbook.noTables' } }]);
    expect(check.summary).toMatchObject({ errors: 1, readyToSubmit: false });
  });

  it('gives the near-miss hint, not the generic message, when the only header came close', () => {
    const check = checkWorkbook({
      grids: [
        {
          sheet: 'Volymer',
          top: 1,
          left: 1,
          cells: [
            ['Specialitet', 'Uppdrag', 'Bas', 'Extravolym'],
            ['Ortopedi', 11080, 8134, 2937],
          ],
        },
      ],
      notes: [],
    });
    expect(check.findingsOutsideTables).toEqual([
      {
        code: 'no-table',
        severity: 'error',
        sheet: 'Volymer',
        cell: 'B1',
        row: 1,
        message: { key: 'table.noVolumeTableNearMiss', params: { row: '1', missing: { message: { key: 'table.role.additional' } } } },
      },
    ]);
    expect(check.summary).toMatchObject({ errors: 1, readyToSubmit: false });
  });

  it('reports a header that came close on one sheet even when another sheet has a clean table', () => {
    const check = checkWorkbook({
      grids: [
        seedGrid(),
        {
          sheet: 'Volymer 2024',
          top: 1,
          left: 1,
          cells: [
            ['Specialitet', 'Uppdrag', 'Bas', 'Extravolym'],
            ['Ortopedi', 11080, 8134, 2937],
          ],
        },
      ],
      notes: [],
    });
    expect(check.sheets[0].tables[0].findings).toEqual([]);
    expect(check.findingsOutsideTables.map((f) => `${f.sheet}!${f.cell} ${f.severity} ${f.code} ${f.message.key}`)).toEqual([
      'Volymer 2024!B1 error no-table table.noVolumeTableNearMiss',
    ]);
    expect(check.summary).toMatchObject({ errors: 1, readyToSubmit: false });
  });

  it('turns formulas without results into a warning at the first such cell', () => {
    const check = checkWorkbook({
      grids: [seedGrid()],
      notes: [{ kind: 'formula-without-result', sheet: 'Volymer 2025', count: 3, cells: ['B61', 'C61', 'D61'] }],
    });
    expect(check.findingsOutsideTables).toEqual([
      {
        code: 'formula-without-result',
        severity: 'warning',
        sheet: 'Volymer 2025',
        cell: 'B61',
        row: 61,
        message: { key: 'workbook.formulaWithoutResult.other', params: { count: 3, sheet: 'Volymer 2025', cells: 'B61, C61, D61' } },
      },
    ]);
    expect(check.summary).toMatchObject({ errors: 0, warnings: 1, readyToSubmit: true });
  });

  it('makes a sheet too large to read an error, and then adds no no-table on top', () => {
    const check = checkWorkbook({
      grids: [],
      notes: [{ kind: 'sheet-too-large', sheet: 'Export', range: 'A1:XFD1048576', cellCount: 17179869184, limit: 10_000_000 }],
    });
    expect(check.findingsOutsideTables.map((f) => `${f.sheet}!${f.cell} ${f.severity} ${f.code}`)).toEqual(['Export!A1 error sheet-too-large']);
    expect(check.summary).toMatchObject({ errors: 1, readyToSubmit: false });
  });

  it('makes a sheet that cannot be read an error naming it, so the workbook is never ready', () => {
    const reason = { key: 'read.part.missing' as const, params: { part: 'xl/worksheets/sheet2.xml' } };
    const check = checkWorkbook({ grids: [seedGrid()], notes: [{ kind: 'sheet-unreadable', sheet: 'Volymer 2024', reason }] });
    expect(check.sheets[0].tables[0].findings).toEqual([]);
    expect(check.findingsOutsideTables).toEqual([
      {
        code: 'sheet-unreadable',
        severity: 'error',
        sheet: 'Volymer 2024',
        message: { key: 'workbook.sheetUnreadable', params: { sheet: 'Volymer 2024', reason: { message: reason } } },
      },
    ]);
    expect(check.summary).toMatchObject({ errors: 1, readyToSubmit: false });
    // The checklist the check page shows counts it too: one error, never "ready".
    const checklist = checklistOf(check);
    expect(checklist.sheetErrors).toEqual(
      new Map([
        ['Volymer 2025', 0],
        ['Volymer 2024', 1],
      ]),
    );
    expect(workbookVerdict(checklist)).toEqual({ kind: 'errors', count: 1 });
  });

  it.each(['__proto__', 'constructor', 'hasOwnProperty', 'toString'])('never calls a workbook ready when its damaged sheet is named %s', (name) => {
    const reason = { key: 'read.part.missing' as const, params: { part: 'xl/worksheets/sheet2.xml' } };
    const check = checkWorkbook({ grids: [seedGrid(), { ...seedGrid(), sheet: 'Indikatorer' }], notes: [{ kind: 'sheet-unreadable', sheet: name, reason }] });
    expect(check.summary).toMatchObject({ errors: 1, readyToSubmit: false });
    const checklist = checklistOf(check);
    expect(checklist.sheetErrors.get(name)).toBe(1);
    expect(workbookVerdict(checklist)).toEqual({ kind: 'errors', count: 1 });
  });
});
