/**
 * The subtotals of a production table, found from the figures: which rows are the sums of which others,
 * whatever their labels or indentation. Like reading a table by hand, from the inside out:
 *
 * 1. Sums that hold in every column are taken first, the shortest first, and their parts are then passed
 *    over (the subtotal stands for them), until no more are found: "Läkarbesök" = "Somatik" + "Psykiatri",
 *    then "Totalt" = "Läkarbesök" + "Övriga vårdgivarbesök".
 * 2. Then sums that hold in most columns but not all, where a mistyped figure breaks one: taken when at least
 *    two columns hold, when the row is named a total ("Totalt", "Summa:"), when exactly one figure's own
 *    change or share also disagrees and agrees with the figure the sum gives, or when a figure reads as a
 *    typing slip of the one that would make it add up (../slip). Otherwise the sum is only
 *    tentative, and counts when the subtotal's own total agrees with it, or, with no total above it, when
 *    the table's sure subtotals are written the same way (before their parts, or after them). A row named
 *    a total whose only column does not add up is compared with the rows between it and the previous total.
 * 3. A column that breaks more sums than it keeps (at least two) is no sum at all (an average no heading
 *    named): it is left out and the subtotals are found again without it.
 * The columns of sums are the figure columns that are not computed from others and are not percentages.
 */
import type { FigureColumn } from './figures';
import { BROKEN, OK, type Relation } from './scanRelation';
import { SubtotalFinder } from './subtotalFinder';

export interface SubtotalNode extends Relation {
  /** Whether the relation counts: found in step 1, supported in step 2, or tentative and confirmed by its own total. */
  counted: boolean;
}

/**
 * A column of sums: its figures, and its place among the table's figure columns (what the evidence and the
 * findings call it). A relation's per-column arrays follow the order of the finder's columns.
 */
export interface SumColumn {
  /** Index among the table's figure columns. */
  index: number;
  figures: FigureColumn;
}

/** Whether giving row i the figure `value` in figure column `index` makes its other relations hold where they break now. */
export type SumEvidence = (i: number, index: number, value: number) => boolean;

export interface SubtotalInput {
  columns: SumColumn[];
  labels: string[];
  evidence: SumEvidence;
}

export interface Subtotals {
  nodes: SubtotalNode[];
  /** The sum columns that were kept, in the order of every node's `status`, `sums` and `via`. */
  columns: SumColumn[];
}

/**
 * The subtotals of the table, inside first.
 *
 * @example
 * findSubtotals({ columns, labels, evidence }).nodes.map((n) => [n.parent, n.children]) // → [[1, [2, 3]], [4, [5, 6]], [0, [1, 4]]]
 */
export function findSubtotals(input: SubtotalInput): Subtotals {
  let kept = input.columns;
  for (let round = 0; round < 3; round++) {
    const nodes = new SubtotalFinder(kept, input.labels, input.evidence).find();
    const noSum = kept.filter((_, k) => breaksMoreThanKeeps(nodes, k));
    if (noSum.length === 0 || noSum.length === kept.length) return { nodes, columns: kept };
    kept = kept.filter((c) => !noSum.includes(c));
  }
  return { nodes: new SubtotalFinder(kept, input.labels, input.evidence).find(), columns: kept };
}

/** Whether the k-th column breaks at least two of the counted sums and more than it keeps: an average, no sum. */
function breaksMoreThanKeeps(nodes: SubtotalNode[], k: number): boolean {
  let ok = 0;
  let broken = 0;
  for (const n of nodes) {
    if (!n.counted) continue;
    if (n.status[k] === OK) ok++;
    else if (n.status[k] === BROKEN) broken++;
  }
  return broken >= 2 && broken > ok;
}
