import type { Grid } from '../../core';
import { indicatorRows, rowOf, seedVolumeRows } from '../../../test/taskpane/workbooks';
import { checkReads, type SheetRead } from './checkRun';
import { noTableOf } from './noTable';

const at = new Date(2026, 10, 23, 14, 5);

function read(sheet: string, rows: unknown[][], range: string): SheetRead {
  const grid = { cells: rows, top: 1, left: 1, sheet } as Grid;
  return { grid, sheet, range, address: `'${sheet}'!${range}` };
}

describe('checkReads', () => {
  it('finds the seed table ready to submit', () => {
    const run = checkReads('range', [read('Volymer 2025', seedVolumeRows(), 'A1:D61')], [], at);
    expect(noTableOf(run)).toBeNull();
    expect(run.check.sheets[0].tables.map((t) => t.kind)).toEqual(['volumes']);
    expect(run.check.summary).toMatchObject({ errors: 0, readyToSubmit: true });
    expect(run.checkedAt).toBe(at);
  });

  it("counts the broken figure's errors and is not ready", () => {
    const rows = seedVolumeRows();
    rows[rowOf(rows, 'Ortopedi') - 1][2] = 8134;
    const run = checkReads('range', [read('Volymer 2025', rows, 'A1:D61')], [], at);
    expect(run.check.summary).toMatchObject({ errors: 1, readyToSubmit: false });
  });

  it('finds volume and indicator tables on one sheet', () => {
    const rows = [...seedVolumeRows().map((r) => [...r, null]), [null, null, null, null, null], [null, null, null, null, null], ...indicatorRows()];
    const run = checkReads('range', [read('Allt', rows, 'A1:E75')], [], at);
    expect(run.check.sheets[0].tables.map((t) => t.kind)).toEqual(['volumes', 'indicators']);
    expect(run.check.summary).toMatchObject({ met: 4, missed: 3, notAssessable: 2, errors: 1 });
  });

  it('with no table says where it looked and what it looked for, and is never ready', () => {
    const run = checkReads('range', [read('Anteckningar', [['Möte 3 maj'], ['Ta upp budgeten']], 'A1:A2')], [], at);
    expect(noTableOf(run)?.lookedIn).toEqual(["'Anteckningar'!A1:A2"]);
    expect(noTableOf(run)?.messages.map((m) => m.key)).toEqual(['table.noVolumeTable', 'table.noIndicatorTable', 'table.noProductionTable']);
    expect(run.check.summary.readyToSubmit).toBe(false);
    const workbook = checkReads('workbook', [read('A', [['x']], 'A1'), read('B', [['y']], 'A1')], [], at);
    expect(noTableOf(workbook)).toEqual({ lookedIn: ["'A'!A1", "'B'!A1"], messages: [{ key: 'pane.noTable.workbook' }] });
  });
});
