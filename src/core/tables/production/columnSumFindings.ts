/**
 * The findings of the columns that are sums of other columns (./columnSums), row by row: on each row that
 * does not add up, the figure its other relations point at (its own change or share, another column sum):
 * a part that looks mistyped, or the row's total; with nothing pointing, the row's total, naming its parts.
 * A row whose wrong figure a sum of rows already found (a part of a column total, ./productionFindings) is
 * not reported again.
 */
import { columnLetters } from '../../address';
import type { Finding, Message, MessageParam } from '../../types';
import { finding } from '../shared/finding';
import type { ColumnSum } from './columnSums';
import type { DerivedRelation } from './derivedColumns';
import { evidenceOf, type EvidenceKind } from './evidence';
import { FIGURE, type TableFigures } from './figures';
import { columnPartsParam, figureParam, roundToUnit } from './messages';
import { BROKEN } from './scanRelation';

/**
 * Every finding of the column sums, unsorted; `explained` holds the cells (figure column × rows + row)
 * already found wrong, and gets the cells found here.
 *
 * @example
 * columnSumFindings(figures, derived, columnSums, explained).map((f) => `${f.cell} ${f.code}`) // → ['E4 subtotal-mismatch']
 */
export function columnSumFindings(figures: TableFigures, derived: DerivedRelation[], columnSums: ColumnSum[], explained: Set<number>): Finding[] {
  const rows = figures.rows.length;
  const out: Finding[] = [];
  for (const sum of columnSums) {
    // The other relations of each cell, without this sum itself (it would point at every one of its cells).
    const evidence = evidenceOf(
      figures,
      derived,
      columnSums.filter((s) => s !== sum),
    );
    const cellsOf = [sum.total, ...sum.parts];
    for (let i = 0; i < rows; i++) {
      if (sum.status[i] !== BROKEN || cellsOf.some((c) => explained.has(c * rows + i))) continue;
      const f = rowFinding(figures, sum, i, evidence);
      out.push(f.finding);
      explained.add(f.column * rows + i);
    }
  }
  return out;
}

function rowFinding(
  figures: TableFigures,
  sum: ColumnSum,
  i: number,
  evidence: (i: number, c: number, v: number) => EvidenceKind | null,
): { finding: Finding; column: number } {
  const total = figures.columns[sum.total];
  const gap = total.value[i] - sum.sums[i];
  const label = figures.labels[i] || `${figures.rows[i]}`;
  const percent = total.percent;
  const filled = sum.parts.filter((p) => figures.columns[p].state[i] === FIGURE);
  const parts = columnPartsParam(
    filled.map((p) => ({ label: figures.columns[p].heading, row: figures.rows[i], value: figures.columns[p].value[i] })),
    percent,
    sum.parts.map((p) => columnLetters(figures.columns[p].column)),
  );
  const round = (c: number, v: number): number => (figures.columns[c].exact ? v : roundToUnit(v, figures.columns[c].unit[i]));
  const at = (c: number, message: Message, expected: number): Finding =>
    finding('subtotal-mismatch', 'error', figures.rows[i], figures.columns[c].column, message, {
      columnHeader: figures.columns[c].heading,
      rowLabel: figures.labels[i],
      actual: figures.columns[c].value[i],
      expected,
    });
  const expectedTotal = round(sum.total, sum.sums[i]);
  const base = { column: total.heading, label, actual: figureParam(total.value[i], percent), parts, expected: figureParam(expectedTotal, percent) };

  // Which cell the row's other relations point at: the total corrected to the sum, or one part corrected by the gap.
  const pointed: { column: number; kind: EvidenceKind }[] = [];
  const totalKind = evidence(i, sum.total, sum.sums[i]);
  if (totalKind) pointed.push({ column: sum.total, kind: totalKind });
  for (const p of filled) {
    const kind = evidence(i, p, figures.columns[p].value[i] + gap);
    if (kind) pointed.push({ column: p, kind });
  }
  if (pointed.length === 1 && pointed[0].column === sum.total) {
    const why: MessageParam = { message: { key: `production.why.${pointed[0].kind}` } };
    return { finding: at(sum.total, { key: 'production.subtotalMismatchConfirmed', params: { ...base, why } }, expectedTotal), column: sum.total };
  }
  if (pointed.length === 1) {
    const p = pointed[0].column;
    const col = figures.columns[p];
    const expected = round(p, col.value[i] + gap);
    const params = {
      column: col.heading,
      label,
      actual: figureParam(col.value[i], col.percent),
      expected: figureParam(expected, col.percent),
      total: total.heading,
      totalValue: figureParam(total.value[i], percent),
      why: { message: { key: `production.why.${pointed[0].kind}` } } as MessageParam,
    };
    return { finding: at(p, { key: 'production.partMistyped', params }, expected), column: p };
  }
  return { finding: at(sum.total, { key: 'production.subtotalMismatch', params: base }, expectedTotal), column: sum.total };
}
