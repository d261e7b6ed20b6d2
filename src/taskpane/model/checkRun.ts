/**
 * One press of "Kontrollera": what was read, checked by the core's workbook check. The pane decides nothing
 * itself: the run carries the core's check as it is, and beside it only what the core cannot know (where
 * each sheet was read, what could not be read, when, with which settings, and the values checked).
 */
import type { Message } from '../../core';
import type { CheckOptions } from '../../core/tables';
import { checkWorkbook, isOwnReport, type WorkbookCheck } from '../../core/workbook';
import type { Grid } from '../../core';

/** Where one sheet was read. */
export interface ReadPlace {
  sheet: string;
  /** Excel's id of the sheet: actions go to the sheet the check read, even after a rename. */
  sheetId?: string;
  /** A1 range on the sheet. */
  range: string;
  /** Sheet-qualified address, as shown to the user. */
  address: string;
}

/** What was read from one sheet. */
export interface SheetRead extends ReadPlace {
  grid: Grid;
  /** The workbook's settings list the sheet as Målkoll's report: left out only if its content says so too. */
  listedAsReport?: true;
}

export interface CheckRun {
  /** A selection or one sheet's used range, or every sheet of the workbook. */
  scope: 'range' | 'workbook';
  /** The core's check of the sheets read, as it is: its tables, findings, problems, summary and "no table". */
  check: WorkbookCheck;
  /** Where every sheet checked was read, in the order read (an empty one too, which the core's check leaves out). */
  reads: ReadPlace[];
  /** Things the user should know about the read: a clipped selection, a sheet too large to read. */
  notes: Message[];
  /**
   * Sheets not read (too large, unreadable): what they hold was not seen, so none of them lets a kind be absent.
   * Målkoll's own reports are not among them: a report is recognised by holding the report's layout and no table.
   */
  unread: string[];
  /** Målkoll's reports left out of the check, recognised by what they hold (and listed as reports by the settings). */
  reportSheets: string[];
  checkedAt: Date;
  /** How the indicators were judged (the workbook's settings): the tolerance for partly met. */
  options?: CheckOptions;
  /** The values checked, one grid per sheet read: what a stamp of this check vouches for. */
  grids: Grid[];
}

/**
 * Checks what was read. A sheet the settings list as Målkoll's report is left out only when its content
 * is a report's and holds no table (the core's isOwnReport), and is named in the notes; `unread` names the
 * sheets the adapter could not read.
 *
 * @example
 * const run = checkReads('range', [read], [], new Date());
 * run.check.summary.readyToSubmit // → true for the seed table
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
  return {
    scope,
    check: checkWorkbook({ grids, notes: [], ...(options ? { options } : {}) }),
    reads: reads.map(({ sheet, sheetId, range, address }) => ({ sheet, ...(sheetId !== undefined ? { sheetId } : {}), range, address })),
    notes: allNotes,
    unread: [...unread],
    reportSheets,
    checkedAt,
    ...(options ? { options } : {}),
    grids,
  };
}
