/**
 * What the result view shows of one check, the task pane's or the check page's: the findings as items,
 * the tables by kind, and what the summary names. Built from the core's workbook check, deciding nothing.
 */
import type { CheckedTable, IndicatorTable, SheetCheck, VolumeTable } from '../../core/tables';
import type { CheckSummary, SheetFinding, TableCounts } from '../../core/workbook';
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
  /** The findings of the indicator tables. */
  indicatorItems: FindingItem[];
  indicatorTables: IndicatorTableView[];
  volumeTables: VolumeTableView[];
  /** Whether the findings are on more than one sheet: then each names its sheet. */
  severalSheets: boolean;
}

/** What a check holds, in the shape both the pane's run and the core's workbook check have. */
export interface CheckedSheets {
  sheets: readonly { sheet: string; check: Pick<SheetCheck, 'tables'> }[];
  findings: readonly SheetFinding[];
  tables: TableCounts[];
  summary: CheckSummary;
}

function tablesOf<T extends CheckedTable>(sheets: CheckedSheets['sheets'], kind: T['kind']): TableView<T>[] {
  return sheets.flatMap((s) => s.check.tables.filter((t): t is T => t.kind === kind).map((table) => ({ sheet: s.sheet, table })));
}

/**
 * @example
 * checkResult({ sheets: run.results, findings: run.findings, tables: run.tables, summary: run.summary }).items.length // → 2
 */
export function checkResult(checked: CheckedSheets): CheckResult {
  const items = itemsOf(checked.findings);
  return {
    summary: checked.summary,
    tables: checked.tables,
    items,
    indicatorItems: items.filter((i) => i.kind === 'indicators'),
    indicatorTables: tablesOf<IndicatorTable>(checked.sheets, 'indicators'),
    volumeTables: tablesOf<VolumeTable>(checked.sheets, 'volumes'),
    severalSheets: new Set(items.map((i) => i.sheet)).size > 1,
  };
}
