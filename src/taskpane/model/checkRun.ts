/**
 * One press of "Kontrollera": what was read, checked by the core's workbook check. The pane decides nothing
 * itself: the tables, findings, counts and "no table" are the core's; this adds where each sheet was read.
 */
import type { Message } from '../../core';
import type { CheckOptions, SheetCheck } from '../../core/tables';
import { checkWorkbook, isOwnReport, type CheckSummary, type Problem, type SheetFinding, type TableCounts } from '../../core/workbook';
import type { Grid } from '../../core';

const WORKBOOK_HAS_NO_TABLE: Message = { key: 'pane.noTable.workbook' };

/** What was read from one sheet. */
export interface SheetRead {
  grid: Grid;
  sheet: string;
  /** Excel's id of the sheet: actions go to the sheet the check read, even after a rename. */
  sheetId?: string;
  /** A1 range on the sheet. */
  range: string;
  /** Sheet-qualified address, as shown to the user. */
  address: string;
  /** The workbook's settings list the sheet as Målkoll's report: left out only if its content says so too. */
  listedAsReport?: true;
}

export interface SheetResult {
  sheet: string;
  sheetId?: string;
  range: string;
  address: string;
  check: SheetCheck;
}

export interface CheckRun {
  /** A selection or one sheet's used range, or every sheet of the workbook. */
  scope: 'range' | 'workbook';
  /** Every sheet read, in the order read. */
  results: SheetResult[];
  /** Every table found, with its counts (the core's). */
  tables: TableCounts[];
  /** Every finding, in sheet order then reading order (the core's). */
  findings: SheetFinding[];
  /** The findings by root cause (the core's): what the list shows and every count counts. */
  problems: Problem[];
  summary: CheckSummary;
  /** When no table was found at all: where Målkoll looked and what it looked for. */
  noTable: { lookedIn: string[]; messages: Message[] } | null;
  /** Things the user should know about the read: a clipped selection, a sheet too large to read. */
  notes: Message[];
  /**
   * Sheets not read (too large, unreadable): what they hold was not seen, so none of them lets a kind be absent.
   * Målkoll's own reports are not among them: a report is recognised by holding the report's layout and no table.
   */
  skipped: string[];
  /** Målkoll's reports left out of the check, recognised by what they hold (and listed as reports by the settings). */
  reportSheets: string[];
  checkedAt: Date;
  /** How the indicators were judged (the workbook's settings): the tolerance for partly met. */
  options?: CheckOptions;
  /** The values checked, one grid per sheet read: what a stamp of this check vouches for. */
  grids: Grid[];
}

/**
 * Checks what was read and gives the verdict. With no table anywhere, a check of one range says what
 * each kind of table looked for; a check of the workbook says that no sheet held one. A sheet the settings
 * list as Målkoll's report is left out only when its content is a report's and holds no table (the core's
 * isOwnReport), and is named in the notes; `unread` names the sheets the adapter could not read.
 *
 * @example
 * const run = checkReads('range', [read], [], new Date());
 * run.summary.readyToSubmit // → true for the seed table
 */
export function checkReads(
  scope: CheckRun['scope'],
  reads: SheetRead[],
  notes: Message[],
  checkedAt: Date,
  options?: CheckOptions,
  unread: readonly string[] = [],
): CheckRun {
  const reports = reads.filter((r) => r.listedAsReport && isOwnReport({ ...r.grid, sheet: r.sheet }));
  if (reports.length > 0) reads = reads.filter((r) => !reports.includes(r));
  const reportSheets = reports.map((r) => r.sheet);
  const allNotes: Message[] = [...notes, ...reportSheets.map((sheet): Message => ({ key: 'pane.read.skippedReport', params: { sheet } }))];
  const grids = reads.map((r) => ({ ...r.grid, sheet: r.sheet }));
  const check = checkWorkbook({ grids, notes: [], ...(options ? { options } : {}) });
  const bySheet = new Map(check.sheets.map((s) => [s.sheet, s]));
  const results = reads.map((r) => {
    const found = bySheet.get(r.sheet);
    const sheetCheck: SheetCheck = found ? { sheet: found.sheet, tables: found.tables, findings: found.findings } : { sheet: r.sheet, tables: [], findings: [] };
    return { sheet: r.sheet, ...(r.sheetId !== undefined ? { sheetId: r.sheetId } : {}), range: r.range, address: r.address, check: sheetCheck };
  });
  const noTable = check.noTable
    ? {
        lookedIn: reads.map((r) => r.address),
        messages: scope === 'range' && reads.length === 1 ? check.noTable.lookedFor : [WORKBOOK_HAS_NO_TABLE],
      }
    : null;
  return {
    scope,
    results,
    tables: check.tables,
    findings: check.findings,
    problems: check.problems,
    summary: check.summary,
    noTable,
    notes: allNotes,
    skipped: [...unread],
    reportSheets,
    checkedAt,
    ...(options ? { options } : {}),
    grids,
  };
}
