import { checkSheet, checkVolumes, gridFromText } from '..';
import { seedVolumeRows } from '../../../../test/taskpane/workbooks';
import type { CellValue, Grid } from '../../types';

/** The seed table (A1:D61, Totalsumma on row 61) with rows added below it. */
function seedWith(extra: CellValue[][]): Grid {
  return { cells: [...seedVolumeRows(), ...extra] as CellValue[][], top: 1, left: 1, sheet: 'Volymer 2025' };
}
const outside = (findings: { code: string; cell: string }[]) => findings.filter((f) => f.code === 'rows-outside-table').map((f) => f.cell);

describe('rows outside every table', () => {
  it('are errors when they look like volume rows, added under the totals row', () => {
    const grid = seedWith([
      [null, null, null, null],
      ['BUP', 100, 50, 40],
      ['VUP', 'abc', -5, '1,5'],
    ]);
    const sheet = checkSheet(grid);
    expect(outside(sheet.findings)).toEqual(['A63', 'A64']);
    expect(sheet.findings.find((f) => f.cell === 'A63')?.message).toEqual({
      key: 'table.rowBelowTotals',
      params: { row: '63', range: 'A1:D61', totals: '61' },
    });
    // VALIDATE_VOLUMES sees the same.
    expect(outside(checkVolumes(grid).findings)).toEqual(['A63', 'A64']);
  });

  it('a section and its rows after the totals row: the rows with figures, not the heading', () => {
    const grid = seedWith([
      ['Tandvård', null, null, null],
      ['Käkkirurgi', 30, 20, 10],
    ]);
    expect(outside(checkSheet(grid).findings)).toEqual(['A63']);
  });

  it('leaves notes, a source line and a single stray figure alone', () => {
    const grid = seedWith([
      ['Källa: Koncernkontoret', null, null, null],
      ['Not', 'se bilaga', null, null],
      [null, 5, null, null],
    ]);
    expect(outside(checkSheet(grid).findings)).toEqual([]);
  });

  it('leaves rows that another table holds alone', () => {
    const indicators = gridFromText(['', '', 'Indikator\tMålvärde\tUtfall', 'Väntetid\t≥ 90 %\t0,95'].join('\n'));
    const grid = seedWith(indicators.cells.map((r) => [...r, null]));
    const sheet = checkSheet(grid);
    expect(sheet.tables.map((t) => t.kind)).toEqual(['volumes', 'indicators']);
    expect(outside(sheet.findings)).toEqual([]);
  });

  it('under a mid-table grand total: the rows after it are errors, not silently skipped', () => {
    const text = ['\tuppdrag\tbas\ttillägg', 'BUP\t760\t516\t244', 'Totalsumma\t760\t516\t244', 'VUP\t1000\t630\t360', 'Summa\t1000\t630\t360'];
    const grid = gridFromText(text.join('\n'));
    expect(outside(checkSheet(grid).findings)).toEqual(['A4', 'A5']);
  });
});
