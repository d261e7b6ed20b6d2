/**
 * What the result view shows of one check, the task pane's or the check page's: the findings as items,
 * the tables by kind, and what the summary names. Derived from the core's workbook check, deciding nothing.
 */
import type { CheckedTable, IndicatorTable, VolumeTable } from '../../core/tables';
import type { CheckSummary, TableCounts, WorkbookCheck } from '../../core/workbook';
import { problemGroups, type ProblemGroup } from './problemList';
import { itemsOf, type FindingItem } from './findingItems';

/** A table with the sheet it is on. */
export interface TableView<T extends CheckedTable = CheckedTable> {
  sheet: string;
  table: T;
}
export type IndicatorTableView = TableView<IndicatorTable>;
export type VolumeTableView = TableView<VolumeTable>;

export interface CheckView {
  /** The check's own summary and table counts (the core's, not copies). */
  summary: CheckSummary;
  tables: TableCounts[];
  /** Every finding, in the core's order, as the lists and marks take it. */
  items: FindingItem[];
  /** The problems to fix (the core's root causes), grouped by table and section: the findings tab. */
  groups: ProblemGroup[];
  /** The problems to fix in the indicator tables: the indicators tab's list. */
  indicatorGroups: ProblemGroup[];
  indicatorTables: IndicatorTableView[];
  volumeTables: VolumeTableView[];
  /** Whether the findings are on more than one sheet: then each names its sheet. */
  severalSheets: boolean;
}

/** What the view is derived from: the core's check (the pane's run carries it as it is). */
export type CheckedWorkbook = Pick<WorkbookCheck, 'sheets' | 'findings' | 'problems' | 'tables' | 'summary'>;

function tablesOf<T extends CheckedTable>(sheets: CheckedWorkbook['sheets'], kind: T['kind']): TableView<T>[] {
  return sheets.flatMap((s) => s.tables.filter((t): t is T => t.kind === kind).map((table) => ({ sheet: s.sheet, table })));
}

/**
 * The one place the pane and the check page derive their result view from the core's check.
 *
 * @example
 * checkView(run.check).groups.length // → 1
 */
export function checkView(check: CheckedWorkbook): CheckView {
  const items = itemsOf(check.findings);
  const all = check.sheets.flatMap((s) => s.tables.map((table) => ({ sheet: s.sheet, table })));
  const groups = problemGroups(check.problems, items, all);
  return {
    summary: check.summary,
    tables: check.tables,
    items,
    groups,
    indicatorGroups: groups.filter((g) => g.kind === 'indicators'),
    indicatorTables: tablesOf<IndicatorTable>(check.sheets, 'indicators'),
    volumeTables: tablesOf<VolumeTable>(check.sheets, 'volumes'),
    severalSheets: new Set(items.map((i) => i.sheet)).size > 1,
  };
}
