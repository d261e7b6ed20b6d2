import type { Grid } from '../types';
import { indicatorRows, rowOf, seedVolumeRows } from '../../../test/taskpane/workbooks';
import { checkSheet } from '../tables/checkSheet';
import { workbookVerdict, type WorkbookChecklistTable } from './workbookVerdict';

/** The tables of one sheet as checklist entries: kind and number of errors, as the core found them. */
function entries(rows: unknown[][]): WorkbookChecklistTable[] {
  return checkSheet({ cells: rows, top: 1, left: 1 } as Grid).tables.map((t) => ({
    kind: t.kind,
    errors: t.findings.filter((f) => f.severity === 'error').length,
  }));
}

describe('workbookVerdict', () => {
  const cleanVolumes = entries(seedVolumeRows());
  // Row 12 of the indicator table has a measurable target ("ska öka") and no outcome: one error.
  const indicators = entries(indicatorRows());

  it('has nothing to say before any table is checked', () => {
    expect(workbookVerdict({ tables: [], sheetErrors: {}, absent: [] })).toEqual({ kind: 'nothing' });
  });

  it('is not ready after only the clean seed volume table: the indicator table must be checked too', () => {
    expect(cleanVolumes).toEqual([{ kind: 'volumes', errors: 0 }]);
    expect(workbookVerdict({ tables: cleanVolumes, sheetErrors: {}, absent: [] })).toEqual({ kind: 'incomplete', missing: 'indicators' });
  });

  it('counts the errors of every checked table, not only of the last one', () => {
    expect(indicators).toEqual([{ kind: 'indicators', errors: 1 }]);
    expect(workbookVerdict({ tables: [...cleanVolumes, ...indicators], sheetErrors: {}, absent: [] })).toEqual({ kind: 'errors', count: 1 });
    // Ortopedi's bas mistyped 8 134 for 8 143: its row and the bas column's total no longer add up.
    const rows = seedVolumeRows();
    rows[rowOf(rows, 'Ortopedi') - 1][2] = 8134;
    const broken = entries(rows);
    expect(workbookVerdict({ tables: [...broken, ...indicators], sheetErrors: {}, absent: [] })).toEqual({ kind: 'errors', count: 3 });
  });

  it('puts errors before what is missing, and counts a sheet\'s own errors', () => {
    expect(workbookVerdict({ tables: cleanVolumes, sheetErrors: { Indikatorer: 1 }, absent: [] })).toEqual({ kind: 'errors', count: 1 });
  });

  it('is ready when both tables are clean, or a workbook check found no table of one kind', () => {
    const filled = indicatorRows();
    filled[11][3] = 0.06;
    expect(workbookVerdict({ tables: [...cleanVolumes, ...entries(filled)], sheetErrors: {}, absent: [] })).toEqual({ kind: 'ready' });
    expect(workbookVerdict({ tables: cleanVolumes, sheetErrors: {}, absent: ['indicators'] })).toEqual({ kind: 'ready' });
  });

  it('asks for the volume table when only indicators were checked', () => {
    const filled = indicatorRows();
    filled[11][3] = 0.06;
    expect(workbookVerdict({ tables: entries(filled), sheetErrors: {}, absent: [] })).toEqual({ kind: 'incomplete', missing: 'volumes' });
  });
});
