/** Findings of one or more checked sheets as the pane lists, marks and reports them. */
import type { Finding, Severity } from '../../core/types';
import type { SheetCheck } from '../../core/tables/types';

export interface FindingItem {
  /** Stable within one check, for React keys and tests. */
  id: string;
  sheet: string;
  finding: Finding;
}

/**
 * Every finding of the checks (the sheets' own and each table's), in sheet order then reading order.
 *
 * @example
 * findingItems([checkVolumes(grid)]).map((i) => i.finding.cell) // → ['C36', …]
 */
export function findingItems(checks: SheetCheck[], fallbackSheet = ''): FindingItem[] {
  const items: FindingItem[] = [];
  for (const check of checks) {
    const sheet = check.sheet ?? fallbackSheet;
    const findings = [...check.findings, ...check.tables.flatMap((t) => t.findings)];
    findings.sort((a, b) => a.row - b.row || a.column - b.column);
    for (const f of findings) items.push({ id: `${sheet}!${f.cell}:${f.code}:${items.length}`, sheet, finding: f });
  }
  return items;
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
    f.code === 'text-number' && typeof f.actual === 'string' && typeof f.expected === 'number'
      ? [{ sheet, cell: f.cell, from: f.actual, to: f.expected }]
      : [],
  );
}
