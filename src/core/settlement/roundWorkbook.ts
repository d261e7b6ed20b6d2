import { isToFix } from '../tables';
import type { WorkbookCheck } from '../workbook';
import type { RoundWorkbook } from './types';

/**
 * A checked workbook as a round takes it: its sheets' tables, and its own findings and counts (missed
 * targets are the indicators' status, not things to fix, and are left out).
 *
 * @example
 * roundWorkbook('sv-aug.xlsx', checkWorkbook(read)) // → { file: 'sv-aug.xlsx', sheets: [...], ownFindings: [], ownCounts: { errors: 0, warnings: 0 } }
 */
export function roundWorkbook(file: string, check: WorkbookCheck): RoundWorkbook {
  const inTables = check.findings
    .filter((e) => isToFix(e.finding))
    .map(({ sheet, finding }) => ({ code: finding.code, severity: finding.severity, sheet, cell: finding.cell, message: finding.message }));
  const outside = check.workbookFindings.map((f) => ({
    code: f.code,
    severity: f.severity,
    ...(f.sheet !== undefined ? { sheet: f.sheet } : {}),
    ...(f.cell !== undefined ? { cell: f.cell } : {}),
    message: f.message,
  }));
  return {
    file,
    sheets: check.sheets.map((s) => ({ sheet: s.sheet, tables: s.tables })),
    ownFindings: [...inTables, ...outside],
    ownCounts: { errors: check.summary.errors, warnings: check.summary.warnings },
  };
}
