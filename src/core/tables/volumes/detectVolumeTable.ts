/**
 * Finds the volume tables in a grid: a header row naming uppdrag, bas and tillägg, and the rows below it
 * down to where the table ends.
 *
 * Where a table ends (spec/tables.md leaves it open; these are the rules):
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
import { scanExtent } from '../shared/scanExtent';

export interface VolumeTableLayout {
  /** Sheet row of the (first) header row. */
  headerRow: number;
  /** Sheet rows of the table's first row (a header half above the header, or the header) and last row. */
  top: number;
  bottom: number;
  /** Sheet rows of every header row naming the table's columns: the first and any repeated after a page break. */
  headerRows: number[];
  columns: VolumeColumns;
  /** The shapes read while finding the table, top to bottom, so that they are not read twice (missing ones are read again). */
  shapes?: (VolumeRowShape | undefined)[];
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
      const { first, last, repeats, shapes } = scanTable(grid, r, columns, headers);
      for (const h of repeats) consumed.add(`${h}:${columnsKey(columns)}`);
      tables.push({
        headerRow: grid.top + r,
        top: grid.top + first,
        bottom: grid.top + last,
        headerRows: [r, ...repeats].map((i) => grid.top + i),
        columns,
        shapes: shapes.slice(first, last + 1),
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
  headers: VolumeHeaderRow[],
): { first: number; last: number; repeats: number[]; shapes: (VolumeRowShape | undefined)[] } {
  const rows = grid.cells.length;
  const shapes: (VolumeRowShape | undefined)[] = new Array(rows);
  // Most rows name no columns at all: test for that first, it is the hot path on a long table.
  const sameHeader = (r: number): boolean => {
    if (r >= rows) return false;
    const sets = headers[r].sets;
    return sets.length > 0 && sets.some((s) => sameVolumeColumns(s, columns));
  };
  const otherHeader = (r: number): boolean => r < rows && headers[r].sets.length > 0 && !sameHeader(r);
  const shape = (r: number): VolumeRowShape => (shapes[r] ??= volumeRowShape(grid, r, columns));

  let first = h;
  if (h > 0 && !otherHeader(h - 1) && !sameHeader(h - 1)) {
    const above = shape(h - 1);
    if (above.textOnly) first = h - 1;
  }

  const { last, repeats } = scanExtent(h, {
    rows,
    sameHeader,
    otherHeader,
    isBlank: (r) => shape(r).blank,
    // After a page break the header may come back split over two rows: its first half, then the header.
    resumesAt: (k) => sameHeader(k) || (k + 1 < rows && sameHeader(k + 1) && shape(k).textOnly),
    classify: (r) => {
      const s = shape(r);
      if (s.totals) return isGrandTotalLabel(s.label) ? 'last' : 'row';
      if (s.labelOnly) return isProse(s.label) ? 'end' : 'skip'; // part of the table only if figures follow
      if (s.textOnly && r + 1 < rows && headers[r + 1].sets.length > 0) {
        return sameHeader(r + 1) ? 'skip' : 'end'; // the first half of a split header: this table's, or another's
      }
      return 'row';
    },
  });
  return { first, last, repeats, shapes };
}
