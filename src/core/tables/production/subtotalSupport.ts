/**
 * What supports a sum that not every column keeps, and what confirms a tentative one (see ./subtotals):
 * a total label, a typing slip, a figure's own change or share, the subtotal's own total, the table's shape.
 */
import { FIGURE, type FigureColumn } from './figures';
import { maxOf } from '../../arrays';
import { isBridge, isTotalLabel } from './productionVocabulary';
import { BROKEN, keepRelation, OK, scanRelations, type Direction, type Relation, type ScanInput } from './scanRelation';
import { isSlip } from './slip';
import type { SubtotalNode, SumColumn, SumEvidence } from './subtotals';

/**
 * A row named a total whose one column does not add up: its parts are the rows between it and the
 * previous total (the next, for a total written first). A sum of figures that are never negative is at
 * least its largest part, so a "total" below one of its rows is an average, not a sum, and no relation.
 */
export function lonelyTotal(scan: ScanInput, t: number, labels: string[]): Relation | undefined {
  const direction: Direction = scan.prev[t] === -1 ? 'below' : 'above';
  const step = direction === 'below' ? scan.next : scan.prev;
  let count = 0;
  for (let cur = step[t]; cur !== -1 && !isTotalLabel(labels[cur]); cur = step[cur]) count++;
  if (count < 2) return undefined;
  let found: Relation | undefined;
  scanRelations(scan, t, direction, (r) => {
    if (r.children.length < count) return false;
    found = keepRelation(r);
    return true;
  });
  if (!found || found.matched + found.broken !== 1 || found.broken !== 1) return undefined;
  const c = found.status.indexOf(BROKEN);
  const col = scan.columns[c];
  const largest = maxOf(found.children.map((x) => (col.state[x] === FIGURE ? col.value[x] : 0)));
  return scan.nonNegative[c] && col.value[t] > 0 && col.value[t] >= largest ? found : undefined;
}

/**
 * A row that closes a bridge (its label names the same measure as a row above it, for another year or
 * version: ../productionVocabulary isBridge) and does not add up: its parts are the rows from the opening
 * row to it. Its names show the sum is meant, so one column that breaks it is enough.
 */
export function lonelyBridge(scan: ScanInput, t: number, labels: string[]): Relation | undefined {
  let count = 0;
  let opening = -1;
  for (let cur = scan.prev[t]; cur !== -1 && !isTotalLabel(labels[cur]); cur = scan.prev[cur]) {
    count++;
    if (isBridge(labels[cur], labels[t])) {
      opening = cur;
      break;
    }
  }
  if (opening === -1 || count < 2) return undefined;
  let found: Relation | undefined;
  scanRelations(scan, t, 'above', (r) => {
    if (r.children.length < count) return false;
    found = keepRelation(r);
    return true;
  });
  return found && found.broken > 0 ? found : undefined;
}

/**
 * True when, in every column that does not add up, the subtotal or one part reads as a typing slip of the
 * figure that would make it add up (8 832 for 832): a mistyped figure, not a sum that only happened to hold
 * in the other column. Small figures say too little for that: 6 = 5 + 1 holds by chance, and a two-digit
 * figure is one slip from a fifth of all others. The chance of both is about the inverse of the sum's figure
 * times the slipped one's, so their product must reach a hundred thousand.
 */
export function slipped(r: Relation, columns: FigureColumn[]): boolean {
  const EVIDENCE = 100_000;
  let sum = 0;
  r.status.forEach((s, c) => {
    if (s === OK) sum = Math.max(sum, Math.abs(columns[c].value[r.parent]) / (columns[c].exact ? 1 : columns[c].unit[r.parent]));
  });
  if (r.summed === 0 || sum === 0) return false;
  for (let c = 0; c < columns.length; c++) {
    if (r.status[c] !== BROKEN) continue;
    const col = columns[c];
    const unit = col.exact ? 1 : col.unit[r.parent];
    const gap = col.value[r.parent] - r.sums[c];
    const slip = (written: number, intended: number): boolean =>
      (sum * Math.max(Math.abs(written), Math.abs(intended))) / unit >= EVIDENCE && isSlip(written, intended, unit);
    const slips = slip(col.value[r.parent], r.sums[c]) || r.children.some((x) => col.state[x] === FIGURE && slip(col.value[x], col.value[x] + gap));
    if (!slips) return false;
  }
  return true;
}

/** True when, in every column that does not add up, exactly one figure's own change or share points at it. */
export function located(r: Relation, columns: SumColumn[], evidence: SumEvidence): boolean {
  for (let k = 0; k < columns.length; k++) {
    if (r.status[k] !== BROKEN) continue;
    if (culprit(r, k, columns, evidence) === -1) return false;
  }
  return true;
}

/**
 * The row whose figure in the k-th sum column alone explains why the sum does not hold, by its own change
 * or share: the subtotal (corrected to the sum) or one part (corrected by the difference); -1 when none or
 * several do.
 */
export function culprit(r: Relation, k: number, columns: SumColumn[], evidence: SumEvidence): number {
  const { figures: col, index } = columns[k];
  const gap = col.value[r.parent] - r.sums[k];
  const found: number[] = [];
  if (evidence(r.parent, index, r.sums[k])) found.push(r.parent);
  for (const x of r.children) if (col.state[x] === FIGURE && evidence(x, index, col.value[x] + gap)) found.push(x);
  return found.length === 1 ? found[0] : -1;
}

/**
 * Tentative subtotals count when their own total keeps them: in each column they break, it holds. One with
 * no total above it counts when the table's sure subtotals are written the same way (before their parts,
 * or after them): the rest of the table keeps the shape, and without it its parts would belong to no sum.
 */
export function confirmTentative(all: SubtotalNode[], nodes: Map<number, SubtotalNode>, parentOf: Int32Array): SubtotalNode[] {
  const sureDirections = new Set(all.filter((n) => n.counted).map((n) => n.direction));
  const memo = new Map<number, boolean>();
  const counts = (t: number): boolean => {
    const node = nodes.get(t);
    if (!node) return false;
    if (node.counted) return true;
    const known = memo.get(t);
    if (known !== undefined) return known;
    memo.set(t, false);
    const p = parentOf[t];
    const parent = p === -1 ? undefined : nodes.get(p);
    const ok = parent === undefined ? sureDirections.has(node.direction) : counts(p) && node.status.every((s, c) => s !== BROKEN || parent.status[c] === OK);
    memo.set(t, ok);
    return ok;
  };
  return all.map((node) => (node.counted ? node : { ...node, counted: counts(node.parent) })).sort((a, b) => a.parent - b.parent);
}
