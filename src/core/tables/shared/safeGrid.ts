/**
 * A grid as the engine may rely on it: `cells` an array of arrays, `top` and `left` whole numbers ≥ 1.
 * The engine is called from Excel, the command line and tests; a malformed grid must give a finding,
 * never an exception.
 */
import type { Grid } from '../../types';

/**
 * The grid with missing or malformed parts replaced: no cells → [], a bad top/left → 1.
 *
 * @example
 * safeGrid({ cells: undefined as never, top: 0, left: NaN }) // → { cells: [], top: 1, left: 1 }
 */
export function safeGrid(grid: Grid | null | undefined): Grid {
  const cells = grid && Array.isArray(grid.cells) ? grid.cells.map((row) => (Array.isArray(row) ? row : [])) : [];
  const whole = (n: unknown): number => (typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : 1);
  const out: Grid = { cells, top: whole(grid?.top), left: whole(grid?.left) };
  if (grid && typeof grid.sheet === 'string') out.sheet = grid.sheet;
  // Formats are optional help: anything but an array of arrays is left out, never an error.
  if (grid && Array.isArray(grid.formats)) out.formats = grid.formats.map((row) => (Array.isArray(row) ? row : []));
  return out;
}
