/** Pieces of formulas in Excel's invariant form, as `range.formulas` takes them. */

/**
 * A text as a formula string literal: in quotes, with quotes doubled.
 *
 * @example
 * formulaString('besök')        // → '"besök"'
 * formulaString('Sjukhus "X"')  // → '"Sjukhus ""X"""'
 */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A function call with optional arguments left out the way Excel accepts for custom functions: trailing
 * omitted arguments dropped, a middle one left empty between commas.
 *
 * @example
 * formulaCall('MALKOLL.TARGET_STATUS', ['E5', 'D5', null, null, 'G5']) // → 'MALKOLL.TARGET_STATUS(E5,D5,,,G5)'
 * formulaCall('MALKOLL.TARGET_STATUS', ['E5', 'D5', null])             // → 'MALKOLL.TARGET_STATUS(E5,D5)'
 */
export function formulaCall(name: string, args: readonly (string | null | undefined)[]): string {
  let end = args.length;
  while (end > 0 && (args[end - 1] === null || args[end - 1] === undefined || args[end - 1] === '')) end--;
  return `${name}(${args
    .slice(0, end)
    .map((a) => a ?? '')
    .join(',')})`;
}
