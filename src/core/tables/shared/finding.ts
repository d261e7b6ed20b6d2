/** Builds findings with the sheet address worked out once, so no check computes an A1 address itself. */
import { a1 } from '../../address';
import type { CellValue, Finding, FindingCode, Message, Severity } from '../../types';

export interface FindingDetails {
  columnHeader?: string;
  rowLabel?: string;
  actual?: CellValue;
  expected?: number | string;
}

/**
 * A finding at sheet row `row`, sheet column `column`. Empty header or label texts are left undefined.
 *
 * @example
 * finding('sum-mismatch', 'error', 14, 2, { key: 'table.sumMismatch', params: { total: 11080, base: 8134, additional: 2937 } },
 *   { columnHeader: 'uppdrag', rowLabel: 'Ortopedi', actual: 11080, expected: 11071 })
 * // → { code: 'sum-mismatch', severity: 'error', cell: 'B14', row: 14, column: 2, … }
 */
export function finding(code: FindingCode, severity: Severity, row: number, column: number, message: Message, details?: FindingDetails): Finding {
  // One literal with every field, so that thousands of findings share one shape; absent ones stay undefined
  // (JSON leaves them out).
  return {
    code,
    severity,
    cell: a1(row, column),
    row,
    column,
    columnHeader: details?.columnHeader || undefined,
    rowLabel: details?.rowLabel || undefined,
    actual: details?.actual,
    expected: details?.expected,
    message,
  };
}

/**
 * Findings in reading order: by row, then by column.
 *
 * @example
 * findings.sort(byPosition) // C31 before B32, B32 before D32
 */
export function byPosition(a: Finding, b: Finding): number {
  return a.row - b.row || a.column - b.column;
}

/**
 * Puts the sheet's name on each finding (in place) and returns them; without a sheet they stay as they are.
 * The checks build findings from sheet rows and columns alone; the entry points know the grid's sheet.
 *
 * @example
 * onSheet([finding('blank', 'error', 4, 3, { key: 'table.blank' })], 'Volymer 2025')[0].sheet // → 'Volymer 2025'
 */
export function onSheet(findings: Finding[], sheet: string | undefined): Finding[] {
  if (sheet !== undefined) for (const f of findings) f.sheet = sheet;
  return findings;
}

/**
 * Whether a finding is a mistake to fix in the table. A missed target is not: the table is right, the
 * indicator is reported as missed (with its reason) rather than listed among the things to fix.
 *
 * @example
 * isToFix({ code: 'outcome-missing', … }) // → true
 * isToFix({ code: 'target-missed', … })   // → false
 */
export function isToFix(f: { code: string }): boolean {
  return f.code !== 'target-missed';
}
