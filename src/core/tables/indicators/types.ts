/** A checked indicator table: its columns, every indicator's status with the reason, and its findings. */
import type { Development } from '../../targets';
import type { CellValue, Message } from '../../types';
import type { TableBase } from '../shared/tableKind';
import type { DirectionSource } from './indicatorDevelopment';
import type { IndicatorRole } from './indicatorHeader';

/** Partly met only when the check is given a tolerance. */
export type IndicatorStatus = 'met' | 'partly' | 'missed' | 'not-assessable';

export interface IndicatorColumns {
  indicator: number;
  target: number;
  outcome: number;
  reference?: number;
  group?: number;
  direction?: number;
  /** The table's own status column ("Måluppfyllelse", "Status"): where the pane offers to write the status. */
  status?: number;
  /** The table's own development column ("Utveckling", "Trend"). */
  development?: number;
  /** The header texts as written, keyed by role. */
  headers: Partial<Record<IndicatorRole, string>>;
  /** Which column was taken as what, and why (the table's description says it): in the order of the roles above. */
  chosen?: ColumnChoice[];
}

/** One column of an indicator table as it was taken, and why. */
export interface ColumnChoice {
  role: IndicatorRole;
  /** Sheet column. */
  column: number;
  heading: string;
  /**
   * Why: its heading's words ('heading'); of several outcome columns the latest period ('latest-period'); an
   * earlier period than the outcome's ('earlier-period'); or what its cells hold: measurable targets, figures,
   * status marks, development marks, a name on every row.
   */
  by: 'heading' | 'latest-period' | 'earlier-period' | 'targets' | 'figures' | 'marks' | 'arrows' | 'names';
  /** A column whose heading names the same role, passed over because of what its cells hold. */
  over?: { column: number; heading: string };
}

export interface IndicatorResult {
  /** The sheet's 1-based row number. */
  row: number;
  indicator: string;
  /** The sheet column the name was read from: the indicator column, or the nearest text left of it when that is empty. */
  nameColumn: number;
  target: string;
  outcome: CellValue;
  status: IndicatorStatus;
  /** Why, in words: "utfall 51 % mot mål ≥ 100 %". */
  reason: Message;
  /** Against the reference column, when the table has one and the row a reference: 'mixed' when a split's groups differ. */
  development?: Development | 'mixed';
  developmentByGroup?: { group: string; development: Development }[];
  /** Where the development's direction came from, so the sheet's formula decides it the same way. */
  developmentFrom?: DirectionSource;
  /** Which way is better for the development (from `developmentFrom`). */
  developmentDirection?: 'higher' | 'lower';
  /** What the table's own status and development columns hold on this row now, when it has them. */
  own?: { status?: CellValue; development?: CellValue };
}

export interface IndicatorTable extends TableBase {
  kind: 'indicators';
  columns: IndicatorColumns;
  indicators: IndicatorResult[];
}
