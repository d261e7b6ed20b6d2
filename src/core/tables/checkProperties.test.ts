import fc from 'fast-check';
import { a1 } from '../address';
import type { CellValue, Grid } from '../types';
import { checkIndicators } from './indicators';
import { checkSheet } from './checkSheet';
import { checkVolumes } from './volumes';
import { checkProduction } from './production';
import { summarize } from '../workbook/summarize';

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -5000, max: 100000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constantFrom(
    'uppdrag',
    'SV bas',
    'tillägg',
    'Utfört',
    'Indikator',
    'Målvärde',
    'Utfall',
    'Totalsumma',
    'Summa',
    'Psykiatri',
    'Förstabesök',
    '-',
    '–',
    'x',
    '1 000',
    '8,5 %',
    '≥ 90 %',
    'Ska öka',
    'Ja',
    '#REF!',
    '<b>Somatik</b>',
    '202204',
    'Förändring %',
    'Andel',
    'Totalt',
    'År',
  ),
  fc.string({ maxLength: 12 }),
  fc.constantFrom<CellValue>({ error: '#N/A' }, { error: '#DIV/0!' }),
);

const anyGrid: fc.Arbitrary<Grid> = fc.record({
  cells: fc.array(fc.array(cellValue, { maxLength: 7 }), { maxLength: 25 }),
  top: fc.integer({ min: 1, max: 50 }),
  left: fc.integer({ min: 1, max: 10 }),
});

describe('whatever the grid holds', () => {
  test('the checks never throw, and an empty result is never "ready"', () => {
    fc.assert(
      fc.property(anyGrid, (grid) => {
        for (const check of [checkVolumes(grid), checkIndicators(grid), checkProduction(grid)]) {
          // No exception was caught inside (the engine turns one into a `table.unreadable` finding).
          expect(check.findings.map((f) => f.message.key)).not.toContain('table.unreadable');
          // Either tables were found, or a no-table error says so.
          expect(check.tables.length > 0 || check.findings.some((f) => f.code === 'no-table' && f.severity === 'error')).toBe(true);
          for (const f of [...check.findings, ...check.tables.flatMap((t) => t.findings)]) {
            expect(f.cell).toBe(a1(f.row, f.column));
            expect(f.row).toBeGreaterThanOrEqual(grid.top);
            expect(f.column).toBeGreaterThanOrEqual(grid.left);
          }
        }
        const sheet = checkSheet(grid);
        if (sheet.tables.length === 0) expect(summarize([sheet]).readyToSubmit).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});

describe('a volume table of whole, non-negative figures that add up', () => {
  const rows = fc.array(fc.tuple(fc.integer({ min: 0, max: 50000 }), fc.integer({ min: 0, max: 50000 })), { minLength: 1, maxLength: 40 });

  function table(figures: [number, number][]): Grid {
    const cells: CellValue[][] = [[null, 'Uppdrag', 'Bas', 'Tillägg']];
    figures.forEach(([b, a], i) => cells.push([`Specialitet ${i}`, b + a, b, a]));
    const sum = (k: 0 | 1) => figures.reduce((s, f) => s + f[k], 0);
    cells.push(['Totalsumma', sum(0) + sum(1), sum(0), sum(1)]);
    return { cells, top: 1, left: 1 };
  }

  test('has no findings', () => {
    fc.assert(
      fc.property(rows, (figures) => {
        expect(checkVolumes(table(figures)).tables[0].findings).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  test('with one figure changed, the finding is at that cell, with the figure it was, and the column total names the row', () => {
    fc.assert(
      fc.property(rows, fc.nat(), fc.constantFrom(1, 2, 3), fc.integer({ min: 1, max: 999 }), (figures, pick, column, delta) => {
        const grid = table(figures);
        const r = 1 + (pick % figures.length);
        const was = grid.cells[r][column] as number;
        grid.cells[r][column] = was + delta;
        const findings = checkVolumes(grid).tables[0].findings;
        const letter = 'ABCD'[column];
        expect(findings.map((f) => `${f.code}@${f.cell}`)).toEqual([`sum-mismatch@${letter}${r + 1}`, `total-mismatch@${letter}${figures.length + 2}`]);
        expect(findings[0]).toMatchObject({ actual: was + delta, expected: was });
        // One row summed is named by the total already; more rows get "(troligen … rad r)".
        if (figures.length > 1) expect(findings[1].message.params?.likely).toBe(String(r + 1));
      }),
      { numRuns: 150 },
    );
  });
});
