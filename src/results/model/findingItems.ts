/** Findings as the pane lists, marks and reports them: the core's ordered findings, each with a stable id. */
import type { Severity } from '../../core';
import type { SheetCheck, TableKindName } from '../../core/tables';
import { orderedFindings, type SheetFinding } from '../../core/workbook';
import type { Finding } from '../../core';

export interface FindingItem {
  /** Stable within one check, for React keys and tests. */
  id: string;
  sheet: string;
  finding: Finding;
  /** The kind of table the finding is in; none for a finding of the sheet itself. */
  kind?: TableKindName;
}

/**
 * The core's findings (in the core's order: sheet, then reading order) as items.
 *
 * @example
 * itemsOf(run.findings).map((i) => i.finding.cell) // → ['C30', 'C61']
 */
export function itemsOf(findings: readonly SheetFinding[]): FindingItem[] {
  return findings.map((e, i) => ({ id: `${e.sheet}!${e.finding.cell}:${e.finding.code}:${i}`, ...e }));
}

/**
 * Every finding of the checks (the sheets' own and each table's), in sheet order then reading order.
 *
 * @example
 * findingItems([checkVolumes(grid)]).map((i) => i.finding.cell) // → ['C36', …]
 */
export function findingItems(checks: SheetCheck[], fallbackSheet = ''): FindingItem[] {
  return itemsOf(checks.flatMap((check) => orderedFindings(check.sheet ?? fallbackSheet, check)));
}

export function bySeverity(items: FindingItem[], severity: Severity): FindingItem[] {
  return items.filter((i) => i.finding.severity === severity);
}

/**
 * The cells to mark, per sheet: errors, and cells with only warnings. `no-table` findings point at the
 * grid's corner, not at a problem cell, so they are not marked.
 *
 * @example
 * markRequests(items) // → [{ sheet: 'Volymer 2025', errors: ['C36'], warnings: ['D12'] }]
 */
export function markRequests(items: FindingItem[]): { sheet: string; errors: string[]; warnings: string[] }[] {
  const bySheet = new Map<string, { sheet: string; errors: string[]; warnings: string[] }>();
  for (const { sheet, finding } of items) {
    if (finding.code === 'no-table') continue;
    const entry = bySheet.get(sheet) ?? { sheet, errors: [], warnings: [] };
    (finding.severity === 'error' ? entry.errors : entry.warnings).push(finding.cell);
    bySheet.set(sheet, entry);
  }
  return [...bySheet.values()];
}

/**
 * The numbers stored as text that the core read as numbers (`text-number` findings carry the text as
 * `actual` and the number as `expected`): what "convert numbers stored as text" would write.
 *
 * @example
 * textNumberChanges(items) // → [{ sheet: 'Volymer 2025', cell: 'B7', from: '8 100', to: 8100 }]
 */
export function textNumberChanges(items: FindingItem[]): { sheet: string; cell: string; from: string; to: number }[] {
  return items.flatMap(({ sheet, finding: f }) =>
    f.code === 'text-number' && typeof f.actual === 'string' && typeof f.expected === 'number' ? [{ sheet, cell: f.cell, from: f.actual, to: f.expected }] : [],
  );
}
