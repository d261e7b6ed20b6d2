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
