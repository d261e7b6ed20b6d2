/**
 * A stamp against the workbook as it is now: each stamped table's digest taken again over the same range of
 * the same sheet, and the tables a check of the workbook finds now set beside the stamped ones.
 */
import type { Grid } from '../types';
import { parseRange, type RangeRect } from './canonical';
import { gridsBySheet, tableDigests } from './digest';
import type { Sha256, StampRecord, StampStatus, TablePlace, TableStampStatus } from './types';

/**
 * What the stamp says of the workbook now: `unchanged` when every stamped table holds the values it held and
 * the check finds no other table and no table grown past its stamped range; otherwise `changed`, each table
 * with its state and, where the stamp holds row digests, the sheet rows that changed. `found` are the tables a
 * check of the workbook finds now (leave it out to compare the stamped ranges only).
 *
 * @example
 * await verifyStamp(stamp, grids, check.tables, sha256)
 * // → { status: 'changed', checkedAt: '2025-09-05T14:02:11Z', version: '0.1.0', source: 'cli',
 * //     tables: [{ sheet: 'Volymer 2025', range: 'A1:D61', status: 'changed', rows: [30] }] }
 */
export async function verifyStamp(
  stamp: StampRecord,
  grids: readonly Grid[],
  found: readonly Pick<TablePlace, 'sheet' | 'range'>[] | undefined,
  sha256: Sha256,
): Promise<StampStatus> {
  const gridOf = gridsBySheet(grids);
  const foundBySheet = placesBySheet(found ?? []);
  const matched = new Set<Pick<TablePlace, 'sheet' | 'range'>>();
  const tables: TableStampStatus[] = [];
  for (const t of stamp.tables) {
    const grids = gridOf(t.sheet);
    const rect = parseRange(t.range) as RangeRect;
    if (!grids) {
      tables.push({ sheet: t.sheet, range: t.range, status: 'missing' });
      continue;
    }
    const now = await tableDigests(grids, t.range, sha256, t.rows !== undefined);
    const changedRows = new Set<number>();
    let changed = now?.sha256 !== t.sha256;
    if (changed && t.rows && now?.rows) now.rows.forEach((d, i) => d !== t.rows?.[i] && changedRows.add(rect.top + i));
    // A table found now over this one but reaching past it holds rows nobody checked.
    for (const place of foundBySheet.get((grids[0].sheet ?? t.sheet).toLowerCase()) ?? []) {
      const other = parseRange(place.range);
      if (!other || !overlaps(rect, other)) continue;
      matched.add(place);
      if (other.top === rect.top && other.bottom === rect.bottom && other.left === rect.left && other.right === rect.right) continue;
      changed = true;
      for (let row = other.top; row <= other.bottom; row += 1) if (row < rect.top || row > rect.bottom) changedRows.add(row);
    }
    const status: TableStampStatus = { sheet: t.sheet, range: t.range, status: changed ? 'changed' : 'unchanged' };
    if (changed && (t.rows || changedRows.size > 0)) status.rows = [...changedRows].sort((a, b) => a - b);
    tables.push(status);
  }
  for (const place of found ?? []) {
    if (matched.has(place)) continue;
    const rect = parseRange(place.range);
    const rows = rect ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => rect.top + i) : undefined;
    tables.push({ sheet: place.sheet, range: place.range, status: 'added', ...(rows ? { rows } : {}) });
  }
  const unchanged = tables.every((t) => t.status === 'unchanged');
  return { status: unchanged ? 'unchanged' : 'changed', checkedAt: stamp.checkedAt, version: stamp.version, source: stamp.source, tables };
}

function placesBySheet<T extends Pick<TablePlace, 'sheet'>>(places: readonly T[]): Map<string, T[]> {
  const bySheet = new Map<string, T[]>();
  for (const p of places) {
    const key = p.sheet.toLowerCase();
    bySheet.set(key, [...(bySheet.get(key) ?? []), p]);
  }
  return bySheet;
}

function overlaps(a: RangeRect, b: RangeRect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
