/**
 * Works out which figure of a row that does not add up was mistyped, from the totals row's evidence.
 *
 * A row's sum alone cannot say which of its three figures is wrong: uppdrag − (bas + tillägg) = gap could
 * be closed by changing any of them. A totals row can. If bas was mistyped, the bas column's total differs
 * from the sum of its rows by exactly the row's gap (the total still holds the right figure); if tillägg
 * was, the tillägg column's total does; if uppdrag was, the uppdrag column's total differs by −gap.
 *
 * The evidence counts only when it points one way: the totals row that closes the row's segment (the
 * first totals row below it) has exactly one column that explains the row, and that column's difference
 * explains no other row of the segment it sums. A row with no totals row below it, a difference two rows
 * could account for, or two columns that could each close the row: no figure is named. Nor is a figure
 * whose corrected value would be negative, since no volume is.
 */

/** The three figures of a row that must add up; the outcome column is not one of them. */
export type SumRole = 'total' | 'base' | 'additional';

/** A data row that does not add up: total ≠ base + additional. */
export interface RowSumGap {
  /** Sheet row. */
  row: number;
  total: number;
  base: number;
  additional: number;
  /** Sheet row of the totals row that closes the row's segment; null when no totals row follows. */
  closedBy: number | null;
}

/** A column whose totals-row figure differs from the sum of the rows it was compared with. */
export interface ColumnTotalGap {
  /** Sheet row of the totals row. */
  totalsRow: number;
  role: SumRole;
  /** The totals row's figure − the sum of the rows; never 0. */
  gap: number;
  /** First and last sheet row summed, as the total-mismatch finding names them. */
  from: number;
  to: number;
}

/** The figure of a row that is likely mistyped, as typed and as the row and its total agree it should be. */
export interface MistypedFigure {
  role: SumRole;
  actual: number;
  expected: number;
}

export interface MistypedFigures<T extends ColumnTotalGap = ColumnTotalGap> {
  /** Sheet row → its likely mistyped figure. */
  figures: Map<number, MistypedFigure>;
  /** A column total (one of those passed in) whose whole difference one located figure explains → that figure's sheet row. */
  likelyRows: Map<T, number>;
}

/**
 * The figures that the totals rows single out, and the totals that point at them.
 *
 * @example
 * // Seed 000 with Ortopedi's bas 8 143 typed as 8 134: the row is 9 short, the bas total 9 over its rows.
 * const bas = { totalsRow: 61, role: 'base', gap: 9, from: 4, to: 60 } as const;
 * locateMistypedFigures([{ row: 30, total: 11080, base: 8134, additional: 2937, closedBy: 61 }], [bas])
 * // → { figures: Map { 30 => { role: 'base', actual: 8134, expected: 8143 } }, likelyRows: Map { bas => 30 } }
 */
export function locateMistypedFigures<T extends ColumnTotalGap>(rows: RowSumGap[], totals: T[]): MistypedFigures<T> {
  // Rows by gap, in sheet order, so that each total counts the rows it could explain without a scan of them all.
  const byGap = new Map<number, number[]>();
  for (const r of rows) {
    const gap = gapOf(r);
    const list = byGap.get(gap);
    if (list) list.push(r.row);
    else byGap.set(gap, [r.row]);
  }
  for (const list of byGap.values()) list.sort((a, b) => a - b);

  const explained = new Map<T, Explained>();
  const totalsByRow = new Map<number, T[]>();
  for (const t of totals) {
    explained.set(t, rowsExplained(byGap.get(closingGap(t)) ?? [], t.from, t.to));
    const list = totalsByRow.get(t.totalsRow);
    if (list) list.push(t);
    else totalsByRow.set(t.totalsRow, [t]);
  }

  const figures = new Map<number, MistypedFigure>();
  for (const r of rows) {
    if (r.closedBy === null) continue;
    const candidates = (totalsByRow.get(r.closedBy) ?? []).filter((t) => explains(t, r));
    if (candidates.length !== 1 || explained.get(candidates[0])!.count !== 1) continue;
    const figure = correction(r, candidates[0].role);
    if (figure.expected >= 0) figures.set(r.row, figure);
  }

  const likelyRows = new Map<T, number>();
  for (const t of totals) {
    const { count, first } = explained.get(t)!;
    if (count === 1 && figures.get(first)?.role === t.role) likelyRows.set(t, first);
  }
  return { figures, likelyRows };
}

/** uppdrag − (bas + tillägg). */
function gapOf(r: RowSumGap): number {
  return r.total - (r.base + r.additional);
}

/** The figure that closes the row: uppdrag is bas + tillägg; bas or tillägg is uppdrag less the other. */
function correction(r: RowSumGap, role: SumRole): MistypedFigure {
  if (role === 'total') return { role, actual: r.total, expected: r.base + r.additional };
  if (role === 'base') return { role, actual: r.base, expected: r.total - r.additional };
  return { role, actual: r.additional, expected: r.total - r.base };
}

/** The row gap a column total's difference would close: its own gap for bas and tillägg, −gap for uppdrag. */
function closingGap(t: ColumnTotalGap): number {
  return t.role === 'total' ? -t.gap : t.gap;
}

function explains(t: ColumnTotalGap, r: RowSumGap): boolean {
  return r.row >= t.from && r.row <= t.to && gapOf(r) === closingGap(t);
}

interface Explained {
  count: number;
  /** The first such row; meaningful when count > 0. */
  first: number;
}

/** How many rows of a sorted list lie from `from` to `to`, both included, and the first of them. */
function rowsExplained(sorted: number[], from: number, to: number): Explained {
  const lo = lowerBound(sorted, from);
  return { count: lowerBound(sorted, to + 1) - lo, first: sorted[lo] ?? 0 };
}

function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
