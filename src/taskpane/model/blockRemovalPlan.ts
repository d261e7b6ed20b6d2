/**
 * What removing a block does to each of its cells, decided from what Målkoll wrote and what the block's columns
 * hold now: a row found where it was written, or moved (rows inserted or deleted above it), is emptied or gets
 * back what its cells held before; a row not found is left alone, and its cells the user changed are counted.
 * The adapter reads the columns and writes what this returns.
 */
import { canonicalCells } from './cellContents';
import { locateRows } from './blockLocation';
import type { SheetRect } from './rangeAddress';

type Rect = Omit<SheetRect, 'sheet'>;

/** What the workbook's record says Målkoll wrote (see the adapter's records). */
export interface WrittenBlock {
  /** Exactly what was written, rows × columns; null where the cell was left alone. */
  written: (string | number | null)[][];
  /** What the cells written over held, put back on removal. */
  before?: (string | number | boolean | null)[][];
  /** The cells' number formats before, put back on removal. */
  numberFormatsBefore?: string[][];
  /** Cells the controller was meant to change, as [row, column] offsets: removed whatever they hold. */
  editable?: [number, number][];
}

/** The block's columns as read now: their formulas from row `top`, column `left`. */
export interface ColumnsNow {
  top: number;
  left: number;
  formulas: readonly (readonly unknown[])[];
}

export interface BlockRemovalPlan {
  /** Cells emptied or given back what they held. */
  cleared: number;
  /** Cells left as they are: they hold something else now. */
  kept: number;
  /** The rows the removal writes, where the block is now. */
  span: Rect;
  /** What to write over `span`: '' to empty, what a cell held before, or null to leave it. */
  cells: (string | number | boolean | null)[][];
  /** Number formats to put back over `span`, null where there is none to put back; absent when none were changed. */
  formats?: (string | null)[][];
  /** Some row of the block was found moved from where it was written. */
  moved: boolean;
}

function isEmpty(v: unknown): boolean {
  return v === '' || v === null || v === undefined;
}

/**
 * @example
 * planBlockRemoval({ written: [['Status'], ['=MALKOLL.TARGET_STATUS(E5,D5)']] }, { top: 4, left: 7, bottom: 5, right: 7 },
 *   { top: 1, left: 7, formulas: [[''], [''], [''], ['Status'], ['Ändrad']] })
 * // → { cleared: 1, kept: 1, span: { top: 4, left: 7, bottom: 5, right: 7 }, cells: [[''], [null]], moved: false }
 */
export function planBlockRemoval(record: WrittenBlock, rect: Rect, now: ColumnsNow): BlockRemovalPlan {
  // Our functions compared by id: the block may have been written in another Excel language than this one.
  // A cell the controller was meant to change (a legend's symbol) is ours whatever it holds: found by the rest of its row.
  const editable = new Set((record.editable ?? []).map(([r, c]) => `${r},${c}`));
  const matched = record.written.map((line, r) => line.map((v, c) => (editable.has(`${r},${c}`) ? null : v)));
  const places = locateRows(canonicalCells(matched) as WrittenBlock['written'], rect.top, rect.left, {
    top: now.top,
    left: now.left,
    formulas: canonicalCells(now.formulas as unknown[][]),
  });
  const current = (row: number, column: number) => now.formulas[row - now.top]?.[column - now.left];

  let cleared = 0;
  let kept = 0;
  const rowsAt = places.map((p, r) => rect.top + r + p.shift);
  let top = rect.top;
  let bottom = rect.top;
  rowsAt.forEach((row, i) => {
    if (i === 0 || row < top) top = row;
    if (i === 0 || row > bottom) bottom = row;
  });
  const width = rect.right - rect.left + 1;
  const cells: (string | number | boolean | null)[][] = Array.from({ length: bottom - top + 1 }, () => Array.from({ length: width }, () => null));
  const formats: (string | null)[][] = cells.map((line) => line.map(() => null));
  record.written.forEach((line, r) => {
    const at = rowsAt[r];
    line.forEach((written, c) => {
      if (written === null) return;
      if (!places[r].found) {
        if (!isEmpty(current(at, rect.left + c)) && !editable.has(`${r},${c}`)) kept += 1;
        return;
      }
      cleared += 1;
      // Back to what the cell held before Målkoll wrote over it (a number as a number, a text as text), or empty.
      const held = record.before?.[r]?.[c];
      cells[at - top][c] = held === null || held === undefined ? '' : held;
      const before = record.numberFormatsBefore?.[r]?.[c];
      if (before !== undefined) formats[at - top][c] = before;
    });
  });
  return {
    cleared,
    kept,
    span: { top, left: rect.left, bottom, right: rect.right },
    cells,
    ...(record.numberFormatsBefore ? { formats } : {}),
    moved: places.some((p) => p.found && p.shift !== 0),
  };
}
