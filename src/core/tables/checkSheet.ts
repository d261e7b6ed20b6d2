/** What the engine finds on a sheet: every table of every kind, checked. */
import type { Grid } from '../types';
import { pushAll } from '../arrays';
import { TABLE_KINDS } from './kinds';
import { onSheet } from './shared/finding';
import { safeGrid } from './shared/safeGrid';
import { findTables, type Area, type CheckOptions } from './shared/tableKind';
import type { SheetCheck } from './types';

/**
 * Every table of every kind on a sheet, in sheet order, indicators judged with `options` (tolerance, band). A sheet with none gives no tables and no findings
 * (it is searched, not pointed at, so that is no error) and says what was looked for in `lookedFor`; a
 * table that could not be read still gives its error, and so does a header row that came close, whether
 * or not the sheet has other tables. The kinds run in the order of TABLE_KINDS, each outside the areas of
 * the tables the kinds before it found: a cell belongs to one table at most.
 *
 * @example
 * checkSheet(gridFromText(seed000Text)).tables.map((t) => t.kind) // → ['volumes']
 * checkSheet(gridFromText('Anteckningar\nInget här'))
 * // → { tables: [], findings: [], lookedFor: [{ key: 'table.noVolumeTable' }, { key: 'table.noIndicatorTable' }, { key: 'table.noProductionTable' }] }
 */
export function checkSheet(grid: Grid, options?: CheckOptions): SheetCheck {
  const claimed: Area[] = [];
  const found = TABLE_KINDS.map((kind) => {
    const check = findTables(kind, grid, claimed, options);
    pushAll(claimed, check.tables);
    return check;
  });
  const tables = found.flatMap((f) => f.tables).sort((a, b) => a.top - b.top || a.left - b.left);
  const findings = found.flatMap((f) => f.findings);
  const inTable = (row: number) => tables.some((t) => row >= t.top && row <= t.bottom);
  TABLE_KINDS.forEach((kind, i) => {
    if (kind.strays && found[i].tables.length > 0) pushAll(findings, onSheet(kind.strays(safeGrid(grid), found[i].tables, inTable), grid.sheet));
  });
  const sheet = found[0]?.sheet;
  const check: SheetCheck = { ...(sheet !== undefined ? { sheet } : {}), tables, findings };
  if (tables.length === 0 && findings.length === 0) check.lookedFor = TABLE_KINDS.map((k) => k.lookedFor);
  return check;
}
