/**
 * Finds the indicator tables in a grid: a header row naming the indicator, target and outcome columns,
 * and the rows below it. Title rows and blank rows above the header are not part of the table.
 *
 * Where a table ends: at the end of the grid; before two or more blank rows unless the same header is
 * repeated after them (seed 000 repeats it on every page, with one blank row before); before a header
 * row of other columns or a volume table's header; before a heading row that leads to a header (a
 * section heading "6.1.1 Tillgänglig vård …" or a perspective "Medborgare" over the next small table),
 * so that a sheet of many small tables gives each its own range. A row counts as blank when all of its
 * indicator columns are blank, so an area written only in a column outside them does not keep a table going.
 */
import type { Grid } from '../../types';
import { maxOf, minOf } from '../../arrays';
import type { IndicatorColumns } from './types';
import { cellAt, cellText, isBlankCell } from '../shared/cellText';
import {
  readHeadings,
  readIndicatorHeaderRow,
  sameIndicatorColumns,
  type IndicatorHeaderRow,
  type IndicatorRole,
  type RequiredIndicatorRole,
} from './indicatorHeader';
import { chooseColumns } from './chooseColumns';
import { readVolumeHeaderRow } from '../volumes/volumeHeader';
import { scanExtent } from '../shared/scanExtent';

export interface IndicatorTableLayout {
  headerRow: number;
  /** Sheet rows of every header row naming the table's columns (the first and the repeated ones). */
  headerRows: number[];
  top: number;
  bottom: number;
  /** Sheet columns of the header's first and last heading around the indicator columns. */
  left: number;
  right: number;
  columns: IndicatorColumns;
}

export interface IndicatorDetection {
  tables: IndicatorTableLayout[];
  /** Every header row that named two of indicator, target and outcome but not the third: a table that could not be read. */
  nearMisses: IndicatorNearMiss[];
}

/** A header row that came close: its sheet row, the sheet column of its first recognised heading, and what it lacks. */
export interface IndicatorNearMiss {
  row: number;
  column: number;
  found: IndicatorRole[];
  missing: RequiredIndicatorRole;
}

const ROLES: readonly IndicatorRole[] = ['indicator', 'target', 'outcome', 'reference', 'group', 'direction', 'status', 'development'];

/**
 * Sheet columns of a table's roles, in the order indicator, target, outcome, reference, group, direction,
 * status, development.
 *
 * @example
 * roleColumns({ indicator: 3, target: 4, outcome: 5, headers: {} }) // → [3, 4, 5]
 */
export function roleColumns(columns: IndicatorColumns): number[] {
  const out: number[] = [];
  for (const role of ROLES) {
    const c = columns[role];
    if (typeof c === 'number') out.push(c);
  }
  return out;
}

/**
 * Every indicator table in the grid, top to bottom.
 *
 * @example
 * detectIndicatorTables(gridFromText('Indikator\tMålvärde\tUtfall\nBeläggningsgrad\t≤ 90 %\t0,95'))
 * // → { tables: [{ headerRow: 1, headerRows: [1], top: 1, bottom: 2, left: 1, right: 3, columns: { indicator: 1, target: 2, outcome: 3, … } }], nearMisses: [] }
 */
export function detectIndicatorTables(grid: Grid): IndicatorDetection {
  const rows = grid.cells.length;
  const headers: IndicatorHeaderRow[] = new Array(rows);
  const nearMisses: IndicatorNearMiss[] = [];
  for (let r = 0; r < rows; r++) headers[r] = readIndicatorHeaderRow(grid.cells[r], grid.left);
  for (let r = 0; r < rows; r++) {
    const partial = headers[r].partial;
    if (!partial) continue;
    // A header naming two of the three roles: the rows under it may say which column is the third.
    const headings = readHeadings(grid.cells[r], grid.left);
    const completed = chooseColumns(grid, rowsUnder(grid, r, headers), headings);
    if (completed) headers[r] = { columns: completed.columns, headings, chosen: completed.chosen };
    else nearMisses.push({ row: grid.top + r, ...partial });
  }

  const tables: IndicatorTableLayout[] = [];
  for (let r = 0; r < rows; r++) {
    const header = headers[r].columns;
    if (!header) continue;
    const { last, repeats } = scanTable(grid, r, header, headers);
    const skip = new Set(repeats);
    const body: number[] = [];
    for (let k = r + 1; k <= last; k++) if (!skip.has(k)) body.push(grid.top + k);
    const columns = chooseColumns(grid, body, headers[r].headings ?? [])?.columns ?? header;
    const [left, right] = headingSpan(grid, r, columns);
    tables.push({
      headerRow: grid.top + r,
      headerRows: [r, ...repeats].map((i) => grid.top + i),
      top: grid.top + r,
      bottom: grid.top + last,
      left,
      right,
      columns,
    });
    r = last; // the rows of this table are not searched for another
  }
  return { tables, nearMisses };
}

function scanTable(grid: Grid, h: number, columns: IndicatorColumns, headers: IndicatorHeaderRow[]): { last: number; repeats: number[] } {
  const rows = grid.cells.length;
  const cols = roleColumns(columns);
  const sameHeader = (r: number): boolean => {
    const c = r < rows ? headers[r].columns : undefined;
    return c !== undefined && sameIndicatorColumns(c, columns);
  };
  const isBlank = (r: number): boolean => cols.every((c) => isBlankCell(cellAt(grid.cells, r, c - grid.left)));

  return scanExtent(h, {
    rows,
    sameHeader: (r) => sameHeader(r) && !afterHeading(grid, r, headers),
    otherHeader: (r) =>
      (headers[r].columns !== undefined && !sameHeader(r)) ||
      headingBeforeHeader(grid, r, headers) ||
      readVolumeHeaderRow(grid.cells[r], grid.left).sets.length > 0,
    isBlank,
  });
}

/** How far under a header that came close its rows are read to complete it. */
const COMPLETION_REACH = 200;

/** Sheet rows under the header at grid index h, up to the next header or two blank rows. */
function rowsUnder(grid: Grid, h: number, headers: IndicatorHeaderRow[]): number[] {
  const out: number[] = [];
  let blank = 0;
  for (let r = h + 1; r < Math.min(grid.cells.length, h + 1 + COMPLETION_REACH); r++) {
    if (headers[r].columns || headers[r].partial) break;
    if (isBlankRow(grid, r)) {
      if (++blank >= 2) break;
      continue;
    }
    blank = 0;
    out.push(grid.top + r);
  }
  return out;
}

/** Rows a heading may stand above its table's header: a heading, a sub-heading or a note, and blank rows. */
const HEADING_REACH = 4;

/** A row with one cell of text and nothing else: a heading, a perspective, a footnote or a note. */
function isSingleTextRow(grid: Grid, r: number): boolean {
  let texts = 0;
  for (const v of grid.cells[r] ?? []) {
    if (isBlankCell(v)) continue;
    if (typeof v !== 'string') return false;
    texts++;
    if (texts > 1) return false;
  }
  return texts === 1;
}

function isBlankRow(grid: Grid, r: number): boolean {
  return (grid.cells[r] ?? []).every((v) => isBlankCell(v));
}

/** Row r is a heading over the next table: a one-cell row from which, past blank and one-cell rows, an indicator header follows. */
function headingBeforeHeader(grid: Grid, r: number, headers: IndicatorHeaderRow[]): boolean {
  if (!isSingleTextRow(grid, r)) return false;
  for (let k = r + 1; k < Math.min(grid.cells.length, r + 1 + HEADING_REACH); k++) {
    if (headers[k].columns !== undefined) return true;
    if (!isBlankRow(grid, k) && !isSingleTextRow(grid, k)) return false;
  }
  return false;
}

/** Row r, a header, stands under a heading (past blank rows): it starts a table of its own rather than continuing one. */
function afterHeading(grid: Grid, r: number, headers: IndicatorHeaderRow[]): boolean {
  for (let k = r - 1; k >= Math.max(0, r - HEADING_REACH); k--) {
    if (isBlankRow(grid, k)) continue;
    return headers[k].columns === undefined && isSingleTextRow(grid, k);
  }
  return false;
}

/** The header row's run of headings that holds the indicator columns: other headings ("Uppdrag", "Källa") belong to the table too. */
function headingSpan(grid: Grid, r: number, columns: IndicatorColumns): [number, number] {
  const cols = roleColumns(columns);
  let left = minOf(cols);
  let right = maxOf(cols);
  const heading = (c: number): string => cellText(cellAt(grid.cells, r, c - grid.left));
  while (left - 1 >= grid.left && heading(left - 1) !== '') left--;
  // Headings between the role columns are inside anyway; extend past the rightmost only over contiguous ones.
  while (heading(right + 1) !== '') right++;
  return [left, right];
}
