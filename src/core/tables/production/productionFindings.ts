/**
 * The findings of a production table: the cells that break a relation the rest of the table keeps, each
 * with the figure it expected.
 *
 * A sum that does not add up is reported at the figure that is wrong when the table says which:
 * - the subtotal, when its own total agrees with what its parts add up to, or its own change or share does;
 * - one part, when its own change or share disagrees and agrees with the figure the sum gives ("a mistyped
 *   leaf points at the leaf"), naming the sum;
 * otherwise at the subtotal, naming its parts (and saying so when its own total agrees with it: then a part
 * is wrong, but nothing says which). A change or share that breaks only because that figure is wrong is not
 * reported a second time.
 */
import { pushAll } from '../../arrays';
import type { ExcelErrorCode, Finding, Message, MessageParam } from '../../types';
import { finding } from '../shared/finding';
import { expectedValue, keeps, type DerivedRelation } from './derivedColumns';
import type { Evidence, EvidenceKind } from './evidence';
import type { ColumnSum } from './columnSums';
import { columnSumFindings } from './columnSumFindings';
import { FIGURE, type TableFigures } from './figures';
import { derivedIsPercent, figureParam, partsParam, roundToUnit } from './messages';
import { BROKEN, OK } from './scanRelation';
import type { SubtotalNode, Subtotals } from './subtotals';
import { culprit } from './subtotalSupport';

export interface FindingsInput {
  figures: TableFigures;
  derived: DerivedRelation[];
  subtotals: Subtotals;
  /** Columns that are the sums of others, checked row by row (./columnSums). */
  columnSums: ColumnSum[];
  evidence: Evidence;
}

/**
 * Every finding of the table, unsorted.
 *
 * @example
 * productionFindings({ figures, derived, subtotals, columnSums, evidence }).map((f) => `${f.cell} ${f.code}`)
 * // → ['B6 subtotal-mismatch']
 */
export function productionFindings(input: FindingsInput): Finding[] {
  const { figures, derived } = input;
  const findings: Finding[] = [];
  const rows = figures.rows.length;
  const explained = new Set<number>(); // figure column × rows + row index, of figures found wrong
  const counted = input.subtotals.nodes.filter((n) => n.counted);
  const parentOf = new Map<number, SubtotalNode>();
  for (const node of counted) for (const child of node.children) parentOf.set(child, node);

  for (const node of counted) {
    node.status.forEach((status, k) => {
      if (status !== BROKEN) return;
      const c = input.subtotals.columns[k].index;
      const f = subtotalFinding(input, node, k, c, parentOf.get(node.parent));
      findings.push(f.finding);
      if (f.wrongRow !== undefined) explained.add(c * rows + f.wrongRow);
    });
  }
  pushAll(findings, columnSumFindings(figures, derived, input.columnSums, explained));
  derived.forEach((d) => {
    const z = figures.columns[d.target];
    for (let i = 0; i < rows; i++) {
      if (keeps(d, z, figures.columns[d.a], figures.columns[d.b], i) !== 0) continue;
      if (explained.has(d.a * rows + i) || explained.has(d.b * rows + (d.wholeRow ?? i))) continue;
      findings.push(derivedFinding(figures, d, i));
    }
  });
  for (const e of figures.errors) {
    findings.push(
      finding(
        'formula-error',
        'error',
        e.row,
        e.column,
        { key: 'table.formulaError', params: { column: e.heading, code: e.code } },
        { columnHeader: e.heading, rowLabel: e.label, actual: { error: e.code as ExcelErrorCode } },
      ),
    );
  }
  return findings;
}

function subtotalFinding(
  input: FindingsInput,
  node: SubtotalNode,
  k: number,
  c: number,
  parent: SubtotalNode | undefined,
): { finding: Finding; wrongRow?: number } {
  const { figures } = input;
  const col = figures.columns[c];
  const t = node.parent;
  const sum = node.sums[k];
  const gap = col.value[t] - sum;
  const label = (i: number): string => figures.labels[i] || `${figures.rows[i]}`;
  const value = (i: number): MessageParam => figureParam(col.value[i], col.percent);
  const round = (v: number, i: number): number => (col.exact ? v : roundToUnit(v, col.unit[i]));
  // Blank parts (a group row with no figures) add nothing and are not named.
  const parts = partsParam(
    node.children.filter((x) => col.state[x] === FIGURE).map((x) => ({ label: figures.labels[x], row: figures.rows[x], value: col.value[x] })),
    node.direction,
    col.percent,
    node.children.map((x) => figures.rows[x]),
  );
  const base = { column: col.heading, label: label(t), actual: value(t), parts, expected: figureParam(round(sum, t), col.percent) };
  const at = (i: number, message: Message, expected: number): Finding =>
    finding('subtotal-mismatch', 'error', figures.rows[i], col.column, message, {
      columnHeader: col.heading,
      rowLabel: figures.labels[i],
      actual: col.value[i],
      expected,
    });
  const sumEvidence = (i: number, index: number, v: number): boolean => input.evidence(i, index, v) !== null;

  if (parent && parent.via[k] === t) {
    const why: MessageParam = { message: { key: 'production.why.total', params: { total: label(parent.parent) } } };
    return { finding: at(t, { key: 'production.subtotalMismatchConfirmed', params: { ...base, why } }, round(sum, t)), wrongRow: t };
  }
  const confirmedByTotal = parent !== undefined && parent.status[k] === OK;
  const wrong = culprit(node, k, input.subtotals.columns, sumEvidence);
  if (wrong === t && !confirmedByTotal) {
    const why = whyParam(input.evidence(t, c, sum));
    return { finding: at(t, { key: 'production.subtotalMismatchConfirmed', params: { ...base, why } }, round(sum, t)), wrongRow: t };
  }
  if (wrong !== -1 && wrong !== t) {
    const expected = round(col.value[wrong] + gap, wrong);
    const why = whyParam(input.evidence(wrong, c, col.value[wrong] + gap));
    const params = {
      column: col.heading,
      label: label(wrong),
      actual: value(wrong),
      expected: figureParam(expected, col.percent),
      total: label(t),
      totalValue: value(t),
      why,
    };
    return { finding: at(wrong, { key: 'production.partMistyped', params }, expected), wrongRow: wrong };
  }
  if (confirmedByTotal && parent) {
    return { finding: at(t, { key: 'production.subtotalMismatchInParts', params: { ...base, total: label(parent.parent) } }, round(sum, t)) };
  }
  return { finding: at(t, { key: 'production.subtotalMismatch', params: base }, round(sum, t)) };
}

function whyParam(kind: EvidenceKind | null): MessageParam {
  return { message: { key: `production.why.${kind ?? 'change'}` } };
}

function derivedFinding(figures: TableFigures, d: DerivedRelation, i: number): Finding {
  const z = figures.columns[d.target];
  const x = figures.columns[d.a];
  const y = figures.columns[d.b];
  const percent = derivedIsPercent(z, d.formula, d.scale);
  const j = d.wholeRow ?? i;
  const expected = roundToUnit(expectedValue(d, x.value[i], y.value[j]) as number, z.unit[i]);
  const source = (col: typeof x, row = i): MessageParam => figureParam(col.value[row], col.percent);
  const common = { column: z.heading, actual: figureParam(z.value[i], percent), expected: figureParam(expected, percent) };
  let message: Message;
  if (d.kind === 'change')
    message = { key: 'production.changeMismatch', params: { ...common, new: source(x), newColumn: x.heading, old: source(y), oldColumn: y.heading } };
  else if (d.wholeRow !== undefined) {
    message = {
      key: 'production.shareOfTotalMismatch',
      params: { ...common, part: source(x), partColumn: x.heading, whole: source(y, j), wholeLabel: figures.labels[j] || String(figures.rows[j]) },
    };
  } else message = { key: 'production.shareMismatch', params: { ...common, part: source(x), partColumn: x.heading, whole: source(y), wholeColumn: y.heading } };
  return finding(d.kind === 'change' ? 'change-mismatch' : 'share-mismatch', 'error', figures.rows[i], z.column, message, {
    columnHeader: z.heading,
    rowLabel: figures.labels[i],
    actual: z.value[i],
    expected,
  });
}
