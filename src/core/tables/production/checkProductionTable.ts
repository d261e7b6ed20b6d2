/**
 * Checks a detected production table: reads its figures, finds the columns computed from others and the
 * rows that are sums of others, and reports the cells that break them. A block of figures in which no
 * relation could be found is no production table (null): nothing in it could be checked, and it is not
 * reported as a checked table with no errors.
 */
import { pushAll } from '../../arrays';
import { tablePlace } from '../shared/tableKind';
import type { Grid } from '../../types';
import { byPosition, onSheet } from '../shared/finding';
import type { ProductionLayout } from './detectProductionTables';
import { findDerivedColumns } from './derivedColumns';
import { evidenceOf } from './evidence';
import { isSumColumn, readFigures } from './figures';
import { productionFindings } from './productionFindings';
import { SILENT } from './scanRelation';
import { findSubtotals } from './subtotals';
import { findColumnSums } from './columnSums';
import { findSharesOfTotal } from './shareOfTotal';
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
  const columnSums = findColumnSums(
    figures,
    sumColumns.map((c) => c.index),
  );
  // A share of the total row is of the table's total column when it has one, else of any column of sums.
  const wholes = columnSums.length > 0 ? [...new Set(columnSums.map((c) => c.total))] : sumColumns.map((c) => c.index);
  pushAll(derived, findSharesOfTotal(figures, derived, wholes));
  const evidence = evidenceOf(figures, derived, columnSums);
  const subtotals = findSubtotals({ columns: sumColumns, labels: figures.labels, evidence: (i, index, v) => evidence(i, index, v) !== null });
  const counted = subtotals.nodes.filter((n) => n.counted);
  if (counted.length === 0 && derived.length === 0 && columnSums.length === 0) return null;

  const findings = productionFindings({ figures, derived, subtotals, columnSums, evidence });
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
    columnSums: columnSums.map((c) => ({
      column: column(c.total),
      parts: c.parts.map(column),
      rows: figures.rows.filter((_, i) => c.status[i] !== SILENT),
    })),
    derived: derived.map((d) => ({
      kind: d.kind,
      column: column(d.target),
      from: [column(d.a), column(d.b)],
      scale: d.scale,
      formula: d.formula,
      ...(d.wholeRow !== undefined ? { wholeRow: figures.rows[d.wholeRow] } : {}),
    })),
    findings,
  };
}
