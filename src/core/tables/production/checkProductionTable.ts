/**
 * Checks a detected production table: reads its figures, finds the columns computed from others and the
 * rows that are sums of others, and reports the cells that break them. A block of figures in which no
 * relation could be found is no production table (null): nothing in it could be checked, and it is not
 * reported as a checked table with no errors.
 */
import { tablePlace } from '../shared/tableKind';
import type { Grid } from '../../types';
import { byPosition, onSheet } from '../shared/finding';
import type { ProductionLayout } from './detectProductionTables';
import { findDerivedColumns } from './derivedColumns';
import { evidenceOf } from './evidence';
import { FIGURE, readFigures, type FigureColumn } from './figures';
import { productionFindings } from './productionFindings';
import { SILENT } from './scanRelation';
import { findSubtotals } from './subtotals';
import type { ProductionTable } from './types';

/**
 * The checked table, or null when its figures show no relation.
 *
 * @example
 * const [layout] = detectProductionTables(grid, []);
 * checkProductionTable(grid, layout)?.subtotals // → [{ row: 2, parts: [3, 4], columns: [2, 3, 5, 6] }, …]
 */
export function checkProductionTable(grid: Grid, layout: ProductionLayout): ProductionTable | null {
  const figures = readFigures(grid, layout);
  const derived = findDerivedColumns(figures);
  const targets = new Set(derived.map((d) => d.target));
  const sumColumns = figures.columns.flatMap((col, index) => (!targets.has(index) && isSumColumn(col) ? [{ index, figures: col }] : []));
  const evidence = evidenceOf(figures, derived);
  const subtotals = findSubtotals({ columns: sumColumns, labels: figures.labels, evidence: (i, index, v) => evidence(i, index, v) !== null });
  const counted = subtotals.nodes.filter((n) => n.counted);
  if (counted.length === 0 && derived.length === 0) return null;

  const findings = productionFindings({ figures, derived, subtotals, evidence });
  findings.sort(byPosition);
  onSheet(findings, grid.sheet);
  const column = (i: number): number => figures.columns[i].column;
  return {
    kind: 'production',
    ...tablePlace(grid, layout),
    columns: { labels: layout.labelColumns, figures: layout.figureColumns, headings: layout.headings },
    subtotals: counted.map((n) => ({
      row: figures.rows[n.parent],
      parts: n.children.map((x) => figures.rows[x]),
      columns: subtotals.columns.filter((_, k) => n.status[k] !== SILENT).map((c) => c.figures.column),
    })),
    derived: derived.map((d) => ({ kind: d.kind, column: column(d.target), from: [column(d.a), column(d.b)], scale: d.scale, formula: d.formula })),
    findings,
  };
}

/**
 * Whether a column's figures can be summed: not a change, share, rate or average by its heading, not
 * percentages, and not mostly fractions below one (rates written without a %).
 */
function isSumColumn(col: FigureColumn): boolean {
  if (col.changeHeading || col.ratioHeading || col.percent) return false;
  let figures = 0;
  let fractions = 0;
  for (let i = 0; i < col.state.length; i++) {
    if (col.state[i] !== FIGURE) continue;
    figures++;
    if (!Number.isInteger(col.value[i]) && Math.abs(col.value[i]) < 1) fractions++;
  }
  return figures > 0 && fractions * 2 <= figures;
}
