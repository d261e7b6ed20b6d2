/** Planners for the task pane's Excel adapter: pure descriptions of what to write. */
import type { PriceKindMapping } from '../../prices/priceKindForGroup';
import type { PriceKind } from '../../prices/priceList2025';
import type { Message } from '../../types';

/** One formula to write, in Excel's invariant form (English function names, commas), at an A1 address. */
export interface PlannedCell {
  address: string;
  formula: string;
}

/** The TARGET_STATUS column planned just right of an indicator table. */
export interface StatusColumnPlan {
  /** Sheet column of the new column. */
  column: number;
  /** The heading, in the header row: "Status" (the same word in Swedish and English). */
  headerCell: { address: string; value: string };
  /** One formula per indicator row. */
  cells: PlannedCell[];
  /** A1 range from the heading to the last formula. */
  range: string;
}

/** The price kind a volume-table row gets, and why a row gets none. */
export interface RowPriceKind {
  row: number;
  label: string;
  section?: string;
  group?: string;
  /** 'besök' | 'behandling' | 'koloskopi' | 'gastroskopi', or null when the row is not priced. */
  kind: PriceKind | null;
  /** Why there is no reimbursement formula: the mapping has no price kind for the row, or the kind needs a hospital and none was given. */
  unpriced?: 'no-price-kind' | 'no-hospital';
}

export type CalculationColumnRole = 'additional' | 'reimbursement' | 'fulfilment';

/** The three calculation columns planned right of a volume table with an outcome column. */
export interface CalculationPlan {
  columns: { role: CalculationColumnRole; column: number; header: { address: string; message: Message } }[];
  /** Formulas on the data rows, then the totals row's sums. */
  cells: PlannedCell[];
  /** Sheet row of the sums: the table's own last totals row, or the row just below the table. */
  totalsRow: number;
  /** Every data row's price kind, in table order: a reimbursement report states the mapping it used. */
  priceKinds: RowPriceKind[];
  /** The rows that got no reimbursement formula (also in priceKinds). */
  unpriced: RowPriceKind[];
  hospital: string | null;
  month: number | null;
  mapping: PriceKindMapping;
  /** A1 range of everything planned, headings included. */
  range: string;
}
