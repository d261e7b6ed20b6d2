import type { Grid } from '../../core';
import { indicatorRows, seedVolumeRows } from '../../../test/taskpane/workbooks';
import { checkReads } from './checkRun';
import { EMPTY_CHECKLIST, updateChecklist, workbookVerdict as verdict } from '../../core/workbook';

const at = new Date(2026, 10, 23, 14, 5);
const sheetRead = (sheet: string, rows: unknown[][]) => ({
  grid: { cells: rows, top: 1, left: 1, sheet } as Grid,
  sheet,
  range: 'A1',
  address: `'${sheet}'!A1`,
});

describe('the workbook checklist', () => {
  it('is ready only when both the volume and the indicator table are checked without errors', () => {
    expect(verdict(EMPTY_CHECKLIST)).toEqual({ kind: 'nothing' });
    let state = updateChecklist(EMPTY_CHECKLIST, checkReads('range', [sheetRead('Volymer', seedVolumeRows())], [], at), true);
    expect(state.tables).toEqual([{ kind: 'volumes', sheet: 'Volymer', address: 'Volymer!A1:D61', errors: 0, warnings: 0, missed: 0 }]);
    expect(verdict(state)).toEqual({ kind: 'incomplete', missing: 'indicators' });

    // The indicator table misses one outcome (row 12): an error, so the workbook is not ready.
    const indicators = indicatorRows();
    state = updateChecklist(state, checkReads('range', [sheetRead('Indikatorer', indicators)], [], at), true);
    expect(state.tables.map((t) => [t.kind, t.errors, t.missed])).toEqual([
      ['volumes', 0, 0],
      ['indicators', 1, 3],
    ]);
    expect(verdict(state)).toEqual({ kind: 'errors', count: 1 });

    // The controller fills in the outcome and checks that sheet again: it replaces what the sheet had.
    indicators[11][3] = 0.06;
    state = updateChecklist(state, checkReads('range', [sheetRead('Indikatorer', indicators)], [], at), true);
    expect(state.tables).toHaveLength(2);
    expect(verdict(state)).toEqual({ kind: 'ready' });
  });

  it('after a check of the whole workbook, a kind found on no sheet is missing from the workbook: not ready', () => {
    const run = checkReads('workbook', [sheetRead('Volymer', seedVolumeRows()), sheetRead('Anteckningar', [['Möte']])], [], at);
    const state = updateChecklist(EMPTY_CHECKLIST, run, true);
    expect(state.absent).toEqual(['indicators']);
    expect(verdict(state)).toEqual({ kind: 'incomplete', missing: 'indicators', notInWorkbook: true });
  });

  it('never calls a kind absent when a sheet was left unread: it may hold it', () => {
    const run = checkReads('workbook', [sheetRead('Volymer', seedVolumeRows())], [], at);
    const state = updateChecklist(EMPTY_CHECKLIST, { ...run, unread: ['Export'] }, true);
    expect(state.absent).toEqual([]);
    expect(verdict(state)).toEqual({ kind: 'incomplete', missing: 'indicators' });
  });
});
