/**
 * Columns computed from two others, row by row: a change (new ÷ old − 1, or new − old) and a share or
 * rate (part ÷ whole, as a fraction, a percentage or per thousand). A column is a candidate when its
 * heading says it is derived ("Förändring %", "Andel med …", "% av totalen", "Medelvårdtid") or its figures
 * are percentages; which two columns it is computed from is what most rows confirm: every pair of the
 * table's figure columns is tried, the headings only break a tie (same measure in two periods for a change,
 * the share's words in its part). A relation counts when it holds on at least two rows and on more than
 * half of the rows where it can be computed, or, when the headings name the pair (the same measure in two
 * periods for a change, the share's own words in its part), on at least one row and half of them; the
 * rows that break it are the findings.
 */
import { FIGURE, isSumColumn, type FigureColumn, type TableFigures } from './figures';
import { measureWords, periodsIn } from './productionVocabulary';

export type DerivedFormula = 'ratio' | 'change' | 'difference';

export interface DerivedRelation {
  /** 'change' for a change column, 'share' for a share, rate or average. */
  kind: 'change' | 'share';
  formula: DerivedFormula;
  /** Indexes into the table's figure columns: the derived column, and its two sources (new and old, or part and whole). */
  target: number;
  a: number;
  b: number;
  /** 100 for a percentage written as 6,8 rather than 6,8 %, 1000 per thousand, …; 1 otherwise. */
  scale: number;
  /** For a share of the total row ("Andel av totalen"): the row index of the whole, in column `b` (= `a`). */
  wholeRow?: number;
}

export interface Family {
  formula: DerivedFormula;
  scale: number;
  /** The whole is this row's figure in the second column, whatever the row (a share of the total row). */
  wholeRow?: number;
}

const CHANGE_FAMILIES: Family[] = [
  { formula: 'change', scale: 1 },
  { formula: 'change', scale: 100 },
  { formula: 'difference', scale: 1 },
];
export const RATIO_FAMILIES: Family[] = [1, 100, 1000, 10000, 100000].map((scale) => ({ formula: 'ratio', scale }));
/** Rows tried for every pair; the best pair is then confirmed on every row. */
const SAMPLE = 60;

/**
 * The value a derived cell should hold, or null when it cannot be computed (a division by zero).
 *
 * @example
 * expectedValue({ formula: 'change', scale: 1 }, 31180, 29685) // → 0.05036…
 */
export function expectedValue(f: Family, a: number, b: number): number | null {
  if (f.formula === 'difference') return a - b;
  if (b === 0) return null;
  return f.formula === 'ratio' ? (f.scale * a) / b : f.scale * (a / b - 1);
}

/**
 * How far a derived cell may be from what its sources give: half a unit of its own last digit, what the
 * sources' own rounding can move the result, and floating-point noise.
 */
export function tolerance(f: Family, z: FigureColumn, x: FigureColumn, y: FigureColumn, i: number): number {
  const j = f.wholeRow ?? i;
  const a = x.value[i];
  const b = y.value[j];
  const ea = x.exact ? 0 : x.unit[i] / 2;
  const eb = y.exact ? 0 : y.unit[j] / 2;
  const sources = f.formula === 'difference' ? ea + eb : (f.scale * (ea + (Math.abs(a) * eb) / Math.abs(b))) / Math.abs(b);
  return z.unit[i] / 2 + sources + 1e-9 * Math.max(1, Math.abs(z.value[i]));
}

/** 1 when row i keeps the relation, 0 when it breaks it, -1 when it cannot be computed there. */
export function keeps(f: Family, z: FigureColumn, x: FigureColumn, y: FigureColumn, i: number): -1 | 0 | 1 {
  const j = f.wholeRow ?? i;
  if (z.state[i] !== FIGURE || x.state[i] !== FIGURE || y.state[j] !== FIGURE) return -1;
  const expected = expectedValue(f, x.value[i], y.value[j]);
  if (expected === null) return -1;
  return Math.abs(z.value[i] - expected) <= tolerance(f, z, x, y, i) ? 1 : 0;
}

/**
 * Every derived column of the table with the relation most of its rows keep.
 *
 * @example
 * findDerivedColumns(figures) // → [{ kind: 'change', formula: 'change', target: 2, a: 0, b: 1, scale: 1 }, …]
 */
export function findDerivedColumns(figures: TableFigures): DerivedRelation[] {
  const { columns } = figures;
  const out: DerivedRelation[] = [];
  columns.forEach((z, target) => {
    const families = z.changeHeading ? CHANGE_FAMILIES : z.ratioHeading ? RATIO_FAMILIES : z.percent ? [...RATIO_FAMILIES, ...CHANGE_FAMILIES.slice(0, 2)] : [];
    if (families.length === 0) return;
    const sample = sampleRows(z, SAMPLE);
    if (sample.length < 2) return;
    let best: { rel: DerivedRelation; agree: number; score: number; named: boolean } | null = null;
    for (let a = 0; a < columns.length; a++) {
      if (a === target) continue;
      for (let b = 0; b < columns.length; b++) {
        if (b === target || b === a) continue;
        // A share or a rate divides counts or amounts, never rates, averages or percentages.
        const countsOnly = isSumColumn(columns[a]) && isSumColumn(columns[b]);
        for (const f of families) {
          if (f.formula === 'ratio' && !countsOnly) continue;
          let agree = 0;
          let disagree = 0;
          for (const i of sample) {
            const k = keeps(f, z, columns[a], columns[b], i);
            if (k === 1) agree++;
            else if (k === 0 && ++disagree >= 3 && agree === 0) break; // a pair no row keeps: the usual case, left early
          }
          if (agree < 1) continue;
          const { score, named } = headingScore(f, columns, target, a, b);
          if (agree < 2 && !named) continue;
          if (!best || agree > best.agree || (agree === best.agree && score > best.score)) {
            best = { rel: { kind: f.formula === 'ratio' ? 'share' : 'change', formula: f.formula, target, a, b, scale: f.scale }, agree, score, named };
          }
        }
      }
    }
    if (best && confirmed(best.rel, columns, best.named)) out.push(best.rel);
  });
  return out;
}

/** Row indexes where the column has a figure, the first `limit` of them. */
function sampleRows(z: FigureColumn, limit: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < z.state.length && out.length < limit; i++) if (z.state[i] === FIGURE) out.push(i);
  return out;
}

/** At least two rows keep it and more than half of those where it can be computed; for a pair the headings name, one row and half. */
function confirmed(rel: DerivedRelation, columns: FigureColumn[], named: boolean): boolean {
  let agree = 0;
  let computable = 0;
  const z = columns[rel.target];
  for (let i = 0; i < z.state.length; i++) {
    const k = keeps(rel, z, columns[rel.a], columns[rel.b], i);
    if (k < 0) continue;
    computable++;
    agree += k;
  }
  return (agree >= 2 && agree * 2 > computable) || (named && agree >= 1 && agree * 2 >= computable);
}

/**
 * How well the headings agree with a pair, which decides a tie between pairs the figures both confirm;
 * `named` when the headings alone point at it: for a change, the same measure in two periods, the newer
 * first; for a share, the share's own words in its part.
 */
function headingScore(f: Family, columns: FigureColumn[], target: number, a: number, b: number): { score: number; named: boolean } {
  const z = columns[target];
  const x = columns[a];
  const y = columns[b];
  const zw = measureWords(z.heading);
  const xw = measureWords(x.heading);
  const yw = measureWords(y.heading);
  const shares = (p: string[], q: string[]): boolean => p.some((w) => q.includes(w));
  let score = 0;
  let named: boolean;
  if (f.formula !== 'ratio') {
    const sameMeasure = xw.join(' ') === yw.join(' ');
    const newerFirst = x.period !== null && y.period !== null && x.period > y.period;
    // "Förändring 2025 mot 2024 %" names its two periods; "Förändring distansbesök 2025 %" its newer one.
    const periods = periodsIn(z.heading);
    const periodsAgree = periods.length >= 2 ? periods[0] === x.period && periods[1] === y.period : periods.length === 1 ? periods[0] === x.period : true;
    if (sameMeasure) score += 2;
    if (newerFirst) score += 2;
    if (periods.length > 0 && periodsAgree) score += 3;
    if (zw.length === 0 || shares(zw, xw)) score += 1;
    named = sameMeasure && newerFirst && periodsAgree && (zw.length === 0 || shares(zw, xw));
  } else {
    named = shares(zw, xw);
    if (named) score += 2;
    if (z.period !== null && (x.period === z.period || y.period === z.period)) score += 1;
  }
  // Nearer columns first: a change follows its two periods.
  return { score: score - (Math.abs(target - a) + Math.abs(target - b)) / 100, named };
}
