/**
 * The region's round: an assignment (each hospital's volume table as assigned), the hospitals'
 * submissions (the same tables with the volumes performed so far) and the settlement that follows from
 * them. Shapes only; the rules live beside them.
 */
import type { PriceKind, PriceKindMapping } from '../prices';
import type { CheckedTable, IndicatorStatus } from '../tables';
import type { CellValue, Message, Severity } from '../types';

/** Pro rata (the default): base and additional volume count by the months gone. Annual: the whole year's. */
export type SettlementRule = 'pro-rata' | 'annual';

/** A finding of the workbook's own check (as `malkoll check` reports it), kept with the submission. */
export interface OwnFinding {
  code: string;
  severity: Severity;
  sheet?: string;
  cell?: string;
  message: Message;
}

/** A workbook of the round as its checked sheets: what the command line, the check page and the pane all have. */
export interface RoundWorkbook {
  /** The file's name as the user gave it (a submission's hospital may be told by it). */
  file: string;
  /** Its sheets with the tables the engine found on them (core/workbook's check, or the pane's). */
  sheets: readonly { sheet: string; tables: readonly CheckedTable[] }[];
  /** What its own check found (errors make a submission's settlement preliminary); missed targets are not among them. */
  ownFindings: readonly OwnFinding[];
  /** Its own check's counts of problems (a mistyped figure and the total it breaks are one error). */
  ownCounts: { errors: number; warnings: number };
}

export type RoundFindingCode =
  | 'assignment-changed'
  | 'assignment-row-missing'
  | 'assignment-row-added'
  | 'performed-missing'
  | 'hospital-missing'
  | 'hospital-duplicate'
  | 'hospital-unknown'
  // Beyond the contract's seven: what else stops a figure from being settled, said rather than guessed.
  | 'hospital-unnamed'
  | 'price-missing'
  | 'month-differs'
  | 'previous-not-earlier'
  | 'no-assignment';

/** A finding of the round, with the file, sheet and cell where there is one. */
export interface RoundFinding {
  code: RoundFindingCode;
  severity: Severity;
  file?: string;
  sheet?: string;
  cell?: string;
  /** The assigned and the submitted figure (`assignment-changed`). */
  assigned?: number;
  submitted?: CellValue;
  /** The row it is about, when it is about one. */
  section?: string;
  group?: string;
  specialty?: string;
  message: Message;
}

/** One row of a hospital's settlement, always from the assigned uppdrag, bas and tillägg. */
export interface SettledRow {
  section: string;
  group: string;
  specialty: string;
  uppdrag: number;
  bas: number;
  tillagg: number;
  /** Performed so far; null where the submission gives none (nothing is then paid for the row). */
  performed: number | null;
  /** uppdrag × m/12, unrounded. */
  planToDate: number;
  /** performed ÷ plan to date; null where uppdrag is 0 or nothing was performed. */
  fulfilment: number | null;
  /** The additional units paid for to date (pro rata or annual), unrounded. */
  additional: number;
  priceKind: PriceKind | null;
  price: number | null;
  /** additional × price, in whole kronor rounded half up. */
  reimbursement: number;
  /** What an earlier settlement paid for this row (its reimbursement to date). */
  settledBefore: number;
  /** reimbursement − settledBefore: negative is to pay back. */
  toSettle: number;
  /** Where the row is: in the assignment, and (its performed cell) in the submission. */
  assignmentCell: string;
  performedCell?: string;
}

export interface SettlementTotals {
  planToDate: number;
  performed: number;
  /** performed ÷ plan to date over the rows; null without a plan. */
  fulfilment: number | null;
  reimbursement: number;
  settledBefore: number;
  toSettle: number;
}

export type HospitalStatus = 'settled' | 'preliminary' | 'missing' | 'duplicate';

/** An indicator of a hospital's submission, as its check judged it. */
export interface HospitalIndicator {
  indicator: string;
  target: string;
  outcome: CellValue;
  status: IndicatorStatus;
}

export interface SettledHospital {
  /** The name the assignment gives it first: a header's prefix ("SV") or its sheet's name. */
  hospital: string;
  /** Every name the assignment gives it (prefix, sheet name). */
  names: string[];
  /** Where its table is in the assignment. */
  assignmentSheet: string;
  status: HospitalStatus;
  /** The submission settled (none when missing); for a duplicate, every file that named it. */
  file?: string;
  files?: string[];
  /** The submission's volume table's sheet. */
  sheet?: string;
  /** The round's findings about this hospital, in the order rows were matched. */
  findings: RoundFinding[];
  /** Its submission's own check: errors, warnings and the findings themselves. */
  own: { errors: number; warnings: number; findings: readonly OwnFinding[] };
  rows: SettledRow[];
  totals: SettlementTotals;
  indicators: HospitalIndicator[];
}

/** A submission that is settled under no hospital: it names none of the assignment's. */
export interface RoundFile {
  file: string;
  findings: RoundFinding[];
}

/** How rows are priced: the group → price-kind mapping, and the price table used instead of the built-in list. */
export interface PriceSetting {
  mapping: PriceKindMapping;
  /** Rows of kind | hospital | price (a workbook's own list), searched before the built-in 2025 list. */
  table?: unknown[][];
  /** Where that table came from, for the report. */
  tableFile?: string;
}

/** What an earlier settlement paid, per hospital and row, as read back from the workbook Målkoll wrote. */
export interface PreviousSettlement {
  file?: string;
  month?: number;
  rule?: SettlementRule;
  rows: { hospital: string; section: string; group: string; specialty: string; reimbursement: number }[];
}

export interface RoundInput {
  assignment: RoundWorkbook;
  submissions: readonly RoundWorkbook[];
  /** 1–12; when absent, read from the submissions' outcome headers. */
  month?: number;
  rule?: SettlementRule;
  previous?: PreviousSettlement;
  prices?: PriceSetting;
}

export interface Settlement {
  month: number;
  /** Where the month came from: the caller, or the outcome headers. */
  monthFrom: 'given' | 'headers';
  rule: SettlementRule;
  prices: PriceSetting;
  assignmentFile: string;
  previous?: { file?: string; month?: number; rule?: SettlementRule };
  hospitals: SettledHospital[];
  region: SettlementTotals;
  /** Submissions that name no hospital of the assignment. */
  files: RoundFile[];
  /** Findings of the round as a whole (the assignment, the earlier settlement). */
  findings: RoundFinding[];
}

/** Why a round cannot be settled at all: no month to settle for. */
export type RoundOutcome =
  { ok: true; settlement: Settlement } | { ok: false; problem: 'no-month'; months: number[] } | { ok: false; problem: 'months-differ'; months: number[] };
