/**
 * Checks every sheet of a workbook read into grids: the table engine on each sheet, plus what only the
 * workbook as a whole can say (formulas saved without results, a sheet too large to read, no table
 * anywhere). Shared by the command line and /check.html; it decides nothing about tables itself.
 */
import { checkSheet } from '../core/tables/checkSheet';
import { summarize } from '../core/tables/summarize';
import type { CheckSummary, SheetCheck } from '../core/tables/types';
import { a1, parseA1 } from '../core/address';
import type { FindingCode, Message, Severity } from '../core/types';
import type { ReadNote, WorkbookGrids } from './workbookToGrids';

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

export interface WorkbookCheck {
  /** One per sheet that holds anything, in the workbook's order. */
  sheets: SheetCheck[];
  /** Findings outside the tables: the sheets' own (e.g. `no-table`) and the workbook's. */
  findings: WorkbookFinding[];
  /** The engine's summary of the sheets, with the workbook's findings counted in. */
  summary: CheckSummary;
}

/**
 * Runs the table engine on every sheet of a read workbook and adds the workbook-level findings.
 * An empty sheet has nothing to check and is left out; a workbook with no table at all gets a
 * `no-table` error, so that it is never reported clean without anything having been checked.
 *
 * @example
 * const check = checkWorkbook(workbookToGrids(workbook));
 * check.sheets.flatMap((s) => s.tables).map((t) => `${t.sheet}!${t.range}`); // → ['Volymer 2025!A1:E61', …]
 * check.summary.errors; // → 0
 */
export function checkWorkbook(read: WorkbookGrids): WorkbookCheck {
  const sheets: SheetCheck[] = [];
  for (const grid of read.grids) {
    if (grid.cells.length === 0) continue;
    const check = checkSheet(grid);
    sheets.push(check.sheet === undefined && grid.sheet !== undefined ? { ...check, sheet: grid.sheet } : check);
  }

  const findings: WorkbookFinding[] = [];
  for (const sheet of sheets) {
    for (const f of sheet.findings) {
      findings.push({ code: f.code, severity: f.severity, ...sheetPart(sheet.sheet), cell: f.cell, row: f.row, message: f.message });
    }
  }
  const extra: WorkbookFinding[] = read.notes.map(noteFinding);
  const anyTable = sheets.some((s) => s.tables.length > 0);
  const anySheetFinding = findings.length > 0;
  if (!anyTable && !anySheetFinding && !extra.some((f) => f.severity === 'error')) {
    extra.push({ code: 'no-table', severity: 'error', message: { key: 'cli.note.noTables' } });
  }
  findings.push(...extra);

  const summary = addFindings(summarize(sheets), extra);
  return { sheets, findings, summary };
}

function sheetPart(sheet: string | undefined): { sheet?: string } {
  return sheet === undefined ? {} : { sheet };
}

function noteFinding(note: ReadNote): WorkbookFinding {
  if (note.kind === 'formula-without-result') {
    const first = parseA1(note.cells[0] ?? '');
    return {
      code: 'formula-without-result',
      severity: 'warning',
      sheet: note.sheet,
      ...(first ? { cell: a1(first.row, first.column), row: first.row } : {}),
      message: {
        key: note.count === 1 ? 'cli.note.formulaWithoutResult.one' : 'cli.note.formulaWithoutResult.other',
        params: { count: note.count, sheet: note.sheet, cells: note.cells.join(', ') + (note.count > note.cells.length ? ' …' : '') },
      },
    };
  }
  if (note.kind === 'sheet-unreadable') {
    return {
      code: 'sheet-unreadable',
      severity: 'error',
      sheet: note.sheet,
      message: { key: 'cli.note.sheetUnreadable', params: { sheet: note.sheet, reason: { message: note.reason } } },
    };
  }
  const first = parseA1(note.range.split(':')[0]);
  return {
    code: 'sheet-too-large',
    severity: 'error',
    sheet: note.sheet,
    ...(first ? { cell: a1(first.row, first.column), row: first.row } : {}),
    message: { key: 'cli.note.sheetTooLarge', params: { sheet: note.sheet, range: note.range, cells: note.cellCount, limit: note.limit } },
  };
}

function addFindings(summary: CheckSummary, extra: WorkbookFinding[]): CheckSummary {
  const errors = extra.filter((f) => f.severity === 'error').length;
  const warnings = extra.length - errors;
  return {
    ...summary,
    errors: summary.errors + errors,
    warnings: summary.warnings + warnings,
    readyToSubmit: summary.readyToSubmit && errors === 0,
  };
}
