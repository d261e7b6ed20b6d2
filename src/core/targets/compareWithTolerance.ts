/**
 * Compares an outcome with a threshold, exact at the boundary but blind to float noise, so 0.6 meets
 * "60 procent eller högre" however it was computed (60/100, 0.1 × 6, a pasted "60 %").
 */
import type { Comparator } from './types';

const RELATIVE = 1e-9;
const ABSOLUTE = 1e-12;

/**
 * @example
 * compareWithTolerance(0.6, '>=', 60 / 100)   // true
 * compareWithTolerance(0.1 + 0.2, '<=', 0.3)  // true (0.30000000000000004)
 * compareWithTolerance(0.2, '<', 0.2)         // false: "Lägre än 20 procent" is missed by 20 %
 */
export function compareWithTolerance(outcome: number, comparator: Comparator, threshold: number): boolean {
  const eps = Math.max(Math.abs(outcome), Math.abs(threshold)) * RELATIVE + ABSOLUTE;
  switch (comparator) {
    case '>=':
      return outcome >= threshold - eps;
    case '<=':
      return outcome <= threshold + eps;
    case '>':
      return outcome > threshold + eps;
    case '<':
      return outcome < threshold - eps;
    case '=':
      return Math.abs(outcome - threshold) <= eps;
  }
}

/** An outcome against one threshold: met, partly met (within the tolerance band), or missed. */
export type Verdict = 'met' | 'partly' | 'missed';

/**
 * Met as compareWithTolerance says; otherwise partly met when `tolerance` (a fraction of the threshold: 0.1
 * is within 10 % of it) is given and the outcome misses by no more than that; otherwise missed. Without a
 * tolerance, or against a threshold of 0, nothing is partly met.
 *
 * @example
 * judgeWithTolerance(0.85, '>=', 0.9)       // 'missed'
 * judgeWithTolerance(0.85, '>=', 0.9, 0.1)  // 'partly' (0.85 ≥ 0.9 − 0.09)
 * judgeWithTolerance(3.1, '<=', 2.5, 0.1)   // 'missed' (3.1 > 2.5 + 0.25)
 */
export function judgeWithTolerance(outcome: number, comparator: Comparator, threshold: number, tolerance?: number): Verdict {
  if (compareWithTolerance(outcome, comparator, threshold)) return 'met';
  if (tolerance === undefined || !(tolerance > 0)) return 'missed';
  const band = tolerance * Math.abs(threshold);
  if (!(band > 0)) return 'missed';
  switch (comparator) {
    case '>=':
    case '>':
      return compareWithTolerance(outcome, '>=', threshold - band) ? 'partly' : 'missed';
    case '<=':
    case '<':
      return compareWithTolerance(outcome, '<=', threshold + band) ? 'partly' : 'missed';
    case '=':
      return compareWithTolerance(Math.abs(outcome - threshold), '<=', band) ? 'partly' : 'missed';
  }
}

/**
 * Many groups' verdicts as one: met when every group is, missed when any is, partly otherwise.
 *
 * @example
 * overallVerdict(['met', 'partly']) // 'partly'
 */
export function overallVerdict(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.some((v) => v === 'missed')) return 'missed';
  return verdicts.every((v) => v === 'met') ? 'met' : 'partly';
}
