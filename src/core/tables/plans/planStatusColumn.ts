/** Plans a TARGET_STATUS column next to an indicator table, for the task pane's Excel adapter to write. */
import { a1, a1Range } from '../../address';
import { formulaCall } from '../shared/formulaText';
import type { IndicatorTable } from '../indicators/types';
import type { PlannedCell, StatusColumnPlan } from './types';

/** The heading of the new column: the same word in Swedish and English, so no translation is needed in the sheet. */
export const STATUS_HEADING = 'Status';

/**
 * The column just right of the table: a heading "Status" in the header row, and on every indicator row
 * `=MALKOLL.TARGET_STATUS(outcome,target,reference,group,direction)` with relative references to the
 * row's own cells; a column the table lacks is left out (trailing) or left empty (between commas). A table
 * without a direction column passes `MALKOLL.DIRECTION(name)` of the row's indicator name instead, as the
 * engine reads a bare target's direction from the name, so the sheet and the pane agree.
 *
 * @example
 * planStatusColumn(table) // indicator C, target D, outcome E, reference F; table right edge J
 * // → { column: 11, headerCell: { address: 'K1', value: 'Status' },
 * //     cells: [{ address: 'K2', formula: '=MALKOLL.TARGET_STATUS(E2,D2,F2,,MALKOLL.DIRECTION(C2))' }, …], range: 'K1:K64' }
 */
export function planStatusColumn(table: IndicatorTable): StatusColumnPlan {
  const column = table.right + 1;
  const { columns } = table;
  const ref = (c: number | undefined, row: number): string | null => (c === undefined ? null : a1(row, c));
  const cells: PlannedCell[] = table.indicators.map((indicator) => {
    const row = indicator.row;
    const call = formulaCall('MALKOLL.TARGET_STATUS', [
      a1(row, columns.outcome),
      a1(row, columns.target),
      ref(columns.reference, row),
      ref(columns.group, row),
      columns.direction !== undefined ? a1(row, columns.direction) : formulaCall('MALKOLL.DIRECTION', [a1(row, indicator.nameColumn)]),
    ]);
    return { address: a1(row, column), formula: `=${call}` };
  });
  const last = table.indicators.length > 0 ? table.indicators[table.indicators.length - 1].row : table.headerRow;
  return {
    column,
    headerCell: { address: a1(table.headerRow, column), value: STATUS_HEADING },
    cells,
    range: a1Range(table.headerRow, column, last, column),
  };
}
