/**
 * What the table engine returns. The task pane, VALIDATE_VOLUMES and the command line all render these;
 * none of them decides anything about a table itself.
 */
import type { CellValue, Finding, Message } from '../types';

/** Which role a row of a volume table plays. */
export type VolumeRowKind = 'header' | 'section' | 'group' | 'data' | 'total' | 'blank' | 'note';

/** The volume columns a header row names, as 1-based sheet column numbers. */
export interface VolumeColumns {
  label: number;
  total: number;
  base: number;
  additional: number;
  /** "Utfört" / "Utfall" / "Performed": present when the table carries an outcome column (issue 5). */
  outcome?: number;
  /** The header texts as written, keyed by role, for messages and reports. */
  headers: { total: string; base: string; additional: string; outcome?: string };
}

export interface VolumeRow {
  kind: VolumeRowKind;
  /** The sheet's 1-based row number. */
  row: number;
  label: string;
  /** The section ("Psykiatri", "Somatik") and group ("Förstabesök", "Operation/åtgärd") the row sits under. */
  section?: string;
  group?: string;
  /** The figures read as numbers (text numbers and placeholders already read); null where none could be read. */
  total?: number | null;
  base?: number | null;
  additional?: number | null;
  outcome?: number | null;
}

export interface VolumeTable {
  kind: 'volumes';
  sheet?: string;
  /** A1 range of the table on its sheet, header to last row, e.g. "A1:D60". */
  range: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
  headerRow: number;
  columns: VolumeColumns;
  rows: VolumeRow[];
  findings: Finding[];
}

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

export interface IndicatorTable {
  kind: 'indicators';
  sheet?: string;
  range: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
  headerRow: number;
  columns: IndicatorColumns;
  indicators: IndicatorResult[];
  findings: Finding[];
}

export type CheckedTable = VolumeTable | IndicatorTable;

/** Everything found on one sheet (or one selected range). */
export interface SheetCheck {
  sheet?: string;
  tables: CheckedTable[];
  /** Findings that belong to no table, e.g. `no-table`. */
  findings: Finding[];
}

export interface CheckSummary {
  errors: number;
  warnings: number;
  missed: number;
  met: number;
  notAssessable: number;
  /** True only when at least one table was checked and nothing of severity error was found. */
  readyToSubmit: boolean;
}

// ---- Planners for the task pane's Excel adapter (issue 5): pure descriptions of what to write. ----

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
  kind: import('../prices/priceList2025').PriceKind | null;
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
  mapping: import('../prices/priceKindForGroup').PriceKindMapping;
  /** A1 range of everything planned, headings included. */
  range: string;
}
