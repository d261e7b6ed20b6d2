/**
 * One kind of table the engine knows (volume tables, indicator tables, production tables): how it is
 * found, how a found table is checked, and what is said when there is none. A new kind is a folder holding
 * one of these, added to the list in ../kinds.ts; checkSheet, the workbook check and every edge then know it.
 *
 * Kinds do not share cells: on a sheet, the kinds are run in the order of ../kinds.ts, and the tables each
 * finds claim their areas. A later kind is told the areas claimed before it (so that it need not even read
 * them), and a table of it that overlaps one is dropped whatever its detection said: a volume table's
 * figures are checked as a volume table, never a second time as a production table.
 */
import { a1Range } from '../../address';
import type { Finding, Grid, Message } from '../../types';
import { noTableFinding } from './noTable';
import { onSheet } from './finding';
import { safeGrid } from './safeGrid';

/** What every checked table has, whatever its kind. */
export interface TableBase {
  kind: string;
  sheet?: string;
  /** A1 range of the table on its sheet, header to last row, e.g. "A1:D60". */
  range: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
  headerRow: number;
  findings: Finding[];
}

/**
 * Where a checked table sits, as every kind reports it: the grid's sheet (when it has one), the A1 range of
 * the area, its edges and its header row.
 *
 * @example
 * tablePlace({ sheet: 'Volymer', cells: [], top: 1, left: 1 }, { top: 1, bottom: 61, left: 1, right: 4, headerRow: 1 })
 * // → { sheet: 'Volymer', range: 'A1:D61', top: 1, bottom: 61, left: 1, right: 4, headerRow: 1 }
 */
export function tablePlace(grid: Grid, area: Area & { headerRow: number }): Omit<TableBase, 'kind' | 'findings'> {
  const { top, bottom, left, right, headerRow } = area;
  return { ...(grid.sheet !== undefined ? { sheet: grid.sheet } : {}), range: a1Range(top, left, bottom, right), top, bottom, left, right, headerRow };
}

export interface Detection<L> {
  /** Where each table of this kind sits, top to bottom. */
  layouts: L[];
  /** Header rows that came close and were not read as a table: errors, whether or not tables were found. */
  nearMisses: Finding[];
}

/**
 * How the controller wants indicators judged: a tolerance for partly met (a fraction of the target, 0.1 =
 * within 10 %; none: nothing is partly met) and a band within which a change counts as unchanged (a fraction
 * of the reference, 0 by default). Kinds that judge no indicators ignore them.
 */
export interface CheckOptions {
  tolerance?: number;
  band?: number;
  /**
   * false: a volume table's data rows are checked but not kept in its `rows` (its headings, blanks and
   * totals are), for a caller that reports only findings and counts, as the command line's check does: a
   * million data rows kept cost about 100 MB. Kept by default; nothing else in the result changes.
   */
  keepDataRows?: boolean;
}

/** A rectangle of a sheet: 1-based sheet rows and columns, both ends included. A checked table is one. */
export interface Area {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * True when two areas share a cell.
 *
 * @example
 * overlaps({ top: 1, bottom: 10, left: 1, right: 4 }, { top: 10, bottom: 12, left: 4, right: 6 }) // → true
 * overlaps({ top: 1, bottom: 10, left: 1, right: 4 }, { top: 1, bottom: 10, left: 6, right: 8 }) // → false
 */
export function overlaps(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export interface TableKind<T extends TableBase, L = unknown> {
  kind: T['kind'];
  /** The tables of this kind; `claimed` are the areas of tables that kinds listed before this one found. */
  detect(grid: Grid, claimed: readonly Area[]): Detection<L>;
  /**
   * The checked table, indicators judged with `options`; null when a closer look shows that the layout
   * holds nothing of this kind to check (a block of figures in which no relation could be found is no
   * production table).
   */
  check(grid: Grid, layout: L, options?: CheckOptions): T | null;
  /** What a `no-table` finding says when a table of this kind was expected and none is there. */
  lookedFor: Message;
  /**
   * Rows that look like this kind's rows but that no table of any kind holds (`claimed` tells which sheet
   * rows some table holds): errors, since nothing checked them.
   */
  strays?(grid: Grid, tables: T[], claimed: (sheetRow: number) => boolean): Finding[];
}

/** The tables of one kind in a grid, and the findings that belong to none of them. */
export interface KindCheck<T> {
  sheet?: string;
  tables: T[];
  findings: Finding[];
}

/**
 * Finds and checks every table of one kind in the grid, outside the `claimed` areas. Never throws: a grid
 * the kind cannot read is a `no-table` error ("could not be read"), never an empty and so "clean" result.
 * Every finding carries the grid's sheet, when it has one.
 *
 * @example
 * findTables(volumeKind, gridFromText('\tuppdrag\tbas\ttillägg\nBUP\t760\t516\t244')).tables.length // → 1
 */
export function findTables<T extends TableBase, L>(kind: TableKind<T, L>, grid: Grid, claimed: readonly Area[] = [], options?: CheckOptions): KindCheck<T> {
  const g = safeGrid(grid);
  const sheet = g.sheet !== undefined ? { sheet: g.sheet } : {};
  try {
    const detection = kind.detect(g, claimed);
    const tables: T[] = [];
    for (const layout of detection.layouts) {
      const table = kind.check(g, layout, options);
      if (table && !claimed.some((area) => overlaps(area, table))) tables.push(table);
    }
    return { ...sheet, tables, findings: onSheet(detection.nearMisses, g.sheet) };
  } catch {
    return { ...sheet, tables: [], findings: onSheet([noTableFinding(g, { key: 'table.unreadable' })], g.sheet) };
  }
}

/**
 * Like findTables, for a range that was pointed at as a table of this kind (VALIDATE_VOLUMES): no table
 * and no near miss is itself a `no-table` error at the grid's top-left cell saying what was looked for, and
 * rows of this kind outside its tables are errors too.
 *
 * @example
 * expectTables(volumeKind, { cells: [['Hej']], top: 1, left: 1 }).findings[0].code // → 'no-table'
 */
export function expectTables<T extends TableBase, L>(kind: TableKind<T, L>, grid: Grid, options?: CheckOptions): KindCheck<T> {
  const found = findTables(kind, grid, [], options);
  const g = safeGrid(grid);
  if (found.tables.length > 0) {
    const claimed = (row: number) => found.tables.some((t) => row >= t.top && row <= t.bottom);
    const strays = kind.strays ? onSheet(kind.strays(g, found.tables, claimed), g.sheet) : [];
    return strays.length > 0 ? { ...found, findings: [...found.findings, ...strays] } : found;
  }
  if (found.findings.length > 0) return found;
  return { ...found, findings: onSheet([noTableFinding(g, kind.lookedFor)], g.sheet) };
}
