/**
 * One search for the subtotals of a table in the given columns of sums (steps 1 and 2 of ./subtotals): a
 * small state machine over the rows not yet summed. Each round collects every row's candidate sum, then
 * tries the passes of PASSES in order and ends at the first pass that takes a sum; the search ends when a
 * round takes none. The tentative sums are then confirmed, or not, by their own totals.
 */
import { minOf, pushAll } from '../../arrays';
import { FIGURE, type FigureColumn } from './figures';
import { isBridge, isPartOfLabel, isTotalLabel } from './productionVocabulary';
import { ActiveRows } from './activeRows';
import { confirmTentative, located, lonelyBridge, lonelyTotal, slipped } from './subtotalSupport';
import { BROKEN, keepRelation, scanRelations, type Direction, type Relation, type ScanInput } from './scanRelation';
import type { SubtotalNode, SumColumn, SumEvidence } from './subtotals';

interface Candidate {
  relation: Relation;
  /** False for a sum that only one column keeps and nothing else supports: it counts if its own total keeps it. */
  strong: boolean;
}

/** The candidates of one round, sorted the way the passes pick from them. */
interface Round {
  /** Sums of two parts or more whose parts wait for no other candidate. */
  ready: Candidate[];
  /** Sums of two parts or more. */
  several: Candidate[];
  /** Sums of one part ("Totalt" equal to its one group). */
  singles: Candidate[];
}

const strong = (list: Candidate[]): Candidate[] => list.filter((c) => c.strong);
const tentative = (list: Candidate[]): Candidate[] => list.filter((c) => !c.strong);

/**
 * The passes of a round, in order. Inside first: a sum whose parts include a row that is itself a candidate
 * subtotal waits for that row's own parts. Sure sums go before tentative ones. A sum of one part says least
 * about which row is inside which, so it waits until nothing else can be taken; a total compared with all
 * the rows before it waits even longer.
 */
const PASSES: readonly ((round: Round, finder: SubtotalFinder) => Candidate[])[] = [
  (round) => strong(round.ready),
  (round) => tentative(round.ready),
  (round) => strong(round.several),
  (round) => tentative(round.several),
  (round) => strong(round.singles),
  (round) => tentative(round.singles),
  (_, finder) => finder.lonelyTotals(),
];

/**
 * One search for the subtotals of a table in the given sum columns.
 *
 * @example
 * new SubtotalFinder(columns, labels, evidence).find().map((n) => [n.parent, n.children]) // → [[1, [2, 3]], [0, [1, 4]]]
 */
export class SubtotalFinder {
  private readonly n: number;
  private readonly rows: ActiveRows;
  private readonly scan: ScanInput;
  private readonly nodes = new Map<number, SubtotalNode>();
  /** Per row, the subtotal it was summed into, or -1. */
  private readonly parentOf: Int32Array;
  private readonly figures: FigureColumn[];

  constructor(
    private readonly columns: SumColumn[],
    private readonly labels: string[],
    private readonly evidence: SumEvidence,
  ) {
    this.n = labels.length;
    // "Varav akut" rows break down the row above them: they are in no sum, as parts or as totals.
    this.rows = new ActiveRows(this.n, (i) => !isPartOfLabel(labels[i]));
    this.figures = columns.map((c) => c.figures);
    this.scan = {
      columns: this.figures,
      next: this.rows.next,
      prev: this.rows.prev,
      alt: new Array(this.n).fill(null),
      nonNegative: this.figures.map((col) => col.value.every((v, i) => col.state[i] !== FIGURE || v >= 0)),
    };
    this.parentOf = new Int32Array(this.n).fill(-1);
  }

  /** Rounds until no pass takes a sum; then the tentative sums are confirmed or not. */
  find(): SubtotalNode[] {
    for (let round = 0; round < 10 * this.n + 10; round++) {
      const candidates = this.round();
      if (!PASSES.some((pass) => this.accept(pass(candidates, this)) > 0)) break;
    }
    return confirmTentative([...this.nodes.values()], this.nodes, this.parentOf);
  }

  /**
   * Rows named a total whose one column does not add up, compared with the rows back to the previous total;
   * rows that close a bridge from the row that opens it.
   */
  lonelyTotals(): Candidate[] {
    const lonely: Candidate[] = [];
    for (const t of this.rows.active()) {
      if (!this.canSum(t)) continue;
      const relation = isTotalLabel(this.labels[t]) ? lonelyTotal(this.scan, t, this.labels) : lonelyBridge(this.scan, t, this.labels);
      if (relation) lonely.push({ relation, strong: true });
    }
    return lonely;
  }

  private round(): Round {
    const candidates: Candidate[] = [];
    for (const t of this.rows.active()) if (this.canSum(t)) pushAll(candidates, this.candidatesOf(t));
    // A row already summed into a subtotal may still be the subtotal of rows left over next to it (its
    // total was found first because its own parts did not add up).
    if (this.leftovers()) for (let t = 0; t < this.n; t++) if (this.parentOf[t] !== -1 && this.canSum(t)) pushAll(candidates, this.candidatesOf(t));
    // A sure sum waits only for sure candidates (a tentative one is too weak to hold it up); a tentative sum
    // waits for any. A total also waits while a row not named a total wants some of the same parts: the total
    // is the outer sum ("Totalt" over "Läkarbesök" whose figure is mistyped, not over its parts directly).
    const several = candidates.filter((c) => c.relation.children.length >= 2);
    const sureParents = new Set(strong(several).map((c) => c.relation.parent));
    const anyParents = new Set(several.map((c) => c.relation.parent));
    const wantedByInner = new Set(several.filter((c) => !isTotalLabel(this.labels[c.relation.parent])).flatMap((c) => c.relation.children));
    const ready = several.filter((c) => {
      const waitFor = c.strong ? sureParents : anyParents;
      const total = isTotalLabel(this.labels[c.relation.parent]);
      return !c.relation.children.some((x) => waitFor.has(x) || (total && wantedByInner.has(x)));
    });
    return { ready, several, singles: candidates.filter((c) => c.relation.children.length < 2) };
  }

  /** Whether rows that belong to no sum are left beside others that do (nothing to do in a finished table). */
  private leftovers(): boolean {
    let tops = 0;
    for (const t of this.rows.active()) if (!this.nodes.has(t)) tops++;
    return tops > 0 && this.nodes.size > 0;
  }

  private canSum(t: number): boolean {
    return !isPartOfLabel(this.labels[t]) && !this.nodes.has(t) && this.figures.some((col) => col.state[t] === FIGURE && col.value[t] !== 0);
  }

  /** Accepts candidates inside first, each row in one relation at most; returns how many were taken. */
  private accept(candidates: Candidate[]): number {
    candidates.sort(
      (a, b) => a.relation.children.length - b.relation.children.length || a.relation.broken - b.relation.broken || b.relation.matched - a.relation.matched,
    );
    const used = new Set<number>();
    let taken = 0;
    for (const { relation, strong: sure } of candidates) {
      const rows = [relation.parent, ...relation.children];
      if (rows.some((x) => used.has(x)) || relation.children.some((x) => this.parentOf[x] !== -1) || this.nodes.has(relation.parent)) continue;
      for (const x of rows) used.add(x);
      this.collapse(relation, sure);
      taken++;
    }
    return taken;
  }

  /** Takes a sum: its parts leave the active rows, and where it does not add up its parts' sum is its corrected figure. */
  private collapse(r: Relation, counted: boolean): void {
    for (const child of r.children) {
      this.rows.remove(child);
      this.parentOf[child] = r.parent;
    }
    if (r.broken > 0) {
      const alt = new Float64Array(this.columns.length).fill(NaN);
      r.status.forEach((s, k) => {
        if (s === BROKEN) alt[k] = r.sums[k];
      });
      this.scan.alt[r.parent] = alt;
    }
    this.nodes.set(r.parent, { ...r, counted });
  }

  /** The row at the top of the rows summed into each other above row i (i itself while it is active). */
  private topOf(i: number): number {
    let top = i;
    while (this.parentOf[top] !== -1) top = this.parentOf[top];
    return top;
  }

  /**
   * Where a row's parts would start in each direction: the active row next to it; for a row already summed
   * into a subtotal, the leftover active row right next to it in the sheet, if there is one.
   */
  private startsOf(t: number): [Direction, number][] {
    if (this.parentOf[t] === -1)
      return [
        ['below', this.rows.next[t]],
        ['above', this.rows.prev[t]],
      ];
    const own = this.topOf(t);
    const out: [Direction, number][] = [];
    for (const [direction, step] of [
      ['below', 1],
      ['above', -1],
    ] as [Direction, number][]) {
      let neighbour = t + step;
      while (neighbour >= 0 && neighbour < this.n && isPartOfLabel(this.labels[neighbour])) neighbour += step;
      if (neighbour < 0 || neighbour >= this.n) continue;
      const start = this.topOf(neighbour);
      if (start !== own) out.push([direction, start]);
    }
    return out;
  }

  /** Whether row t closes a bridge whose farthest part opens it (the parts above it, "Ersättning 2024" … "Ersättning 2025"). */
  private closesBridge(t: number, r: Relation): boolean {
    if (r.direction !== 'above' || r.children.length < 2) return false;
    const farthest = minOf(r.children);
    return isBridge(this.labels[farthest], this.labels[t]);
  }

  /** Each row's candidate: the shortest sum that holds in every column, else the sum that holds in most. */
  private candidatesOf(t: number): Candidate[] {
    const exact: Candidate[] = [];
    let best: Relation | undefined;
    const named = isTotalLabel(this.labels[t]);
    for (const [direction, first] of this.startsOf(t)) {
      if (first === -1) continue;
      scanRelations(
        this.scan,
        t,
        direction,
        (r) => {
          if (r.matched === 0) return false;
          // A row equal to the one next to it (beside parts that are zero) is a sum of one part only when its
          // label says it is a total: two neighbours with the same figures are far more often just that.
          if ((r.children.length < 2 || r.summed === 0) && !named && !this.closesBridge(t, r)) return false;
          if (r.broken === 0) {
            exact.push({ relation: keepRelation(r), strong: true });
            return true;
          }
          if (r.broken <= r.matched && (!best || r.matched > best.matched)) best = keepRelation(r);
          return false;
        },
        first,
      );
    }
    if (exact.length > 0 || !best) return exact;
    const sure = best.matched >= 2 || named || this.closesBridge(t, best) || located(best, this.columns, this.evidence) || slipped(best, this.figures);
    return [{ relation: best, strong: sure }];
  }
}
