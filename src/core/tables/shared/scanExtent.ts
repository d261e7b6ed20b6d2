/**
 * Where a table that starts at a header row ends: the one loop both table kinds share.
 *
 * The rules every kind keeps: a header of the same columns further down is the table continuing (a page
 * break in a table pasted from a PDF repeats it); a header of other columns starts another table; two or
 * more blank rows end the table unless its header comes back after them. What a kind adds is how it reads
 * the other rows (`classify`): a row of the table, a row that belongs only if figures follow, the table's
 * last row (a grand total), or a row the table ends before (prose).
 */

/** How a kind reads one row under its header. */
export type RowVerdict = 'row' | 'skip' | 'last' | 'end';

export interface ExtentRules {
  /** Rows in the grid. */
  rows: number;
  /** The same header again: the table continues. */
  sameHeader(r: number): boolean;
  /** Another table's header: the table ends before it. */
  otherHeader(r: number): boolean;
  isBlank(r: number): boolean;
  /** After blank rows, whether the table resumes at row k (default: its header is repeated there). */
  resumesAt?(k: number): boolean;
  /** Any other row (default: part of the table). */
  classify?(r: number): RowVerdict;
}

export interface Extent {
  /** Grid index of the table's last row. */
  last: number;
  /** Grid indexes of the header rows repeated inside the table. */
  repeats: number[];
}

/**
 * The extent of the table whose header is at grid index `h`.
 *
 * @example
 * // header at 0, rows 1–2, two blank rows, the header repeated at 5, one more row
 * scanExtent(0, { rows: 7, sameHeader: (r) => r === 5, otherHeader: () => false, isBlank: (r) => r === 3 || r === 4 })
 * // → { last: 6, repeats: [5] }
 */
export function scanExtent(h: number, rules: ExtentRules): Extent {
  const { rows, sameHeader, otherHeader, isBlank } = rules;
  const resumesAt = rules.resumesAt ?? sameHeader;
  const repeats: number[] = [];
  let last = h;
  let blankRun = 0;
  for (let r = h + 1; r < rows; r++) {
    if (sameHeader(r)) {
      repeats.push(r);
      last = r;
      blankRun = 0;
      continue;
    }
    if (otherHeader(r)) break;
    if (isBlank(r)) {
      blankRun++;
      if (blankRun >= 2) {
        const k = skipBlankRows(r + 1, rows, isBlank, sameHeader);
        if (!resumesAt(k)) break;
        r = k - 1;
        blankRun = 0;
      }
      continue;
    }
    blankRun = 0;
    const verdict = rules.classify ? rules.classify(r) : 'row';
    if (verdict === 'end') break;
    if (verdict === 'skip') continue;
    last = r;
    if (verdict === 'last') break;
  }
  return { last, repeats };
}

/**
 * The first row index at or after `from` that is not blank or is the table's header again, so the caller
 * can decide whether the table resumes there.
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
