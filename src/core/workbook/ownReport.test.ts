import type { CellValue, Grid } from '../types';
import { isOwnReport } from './ownReport';

/** A report as the pane lays it out (src/taskpane/excel/report.ts), blank cells as the core reads them. */
function report(findings: CellValue[][], chart = false): Grid {
  const rows: CellValue[][] = [
    ['Kontrollrapport', null, null, null, null, null],
    ['Tabell', "'Volymer 2025'!A1:D61", null, null, null, null],
    ['Kontrollerad', '2026-11-23 14:05', null, null, null, null],
    ['Sammanfattning', '1 fel måste rättas', null, null, null, null],
    ['Arbetsboken', '1 fel måste rättas', null, null, null, null],
    [null, null, null, null, null, null],
    ['Cell', 'Allvarlighet', 'Kod', 'Meddelande', 'Rad', 'Kolumn'],
    ...findings,
  ];
  const cells = chart
    ? rows.map((row, r) => [...row, null, r === 6 ? 'Specialitet' : r > 6 ? 'Ortopedi' : null, r === 6 ? 'Måluppfyllelse' : r > 6 ? 0.93 : null])
    : rows;
  return { sheet: 'Kontroll 2026-11-23 14.05', top: 1, left: 1, cells };
}

const FINDING: CellValue[] = ['C30', 'Fel', 'sum-mismatch', 'bas 8 134 ser felskriven ut: …', 'Ortopedi', 'SV bas'];

describe('isOwnReport', () => {
  it('recognises a report Målkoll wrote, in either language, with or without findings and its chart', () => {
    expect(isOwnReport(report([FINDING, ["'Indikatorer'!D12", 'Fel', 'outcome-missing', 'utfall saknas', 'Andel', 'Utfall']]))).toBe(true);
    expect(isOwnReport(report([[null, null, null, 'Inga fel eller varningar', null, null]]))).toBe(true);
    expect(isOwnReport(report([FINDING], true))).toBe(true);
    const english = report([['C30', 'Error', 'sum-mismatch', 'base 8,134 looks mistyped', 'Ortopedi', 'SV bas']]);
    english.cells[0][0] = 'Check report';
    expect(isOwnReport(english)).toBe(true);
  });

  it('does not take a sheet for a report because it looks like one in part', () => {
    // A code column that is not Målkoll's codes.
    expect(isOwnReport(report([['C30', 'Fel', 'okänd', 'x', '', '']]))).toBe(false);
    // No time on the second line.
    const noTime = report([FINDING]);
    noTime.cells[2][1] = 'i går';
    expect(isOwnReport(noTime)).toBe(false);
    // Not from A1.
    expect(isOwnReport({ ...report([FINDING]), top: 2 })).toBe(false);
    // Something in column G, or past the chart's columns.
    const wider = report([FINDING]);
    wider.cells[8] = [...FINDING, 'x'];
    expect(isOwnReport(wider)).toBe(false);
  });

  it('never leaves out a sheet laid out as a report that holds a table a check would find', () => {
    // A volume table in the findings' columns, its codes as the labels: laid out as a report, and a table still.
    const volumes = report([
      ['A1', 'Fel', 'no-table', 'uppdrag', 'bas', 'tillägg'],
      ['A2', 'Fel', 'sum-mismatch', '760', 516, 200],
      ['A3', 'Fel', 'blank', '1000', 630, 370],
    ]);
    expect(isOwnReport(volumes)).toBe(false);
  });
});
