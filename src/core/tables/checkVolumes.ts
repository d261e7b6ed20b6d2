/** Finds and validates every volume table in a grid: the entry point of the task pane's volume check and VALIDATE_VOLUMES. */
import type { Grid, Message } from '../types';
import { detectVolumeTables, type VolumeDetection } from './detectVolumeTable';
import { noTableFinding } from './noTable';
import type { SheetCheck } from './types';
import { validateVolumeTable } from './validateVolumeTable';
import { safeGrid } from './safeGrid';

/**
 * Finds every volume table in the grid and validates it. No table → one `no-table` error finding (at the
 * grid's top-left cell) whose message says what was looked for, and names a row that came close.
 * Never throws: an unexpected failure is itself a `no-table` error, never an empty (and so "ready") result.
 *
 * @example
 * checkVolumes(gridFromText('\tuppdrag\tbas\ttillägg\nOrtopedi\t11080\t8134\t2937'))
 * // → { tables: [{ kind: 'volumes', range: 'A1:D2', findings: [{ code: 'sum-mismatch', cell: 'B2', … }, …] }], findings: [] }
 * checkVolumes({ cells: [['Hej']], top: 1, left: 1 })
 * // → { tables: [], findings: [{ code: 'no-table', cell: 'A1', … }] }
 */
export function checkVolumes(grid: Grid): SheetCheck {
  const g = safeGrid(grid);
  const sheet = g.sheet !== undefined ? { sheet: g.sheet } : {};
  try {
    const detection = detectVolumeTables(g);
    if (detection.tables.length === 0) {
      return { ...sheet, tables: [], findings: [noTableFinding(g, noVolumeTableMessage(detection))] };
    }
    return { ...sheet, tables: detection.tables.map((t) => validateVolumeTable(g, t)), findings: [] };
  } catch {
    return { ...sheet, tables: [], findings: [noTableFinding(g, { key: 'table.unreadable' })] };
  }
}

function noVolumeTableMessage(detection: VolumeDetection): Message {
  const near = detection.nearMiss;
  if (!near) return { key: 'table.noVolumeTable' };
  return {
    key: 'table.noVolumeTableNearMiss',
    params: { row: String(near.row), missing: { message: { key: `table.role.${near.missing}` } } },
  };
}
