/**
 * Columns that are the sum of other columns, row by row: "Totalt" beside "Somatik", "Psykiatri" and
 * "Primärvård", written after its parts or before them. The parts are a run of neighbouring columns of
 * sums (changes and shares between them are passed over); which run is what the rows confirm. A column
 * headed as a total ("Totalt", "Summa") counts when at least half of the rows where it can be computed
 * keep it; any other when at least three rows and three in four keep it, so that counts that happen to add
 * up on a row or two are no relation. A row where the parts are all empty, or one is unreadable, says
 * nothing. The rows that break it are where a figure is wrong: which one, the other relations of its cells
 * say (./evidence), else the finding is the row's total.
 */
import { EMPTY, FIGURE, UNREADABLE, type FigureColumn, type TableFigures } from './figures';
import { isTotalLabel } from './productionVocabulary';
import { BROKEN, OK, SILENT } from './scanRelation';

export interface ColumnSum {
  /** Figure-column index of the total, and of its parts left to right. */
  total: number;
  parts: number[];
  /** Per data row: OK, BROKEN or SILENT. */
  status: Uint8Array;
  /** Per data row: what the parts add up to. */
  sums: Float64Array;
}

/** Rows tried for each run before it is confirmed on every row. */
const SAMPLE = 60;

/**
 * Every column of `candidates` (figure-column indexes of columns that can be summed, left to right) that
 * is the sum of a run of its neighbours among them.
 *
 * @example
 * findColumnSums(figures, [0, 1, 2, 3]) // "Somatik | Psykiatri | Primärvård | Totalt" → [{ total: 3, parts: [0, 1, 2], … }]
 */
export function findColumnSums(figures: TableFigures, candidates: number[]): ColumnSum[] {
  const { columns } = figures;
  const out: ColumnSum[] = [];
  candidates.forEach((total, at) => {
    const named = isTotalLabel(columns[total].heading);
    let best: { sum: ColumnSum; agree: number } | null = null;
    const runs: number[][] = [];
    for (let from = at - 2; from >= 0; from--) runs.push(candidates.slice(from, at));
    for (let to = at + 3; to <= candidates.length; to++) runs.push(candidates.slice(at + 1, to));
    for (const parts of runs) {
      if (!promising(columns, total, parts)) continue;
      const sum = evaluate(columns, total, parts);
      const { agree, broken, summed } = tally(sum.status, sum, columns, parts);
      const computable = agree + broken;
      const kept = summed >= 1 && (named ? agree >= 1 && agree * 2 >= computable : agree >= 3 && broken * 4 <= computable);
      if (kept && (!best || agree > best.agree || (agree === best.agree && parts.length > best.sum.parts.length))) best = { sum, agree };
    }
    if (best) out.push(best.sum);
  });
  return out;
}

/** A quick look at the first rows: some row must keep the run (most candidate runs keep none). */
function promising(columns: FigureColumn[], total: number, parts: number[]): boolean {
  const t = columns[total];
  let seen = 0;
  let broken = 0;
  for (let i = 0; i < t.state.length && seen < SAMPLE; i++) {
    const verdict = rowVerdict(columns, total, parts, i);
    if (verdict.status === SILENT) continue;
    seen++;
    if (verdict.status === OK) return true;
    if (++broken >= 4) return false;
  }
  return false;
}

function evaluate(columns: FigureColumn[], total: number, parts: number[]): ColumnSum {
  const n = columns[total].state.length;
  const status = new Uint8Array(n);
  const sums = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = rowVerdict(columns, total, parts, i);
    status[i] = v.status;
    sums[i] = v.sum;
  }
  return { total, parts, status, sums };
}

/** Whether row i keeps the sum: within the rounding of the figures shown (whole numbers exactly). */
export function rowVerdict(columns: FigureColumn[], total: number, parts: number[], i: number): { status: number; sum: number; nonZero: number } {
  const t = columns[total];
  if (t.state[i] !== FIGURE) return { status: SILENT, sum: 0, nonZero: 0 };
  let sum = 0;
  let tol = t.exact ? 0 : t.unit[i] / 2;
  let figures = 0;
  let nonZero = 0;
  for (const p of parts) {
    const col = columns[p];
    if (col.state[i] === UNREADABLE) return { status: SILENT, sum: 0, nonZero: 0 };
    if (col.state[i] === EMPTY) continue;
    figures++;
    sum += col.value[i];
    if (col.value[i] !== 0) nonZero++;
    if (!col.exact) tol += col.unit[i] / 2;
  }
  if (figures === 0) return { status: SILENT, sum: 0, nonZero: 0 };
  const ok = Math.abs(t.value[i] - sum) <= tol + 1e-9 * Math.max(1, Math.abs(sum));
  return { status: ok ? OK : BROKEN, sum, nonZero };
}

function tally(status: Uint8Array, sum: ColumnSum, columns: FigureColumn[], parts: number[]): { agree: number; broken: number; summed: number } {
  let agree = 0;
  let broken = 0;
  let summed = 0;
  for (let i = 0; i < status.length; i++) {
    if (status[i] === OK) {
      agree++;
      if (rowVerdict(columns, sum.total, parts, i).nonZero >= 2) summed++;
    } else if (status[i] === BROKEN) broken++;
  }
  return { agree, broken, summed };
}
