/**
 * The one rule for "is this a whole number" across Målkoll. Excel computes in binary floating point,
 * so a figure that is whole on paper may arrive with noise in its last bits: =1,1*3*1000 gives
 * 3300.0000000000005. A value within a billionth (relative, and at least absolute 1e-9) of a whole
 * number is treated as that whole number; a fraction anyone typed or meant is far outside that.
 */

/** Relative tolerance: far above Excel's noise (about 1e-16 per operation), far below any typed fraction. */
const TOLERANCE = 1e-9;

/**
 * True when `x` is a finite number within floating-point noise of a whole number.
 *
 * @example
 * isWholeNumber(3300)               // true
 * isWholeNumber(3300.0000000000005) // true  (=1,1*3*1000 in Excel)
 * isWholeNumber(1.0000000000000002) // true
 * isWholeNumber(2937.5)             // false
 * isWholeNumber(Number.NaN)         // false
 */
export function isWholeNumber(x: number): boolean {
  if (typeof x !== 'number' || !Number.isFinite(x)) return false;
  if (Number.isInteger(x)) return true;
  return Math.abs(x - Math.round(x)) <= TOLERANCE * Math.max(1, Math.abs(x));
}

/**
 * The whole number `x` stands for when isWholeNumber(x), otherwise `x` unchanged, so sums and
 * comparisons use the figure as the controller meant it. Never -0.
 *
 * @example
 * wholeValue(3300.0000000000005) // 3300
 * wholeValue(-0.0000000000001)   // 0
 * wholeValue(2937.5)             // 2937.5
 */
export function wholeValue(x: number): number {
  if (!isWholeNumber(x)) return x;
  const rounded = Math.round(x);
  return rounded === 0 ? 0 : rounded;
}
