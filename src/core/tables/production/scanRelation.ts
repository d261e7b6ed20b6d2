/**
 * Whether a row of a production table is the sum of the rows next to it: the rows below it (a subtotal
 * written first, "Läkarbesök" over its "Somatik" and "Psykiatri") or above it (a "Summa" row). Rows already
 * summed into a subtotal are passed over; their subtotal stands for them. Column by column, the sum holds
 * when it is within the rounding of the figures shown (whole numbers exactly).
 */
import { FIGURE, UNREADABLE, type FigureColumn } from './figures';

export type Direction = 'below' | 'above';

/** A column's verdict on one relation. */
export const OK = 1;
export const BROKEN = 2;
/** The parent has no figure there, or a part is unreadable: the column says nothing. */
export const SILENT = 0;

export interface Relation {
  parent: number;
  direction: Direction;
  /**
   * Row indexes of the parts, nearest first. During a scan this and the arrays below are the scan's own,
   * which change at every step: a relation that is kept must be copied (`keepRelation`).
   */
  children: number[];
  /** Per additive column: OK, BROKEN or SILENT. */
  status: Uint8Array;
  /** Per additive column: the sum of the parts as written. */
  sums: Float64Array;
  /** Per additive column: the part whose corrected figure makes the sum hold, or -1. */
  via: Int32Array;
  matched: number;
  broken: number;
  /**
   * Columns that hold with at least two parts that are not zero: a sum, not one part equal to the parent
   * beside parts that are zero, which says no more than two equal rows do.
   */
  summed: number;
}

/** The figures the scan reads: the additive columns, and the corrected figure of each subtotal that does not add up. */
export interface ScanInput {
  columns: FigureColumn[];
  /** Active rows as a linked list: the next and previous row not yet summed into a subtotal (-1 at the ends). */
  next: Int32Array;
  prev: Int32Array;
  /** Per row, per additive column: what its parts add up to where it does not match them (NaN elsewhere). */
  alt: (Float64Array | null)[];
  /** Columns whose figures are never negative: a running sum past the parent ends the scan there. */
  nonNegative: boolean[];
  /** Buffers reused by every scan of this input (a table's thousands of scans would otherwise each allocate them). */
  scratch?: Scratch;
}

interface Scratch {
  target: Float64Array;
  sums: Float64Array;
  tol: Float64Array;
  live: Uint8Array;
  status: Uint8Array;
  via: Int32Array;
  nonZero: Int32Array;
  children: number[];
  /** Parts seen so far whose own sum does not hold (their corrected figure may close this one). */
  altParts: number[];
}

function scratchOf(input: ScanInput): Scratch {
  const width = input.columns.length;
  input.scratch ??= {
    target: new Float64Array(width),
    sums: new Float64Array(width),
    tol: new Float64Array(width),
    live: new Uint8Array(width),
    status: new Uint8Array(width),
    via: new Int32Array(width),
    nonZero: new Int32Array(width),
    children: [],
    altParts: [],
  };
  return input.scratch;
}

/** How far a scan goes where a column has negative figures and a running sum cannot end it. */
const MAX_PARTS = 2000;

/**
 * The relations of row `t` with 1, 2, … of the active rows in `direction`, from `first` (by default the
 * active row next to t), handed to `visit` one by one until `visit` returns true or no sum can come back
 * to the parent's figures.
 *
 * @example
 * scanRelations(input, 0, 'below', (r) => r.broken === 0) // stops at the first sum that holds everywhere
 */
export function scanRelations(input: ScanInput, t: number, direction: Direction, visit: (r: Relation) => boolean, first?: number): void {
  const { columns, alt, nonNegative } = input;
  const width = columns.length;
  const { target, sums, tol, live, status, via, nonZero, children, altParts } = scratchOf(input);
  sums.fill(0);
  nonZero.fill(0);
  live.fill(0);
  children.length = 0;
  altParts.length = 0;
  let participating = 0;
  let unbounded = false;
  for (let c = 0; c < width; c++) {
    const col = columns[c];
    if (col.state[t] !== FIGURE) continue;
    live[c] = 1;
    participating++;
    target[c] = col.value[t];
    tol[c] = col.exact ? 0 : col.unit[t] / 2;
    if (!nonNegative[c]) unbounded = true;
  }
  if (participating === 0) return;
  const step = direction === 'below' ? input.next : input.prev;
  // The scratch buffers are the relation's: a relation that is kept is copied (keepRelation).
  const relation: Relation = { parent: t, direction, children, status, sums, via, matched: 0, broken: 0, summed: 0 };
  for (let cur = first ?? step[t]; cur !== -1 && (!unbounded || children.length < MAX_PARTS); cur = step[cur]) {
    children.push(cur);
    if (alt[cur]) altParts.push(cur);
    for (let c = 0; c < width; c++) {
      if (!live[c]) continue;
      const col = columns[c];
      const s = col.state[cur];
      if (s === UNREADABLE) {
        live[c] = 0;
        continue;
      }
      if (s !== FIGURE) continue;
      sums[c] += col.value[cur];
      if (col.value[cur] !== 0) nonZero[c]++;
      if (!col.exact) tol[c] += col.unit[cur] / 2;
    }
    status.fill(0);
    via.fill(-1);
    let matched = 0;
    let broken = 0;
    let summed = 0;
    let passed = true; // every column's running sum is past the parent's figure for good
    for (let c = 0; c < width; c++) {
      if (!live[c]) continue;
      const limit = tol[c] + 1e-9 * Math.max(1, Math.abs(target[c]));
      const gap = target[c] - sums[c];
      if (gap >= -limit || !nonNegative[c]) passed = false;
      if (Math.abs(gap) <= limit) {
        status[c] = OK;
        matched++;
        if (nonZero[c] >= 2) summed++;
        continue;
      }
      const fix = altParts.length === 0 ? -1 : correctedPart(altParts, alt, columns[c], c, target[c] - sums[c], limit);
      if (fix !== -1) {
        status[c] = OK;
        via[c] = fix;
        matched++;
        if (nonZero[c] >= 2) summed++;
        continue;
      }
      status[c] = BROKEN;
      broken++;
    }
    if (matched + broken === 0) return; // every column has an unreadable part: nothing more to learn
    relation.matched = matched;
    relation.broken = broken;
    relation.summed = summed;
    if (visit(relation)) return;
    if (passed) return;
  }
}

/** The part whose corrected figure (its own parts' sum) closes a gap of `gap` in column c, or -1. */
function correctedPart(parts: number[], alt: (Float64Array | null)[], col: FigureColumn, c: number, gap: number, limit: number): number {
  for (const x of parts) {
    const corrected = (alt[x] as Float64Array)[c];
    if (!Number.isNaN(corrected) && Math.abs(gap - (corrected - col.value[x])) <= limit) return x;
  }
  return -1;
}

/**
 * A relation seen during a scan, as it stays: its parts copied, in sheet order.
 *
 * @example
 * scanRelations(input, t, 'above', (r) => { if (r.broken === 0) kept = keepRelation(r); return kept !== undefined; });
 */
export function keepRelation(r: Relation): Relation {
  const children = r.children.slice();
  if (r.direction === 'above') children.reverse();
  return { ...r, children, status: r.status.slice(), sums: r.sums.slice(), via: r.via.slice() };
}
