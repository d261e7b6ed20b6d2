/**
 * The problems of a check as the findings list shows them: one entry per root cause (the core's
 * `problems`: a mistyped figure and the total it breaks are one entry with two cells), grouped by table
 * and, in a volume table, by section ("Psykiatri", "Somatik"), errors before warnings within each.
 */
import type { Problem } from '../../core/workbook';
import type { SheetFinding } from '../../core/workbook';
import type { TableKindName } from '../../core/tables';
import { qualifiedAddress } from '../../core';
import type { FindingItem } from './findingItems';
import type { TableView } from './checkView';

export interface ProblemItem {
  /** The cause's item id: stable within one check. */
  id: string;
  severity: Problem['severity'];
  /** The finding to fix (the mistyped figure): what a click shows. */
  cause: FindingItem;
  /** The other cells the same fix clears (the column's total). */
  also: FindingItem[];
}

export interface ProblemSection {
  /** The section's label as the table writes it; none for rows outside any section. */
  title?: string;
  items: ProblemItem[];
}

export interface ProblemGroup {
  id: string;
  sheet: string;
  /** The table's kind; none for findings of a sheet outside any table. */
  kind?: TableKindName;
  /** "'Volymer 2025'!A1:D61", or the sheet's name alone for findings outside a table. */
  address: string;
  sections: ProblemSection[];
  /** Number of problems in the group. */
  count: number;
}

function tableOf(tables: readonly TableView[], e: SheetFinding): TableView | undefined {
  if (!e.kind) return undefined;
  const { row, column } = e.finding;
  return tables.find(
    (v) => v.sheet === e.sheet && v.table.kind === e.kind && row >= v.table.top && row <= v.table.bottom && column >= v.table.left && column <= v.table.right,
  );
}

/**
 * Problems grouped for the list. `include` picks the problems to show (by default those with a finding
 * to fix: a missed target is shown in the indicators tab, not as a thing to fix).
 *
 * @example
 * problemGroups(problems, items, tables).map((g) => [g.address, g.count]) // → [["'Volymer 2025'!A1:D61", 1]]
 */
export function problemGroups(
  problems: readonly Problem[],
  items: readonly FindingItem[],
  tables: readonly TableView[],
  include: (p: Problem) => boolean = (p) => p.findings.some((e) => e.finding.code !== 'target-missed'),
): ProblemGroup[] {
  const itemOf = new Map<SheetFinding['finding'], FindingItem>(items.map((i) => [i.finding, i]));
  const groups = new Map<string, ProblemGroup & { bySection: Map<string, ProblemSection> }>();
  for (const p of problems) {
    if (!include(p)) continue;
    const entries = p.findings.map((e) => ({ e, item: itemOf.get(e.finding) })).filter((x): x is { e: SheetFinding; item: FindingItem } => !!x.item);
    if (entries.length === 0) continue;
    const first = entries[0];
    const view = tableOf(tables, first.e);
    const id = view ? `${view.sheet}!${view.table.range}:${view.table.kind}` : `${first.e.sheet}!`;
    let group = groups.get(id);
    if (!group) {
      group = {
        id,
        sheet: first.e.sheet,
        ...(view ? { kind: view.table.kind } : {}),
        address: view ? qualifiedAddress(view.sheet, view.table.range) : first.e.sheet,
        sections: [],
        count: 0,
        bySection: new Map(),
      };
      groups.set(id, group);
    }
    const title = p.section;
    let section = group.bySection.get(title ?? '');
    if (!section) {
      section = title !== undefined ? { title, items: [] } : { items: [] };
      group.bySection.set(title ?? '', section);
      group.sections.push(section);
    }
    section.items.push({ id: first.item.id, severity: p.severity, cause: first.item, also: entries.slice(1).map((x) => x.item) });
    group.count++;
  }
  const bySeverity = (a: ProblemItem, b: ProblemItem) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1);
  return [...groups.values()].map(({ bySection: _unused, ...g }) => {
    void _unused;
    // Sections in the table's order, rows outside any section (a totals row) last; errors first within each.
    const sections = [...g.sections.filter((s) => s.title !== undefined), ...g.sections.filter((s) => s.title === undefined)];
    return { ...g, sections: sections.map((s) => ({ ...s, items: [...s.items].sort(bySeverity) })) };
  });
}

/**
 * The first `limit` problems of a group, still in their sections: what the list renders before "show more".
 *
 * @example
 * firstProblems(group, 25).reduce((n, s) => n + s.items.length, 0) // → at most 25
 */
export function firstProblems(group: ProblemGroup, limit: number): ProblemSection[] {
  const out: ProblemSection[] = [];
  let left = limit;
  for (const s of group.sections) {
    if (left <= 0) break;
    const items = s.items.slice(0, left);
    left -= items.length;
    out.push({ ...s, items });
  }
  return out;
}
