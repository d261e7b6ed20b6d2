/** What a check of a workbook (or of the sheets the task pane read) adds up to. */
import type { SheetCheck, TableKindName } from '../tables/types';
import type { Finding, FindingCode, Message, Severity } from '../types';
import type { Problem } from './problems';

export interface CheckSummary {
  /** Problems of severity error: findings one fix clears count once (a mistyped figure and the total it breaks). */
  errors: number;
  /** Problems of severity warning to look at; missed targets are not among them (they are `missed`). */
  warnings: number;
  missed: number;
  met: number;
  /** Partly met indicators: only when the check was given a tolerance. */
  partly: number;
  notAssessable: number;
  /** True only when at least one table was checked and nothing of severity error was found. */
  readyToSubmit: boolean;
}

export type WorkbookFindingCode = FindingCode | 'formula-without-result' | 'sheet-too-large' | 'sheet-unreadable';

/** A finding that belongs to no table: on a sheet (with its cell, when there is one) or on the whole workbook. */
export interface WorkbookFinding {
  code: WorkbookFindingCode;
  severity: Severity;
  sheet?: string;
  cell?: string;
  row?: number;
  message: Message;
}

/** One finding of a sheet or of one of its tables, with the sheet it is on and the kind of its table. */
export interface SheetFinding {
  sheet: string;
  finding: Finding;
  /** The kind of table the finding is in; none for a finding of the sheet (a header that came close). */
  kind?: TableKindName;
}

/** What one checked table holds, counted once for every place that shows it. */
export interface TableCounts {
  kind: TableKindName;
  sheet: string;
  /** A1 range on the sheet. */
  range: string;
  /** Sheet-qualified address: "'Volymer 2025'!A1:D61". */
  address: string;
  /** Problems (see ./problems) of severity error and warning; missed targets are not warnings. */
  errors: number;
  warnings: number;
  /** Indicators that miss their targets (0 for other kinds). */
  missed: number;
}

/** A sheet's check with its name, and its id when the reader has one (the task pane's sheets keep it across renames). */
export interface SheetResult extends SheetCheck {
  sheet: string;
  sheetId?: string;
}

export interface WorkbookCheck {
  /** One per sheet that holds anything, in the workbook's order. */
  sheets: SheetResult[];
  /** Every finding of every sheet and table, in sheet order, then reading order. */
  findings: SheetFinding[];
  /** `findings` grouped by root cause (see ./problems): what every count counts. */
  problems: Problem[];
  /** Every table, in sheet order, with its counts. */
  tables: TableCounts[];
  summary: CheckSummary;
  /** Findings outside the tables: the sheets' own (e.g. `no-table`), then the workbook's. */
  findingsOutsideTables: WorkbookFinding[];
  /** Of those, the workbook's alone: what the reader could not read, and no table anywhere. */
  workbookFindings: WorkbookFinding[];
  /** When no sheet holds a table or a finding (and the reader reported no error): what was looked for. */
  noTable: { lookedFor: Message[] } | null;
}
