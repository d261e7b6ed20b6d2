/** Indicator tables (indicator, target, outcome): the kind, and its check for a range pointed at. */
import type { Grid } from '../../types';
import { expectTables, type CheckOptions, type KindCheck, type TableKind } from '../shared/tableKind';
import { detectIndicatorTables, type IndicatorTableLayout } from './detectIndicatorTable';
import { evaluateIndicatorTable } from './evaluateIndicatorTable';
import { indicatorNearMissFindings, NO_INDICATOR_TABLE } from './messages';
import type { IndicatorTable } from './types';

export const indicatorKind: TableKind<IndicatorTable, IndicatorTableLayout> = {
  kind: 'indicators',
  detect(grid) {
    const detection = detectIndicatorTables(grid);
    return { layouts: detection.tables, nearMisses: indicatorNearMissFindings(detection.nearMisses) };
  },
  check: evaluateIndicatorTable,
  lookedFor: NO_INDICATOR_TABLE,
};

/**
 * Finds every indicator table in the grid and evaluates each row the way TARGET_MET does. A header row
 * that came close is a `no-table` error at that row naming the missing column; no table and no such row
 * → one `no-table` error at the grid's top-left cell saying what was looked for. Never throws.
 *
 * @example
 * checkIndicators(gridFromText('Indikator\tMålvärde\tUtfall\nBeläggningsgrad\t≤ 90 %\t0,95'))
 * // → { tables: [{ kind: 'indicators', indicators: [{ row: 2, status: 'missed', … }], findings: [{ code: 'target-missed', cell: 'C2', … }] }], findings: [] }
 */
export function checkIndicators(grid: Grid, options?: CheckOptions): KindCheck<IndicatorTable> {
  return expectTables(indicatorKind, grid, options);
}

export { countIndicatorStatuses, type IndicatorStatusCounts } from './indicatorCounts';
export { roleColumns } from './detectIndicatorTable';
export { describeIndicatorColumns } from './describeColumns';
export type { IndicatorTable, IndicatorResult, IndicatorStatus, IndicatorColumns, ColumnChoice } from './types';
export type { IndicatorTableLayout } from './detectIndicatorTable';
export type { DirectionSource } from './indicatorDevelopment';
