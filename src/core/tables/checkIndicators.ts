/** Finds and evaluates every indicator table in a grid: the entry point of the task pane's indicator check. */
import type { Grid, Message } from '../types';
import { detectIndicatorTables, type IndicatorDetection } from './detectIndicatorTable';
import { evaluateIndicatorTable } from './evaluateIndicatorTable';
import { noTableFinding } from './noTable';
import { safeGrid } from './safeGrid';
import type { SheetCheck } from './types';

/**
 * Finds every indicator table in the grid and evaluates each row the way TARGET_MET does. No table →
 * one `no-table` error finding at the grid's top-left cell saying what was looked for (and naming a row
 * that came close, such as a header with Indikator and Målvärde but no Utfall). Never throws.
 *
 * @example
 * checkIndicators(gridFromText('Indikator\tMålvärde\tUtfall\nBeläggningsgrad\t≤ 90 %\t0,95'))
 * // → { tables: [{ kind: 'indicators', indicators: [{ row: 2, status: 'missed', … }], findings: [{ code: 'target-missed', cell: 'C2', … }] }], findings: [] }
 */
export function checkIndicators(grid: Grid): SheetCheck {
  const g = safeGrid(grid);
  const sheet = g.sheet !== undefined ? { sheet: g.sheet } : {};
  try {
    const detection = detectIndicatorTables(g);
    if (detection.tables.length === 0) {
      return { ...sheet, tables: [], findings: [noTableFinding(g, noIndicatorTableMessage(detection))] };
    }
    return { ...sheet, tables: detection.tables.map((t) => evaluateIndicatorTable(g, t)), findings: [] };
  } catch {
    return { ...sheet, tables: [], findings: [noTableFinding(g, { key: 'table.unreadable' })] };
  }
}

function noIndicatorTableMessage(detection: IndicatorDetection): Message {
  const near = detection.nearMiss;
  if (!near) return { key: 'table.noIndicatorTable' };
  return {
    key: 'table.noIndicatorTableNearMiss',
    params: { row: String(near.row), missing: { message: { key: `table.indicatorRole.${near.missing}` } } },
  };
}
