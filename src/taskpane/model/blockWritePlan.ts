/**
 * Whether a block may be written where it is going, decided from the cells as Excel holds them now: only
 * into empty cells, over cells that still show what the controller was shown, or over cells that already hold
 * exactly what the block writes (the block itself, its record lost). The adapter reads the cells and writes;
 * this decides, and keeps what removal and an undone write need to put back.
 */
import { a1, type Message } from '../../core';
import { restorable, sameFormula } from './cellContents';

/** One cell of what a block writes: a formula or constant, or null where the cell is left alone. */
export type BlockCell = string | number | null | undefined;

/** The cells where the block goes, as Excel reads them now (rows × columns, the block's size). */
export interface CellsNow {
  formulas: readonly (readonly unknown[])[];
  values: readonly (readonly unknown[])[];
  valueTypes: readonly (readonly unknown[])[];
}

export interface BlockWritePlan {
  ok: true;
  /** What the cells written over held, for removal to put back; null elsewhere. Absent when nothing was written over. */
  before?: (string | number | boolean | null)[][];
  /** What every cell the block writes holds now, to undo the write; null where the block leaves a cell alone. */
  previous: (string | number | boolean | null)[][];
  /** Every cell the block writes already holds what it writes: the block was there, its record lost. */
  alreadyThere: boolean;
}

export type BlockWriteRefusal = { ok: false; message: Message };

function isEmpty(v: unknown): boolean {
  return v === '' || v === null || v === undefined;
}

/** A cell's content as shown and as read now are the same: values compared with values, whatever their type. */
function sameValue(shown: unknown, now: unknown): boolean {
  return String(shown ?? '') === String(now ?? '');
}

/**
 * Decides a block's write: refused at the first cell that holds something else than nothing, what was shown
 * (`expected`, compared by value, so a column of the controller's own formulas counts as what it shows) or the
 * block's own content.
 *
 * @example
 * planBlockWrite({ cells: [['Status'], ['=MALKOLL.TARGET_STATUS(E5,D5)']], top: 4, left: 7 },
 *   { formulas: [[''], ['Klart']], values: [[''], ['Klart']], valueTypes: [['Empty'], ['String']] })
 * // → { ok: false, message: { key: 'pane.block.notEmpty', params: { cell: 'G5', range: 'G4:G5' } } }
 */
export function planBlockWrite(
  block: { cells: readonly (readonly BlockCell[])[]; expected?: readonly (readonly unknown[])[]; top: number; left: number; address: string },
  now: CellsNow,
): BlockWritePlan | BlockWriteRefusal {
  let overwritten = false;
  let ours = 0;
  let written = 0;
  const before: (string | number | boolean | null)[][] = [];
  const previous: (string | number | boolean | null)[][] = [];
  for (let r = 0; r < block.cells.length; r++) {
    before.push([]);
    previous.push([]);
    for (let c = 0; c < block.cells[r].length; c++) {
      const cell = block.cells[r][c];
      const formula = now.formulas[r]?.[c];
      before[r].push(null);
      previous[r].push(cell === null || cell === undefined ? null : (restorable(formula, now.values[r]?.[c], now.valueTypes[r]?.[c]) ?? ''));
      if (cell === null || cell === undefined) continue;
      written += 1;
      if (isEmpty(formula)) continue;
      if (sameFormula(formula, cell)) {
        ours += 1;
        continue;
      }
      const shown = block.expected?.[r]?.[c];
      const at = a1(block.top + r, block.left + c);
      if (shown === undefined || shown === null) return { ok: false, message: { key: 'pane.block.notEmpty', params: { cell: at, range: block.address } } };
      if (!sameValue(shown, now.values[r]?.[c])) return { ok: false, message: { key: 'pane.block.changedSince', params: { cell: at } } };
      before[r][c] = previous[r][c];
      overwritten = true;
    }
  }
  return { ok: true, previous, alreadyThere: ours === written && written > 0, ...(overwritten ? { before } : {}) };
}
