import { locateMistypedFigures, type ColumnTotalGap, type RowSumGap } from './locateMistypedFigures';

// Seed 000: data rows 4–60, Totalsumma on row 61.
const total = (role: ColumnTotalGap['role'], gap: number, from = 4, to = 60, totalsRow = 61): ColumnTotalGap => ({ totalsRow, role, gap, from, to });
/** A row of bas 1 000 and tillägg 500 whose uppdrag is `gap` off 1 500. */
const row = (n: number, gap: number, closedBy: number | null = 61): RowSumGap => ({ row: n, total: 1500 + gap, base: 1000, additional: 500, closedBy });
const roles = (figures: Map<number, { role: string }>) => [...figures].map(([r, f]) => [r, f.role]);

describe('locateMistypedFigures', () => {
  test('bas 8 134 for 8 143: the row is 9 short and the bas total 9 over its rows', () => {
    const bas = total('base', 9);
    const { figures, likelyRows } = locateMistypedFigures([{ row: 30, total: 11080, base: 8134, additional: 2937, closedBy: 61 }], [bas]);
    expect([...figures]).toEqual([[30, { role: 'base', actual: 8134, expected: 8143 }]]);
    expect([...likelyRows]).toEqual([[bas, 30]]);
  });

  test('uppdrag mistyped: the uppdrag total differs by minus the row gap', () => {
    // Ortopedi uppdrag 11 800 for 11 080: the row is 720 over, the column sums 720 more than its total says.
    const ortopedi = { row: 30, total: 11800, base: 8143, additional: 2937, closedBy: 61 };
    expect([...locateMistypedFigures([ortopedi], [total('total', -720)]).figures]).toEqual([[30, { role: 'total', actual: 11800, expected: 11080 }]]);
    // The same sign as the row is no explanation for uppdrag.
    expect(locateMistypedFigures([ortopedi], [total('total', 720)]).figures.size).toBe(0);
  });

  test('tillägg mistyped: the figure it should be is uppdrag less bas', () => {
    // Ortopedi tillägg 2 973 for 2 937: the row is 36 over, the tillägg column sums 36 more than its total.
    const ortopedi = { row: 30, total: 11080, base: 8143, additional: 2973, closedBy: 61 };
    expect([...locateMistypedFigures([ortopedi], [total('additional', -36)]).figures]).toEqual([[30, { role: 'additional', actual: 2973, expected: 2937 }]]);
  });

  test('a figure that would have to be negative is not named', () => {
    // uppdrag 5, bas 10, tillägg 8: bas would have to be 5 − 8 = −3.
    expect(locateMistypedFigures([{ row: 30, total: 5, base: 10, additional: 8, closedBy: 61 }], [total('base', -13)]).figures.size).toBe(0);
  });

  test('a total that differs by another amount explains nothing', () => {
    expect(locateMistypedFigures([row(30, 9)], [total('base', 18)]).figures.size).toBe(0);
  });

  test('no totals row below the row: nothing located', () => {
    expect(locateMistypedFigures([row(30, 9, null)], [total('base', 9)]).figures.size).toBe(0);
  });

  test('two columns that could each close the row: nothing located', () => {
    const { figures, likelyRows } = locateMistypedFigures([row(30, 9)], [total('base', 9), total('additional', 9)]);
    expect(figures.size).toBe(0);
    expect(likelyRows.size).toBe(0);
  });

  test('two rows the same column total could explain: neither located', () => {
    const rows = [row(20, 9), row(30, 9)];
    expect(locateMistypedFigures(rows, [total('base', 9)]).figures.size).toBe(0);
  });

  test('two rows, each explained by its own column', () => {
    const rows = [row(20, 18), row(30, 9)];
    expect(roles(locateMistypedFigures(rows, [total('base', 9), total('additional', 18)]).figures).sort()).toEqual([
      [20, 'additional'],
      [30, 'base'],
    ]);
  });

  test('only the totals row that closes the row counts, and only for the rows it sums', () => {
    // Subtotals on rows 5 and 8 (rows 3–4 and 7), a grand total on row 9 over rows 3–7.
    const rows = [row(3, -45, 5), row(7, -27, 8)];
    const sub1 = total('base', -45, 3, 4, 5);
    const sub2 = total('base', -27, 7, 7, 8);
    const grand = total('base', -72, 3, 7, 9);
    const { figures, likelyRows } = locateMistypedFigures(rows, [sub1, sub2, grand]);
    expect(roles(figures)).toEqual([
      [3, 'base'],
      [7, 'base'],
    ]);
    expect([...likelyRows]).toEqual([
      [sub1, 3],
      [sub2, 7],
    ]);
    // A total whose range does not reach the row is no evidence for it.
    expect(locateMistypedFigures([row(7, -27, 8)], [total('base', -27, 3, 4, 8)]).figures.size).toBe(0);
  });

  test('a grand total that matches the row names it as well', () => {
    const sub = total('additional', 5, 3, 4, 5);
    const grand = total('additional', 5, 3, 7, 9);
    expect([...locateMistypedFigures([row(4, 5, 5)], [sub, grand]).likelyRows.values()]).toEqual([4, 4]);
  });
});
