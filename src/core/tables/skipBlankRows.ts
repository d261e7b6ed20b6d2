/**
 * After two blank rows a table ends, unless its own header comes back after the blanks (a page break in a
 * table pasted from a PDF). Returns the first row index at or after `from` that is not blank or is that
 * header again, so the caller can decide whether the table resumes there.
 *
 * @example
 * // rows 5 and 6 blank, row 7 the repeated header
 * skipBlankRows(5, 20, (r) => r === 5 || r === 6, (r) => r === 7) // → 7
 */
export function skipBlankRows(from: number, rows: number, isBlank: (r: number) => boolean, isHeader: (r: number) => boolean): number {
  let k = from;
  while (k < rows && !isHeader(k) && isBlank(k)) k++;
  return k;
}
