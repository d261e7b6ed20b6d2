/** The `no-table` finding: the validator fails closed and says what it looked for, at the grid's top-left cell. */
import type { Finding, Grid, Message } from '../../types';
import { finding } from './finding';

/**
 * A `no-table` error at the grid's top-left cell carrying `message`.
 *
 * @example
 * noTableFinding({ cells: [], top: 5, left: 3 }, { key: 'table.noVolumeTable' })
 * // → { code: 'no-table', severity: 'error', cell: 'C5', row: 5, column: 3, message: { key: 'table.noVolumeTable' } }
 */
export function noTableFinding(grid: Grid, message: Message): Finding {
  return finding('no-table', 'error', grid.top, grid.left, message);
}
