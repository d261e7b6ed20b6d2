/**
 * Rows that look like rows of a volume table but lie outside every table found: added under the totals row
 * ("BUP 100 50 40" after "Totalsumma"), a section after it, rows under a mid-table "Totalsumma". Nothing
 * checks them, so each is an error: the validator never calls a table clean while figures beside it went
 * unread.
 */
import type { Finding, Grid } from '../../types';
import { finding } from '../shared/finding';
import type { VolumeTable } from './types';
import { rowsPastTable } from './detectVolumeTable';
import { volumeRowShape } from './volumeRowShape';

/**
 * A row looks like a volume row when at least two of uppdrag, bas and tillägg hold something and not only
 * words (a header half, a note): a mistyped or text figure still counts ("VUP | abc | −5 | 1,5").
 */
function looksLikeVolumeRow(grid: Grid, r: number, table: VolumeTable): boolean {
  const shape = volumeRowShape(grid, r, table.columns);
  if (shape.blank || shape.labelOnly || shape.textOnly) return false;
  const { total, base, additional } = shape.readings;
  return [total, base, additional].filter((reading) => reading.kind !== 'blank').length >= 2;
}

/**
 * `rows-outside-table` errors for the rows below each volume table that its own columns would still have
 * held (see rowsPastTable), that no table of any kind holds (`claimed`) and that look like volume rows.
 *
 * @example
 * // Totalsumma on row 61, then "BUP | 100 | 50 | 40" on row 63
 * strayVolumeRows(grid, [table], () => false).map((f) => `${f.cell} ${f.code}`) // → ['A63 rows-outside-table']
 */
export function strayVolumeRows(grid: Grid, tables: readonly VolumeTable[], claimed: (sheetRow: number) => boolean): Finding[] {
  const findings: Finding[] = [];
  for (const table of tables) {
    for (const r of rowsPastTable(grid, table.columns, table.bottom - grid.top)) {
      const row = grid.top + r;
      if (claimed(row)) break; // another table starts here
      if (!looksLikeVolumeRow(grid, r, table)) continue;
      const column = table.columns.label > 0 ? table.columns.label : table.columns.total;
      // The table's own last row (its data rows may not be kept: see CheckOptions.keepDataRows).
      const last = table.rows.length > 0 ? table.rows[table.rows.length - 1] : undefined;
      const totals = last?.kind === 'total' && last.row === table.bottom ? table.bottom : null;
      findings.push(
        finding(
          'rows-outside-table',
          'error',
          row,
          column,
          totals === null
            ? { key: 'table.rowOutsideTable', params: { row: String(row), range: table.range } }
            : { key: 'table.rowBelowTotals', params: { row: String(row), range: table.range, totals: String(totals) } },
          { rowLabel: volumeRowShape(grid, row - grid.top, table.columns).label },
        ),
      );
    }
  }
  return findings;
}
