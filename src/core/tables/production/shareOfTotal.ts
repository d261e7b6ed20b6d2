/**
 * Shares of the table's total row: a column of shares ("Andel av totalen", "% av totalt", or percentages)
 * whose figure on each row
 * is that row's figure in another column divided by the same column's figure on the total row (the row
 * named a total, or the largest figure of the column). Looked for only in share columns that no pair of
 * columns explains row by row, of the table's total column when it has one (a column that is the sum of
 * others), else of any column of sums. It counts when more of the rows that say something by it keep it than break
 * it, or as many when its heading names the total ("av totalen") and the whole's own row shows 100 %.
 */
import { keeps, RATIO_FAMILIES, type DerivedRelation } from './derivedColumns';
import { FIGURE, type FigureColumn, type TableFigures } from './figures';
import { isTotalLabel } from './productionVocabulary';
import { foldWords } from '../shared/cellText';

/** A heading of a share (an average or an index is no share of a total). */
const SHARE = /\b(andel\w*|procent\w*|percent\w*|share)\b/;
/** A heading that names the total it is a share of. */
const OF_TOTAL = /\b(av|of) (totalen|totalt|total|summan|samtliga|alla|hela)\b/;

/**
 * The shares of the total row among the share columns no other relation explains.
 *
 * @example
 * findSharesOfTotal(figures, derived, [0]) // "Vårdtillfällen | Andel av totalen" → [{ kind: 'share', target: 1, a: 0, b: 0, wholeRow: 4, … }]
 */
export function findSharesOfTotal(figures: TableFigures, derived: DerivedRelation[], wholes: number[]): DerivedRelation[] {
  const { columns, labels } = figures;
  const taken = new Set(derived.map((d) => d.target));
  const out: DerivedRelation[] = [];
  columns.forEach((z, target) => {
    if (taken.has(target) || !(z.percent || SHARE.test(foldWords(z.heading)) || z.heading.includes('%'))) return;
    const named = OF_TOTAL.test(foldWords(z.heading));
    let best: { rel: DerivedRelation; score: number[] } | null = null;
    for (const a of wholes) {
      if (a === target) continue;
      const col = columns[a];
      for (const wholeRow of wholeRows(col, labels)) {
        for (const f of RATIO_FAMILIES) {
          const rel: DerivedRelation = { kind: 'share', formula: 'ratio', target, a, b: a, scale: f.scale, wholeRow };
          const { agree, broken } = tally(rel, columns);
          // The whole's own row shows 100 %: the share is of that row.
          const whole = keeps(rel, z, col, col, wholeRow) === 1 ? 1 : 0;
          // Two rows or more keep it and more keep it than break it; one and as many when its heading and the
          // whole's own 100 % both say so.
          if (!((agree >= 2 && agree > broken) || (agree >= broken && agree >= 1 && named && whole === 1))) continue;
          const score = [whole, agree - broken, agree, isTotalLabel(labels[wholeRow]) ? 1 : 0, isTotalLabel(col.heading) ? 1 : 0, col.value[wholeRow]];
          if (!best || greater(score, best.score)) best = { rel, score };
        }
      }
    }
    if (best) out.push(best.rel);
  });
  return out;
}

/** Rows that may hold the whole: the rows named a total, and the row of the column's largest figure. */
function wholeRows(col: FigureColumn, labels: string[]): number[] {
  const out: number[] = [];
  let largest = -1;
  for (let i = 0; i < col.state.length; i++) {
    if (col.state[i] !== FIGURE) continue;
    if (isTotalLabel(labels[i])) out.push(i);
    if (largest === -1 || col.value[i] > col.value[largest]) largest = i;
  }
  if (largest !== -1 && col.value[largest] > 0 && !out.includes(largest)) out.push(largest);
  return out;
}

/**
 * How many rows keep the share and how many break it, of the rows that say something by it: not the
 * whole's own row (a figure of itself is 100 % in any column) and not a share of nothing (0 % of any whole).
 */
function tally(rel: DerivedRelation, columns: FigureColumn[]): { agree: number; broken: number } {
  let agree = 0;
  let broken = 0;
  const z = columns[rel.target];
  for (let i = 0; i < z.state.length; i++) {
    if (i === rel.wholeRow || z.value[i] === 0) continue;
    const k = keeps(rel, z, columns[rel.a], columns[rel.b], i);
    if (k === 1) agree++;
    else if (k === 0) broken++;
  }
  return { agree, broken };
}

function greater(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}
