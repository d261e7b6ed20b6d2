/**
 * The two rules of a volume table's figures, written once for VOLUME_CHECK and the table engine: a volume
 * is a whole number of at least zero, and uppdrag = bas + tillägg. Excel's floating-point noise
 * (=1,1*3*1000 is 3300.0000000000005) is no decimal: a figure within it of a whole number is that number.
 */
import { isWholeNumber, wholeValue } from '../numbers/isWholeNumber';

/** What is wrong with one volume figure in itself, or null. */
export type VolumeFigureProblem = 'negative' | 'not-whole' | null;

/**
 * @example
 * volumeFigureProblem(8100)   // → null
 * volumeFigureProblem(-5)     // → 'negative'
 * volumeFigureProblem(12.5)   // → 'not-whole'
 * volumeFigureProblem(-1e-17) // → null (noise around 0 is 0)
 */
export function volumeFigureProblem(value: number): VolumeFigureProblem {
  // Noise is rounded away first, so a hair below zero is 0, not negative.
  if (wholeValue(value) < 0) return 'negative';
  if (!isWholeNumber(value)) return 'not-whole';
  return null;
}

/**
 * What uppdrag should be: bas + tillägg, each figure's noise rounded away.
 *
 * @example
 * expectedTotal(8143, 2937) // → 11080
 */
export function expectedTotal(base: number, additional: number): number {
  return wholeValue(base) + wholeValue(additional);
}

/**
 * Whether a row adds up: uppdrag = bas + tillägg.
 *
 * @example
 * addsUp(11080, 8143, 2937) // → true
 * addsUp(11080, 8134, 2937) // → false
 * addsUp(2, 1, 1.0000000000000002) // → true
 */
export function addsUp(total: number, base: number, additional: number): boolean {
  return wholeValue(total) === expectedTotal(base, additional);
}
