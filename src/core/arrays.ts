/**
 * Array helpers that hold for any length. An argument list is copied onto the call stack, so
 * `Math.max(...values)` or `list.push(...more)` over an array that grows with the workbook overflows it
 * (near 120 000 elements) and ends the whole run; ESLint refuses such spreads (eslint.config.mjs).
 */

/**
 * The largest number, or `empty` when there is none.
 *
 * @example
 * maxOf([3, 9, 4])   // → 9
 * maxOf([], 0)       // → 0
 */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let max = -Infinity;
  let any = false;
  for (const v of values) {
    any = true;
    if (v > max || Number.isNaN(v)) max = v;
  }
  return any ? max : empty;
}

/**
 * The smallest number, or `empty` when there is none.
 *
 * @example
 * minOf([3, 9, 4]) // → 3
 */
export function minOf(values: Iterable<number>, empty = Infinity): number {
  let min = Infinity;
  let any = false;
  for (const v of values) {
    any = true;
    if (v < min || Number.isNaN(v)) min = v;
  }
  return any ? min : empty;
}

/**
 * Appends every item to `target`, however many, and returns it.
 *
 * @example
 * pushAll([1], [2, 3]) // → [1, 2, 3]
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
