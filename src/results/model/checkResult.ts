/**
 * What the result view shows of one check, the task pane's or the check page's: the findings as items,
 * the tables by kind, and what the summary names. Built from the core's workbook check, deciding nothing.
 */
import type { CheckedTable, IndicatorTable, SheetCheck, VolumeTable } from '../../core/tables';
import type { CheckSummary, Problem, SheetFinding, TableCounts } from '../../core/workbook';
import { problemGroups, type ProblemGroup } from './problemList';
import { itemsOf, type FindingItem } from './findingItems';

/** A table with the sheet it is on. */
export interface TableView<T extends CheckedTable = CheckedTable> {
  sheet: string;
  table: T;
}
export type IndicatorTableView = TableView<IndicatorTable>;
export type VolumeTableView = TableView<VolumeTable>;

export interface CheckResult {
  summary: CheckSummary;
  tables: TableCounts[];
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

/** What a check holds, in the shape both the pane's run and the core's workbook check have. */
export interface CheckedSheets {
  sheets: readonly { sheet: string; check: Pick<SheetCheck, 'tables'> }[];
  findings: readonly SheetFinding[];
  problems: readonly Problem[];
  tables: TableCounts[];
  summary: CheckSummary;
}

function tablesOf<T extends CheckedTable>(sheets: CheckedSheets['sheets'], kind: T['kind']): TableView<T>[] {
  return sheets.flatMap((s) => s.check.tables.filter((t): t is T => t.kind === kind).map((table) => ({ sheet: s.sheet, table })));
}

/**
 * @example
 * checkResult({ sheets: run.results, findings: run.findings, problems: run.problems, tables: run.tables, summary: run.summary }).groups.length // → 1
 */
export function checkResult(checked: CheckedSheets): CheckResult {
  const items = itemsOf(checked.findings);
  const indicatorTables = tablesOf<IndicatorTable>(checked.sheets, 'indicators');
  const volumeTables = tablesOf<VolumeTable>(checked.sheets, 'volumes');
  const all = checked.sheets.flatMap((s) => s.check.tables.map((table) => ({ sheet: s.sheet, table })));
  const groups = problemGroups(checked.problems, items, all);
  return {
    summary: checked.summary,
    tables: checked.tables,
    items,
    groups,
    indicatorGroups: groups.filter((g) => g.kind === 'indicators'),
    indicatorTables,
    volumeTables,
    severalSheets: new Set(items.map((i) => i.sheet)).size > 1,
  };
}
