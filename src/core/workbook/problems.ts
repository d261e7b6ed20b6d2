/**
 * Findings grouped by root cause: the findings that one fix clears are one problem. A mistyped figure
 * makes its row not add up and its column's total disagree; the engine reports both cells (both are
 * wrong as the sheet stands, and both are marked), but the controller has one thing to fix. Every count
 * a person reads (the pane's headline, the checklist, the report, the command line's summary) counts
 * problems, so that one mistyped figure is never "2 fel".
 *
 * The rule is decided from the findings' own data: a row's `sum-mismatch` that sits on the figure the
 * totals single out (on the bas or tillägg column, or on uppdrag with the total's agreement), and the
 * `total-mismatch` of that same column whose message names that row as the likely one
 * (`table.totalMismatchLikelyRow`, params.likely). Nothing else is grouped: two findings that merely sit
 * on the same row are two things to fix.
 */
import { isToFix } from '../tables/shared/finding';
import type { Finding } from '../types';
import type { CheckedTable, TableKindName } from '../tables/types';
import type { SheetFinding } from './types';

/** One thing to fix (or to look at): its findings, the cause first, each with its sheet. */
export interface Problem {
  /** The worst severity of its findings. */
  severity: Finding['severity'];
  sheet: string;
  /** The kind of table the problem is in; none for a finding of the sheet itself. */
  kind?: TableKindName;
  /** The cause first (the mistyped figure), then the cells it breaks (the column's total), in reading order. */
  findings: SheetFinding[];
  /** The section of the table the cause's row sits in ("Psykiatri", "Somatik"), when the table has sections. */
  section?: string;
}

/** The row a total-mismatch names as the likely one, or null. */
function likelyRow(f: Finding): number | null {
  if (f.code !== 'total-mismatch' || f.message.key !== 'table.totalMismatchLikelyRow') return null;
  const likely = Number(f.message.params?.likely);
  return Number.isInteger(likely) && likely > 0 ? likely : null;
}

/**
 * Groups ordered findings (the workbook check's `findings`) into problems, in the order of their first
 * finding.
 *
 * @example
 * // Ortopedi's bas typed 8 134 for 8 143: C30 does not make its row add up, and C61 (the bas total) names row 30.
 * groupProblems(check.findings).map((p) => p.findings.map((e) => e.finding.cell)) // → [['C30', 'C61']]
 */
export function groupProblems(findings: readonly SheetFinding[]): Problem[] {
  // The row sums that sit on a figure, by sheet, kind, row and column: what a total can point at.
  const figureAt = new Map<string, Problem>();
  const key = (e: SheetFinding, row: number) => `${e.sheet}\u0000${e.kind ?? ''}\u0000${row}\u0000${e.finding.column}`;
  const problems: Problem[] = [];
  for (const e of findings) {
    const problem: Problem = { severity: e.finding.severity, sheet: e.sheet, ...(e.kind ? { kind: e.kind } : {}), findings: [e] };
    problems.push(problem);
    if (e.finding.code === 'sum-mismatch') figureAt.set(key(e, e.finding.row), problem);
  }
  const merged = new Set<Problem>();
  for (const p of problems) {
    const e = p.findings[0];
    const row = likelyRow(e.finding);
    if (row === null) continue;
    const cause = figureAt.get(key(e, row));
    if (!cause || cause === p) continue;
    cause.findings.push(e);
    if (e.finding.severity === 'error') cause.severity = 'error';
    merged.add(p);
  }
  return merged.size === 0 ? problems : problems.filter((p) => !merged.has(p));
}

/**
 * Puts on each problem the section its cause's row sits in, from the checked tables (in place; returns them).
 *
 * @example
 * withSections(groupProblems(check.findings), check.sheets)[0].section // → 'Somatik'
 */
export function withSections(problems: Problem[], sheets: readonly { sheet: string; tables: readonly CheckedTable[] }[]): Problem[] {
  for (const p of problems) {
    const f = p.findings[0].finding;
    const table = sheets
      .find((s) => s.sheet === p.sheet)
      ?.tables.find((t) => t.kind === p.kind && f.row >= t.top && f.row <= t.bottom && f.column >= t.left && f.column <= t.right);
    if (!table || !('rows' in table)) continue;
    const section = sectionAt(table.rows, f.row);
    if (section !== undefined) p.section = section;
  }
  return problems;
}

/**
 * The section of sheet row `row`: that of the last of the table's rows at or above it. A data row left out
 * of `rows` (see CheckOptions.keepDataRows) sits in the section of the row kept above it, since only
 * headings change the section.
 */
function sectionAt(rows: readonly { row: number; section?: string }[], row: number): string | undefined {
  let low = 0;
  let high = rows.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (rows[middle].row <= row) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found < 0 ? undefined : rows[found].section;
}

/**
 * Problems by severity, as every count shows them: a missed target is not a warning to fix (the table is
 * right; the indicator is counted as missed instead), so it is counted in neither.
 *
 * @example
 * countProblems(groupProblems(check.findings)) // → { errors: 1, warnings: 0 }
 */
export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const p of problems) {
    if (p.severity === 'error') errors++;
    else if (p.findings.some((e) => isToFix(e.finding))) warnings++;
  }
  return { errors, warnings };
}
