/**
 * Whether a sheet is a check report Målkoll wrote ("Skapa kontrollrapport"), recognised by what it holds,
 * not by what the workbook's settings say: a setting is part of the file and anyone can write it. A check
 * leaves out a report sheet only when both agree and the sheet holds no table a check would find, so a
 * sheet left out can never hide a table, whatever the file claims.
 *
 * The report's layout (src/taskpane/model/reportContent.ts, laid out by src/taskpane/excel/report.ts), in
 * either language: a title in A1; label | value lines in A:B, the second being the time it was checked
 * ("2026-11-23 14:05"); a blank row; the findings table in A:F under a header of six texts, each row's
 * code column (C) a finding code of Målkoll's, or one row saying there were none; and at most the chart's
 * two columns of data in H:I.
 */
import { checkSheet } from '../tables/checkSheet';
import type { CellValue, Grid } from '../types';
import type { WorkbookFindingCode } from './types';

const CODES: Readonly<Record<WorkbookFindingCode, true>> = {
  'sum-mismatch': true,
  'total-mismatch': true,
  negative: true,
  'not-integer': true,
  blank: true,
  'formula-error': true,
  'not-a-number': true,
  'duplicate-row': true,
  'text-number': true,
  placeholder: true,
  'rows-outside-table': true,
  'no-table': true,
  'target-missed': true,
  'target-unreadable': true,
  'target-missing': true,
  'outcome-missing': true,
  'outcome-ambiguous': true,
  'percent-scale': true,
  'subtotal-mismatch': true,
  'change-mismatch': true,
  'share-mismatch': true,
  'formula-without-result': true,
  'sheet-too-large': true,
  'sheet-unreadable': true,
};
const FINDING_CODES: ReadonlySet<string> = new Set(Object.keys(CODES));

/** The findings table's columns (A:F) and the chart's data (H:I); nothing else is written. */
const TABLE_WIDTH = 6;
const CHART_LEFT = 8;
const MAX_WIDTH = 9;
const CHECKED_AT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;

const text = (v: CellValue | undefined): v is string => typeof v === 'string' && v.trim() !== '';
const empty = (v: CellValue | undefined): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * True when `grid` (a sheet's used range) is laid out as Målkoll's check report and a check of it finds no
 * table of any kind. (A report's own words, "Utfall" beside an indicator's name, may look like a header that
 * came close: that is the report quoting a table, not a table, and no reason to check it.)
 *
 * @example
 * isOwnReport(readOf('Kontroll 2026-11-23 14.05')) // → true
 * isOwnReport(readOf('Volymer 2025'))               // → false
 */
export function isOwnReport(grid: Grid): boolean {
  if (!laidOutAsReport(grid)) return false;
  return checkSheet(grid).tables.length === 0;
}

function laidOutAsReport(grid: Grid): boolean {
  const rows = grid.cells;
  if (grid.top !== 1 || grid.left !== 1 || rows.length < 6) return false;
  if (rows.some((row) => row.length > MAX_WIDTH || !empty(row[CHART_LEFT - 2]))) return false;
  // The title alone on its row.
  if (!text(rows[0][0]) || !rows[0].every((v, c) => c === 0 || empty(v))) return false;
  // The header: the first row after a blank one whose six cells are texts.
  let header = -1;
  for (let r = 2; r < rows.length && header < 0; r++) {
    if (rows[r - 1].slice(0, TABLE_WIDTH).every(empty) && rows[r].slice(0, TABLE_WIDTH).every(text)) header = r;
  }
  if (header < 0) return false;
  const lines = rows.slice(1, header - 1);
  if (lines.length < 3 || !CHECKED_AT.test(String(lines[1][1] ?? '').trim())) return false;
  if (!lines.every((row) => text(row[0]) && !empty(row[1]) && row.slice(2).every(empty))) return false;
  const findings = rows.slice(header + 1);
  if (findings.length === 0) return false;
  const none = findings.length === 1 && findings[0].slice(0, 3).every(empty) && text(findings[0][3]);
  return none || findings.every((row) => text(row[0]) && text(row[1]) && text(row[3]) && FINDING_CODES.has(String(row[2]).trim()));
}
