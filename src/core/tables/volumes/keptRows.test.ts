import { checkVolumes } from '.';
import { checkWorkbook } from '../../workbook/checkWorkbook';
import type { Grid } from '../../types';
import { gridFromText } from '../shared/gridFromText';
import type { VolumeTable } from './types';
import { asExcelWouldHold, pastedGrid, withCells } from '../../../../test/fixtures/grids';

/** Seed 000 with a mistyped bas (C30), a second BUP under Psykiatri / Förstabesök (A5), and a row under its totals (63). */
function seedWithProblems(): Grid {
  const grid = withCells({ ...asExcelWouldHold(pastedGrid('seed-000-volumes.tsv')), sheet: 'Volymer 2025' }, { C30: 8134, A5: 'BUP' });
  return { ...grid, cells: [...grid.cells, [null, null, null, null], ['BUP', 100, 50, 40]] };
}

describe('a volume table whose data rows are not kept (the command line)', () => {
  it('finds, groups and places the same problems as with every row kept', () => {
    const full = checkWorkbook({ grids: [seedWithProblems()], notes: [] });
    const lean = checkWorkbook({ grids: [seedWithProblems()], notes: [], options: { keepDataRows: false } });
    expect(full.findings.map((f) => `${f.finding.cell} ${f.finding.code}`)).toEqual([
      'A5 duplicate-row',
      'C30 sum-mismatch',
      'C61 total-mismatch',
      'A63 rows-outside-table',
    ]);
    expect(lean.findings).toEqual(full.findings);
    expect(lean.findings).toEqual(full.findings);
    expect(lean.problems).toEqual(full.problems);
    expect(lean.tables).toEqual(full.tables);
    expect(lean.summary).toEqual(full.summary);
    // The sections come from the rows kept above a data row: C30 sits under Somatik, A5 under Psykiatri.
    expect(lean.problems.map((p) => p.section)).toEqual(['Psykiatri', 'Somatik', undefined]);
    expect(lean.findings.find((f) => f.finding.code === 'rows-outside-table')?.finding.message.key).toBe('table.rowBelowTotals');
  });

  it('keeps the headings, blanks and totals, each as it is with every row kept', () => {
    const full = checkWorkbook({ grids: [seedWithProblems()], notes: [] }).sheets[0].tables[0] as VolumeTable;
    const lean = checkWorkbook({ grids: [seedWithProblems()], notes: [], options: { keepDataRows: false } }).sheets[0].tables[0] as VolumeTable;
    expect(full.rows.filter((r) => r.kind === 'data')).toHaveLength(49);
    expect(lean.rows.some((r) => r.kind === 'data')).toBe(false);
    expect(lean.rows).toEqual(full.rows.filter((r) => r.kind !== 'data'));
    expect(lean.rows[lean.rows.length - 1]).toMatchObject({ kind: 'total', row: 61, total: 82605 });
  });
});

describe('duplicate specialties, remembered by a hash of their key', () => {
  it('tells two specialties apart whose keys share a hash, and still finds the repeat of each', () => {
    // "bup 7898" and "bup 454142" have the same 30-bit hash: the second is no repeat of the first.
    const grid = gridFromText(
      ['\tuppdrag\tbas\ttillägg', 'Förstabesök\t\t\t', 'BUP 7898\t3\t2\t1', 'BUP 454142\t3\t2\t1', 'bup  454142\t3\t2\t1', 'BUP 7898\t3\t2\t1'].join('\n'),
    );
    const { tables } = checkVolumes(grid);
    const duplicates = tables[0].findings.filter((f) => f.code === 'duplicate-row');
    expect(duplicates.map((f) => [f.cell, f.message.params?.firstRow])).toEqual([
      ['A5', '4'],
      ['A6', '3'],
    ]);
  });
});
