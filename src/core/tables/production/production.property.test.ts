/**
 * Property tests over generated production tables (test/fixtures/productionGenerator): a clean table has
 * no error, and every single planted error — a mistyped count, a wrong change, a wrong share — is found at
 * its row (or, for a mistyped part whose own change does not give it away, at the sum it belongs to).
 */
import fc from 'fast-check';
import { checkSheet } from '../checkSheet';
import { buildTable, specArbitrary, specsOf, type GeneratedTable, type Spec } from '../../../../test/fixtures/productionGenerator';
import type { CellValue, Finding } from '../../types';

const RUNS = Number(process.env.MALKOLL_PROPERTY_RUNS ?? 300);
const SEED = process.env.MALKOLL_PROPERTY_SEED === 'random' ? undefined : 20251110;

function errorsOf(table: GeneratedTable, cells: CellValue[][] = table.cells): Finding[] {
  const check = checkSheet({ cells, top: 1, left: 1, formats: table.formats });
  return [...check.findings, ...check.tables.flatMap((t) => t.findings)].filter((f) => f.severity === 'error');
}

/** A typing slip: a digit changed, two neighbouring digits swapped, a digit dropped or doubled. */
const slip = (value: number) =>
  fc.integer({ min: 0, max: 3 }).chain((kind) =>
    fc.integer({ min: 0, max: 30 }).map((pick) => {
      const digits = String(value).split('');
      const at = pick % digits.length;
      if (kind === 0) digits[at] = String((Number(digits[at]) + 1 + (pick % 9)) % 10);
      else if (kind === 1 && digits.length > 1) {
        const i = Math.min(at, digits.length - 2);
        [digits[i], digits[i + 1]] = [digits[i + 1], digits[i]];
      } else if (kind === 2 && digits.length > 1) digits.splice(at, 1);
      else digits.splice(at, 0, digits[at]);
      return Number(digits.join(''));
    }),
  );

describe('generated production tables', () => {
  test('a clean table: found, and no error', () => {
    fc.assert(
      fc.property(specArbitrary, (spec) => {
        const table = buildTable(spec);
        const check = checkSheet({ cells: table.cells, top: 1, left: 1, formats: table.formats });
        expect(check.tables.map((t) => t.kind)).toEqual(['production']);
        expect(errorsOf(table).map((f) => `${f.cell} ${f.code}`)).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: process.env.MALKOLL_PROPERTY_SHRINK === '0' },
    );
  });

  /**
   * A mistyped count is found at its row, or at the sum it belongs to, and nothing else is blamed. In the
   * issue's tables (periods with a part, changes and a share) the figure's own change or share backs the sum
   * that breaks; in tables with no change or share, the grand total does. (A table with one sum, two columns
   * and nothing else can leave a slip of a small figure indistinguishable from a sum that held by chance in
   * the other column: then nothing is said, which the clean tables and the tables of no sums keep honest.)
   */
  const mistypedCount = (specs: fc.Arbitrary<Spec>) => () => {
    const planted = specs.chain((spec) => {
      const table = buildTable(spec);
      return fc
        .record({ row: fc.integer({ min: 1, max: table.cells.length - 1 }), col: fc.constantFrom(...table.countColumns) })
        .chain(({ row, col }) => slip(table.cells[row][col] as number).map((value) => ({ table, row, col, value })));
    });
    fc.assert(
      fc.property(planted, ({ table, row, col, value }) => {
        fc.pre(value !== table.cells[row][col]);
        const cells = table.cells.map((r) => r.slice());
        cells[row][col] = value;
        const errors = errorsOf(table, cells);
        const parent = table.parentRow[row];
        const right = errors.filter((f) => f.row === row + 1 || (f.code === 'subtotal-mismatch' && f.row === parent + 1 && f.column === col + 1));
        expect(right.length).toBeGreaterThan(0);
        // Nothing else is blamed: the error's row, or the sum it belongs to.
        expect(errors.filter((f) => f.row !== row + 1 && f.row !== parent + 1).map((f) => `${f.cell} ${f.code}`)).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: process.env.MALKOLL_PROPERTY_SHRINK === '0' },
    );
  };
  test(
    'the issue’s tables (periods with a part, changes, a share): a mistyped count is found',
    mistypedCount(specsOf({ varav: true, changes: true, share: true })),
  );
  test(
    'tables of counts only, with a grand total: a mistyped count is found',
    mistypedCount(specsOf({ changes: false, share: false, total: ['first', 'last'] })),
  );

  test('a wrong change or share is found at its cell', () => {
    const planted = specArbitrary
      .filter((spec) => buildTable(spec).derivedColumns.length > 0)
      .chain((spec) => {
        const table = buildTable(spec);
        return fc
          .record({
            row: fc.integer({ min: 1, max: table.cells.length - 1 }),
            col: fc.constantFrom(...table.derivedColumns),
            shift: fc.integer({ min: 2, max: 60 }).chain((d) => fc.constantFrom(d, -d)),
          })
          .map((p) => ({ table, ...p }));
      });
    fc.assert(
      fc.property(planted, ({ table, row, col, shift }) => {
        const was = table.cells[row][col];
        fc.pre(typeof was === 'number');
        const cells = table.cells.map((r) => r.slice());
        cells[row][col] = Number(((was as number) + shift / 1000).toFixed(3));
        const errors = errorsOf(table, cells);
        expect(errors.map((f) => f.cell)).toEqual([`${String.fromCharCode(65 + col)}${row + 1}`]);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: process.env.MALKOLL_PROPERTY_SHRINK === '0' },
    );
  });
});

describe('figures that are no sums', () => {
  const count = fc.oneof(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 10000, max: 200000 }));
  const table = fc
    .record({
      periods: fc.integer({ min: 2, max: 4 }),
      rows: fc.integer({ min: 2, max: 30 }),
      average: fc.boolean(),
      rate: fc.boolean(),
    })
    .chain(({ periods, rows, average, rate }) =>
      fc.array(fc.array(count, { minLength: periods, maxLength: periods }), { minLength: rows, maxLength: rows }).map((figures) => {
        const header: CellValue[] = ['Enhet', ...Array.from({ length: periods }, (_, i) => `Antal ${2025 - i}`)];
        if (average) header.push('Medel per år');
        if (rate) header.push('Index');
        const cells: CellValue[][] = [header];
        figures.forEach((f, r) => {
          const row: CellValue[] = [`Enhet ${r + 1}`, ...f];
          if (average) row.push(Math.round((f.reduce((s, v) => s + v, 0) / f.length) * 10) / 10);
          if (rate) row.push(f[1] === 0 ? null : Math.round((f[0] / f[1]) * 100));
          cells.push(row);
        });
        return cells;
      }),
    );

  test('a table of unrelated counts, averages and indices gives no error', () => {
    fc.assert(
      fc.property(table, (cells) => {
        const check = checkSheet({ cells, top: 1, left: 1 });
        const errors = [...check.findings, ...check.tables.flatMap((t) => t.findings)].filter((f) => f.severity === 'error');
        expect(errors.map((f) => `${f.cell} ${f.code}`)).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: process.env.MALKOLL_PROPERTY_SHRINK === '0' },
    );
  });
});
