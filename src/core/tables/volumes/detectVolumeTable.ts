/**
 * Finds the volume tables in a grid: a header row naming uppdrag, bas and tillägg, and the rows below it
 * down to where the table ends.
 *
 * Where a table ends (docs/checks.md, "Volume tables"):
 * - at the end of the grid;
 * - before two or more blank rows, unless the header is repeated after them (a page break);
 * - before a header row that names other columns (another table starts there);
 * - before a row of prose (a long label, a sentence, a markdown heading);
 * - after a grand total ("Totalsumma", "Totalt", "Total", "Summa totalt"); "Summa …" rows are subtotals
 *   and the table may go on after them;
 * - labels with no figures at the very bottom (notes, a source line) are not part of the table.
 * A header repeated in the same columns is the same table continuing; a row of words just above it
 * ("Operation/åtgärd | SV") is the first half of that header.
 */
import type { Grid } from '../../types';
import type { VolumeColumns } from './types';
import { readVolumeHeaderRow, sameVolumeColumns, type VolumeHeaderRow } from './volumeHeader';
import { volumeRowShape, type VolumeRowShape } from './volumeRowShape';
import { isGrandTotalLabel, isProse, type VolumeRole } from './volumeVocabulary';
import { scanExtent, type ExtentRules } from '../shared/scanExtent';

export interface VolumeTableLayout {
  /** Sheet row of the (first) header row. */
  headerRow: number;
  /** Sheet rows of the table's first row (a header half above the header, or the header) and last row. */
  top: number;
  bottom: number;
  /** Sheet rows of every header row naming the table's columns: the first and any repeated after a page break. */
  headerRows: number[];
  columns: VolumeColumns;
}

export interface VolumeDetection {
  tables: VolumeTableLayout[];
  /**
   * Every row that named two of uppdrag/bas/tillägg but not the third (and no complete set): a table that
   * could not be read, which the validator must report whether or not other tables were found.
   */
  nearMisses: VolumeNearMiss[];
}

/** A header row that came close: its sheet row, the sheet column of its first recognised heading, and what it lacks. */
export interface VolumeNearMiss {
  row: number;
  column: number;
  found: VolumeRole[];
  missing: VolumeRole;
}

function columnsKey(c: VolumeColumns): string {
  return `${c.total},${c.base},${c.additional}`;
}

/**
 * Every volume table in the grid, top to bottom.
 *
 * @example
 * detectVolumeTables(gridFromText('\tuppdrag\tbas\ttillägg\nBUP\t760\t516\t244'))
 * // → { tables: [{ headerRow: 1, top: 1, bottom: 2, headerRows: [1], columns: { label: 1, total: 2, base: 3, additional: 4, … } }], nearMisses: [] }
 */
export function detectVolumeTables(grid: Grid): VolumeDetection {
  const rows = grid.cells.length;
  const headers: VolumeHeaderRow[] = new Array(rows);
  const nearMisses: VolumeNearMiss[] = [];
  for (let r = 0; r < rows; r++) {
    headers[r] = readVolumeHeaderRow(grid.cells[r], grid.left);
    const partial = headers[r].partial;
    if (partial) nearMisses.push({ row: grid.top + r, ...partial });
  }

  const consumed = new Set<string>();
  const tables: VolumeTableLayout[] = [];
  for (let r = 0; r < rows; r++) {
    for (const columns of headers[r].sets) {
      const key = `${r}:${columnsKey(columns)}`;
      if (consumed.has(key)) continue;
      const { first, last, repeats } = scanTable(grid, r, columns, (i) => headers[i]);
      for (const h of repeats) consumed.add(`${h}:${columnsKey(columns)}`);
      tables.push({
        headerRow: grid.top + r,
        top: grid.top + first,
        bottom: grid.top + last,
        headerRows: [r, ...repeats].map((i) => grid.top + i),
        columns,
      });
    }
  }
  return { tables, nearMisses };
}

/** Grid row indexes of the table under the header at index `h`: first row, last row, and repeated headers inside. */
function scanTable(
  grid: Grid,
  h: number,
  columns: VolumeColumns,
  headerAt: (r: number) => VolumeHeaderRow,
): { first: number; last: number; repeats: number[] } {
  const shape = recentShapes(grid, columns);
  const rules = extentRules(grid, columns, headerAt, shape);

  let first = h;
  if (h > 0 && !rules.otherHeader(h - 1) && !rules.sameHeader(h - 1)) {
    const above = shape(h - 1);
    if (above.textOnly) first = h - 1;
  }
  const { last, repeats } = scanExtent(h, rules);
  return { first, last, repeats };
}

/**
 * The shape of a row, remembered for the last few rows read: the scan looks a row or two back and ahead,
 * and a million rows' shapes kept whole would cost more than the grid.
 */
function recentShapes(grid: Grid, columns: VolumeColumns): (r: number) => VolumeRowShape {
  const SIZE = 64;
  const at = new Int32Array(SIZE).fill(-1);
  const kept: VolumeRowShape[] = new Array(SIZE);
  return (r) => {
    const slot = r % SIZE;
    if (at[slot] !== r) {
      kept[slot] = volumeRowShape(grid, r, columns);
      at[slot] = r;
    }
    return kept[slot];
  };
}

/**
 * Where a volume table with these columns would end under the row at index `h`: the rules of a table's
 * extent, and a grand total ("Totalsumma") ends it unless `pastGrandTotals`, which reads on to where the
 * rows of such a table would stop (prose, another header, two blank rows): rows there that look like the
 * table's are outside it.
 */
function extentRules(
  grid: Grid,
  columns: VolumeColumns,
  headerAt: (r: number) => VolumeHeaderRow,
  shape: (r: number) => VolumeRowShape,
  pastGrandTotals = false,
): ExtentRules & { sameHeader(r: number): boolean; otherHeader(r: number): boolean } {
  const rows = grid.cells.length;
  // Most rows name no columns at all: test for that first, it is the hot path on a long table.
  const sameHeader = (r: number): boolean => {
    if (r >= rows) return false;
    const sets = headerAt(r).sets;
    return sets.length > 0 && sets.some((s) => sameVolumeColumns(s, columns));
  };
  const otherHeader = (r: number): boolean => r < rows && headerAt(r).sets.length > 0 && !sameHeader(r);
  return {
    rows,
    sameHeader,
    otherHeader,
    isBlank: (r) => shape(r).blank,
    // After a page break the header may come back split over two rows: its first half, then the header.
    resumesAt: (k) => sameHeader(k) || (k + 1 < rows && sameHeader(k + 1) && shape(k).textOnly),
    classify: (r) => {
      const s = shape(r);
      if (s.totals) return isGrandTotalLabel(s.label) && !pastGrandTotals ? 'last' : 'row';
      if (s.labelOnly) return isProse(s.label) ? 'end' : 'skip'; // part of the table only if figures follow
      if (s.textOnly && r + 1 < rows && headerAt(r + 1).sets.length > 0) {
        return sameHeader(r + 1) ? 'skip' : 'end'; // the first half of a split header: this table's, or another's
      }
      return 'row';
    },
  };
}

/**
 * The grid row indexes below a volume table's last row (index `bottom`) that a table of its columns would
 * still hold if its grand total had not ended it: where rows left under a totals row lie. A header row that
 * came close (a table that could not be read) ends them too.
 *
 * @example
 * // Totalsumma at index 60, then a blank row, "BUP | 100 | 50 | 40", then a heading of prose
 * rowsPastTable(grid, columns, 60) // → [62]
 */
export function rowsPastTable(grid: Grid, columns: VolumeColumns, bottom: number): number[] {
  const headers = new Map<number, VolumeHeaderRow>();
  const headerAt = (r: number): VolumeHeaderRow => {
    let h = headers.get(r);
    if (!h) headers.set(r, (h = readVolumeHeaderRow(grid.cells[r], grid.left)));
    return h;
  };
  const shapes = new Map<number, VolumeRowShape>();
  const shape = (r: number): VolumeRowShape => {
    let s = shapes.get(r);
    if (!s) shapes.set(r, (s = volumeRowShape(grid, r, columns)));
    return s;
  };
  const rules = extentRules(grid, columns, headerAt, shape, true);
  const { last } = scanExtent(bottom, { ...rules, otherHeader: (r) => rules.otherHeader(r) || (r < rules.rows && headerAt(r).partial !== undefined) });
  const out: number[] = [];
  for (let r = bottom + 1; r <= last; r++) out.push(r);
  return out;
}
