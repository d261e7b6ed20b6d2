/** Finds and validates every volume table in a grid: the entry point of the task pane's volume check and VALIDATE_VOLUMES. */
import type { Finding, Grid, Message } from '../types';
import { detectVolumeTables, type VolumeNearMiss } from './detectVolumeTable';
import { finding, onSheet } from './finding';
import { noTableFinding } from './noTable';
import type { SheetCheck } from './types';
import { validateVolumeTable } from './validateVolumeTable';
import { safeGrid } from './safeGrid';

/**
 * Finds every volume table in the grid and validates it. A header row that came close (two of uppdrag,
 * bas and tillägg) and was not read as a table is a `no-table` error at that row saying which column is
 * missing, whether or not other tables were found: the table under it was not checked. No table and no
 * such row → one `no-table` error at the grid's top-left cell saying what was looked for.
 * Never throws: an unexpected failure is itself a `no-table` error, never an empty (and so "ready") result.
 * Every finding carries the grid's sheet, when it has one.
 *
 * @example
 * checkVolumes(gridFromText('\tuppdrag\tbas\ttillägg\nOrtopedi\t11080\t8134\t2937'))
 * // → { tables: [{ kind: 'volumes', range: 'A1:D2', findings: [{ code: 'sum-mismatch', cell: 'B2', … }, …] }], findings: [] }
 * checkVolumes(gridFromText('Specialitet\tUppdrag\tBas\tExtra\nOrtopedi\t11080\t8134\t2937'))
 * // → { tables: [], findings: [{ code: 'no-table', cell: 'B1', message: { key: 'table.noVolumeTableNearMiss', … } }] }
 * checkVolumes({ cells: [['Hej']], top: 1, left: 1 })
 * // → { tables: [], findings: [{ code: 'no-table', cell: 'A1', … }] }
 */
export function checkVolumes(grid: Grid): SheetCheck {
  const g = safeGrid(grid);
  const sheet = g.sheet !== undefined ? { sheet: g.sheet } : {};
  try {
    const detection = detectVolumeTables(g);
    const nearMisses = detection.nearMisses.map(nearMissFinding);
    const findings = detection.tables.length === 0 && nearMisses.length === 0 ? [noTableFinding(g, { key: 'table.noVolumeTable' })] : nearMisses;
    return { ...sheet, tables: detection.tables.map((t) => validateVolumeTable(g, t)), findings: onSheet(findings, g.sheet) };
  } catch {
    return { ...sheet, tables: [], findings: onSheet([noTableFinding(g, { key: 'table.unreadable' })], g.sheet) };
  }
}

function nearMissFinding(near: VolumeNearMiss): Finding {
  const message: Message = {
    key: 'table.noVolumeTableNearMiss',
    params: { row: String(near.row), missing: { message: { key: `table.role.${near.missing}` } } },
  };
  return finding('no-table', 'error', near.row, near.column, message);
}
