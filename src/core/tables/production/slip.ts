/**
 * Whether a figure reads as a typing slip of another: one digit changed, two neighbouring digits swapped,
 * one digit left out or one typed twice. A sum that one column keeps and another breaks by such a slip is
 * a sum with a mistyped figure; a break that is no slip may be a coincidence of the column that kept it.
 */

/**
 * @example
 * isSlip(8832, 832)    // → true  (an 8 typed twice)
 * isSlip(8134, 8143)   // → true  (3 and 4 swapped)
 * isSlip(27349, 57349) // → true  (one digit changed)
 * isSlip(31153, 31180) // → false (two digits)
 */
export function isSlip(written: number, intended: number, unit = 1): boolean {
  if (!Number.isFinite(written) || !Number.isFinite(intended) || written === intended) return false;
  const digits = (v: number): string => String(Math.round(Math.abs(v) / unit));
  const a = digits(written);
  const b = digits(intended);
  if (a === b) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  if (longer.length !== shorter.length + 1) return false;
  for (let i = 0; i < longer.length; i++) if (longer.slice(0, i) + longer.slice(i + 1) === shorter) return true;
  return false;
}
