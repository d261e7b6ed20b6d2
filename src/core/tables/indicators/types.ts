/** A checked indicator table: its columns, every indicator's status with the reason, and its findings. */
import type { CellValue, Message } from '../../types';
import type { TableBase } from '../shared/tableKind';

export type IndicatorStatus = 'met' | 'missed' | 'not-assessable';

export interface IndicatorColumns {
  indicator: number;
  target: number;
  outcome: number;
  reference?: number;
  group?: number;
  direction?: number;
  headers: Record<string, string>;
}

export interface IndicatorResult {
  /** The sheet's 1-based row number. */
  row: number;
  indicator: string;
  target: string;
  outcome: CellValue;
  status: IndicatorStatus;
  /** Why, in words: "utfall 51 % mot mål ≥ 100 %". */
  reason: Message;
}

export interface IndicatorTable extends TableBase {
  kind: 'indicators';
  columns: IndicatorColumns;
  indicators: IndicatorResult[];
}
