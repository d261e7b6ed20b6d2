/** Finds and evaluates every indicator table in a grid: the entry point of the task pane's indicator check. */
import type { Finding, Grid, Message } from '../types';
import { detectIndicatorTables, type IndicatorNearMiss } from './detectIndicatorTable';
import { evaluateIndicatorTable } from './evaluateIndicatorTable';
import { finding, onSheet } from './finding';
import { noTableFinding } from './noTable';
import { safeGrid } from './safeGrid';
import type { SheetCheck } from './types';

/**
 * Finds every indicator table in the grid and evaluates each row the way TARGET_MET does. A header row
 * that came close (such as Indikator and Målvärde but no Utfall) and was not read as a table is a
 * `no-table` error at that row naming the missing column, whether or not other tables were found.
 * No table and no such row → one `no-table` error at the grid's top-left cell saying what was looked for.
 * Never throws. Every finding carries the grid's sheet, when it has one.
 *
 * @example
 * checkIndicators(gridFromText('Indikator\tMålvärde\tUtfall\nBeläggningsgrad\t≤ 90 %\t0,95'))
 * // → { tables: [{ kind: 'indicators', indicators: [{ row: 2, status: 'missed', … }], findings: [{ code: 'target-missed', cell: 'C2', … }] }], findings: [] }
 * checkIndicators(gridFromText('Indikator\tMålvärde\nBeläggningsgrad\t≤ 90 %'))
 * // → { tables: [], findings: [{ code: 'no-table', cell: 'A1', message: { key: 'table.noIndicatorTableNearMiss', … } }] }
 */
export function checkIndicators(grid: Grid): SheetCheck {
  const g = safeGrid(grid);
  const sheet = g.sheet !== undefined ? { sheet: g.sheet } : {};
  try {
    const detection = detectIndicatorTables(g);
    const nearMisses = repeatedOnce(detection.nearMisses).map(nearMissFinding);
    const findings = detection.tables.length === 0 && nearMisses.length === 0 ? [noTableFinding(g, { key: 'table.noIndicatorTable' })] : nearMisses;
    return { ...sheet, tables: detection.tables.map((t) => evaluateIndicatorTable(g, t)), findings: onSheet(findings, g.sheet) };
  } catch {
    return { ...sheet, tables: [], findings: onSheet([noTableFinding(g, { key: 'table.unreadable' })], g.sheet) };
  }
}

/**
 * A document pasted from a PDF repeats its header on every page: one error for the first such row, naming
 * how many more there are, says the same as ten errors would.
 */
function repeatedOnce(nearMisses: IndicatorNearMiss[]): { near: IndicatorNearMiss; more: number }[] {
  const groups = new Map<string, { near: IndicatorNearMiss; more: number }>();
  for (const near of nearMisses) {
    const key = `${near.missing}|${[...near.found].sort().join(',')}`;
    const group = groups.get(key);
    if (group) group.more++;
    else groups.set(key, { near, more: 0 });
  }
  return [...groups.values()];
}

function nearMissFinding({ near, more }: { near: IndicatorNearMiss; more: number }): Finding {
  const params = { row: String(near.row), missing: { message: { key: `table.indicatorRole.${near.missing}` } } };
  const message: Message =
    more === 0
      ? { key: 'table.noIndicatorTableNearMiss', params }
      : { key: 'table.noIndicatorTableNearMissRepeated', params: { ...params, more } };
  return finding('no-table', 'error', near.row, near.column, message);
}
