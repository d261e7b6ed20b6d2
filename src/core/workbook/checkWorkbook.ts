/**
 * The check of a whole workbook, the one place that decides what it adds up to: every sheet through the
 * table engine, what the reader could not read, no table anywhere, every finding in one order, each
 * table's counts and the summary. The command line, the check page and the task pane only render it.
 */
import { checkSheet } from '../tables/checkSheet';
import { TABLE_KINDS } from '../tables/kinds';
import type { CheckOptions } from '../tables/shared/tableKind';
import type { Grid } from '../types';
import { orderedFindings } from './findingOrder';
import { groupProblems, withSections } from './problems';
import { noteFinding, type ReadNote } from './readNotes';
import { summarize } from './summarize';
import { tableCounts } from './tableCounts';
import type { CheckSummary, SheetResult, WorkbookCheck, WorkbookFinding } from './types';

/** The sheets to check: grids with their sheet's name (and id, where the reader has one). */
export interface WorkbookInput {
  grids: (Grid & { sheetId?: string })[];
  notes: ReadNote[];
  /** How indicators are judged: a tolerance for partly met, a band for unchanged (see CheckOptions). */
  options?: CheckOptions;
}

/**
 * Runs the table engine on every sheet and adds what only the workbook as a whole can say. An empty sheet
 * has nothing to check and is left out; a workbook with no table (and no other finding) gets a `no-table`
 * error, so that it is never reported clean without anything having been checked.
 *
 * @example
 * const check = checkWorkbook(workbookToGrids(workbook));
 * check.tables.map((t) => t.address); // → ["'Volymer 2025'!A1:E61", …]
 * check.summary.errors;              // → 0 (problems: a mistyped figure and the total it breaks are one)
 */
export function checkWorkbook(input: WorkbookInput): WorkbookCheck {
  const sheets: SheetResult[] = [];
  input.grids.forEach((grid, index) => {
    if (grid.cells.length === 0) return;
    const sheet = grid.sheet ?? `${index + 1}`;
    const check = checkSheet(grid, input.options);
    sheets.push({ ...check, sheet, ...(grid.sheetId !== undefined ? { sheetId: grid.sheetId } : {}) });
  });

  const fromSheets: WorkbookFinding[] = sheets.flatMap((s) =>
    s.findings.map((f) => ({ code: f.code, severity: f.severity, sheet: s.sheet, cell: f.cell, row: f.row, message: f.message })),
  );
  const workbookFindings: WorkbookFinding[] = input.notes.map(noteFinding);
  // Nothing found is a finding of its own, unless the reader already said why (a sheet it could not read).
  const noTable = !sheets.some((s) => s.tables.length > 0) && fromSheets.length === 0 && !workbookFindings.some((f) => f.severity === 'error');
  if (noTable) workbookFindings.push({ code: 'no-table', severity: 'error', message: { key: 'workbook.noTables' } });

  const findings = sheets.flatMap((s) => orderedFindings(s.sheet, s));
  return {
    sheets,
    findingsOutsideTables: [...fromSheets, ...workbookFindings],
    workbookFindings,
    findings,
    problems: withSections(groupProblems(findings), sheets),
    tables: sheets.flatMap((s) => s.tables.map((t) => tableCounts(s.sheet, t))),
    summary: withFindings(summarize(sheets), workbookFindings),
    noTable: noTable ? { lookedFor: TABLE_KINDS.map((k) => k.lookedFor) } : null,
  };
}

function withFindings(summary: CheckSummary, extra: WorkbookFinding[]): CheckSummary {
  const errors = extra.filter((f) => f.severity === 'error').length;
  return {
    ...summary,
    errors: summary.errors + errors,
    warnings: summary.warnings + extra.length - errors,
    readyToSubmit: summary.readyToSubmit && errors === 0,
  };
}
