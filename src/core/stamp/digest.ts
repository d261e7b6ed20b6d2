/** The digests of a stamped table: SHA-256 of its canonical text, and a short digest of each row. */
import type { Grid } from '../types';
import { parseRange, rowLines, tableText } from './canonical';
import type { Sha256 } from './types';

/**
 * Hex digits kept of a row's SHA-256: 48 bits. A row digest only places a change the table's full digest has
 * already found; two different rows agree on it once in about 280 million million.
 */
export const ROW_DIGEST_HEX = 12;

const ROWS_AT_A_TIME = 256;

export interface TableDigests {
  sha256: string;
  /** The row digests, top to bottom, when asked for. */
  rows?: string[];
}

/**
 * The digests of `range` on the grid (its sheet's values); null when the range is no A1 range.
 *
 * @example
 * await tableDigests(grid, 'A1:D61', sha256, true) // → { sha256: '9f2c…', rows: ['a41be0c29d13', …] }
 */
export async function tableDigests(grids: Grid | readonly Grid[] | undefined, range: string, sha256: Sha256, withRows: boolean): Promise<TableDigests | null> {
  const rect = parseRange(range);
  if (!rect) return null;
  const lines = rowLines(grids, rect);
  const whole = await sha256(tableText(range, lines));
  if (!withRows) return { sha256: whole };
  const rows: string[] = [];
  // A few hundred at a time: Web Crypto answers each digest on its own, and a queue of thousands is slower.
  for (let i = 0; i < lines.length; i += ROWS_AT_A_TIME) {
    const digests = await Promise.all(lines.slice(i, i + ROWS_AT_A_TIME).map((line) => sha256(line)));
    for (const d of digests) rows.push(d.slice(0, ROW_DIGEST_HEX));
  }
  return { sha256: whole, rows };
}

/**
 * The grids of each sheet by its name, for finding a stamped table's sheet: one grid of a whole sheet, or
 * several (the pane reads each table's range). Excel's sheet names are unique whatever their case, so a name
 * is looked up in lower case when it is not there as written. A Map: sheet names are the workbook's text.
 */
export function gridsBySheet(grids: readonly Grid[]): (sheet: string) => Grid[] | undefined {
  const exact = new Map<string, Grid[]>();
  const folded = new Map<string, Grid[]>();
  const add = (map: Map<string, Grid[]>, key: string, g: Grid) => map.set(key, [...(map.get(key) ?? []), g]);
  for (const g of grids) {
    if (g.sheet === undefined) continue;
    add(exact, g.sheet, g);
    add(folded, g.sheet.toLowerCase(), g);
  }
  return (sheet) => exact.get(sheet) ?? folded.get(sheet.toLowerCase());
}
