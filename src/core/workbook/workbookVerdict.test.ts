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
    expect(workbookVerdict({ tables: [], sheetErrors: new Map(), absent: [] })).toEqual({ kind: 'nothing' });
  });

  it('is not ready after only the clean seed volume table: the indicator table must be checked too', () => {
    expect(cleanVolumes).toEqual([{ kind: 'volumes', errors: 0 }]);
    expect(workbookVerdict({ tables: cleanVolumes, sheetErrors: new Map(), absent: [] })).toEqual({ kind: 'incomplete', missing: 'indicators' });
  });

  it('counts the errors of every checked table, not only of the last one', () => {
    expect(indicators).toEqual([{ kind: 'indicators', errors: 1 }]);
    expect(workbookVerdict({ tables: [...cleanVolumes, ...indicators], sheetErrors: new Map(), absent: [] })).toEqual({ kind: 'errors', count: 1 });
    // Ortopedi's bas mistyped 8 134 for 8 143: its row and the bas column's total no longer add up.
    const rows = seedVolumeRows();
    rows[rowOf(rows, 'Ortopedi') - 1][2] = 8134;
    const broken = entries(rows);
    expect(workbookVerdict({ tables: [...broken, ...indicators], sheetErrors: new Map(), absent: [] })).toEqual({ kind: 'errors', count: 3 });
  });

  it('counts the errors of sheets that could not be read when no table could be checked at all', () => {
    expect(
      workbookVerdict({
        tables: [],
        sheetErrors: new Map([
          ['Volymer', 1],
          ['Indikatorer', 1],
        ]),
        absent: [],
      }),
    ).toEqual({ kind: 'errors', count: 2 });
  });

  it("puts errors before what is missing, and counts a sheet's own errors", () => {
    expect(workbookVerdict({ tables: cleanVolumes, sheetErrors: new Map([['Indikatorer', 1]]), absent: [] })).toEqual({ kind: 'errors', count: 1 });
  });

  it('is ready when both tables are clean, and never when a workbook check found no table of one kind', () => {
    const filled = indicatorRows();
    filled[11][3] = 0.06;
    expect(workbookVerdict({ tables: [...cleanVolumes, ...entries(filled)], sheetErrors: new Map(), absent: [] })).toEqual({ kind: 'ready' });
    // A submission holds both tables: a workbook without an indicator table is not ready, and the verdict says it has none.
    expect(workbookVerdict({ tables: cleanVolumes, sheetErrors: new Map(), absent: ['indicators'] })).toEqual({
      kind: 'incomplete',
      missing: 'indicators',
      notInWorkbook: true,
    });
  });

  it.each(['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf'])('counts the errors of a sheet named %s', (sheet) => {
    expect(workbookVerdict({ tables: cleanVolumes, sheetErrors: new Map([[sheet, 1]]), absent: [] })).toEqual({ kind: 'errors', count: 1 });
  });

  it('asks for the volume table when only indicators were checked', () => {
    const filled = indicatorRows();
    filled[11][3] = 0.06;
    expect(workbookVerdict({ tables: entries(filled), sheetErrors: new Map(), absent: [] })).toEqual({ kind: 'incomplete', missing: 'volumes' });
  });
});
