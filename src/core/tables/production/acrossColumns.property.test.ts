/**
 * Property tests of the arithmetic across columns (test/fixtures/columnGenerator): a clean table of parts
 * and their total column has no error; every single planted error in a count is found on its row — at the
 * very cell when a total row crosses it, else at the row's total; a wrong share of the total row is found
 * at its cell; and tables of averages and rates under the same headings give no error.
 */
import fc from 'fast-check';
import { checkSheet } from '../checkSheet';
import { buildColumnTable, columnSpecArbitrary, type ColumnTable } from '../../../../test/fixtures/columnGenerator';
import type { CellValue, Finding } from '../../types';
import { columnLetters } from '../../address';

const RUNS = Number(process.env.MALKOLL_PROPERTY_RUNS ?? 300);
const SEED = process.env.MALKOLL_PROPERTY_SEED === 'random' ? undefined : 20251207;
const options = { numRuns: RUNS, seed: SEED, endOnFailure: process.env.MALKOLL_PROPERTY_SHRINK === '0' };

function errorsOf(table: ColumnTable, cells: CellValue[][] = table.cells): Finding[] {
  const check = checkSheet({ cells, top: 1, left: 1, formats: table.formats });
  return [...check.findings, ...check.tables.flatMap((t) => t.findings)].filter((f) => f.severity === 'error');
}
const cellName = (row: number, col: number): string => `${columnLetters(col + 1)}${row + 1}`;

describe('generated tables of parts and their total column', () => {
  test('a clean table: a production table whose total column is checked on every row, and no error', () => {
    fc.assert(
      fc.property(columnSpecArbitrary, (spec) => {
        const table = buildColumnTable(spec);
        const check = checkSheet({ cells: table.cells, top: 1, left: 1, formats: table.formats });
        expect(check.tables.map((t) => t.kind)).toEqual(['production']);
        const [t] = check.tables;
        if (t.kind === 'production') expect(t.columnSums.length).toBeGreaterThan(0);
        expect(errorsOf(table).map((f) => `${f.cell} ${f.code}`)).toEqual([]);
      }),
      options,
    );
  });

  test('a count mistyped anywhere is found on its row: at its cell when a total row crosses it, else at the row’s total', () => {
    const planted = columnSpecArbitrary.chain((spec) => {
      const table = buildColumnTable(spec);
      return fc
        .record({
          row: fc.constantFrom(...table.countRows),
          col: fc.constantFrom(...table.countColumns),
          delta: fc.integer({ min: 1, max: 5000 }).chain((d) => fc.constantFrom(d, -d)),
        })
        .map((p) => ({ spec, table, ...p }));
    });
    fc.assert(
      fc.property(planted, ({ spec, table, row, col, delta }) => {
        const was = table.cells[row][col] as number;
        fc.pre(was + delta >= 0);
        const cells = table.cells.map((r) => r.slice());
        cells[row][col] = was + delta;
        const found = errorsOf(table, cells).map((f) => f.cell);
        const totalColumn = spec.totalSide === 'after' ? spec.parts + 1 : 1;
        if (spec.totalRow !== 'none') expect(found).toEqual([cellName(row, col)]);
        else expect([[cellName(row, col)], [cellName(row, totalColumn)]]).toContainEqual(found);
      }),
      options,
    );
  });

  test('a wrong share of the total row is found at its cell', () => {
    const planted = columnSpecArbitrary
      .filter((spec) => buildColumnTable(spec).shareColumn > 0)
      .chain((spec) => {
        const table = buildColumnTable(spec);
        return fc
          .record({ row: fc.constantFrom(...table.countRows), shift: fc.integer({ min: 2, max: 60 }).chain((d) => fc.constantFrom(d, -d)) })
          .map((p) => ({ table, ...p }));
      });
    fc.assert(
      fc.property(planted, ({ table, row, shift }) => {
        // The share shows only where another row has a share of its own (neither nothing nor the whole).
        const shares = table.countRows.filter((r) => r !== row).map((r) => table.cells[r][table.shareColumn] as number);
        fc.pre(shares.some((v) => v > 0 && v < 1));
        const cells = table.cells.map((r) => r.slice());
        const was = cells[row][table.shareColumn] as number;
        fc.pre(was + shift / 1000 >= 0);
        cells[row][table.shareColumn] = Number((was + shift / 1000).toFixed(3));
        expect(errorsOf(table, cells).map((f) => `${f.cell} ${f.code}`)).toEqual([`${cellName(row, table.shareColumn)} share-mismatch`]);
      }),
      options,
    );
  });
});

describe('averages and rates under the same headings', () => {
  const table = fc
    .record({
      parts: fc.integer({ min: 2, max: 4 }),
      rows: fc.integer({ min: 2, max: 12 }),
      kind: fc.constantFrom('average', 'rate'),
    })
    .chain(({ parts, rows, kind }) =>
      fc
        .array(
          fc.array(kind === 'average' ? fc.integer({ min: 10, max: 150 }).map((v) => v / 10) : fc.integer({ min: 0, max: 1000 }).map((v) => v / 1000), {
            minLength: parts,
            maxLength: parts,
          }),
          {
            minLength: rows,
            maxLength: rows,
          },
        )
        .map((figures) => {
          const round = (v: number) => (kind === 'average' ? Math.round(v * 10) / 10 : Math.round(v * 1000) / 1000);
          const mean = (vs: number[]) => round(vs.reduce((s, v) => s + v, 0) / vs.length);
          const title = kind === 'average' ? 'Medelvårdtid (dagar)' : 'Andel återinskrivna';
          const names = ['Somatik', 'Psykiatri', 'Primärvård', 'Geriatrik'].slice(0, parts);
          const lines = figures.map((f, r) => [`Klinik ${r + 1}`, ...f, mean(f)]);
          const columnMeans = [...names, 'Totalt'].map((_, c) => mean(lines.map((l) => l[c + 1] as number)));
          const cells: CellValue[][] = [[title, ...names, 'Totalt'], ...lines, ['Totalt', ...columnMeans]];
          const formats = cells.map((r, i) => r.map((v) => (i === 0 || typeof v !== 'number' ? null : kind === 'average' ? '0.0' : '0.0%')));
          return { cells, formats };
        }),
    );

  test('a mean of the columns beside them and a mean row under them give no error', () => {
    fc.assert(
      fc.property(table, ({ cells, formats }) => {
        const check = checkSheet({ cells, top: 1, left: 1, formats });
        const errors = [...check.findings, ...check.tables.flatMap((t) => t.findings)].filter((f) => f.severity === 'error');
        expect(errors.map((f) => `${f.cell} ${f.code}`)).toEqual([]);
      }),
      options,
    );
  });
});
