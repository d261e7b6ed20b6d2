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
import { FIGURE, type FigureColumn } from './figures';
import { pushAll } from '../../arrays';
import { isPartOfLabel, isTotalLabel } from './productionVocabulary';
import { confirmTentative, located, lonelyTotal, slipped } from './subtotalSupport';
import { BROKEN, keepRelation, OK, scanRelations, type Direction, type Relation, type ScanInput } from './scanRelation';

export interface SubtotalNode extends Relation {
  /** Whether the relation counts: found in step 1, supported in step 2, or tentative and confirmed by its own total. */
  counted: boolean;
}

interface Candidate {
  relation: Relation;
  /** False for a sum that only one column keeps and nothing else supports: it counts if its own total keeps it. */
  strong: boolean;
}

export interface SubtotalInput {
  /** The columns of sums. */
  columns: FigureColumn[];
  labels: string[];
  /** Whether giving row i the figure `value` in sum column c makes its other relations hold where they break now. */
  evidence: (i: number, c: number, value: number) => boolean;
}

export interface Subtotals {
  nodes: SubtotalNode[];
  /** The sum columns that were kept (indexes into the input's columns). */
  columns: number[];
}

/**
 * The subtotals of the table, inside first.
 *
 * @example
 * findSubtotals({ columns, labels, evidence }).nodes.map((n) => [n.parent, n.children]) // → [[1, [2, 3]], [4, [5, 6]], [0, [1, 4]]]
 */
export function findSubtotals(input: SubtotalInput): Subtotals {
  let kept = input.columns.map((_, c) => c);
  for (let round = 0; round < 3; round++) {
    const nodes = buildHierarchy({ ...input, columns: kept.map((c) => input.columns[c]) }, kept);
    const noSum = kept.filter((_, k) => {
      let ok = 0;
      let broken = 0;
      for (const n of nodes) {
        if (!n.counted) continue;
        if (n.status[k] === OK) ok++;
        else if (n.status[k] === BROKEN) broken++;
      }
      return broken >= 2 && broken > ok;
    });
    if (noSum.length === 0 || noSum.length === kept.length) return { nodes, columns: kept };
    kept = kept.filter((c) => !noSum.includes(c));
  }
  return { nodes: buildHierarchy({ ...input, columns: kept.map((c) => input.columns[c]) }, kept), columns: kept };
}

function buildHierarchy(input: SubtotalInput, original: number[]): SubtotalNode[] {
  const { columns, labels } = input;
  const n = labels.length;
  // "Varav akut" rows break down the row above them: they are in no sum, as parts or as totals.
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (!isPartOfLabel(labels[i])) rows.push(i);
  const next = new Int32Array(n).fill(-1);
  const prev = new Int32Array(n).fill(-1);
  rows.forEach((i, k) => {
    next[i] = k + 1 < rows.length ? rows[k + 1] : -1;
    prev[i] = k > 0 ? rows[k - 1] : -1;
  });
  const scan: ScanInput = {
    columns,
    next,
    prev,
    alt: new Array(n).fill(null),
    nonNegative: columns.map((col) => col.value.every((v, i) => col.state[i] !== FIGURE || v >= 0)),
  };
  const nodes = new Map<number, SubtotalNode>();
  const parentOf = new Int32Array(n).fill(-1);
  let head = rows.length > 0 ? rows[0] : -1;
  // Whether rows that belong to no sum are left beside others that do (nothing to do in a finished table).
  const leftovers = (): boolean => {
    let tops = 0;
    for (let t = head; t !== -1; t = next[t]) if (!nodes.has(t)) tops++;
    return tops > 0 && nodes.size > 0;
  };
  const canSum = (t: number): boolean =>
    !isPartOfLabel(labels[t]) && !nodes.has(t) && columns.some((col) => col.state[t] === FIGURE && col.value[t] !== 0);
  const evidence = (i: number, c: number, v: number): boolean => input.evidence(i, original[c], v);

  const collapse = (r: Relation, counted: boolean): void => {
    for (const child of r.children) {
      if (prev[child] !== -1) next[prev[child]] = next[child];
      else head = next[child];
      if (next[child] !== -1) prev[next[child]] = prev[child];
      parentOf[child] = r.parent;
    }
    if (r.broken > 0) {
      const alt = new Float64Array(columns.length).fill(NaN);
      r.status.forEach((s, c) => {
        if (s === BROKEN) alt[c] = r.sums[c];
      });
      scan.alt[r.parent] = alt;
    }
    nodes.set(r.parent, { ...r, counted });
  };
  // Accepts candidates inside first, each row in one relation at most; returns how many were taken.
  const accept = (candidates: Candidate[]): number => {
    candidates.sort((a, b) => a.relation.children.length - b.relation.children.length || a.relation.broken - b.relation.broken || b.relation.matched - a.relation.matched);
    const used = new Set<number>();
    let taken = 0;
    for (const { relation, strong } of candidates) {
      const rows = [relation.parent, ...relation.children];
      if (rows.some((x) => used.has(x)) || relation.children.some((x) => parentOf[x] !== -1) || nodes.has(relation.parent)) continue;
      for (const x of rows) used.add(x);
      collapse(relation, strong);
      taken++;
    }
    return taken;
  };

  // The row at the top of the rows summed into each other above row i (i itself while it is active).
  const topOf = (i: number): number => {
    let top = i;
    while (parentOf[top] !== -1) top = parentOf[top];
    return top;
  };
  // Where a row's parts would start in each direction: the active row next to it; for a row already summed
  // into a subtotal, the leftover active row right next to it in the sheet, if there is one.
  const startsOf = (t: number): [Direction, number][] => {
    if (parentOf[t] === -1) return [['below', next[t]], ['above', prev[t]]];
    const own = topOf(t);
    const out: [Direction, number][] = [];
    for (const [direction, step] of [['below', 1], ['above', -1]] as [Direction, number][]) {
      let neighbour = t + step;
      while (neighbour >= 0 && neighbour < n && isPartOfLabel(labels[neighbour])) neighbour += step;
      if (neighbour < 0 || neighbour >= n) continue;
      const start = topOf(neighbour);
      if (start !== own) out.push([direction, start]);
    }
    return out;
  };

  // Each row's candidate: the shortest sum that holds in every column, else the sum that holds in most.
  const candidatesOf = (t: number): Candidate[] => {
    const exact: Candidate[] = [];
    let best: Relation | undefined;
    for (const [direction, first] of startsOf(t)) {
      if (first === -1) continue;
      scanRelations(scan, t, direction, (r) => {
        if (r.matched === 0) return false;
        // A row equal to the one next to it (beside parts that are zero) is a sum of one part only when its
        // label says it is a total: two neighbours with the same figures are far more often just that.
        if ((r.children.length < 2 || r.summed === 0) && !isTotalLabel(labels[t])) return false;
        if (r.broken === 0) {
          exact.push({ relation: keepRelation(r), strong: true });
          return true;
        }
        if (r.broken <= r.matched && (!best || r.matched > best.matched)) best = keepRelation(r);
        return false;
      }, first);
    }
    if (exact.length > 0 || !best) return exact;
    const strong = best.matched >= 2 || isTotalLabel(labels[t]) || located(best, columns, evidence) || slipped(best, columns);
    return [{ relation: best, strong }];
  };

  for (let round = 0; round < 10 * n + 10; round++) {
    const candidates: Candidate[] = [];
    for (let t = head; t !== -1; t = next[t]) if (canSum(t)) pushAll(candidates, candidatesOf(t));
    // A row already summed into a subtotal may still be the subtotal of rows left over next to it (its
    // total was found first because its own parts did not add up).
    if (leftovers()) for (let t = 0; t < n; t++) if (parentOf[t] !== -1 && canSum(t)) pushAll(candidates, candidatesOf(t));
    // Inside first: a sum whose parts include a row that is itself a candidate subtotal waits for that
    // row's own parts. A sure sum waits only for sure candidates (a tentative one is too weak to hold it
    // up); a tentative sum waits for any. A total also waits while a row not named a total wants some of
    // the same parts: the total is the outer sum ("Totalt" over "Läkarbesök" whose figure is mistyped, not
    // over its parts directly). Sure sums go before tentative ones. A sum of one part ("Totalt" equal to
    // its one group) says least about which row is inside which, so it waits until nothing else can be
    // taken; a total compared with all the rows before it waits even longer.
    const several = candidates.filter((c) => c.relation.children.length >= 2);
    const sureParents = new Set(several.filter((c) => c.strong).map((c) => c.relation.parent));
    const anyParents = new Set(several.map((c) => c.relation.parent));
    const wantedByInner = new Set(several.filter((c) => !isTotalLabel(labels[c.relation.parent])).flatMap((c) => c.relation.children));
    const ready = several.filter((c) => {
      const waitFor = c.strong ? sureParents : anyParents;
      const total = isTotalLabel(labels[c.relation.parent]);
      return !c.relation.children.some((x) => waitFor.has(x) || (total && wantedByInner.has(x)));
    });
    const strong = (list: Candidate[]): Candidate[] => list.filter((c) => c.strong);
    const tentative = (list: Candidate[]): Candidate[] => list.filter((c) => !c.strong);
    if (accept(strong(ready)) > 0 || accept(tentative(ready)) > 0) continue;
    if (accept(strong(several)) > 0 || accept(tentative(several)) > 0) continue;
    const singles = candidates.filter((c) => c.relation.children.length < 2);
    if (accept(strong(singles)) > 0 || accept(tentative(singles)) > 0) continue;
    const lonely: Candidate[] = [];
    for (let t = head; t !== -1; t = next[t]) {
      if (!canSum(t) || !isTotalLabel(labels[t])) continue;
      const relation = lonelyTotal(scan, t, labels);
      if (relation) lonely.push({ relation, strong: true });
    }
    if (accept(lonely) === 0) break;
  }
  return confirmTentative([...nodes.values()], nodes, parentOf);
}

