import { asExcelWouldHold, pastedGrid, withCell, withCells } from '../../../test/fixtures/grids';
import { indicatorRows } from '../../../test/taskpane/workbooks';
import type { Grid } from '../types';
import { checkWorkbook } from './checkWorkbook';
import { countProblems, groupProblems } from './problems';

const seed = (): Grid => ({ ...asExcelWouldHold(pastedGrid('seed-000-volumes.tsv')), sheet: 'Volymer 2025' });
const cellsOf = (grid: Grid) => checkWorkbook({ grids: [grid], notes: [] }).problems.map((p) => p.findings.map((e) => `${e.finding.cell} ${e.finding.code}`));

describe('problems: the findings one fix clears', () => {
  it('makes a mistyped figure and the column total that names its row one problem, the figure first', () => {
    for (const [cell, total] of [
      ['C30', 'C61'],
      ['D30', 'D61'],
      ['B30', 'B61'],
    ]) {
      const typed = { C30: 8134, D30: 2973, B30: 11800 }[cell]!;
      expect(cellsOf(withCell(seed(), cell, typed))).toEqual([[`${cell} sum-mismatch`, `${total} total-mismatch`]]);
    }
    const check = checkWorkbook({ grids: [withCell(seed(), 'C30', 8134)], notes: [] });
    expect(check.problems[0]).toMatchObject({ severity: 'error', sheet: 'Volymer 2025', kind: 'volumes' });
    // Both cells are still findings (both are wrong as the sheet stands, and both get marked) …
    expect(check.findings).toHaveLength(2);
    // … but every count counts the one thing to fix.
    expect(check.summary).toMatchObject({ errors: 1, warnings: 0, readyToSubmit: false });
    expect(check.tables[0]).toMatchObject({ errors: 1, warnings: 0 });
  });

  it('keeps two mistyped figures as two problems, each with its own total', () => {
    expect(cellsOf(withCells(seed(), { C30: 8134, D20: 1624 }))).toEqual([
      ['D20 sum-mismatch', 'D61 total-mismatch'],
      ['C30 sum-mismatch', 'C61 total-mismatch'],
    ]);
  });

  it('does not group a total that names no row: the evidence points nowhere, so there are three things to look at', () => {
    // Ortopedi bas −9 and Hud bas +27: the bas total matches neither row alone.
    const grouped = cellsOf(withCells(seed(), { C30: 8134, C20: 3885 }));
    expect(grouped).toEqual([['B20 sum-mismatch'], ['B30 sum-mismatch'], ['C61 total-mismatch']]);
  });

  it('groups each subtotal with the row it names, and leaves a grand total that names none on its own', () => {
    const grid = asExcelWouldHold({
      top: 1,
      left: 1,
      sheet: 'Volymer',
      cells: [
        [null, 'Uppdrag', 'Bas', 'Tillägg'],
        ['Psykiatri', null, null, null],
        ['BUP', '760', '561', '244'],
        ['VUP', '1000', '630', '370'],
        ['Summa psykiatri', '1760', '1146', '614'],
        ['Somatik', null, null, null],
        ['Hud', '5500', '3885', '1642'],
        ['Allmän kirurgi', '8100', '6336', '1764'],
        ['Summa somatik', '13600', '10194', '3406'],
        ['Totalsumma', '15360', '11340', '4020'],
      ],
    });
    expect(cellsOf(grid)).toEqual([['C3 sum-mismatch', 'C5 total-mismatch'], ['C7 sum-mismatch', 'C9 total-mismatch'], ['C10 total-mismatch']]);
  });

  it('never groups across sheets: the same cells on two sheets are two problems each', () => {
    const a = withCell(seed(), 'C30', 8134);
    const b = { ...withCell(seed(), 'C30', 8134), sheet: 'Volymer 2024' };
    const check = checkWorkbook({ grids: [a, b], notes: [] });
    expect(check.problems.map((p) => `${p.sheet}: ${p.findings.length}`)).toEqual(['Volymer 2025: 2', 'Volymer 2024: 2']);
    expect(check.summary.errors).toBe(2);
  });

  it('does not count missed targets as warnings: they are counted as missed', () => {
    const check = checkWorkbook({ grids: [{ sheet: 'Indikatorer', top: 1, left: 1, cells: indicatorRows() as Grid['cells'] }], notes: [] });
    const missed = check.findings.filter((e) => e.finding.code === 'target-missed').length;
    expect(missed).toBeGreaterThan(0);
    expect(check.summary.missed).toBe(3);
    expect(check.summary.warnings).toBe(check.problems.filter((p) => p.severity === 'warning' && p.findings[0].finding.code !== 'target-missed').length);
    expect(check.tables[0].warnings).toBe(check.summary.warnings);
  });

  it('leaves findings as they are when nothing groups, and counts nothing for nothing', () => {
    expect(groupProblems([])).toEqual([]);
    expect(countProblems([])).toEqual({ errors: 0, warnings: 0 });
  });
});
