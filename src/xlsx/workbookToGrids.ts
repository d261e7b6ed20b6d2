/**
 * Turns the cells read from each sheet into the core's grids: one per worksheet, covering the cells that
 * hold a value, with each value as Excel has it, and the read notes that say what could not be passed on
 * (a sheet unreadable, too large, formulas without results). Shared by the command line (Node) and
 * /check.html (browser); the reading itself is readWorkbookBytes.
 */
import { a1, a1Range, type CellValue, type Grid, type Message } from '../core';
import type { ReadNote, WorkbookGrids } from '../core/workbook';
import type { ReadBudget } from './readBudget';
import { damaged, DamagedPart } from './readProblem';
import type { SharedTexts } from './readSharedStrings';
import type { SheetCells } from './sheetCells';

export type { ReadNote, WorkbookGrids };

/** A sheet as read: its cells, or why it could not be read. */
export type ReadSheet = { sheet: string; cells: SheetCells; part: string } | { sheet: string; problem: Message };

/**
 * Makes one grid per readable sheet, in order, and notes for the others. A sheet's used range is the
 * rectangle of cells that hold a value, and a number's format ("0.0%") rides in `formats` where it has
 * one other than General; merged areas are clipped to it (a merge over a whole sheet adds
 * nothing) and their other cells read blank, as Excel shows them. The used ranges of all sheets together
 * draw on the budget's cell limit; a sheet past it is noted as too large and not held.
 *
 * @example
 * workbookToGrids([{ sheet: 'Volymer', cells, part: 'xl/worksheets/sheet1.xml' }], texts, budget);
 * // → { grids: [{ sheet: 'Volymer', top: 1, left: 1, cells: [[null, 'uppdrag', 'bas', 'tillägg'], …] }], notes: [] }
 */
export function workbookToGrids(sheets: readonly ReadSheet[], texts: SharedTexts, sharedPart: string, budget: ReadBudget): WorkbookGrids {
  const grids: Grid[] = [];
  const notes: ReadNote[] = [];
  let cellsLeft = budget.limits.maxCells;
  for (const read of sheets) {
    if ('problem' in read) {
      notes.push({ kind: 'sheet-unreadable', sheet: read.sheet, reason: read.problem });
      continue;
    }
    const { sheet, cells } = read;
    if (cells.withoutResult.count > 0) {
      notes.push({ kind: 'formula-without-result', sheet, count: cells.withoutResult.count, cells: [...cells.withoutResult.cells] });
    }
    try {
      const made = sheetGrid(sheet, cells, texts, sharedPart, read.part, cellsLeft, budget.limits.maxCells);
      if ('grid' in made) {
        cellsLeft -= made.area;
        grids.push(made.grid);
      } else notes.push(made.note);
    } catch (error) {
      if (!(error instanceof DamagedPart)) throw error;
      notes.push({ kind: 'sheet-unreadable', sheet, reason: error.reason });
    }
  }
  return { grids, notes };
}

function sheetGrid(
  sheet: string,
  cells: SheetCells,
  texts: SharedTexts,
  sharedPart: string,
  part: string,
  cellsLeft: number,
  limit: number,
): { grid: Grid; area: number } | { note: ReadNote } {
  const { rows, columns, shared, values, count } = cells;
  // Shared texts first: a text that is empty leaves its cell blank, outside the used range.
  if (cells.hasShared) {
    for (let i = 0; i < count; i += 1) {
      const index = shared[i];
      if (index < 0) continue;
      const text = texts.text(index);
      if (text === undefined) {
        throw damaged('read.cell.noSharedText', { part, cell: a1(rows[i], columns[i]), index: String(index), texts: sharedPart });
      }
      values[i] = text === '' ? null : text;
    }
  }

  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (let i = 0; i < count; i += 1) {
    if (values[i] === null) continue;
    const r = rows[i];
    const c = columns[i];
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  if (bottom === 0) return { grid: { sheet, top: 1, left: 1, cells: [] }, area: 0 };

  const height = bottom - top + 1;
  const width = right - left + 1;
  const area = height * width;
  if (area > cellsLeft) {
    return { note: { kind: 'sheet-too-large', sheet, range: a1Range(top, left, bottom, right), cellCount: area, limit } };
  }

  const grid: CellValue[][] = new Array(height);
  for (let r = 0; r < height; r += 1) grid[r] = new Array<CellValue>(width).fill(null);
  for (let i = 0; i < count; i += 1) {
    const value = values[i];
    if (value === null) continue;
    const row = grid[rows[i] - top];
    const c = columns[i] - left;
    if (row[c] !== null) throw damaged('read.cell.twice', { part, cell: a1(rows[i], columns[i]) });
    row[c] = value;
  }
  blankMergedCells(grid, cells.merges, top, left, bottom, right, area, part);
  const formats = formatGrid(cells, grid, top, left);
  return { grid: formats ? { sheet, top, left, cells: grid, formats } : { sheet, top, left, cells: grid }, area };
}

/**
 * Each number's format at its cell, where it has one other than General (how many decimals a figure shows,
 * whether a number is a date); null elsewhere, and none at all for a sheet without any. A merged area's
 * blanked cells have none.
 */
function formatGrid(cells: SheetCells, grid: CellValue[][], top: number, left: number): (string | null)[][] | undefined {
  const { formatted, formatCodes, rows, columns } = cells;
  if (formatted.length === 0) return undefined;
  const width = grid[0]?.length ?? 0;
  const formats: (string | null)[][] = new Array(grid.length);
  for (let r = 0; r < grid.length; r += 1) formats[r] = new Array<string | null>(width).fill(null);
  let any = false;
  for (let k = 0; k < formatted.length; k += 1) {
    const i = formatted[k];
    const r = rows[i] - top;
    const c = columns[i] - left;
    if (grid[r]?.[c] === undefined || grid[r][c] === null) continue;
    formats[r][c] = formatCodes[k];
    any = true;
  }
  return any ? formats : undefined;
}

/**
 * A merged area shows only its top-left cell's value: the others read blank. Each area is clipped to the
 * used range first. Areas that do not overlap cover at most the range once; covering more means they
 * overlap, which Excel never saves, so the sheet is damaged (and the work stays linear in its size).
 */
function blankMergedCells(grid: CellValue[][], merges: Int32Array, top: number, left: number, bottom: number, right: number, area: number, part: string): void {
  let covered = 0;
  for (let m = 0; m < merges.length; m += 4) {
    const t = Math.max(merges[m], top);
    const l = Math.max(merges[m + 1], left);
    const b = Math.min(merges[m + 2], bottom);
    const r = Math.min(merges[m + 3], right);
    if (t > b || l > r) continue;
    covered += (b - t + 1) * (r - l + 1);
    if (covered > area) throw damaged('read.merge.overlap', { part });
    for (let row = t; row <= b; row += 1) {
      const cells = grid[row - top];
      for (let col = l; col <= r; col += 1) {
        // The area's own top-left cell keeps its value, also when the area started outside the used range.
        if (row === merges[m] && col === merges[m + 1]) continue;
        cells[col - left] = null;
      }
    }
  }
}
