/**
 * The table engine: volume, indicator and production tables found on a grid of cell values and checked, with
 * findings at sheet addresses; and the plans of what the task pane writes beside them. Edges import the
 * engine from here, never from deeper.
 */
export { checkSheet } from './checkSheet';
export { TABLE_KINDS } from './kinds';
export { checkVolumes, volumeKind, groupKey } from './volumes';
export { checkIndicators, indicatorKind, countIndicatorStatuses, roleColumns, describeIndicatorColumns, type IndicatorStatusCounts } from './indicators';
export { checkProduction, productionKind } from './production';
export { planStatusColumn } from './plans/planStatusColumn';
export { planCalculations } from './plans/planCalculations';
export { planOwnColumns, type OwnColumnsPlan, type LegendRow } from './plans/planOwnColumns';
export {
  statusConvention,
  tablesStatusConvention,
  developmentConvention,
  STATUS_KEYS,
  DEVELOPMENT_KEYS,
  type StatusKey,
  type DevelopmentKey,
  type StatusConvention,
  type DevelopmentConvention,
} from './plans/ownConvention';
export { gridFromText } from './shared/gridFromText';
export { byPosition, isToFix } from './shared/finding';
export { findTables, expectTables, overlaps, type TableKind, type KindCheck, type TableBase, type Area, type CheckOptions } from './shared/tableKind';
export type { DirectionSource } from './indicators';
export type { CheckedTable, SheetCheck, TableKindName } from './types';
export type { VolumeTable, VolumeRow, VolumeRowKind, VolumeColumns } from './volumes/types';
export type { IndicatorTable, IndicatorResult, IndicatorStatus, IndicatorColumns, ColumnChoice } from './indicators/types';
export type { ProductionTable, ProductionColumns, SubtotalCheck, DerivedCheck } from './production/types';
export type { PlannedCell, StatusColumnPlan, RowPriceKind, CalculationColumnRole, CalculationPlan } from './plans/types';
