/** Volume tables (uppdrag = bas + tillägg per specialty): the kind, and its check for a range pointed at. */
import type { Grid } from '../../types';
import { expectTables, type KindCheck, type TableKind } from '../shared/tableKind';
import { detectVolumeTables, type VolumeTableLayout } from './detectVolumeTable';
import { NO_VOLUME_TABLE, volumeNearMissFinding } from './messages';
import type { VolumeTable } from './types';
import { strayVolumeRows } from './strayRows';
import { validateVolumeTable } from './validateVolumeTable';

export const volumeKind: TableKind<VolumeTable, VolumeTableLayout> = {
  kind: 'volumes',
  detect(grid) {
    const detection = detectVolumeTables(grid);
    return { layouts: detection.tables, nearMisses: detection.nearMisses.map(volumeNearMissFinding) };
  },
  check: validateVolumeTable,
  lookedFor: NO_VOLUME_TABLE,
  strays: strayVolumeRows,
};

/**
 * Finds every volume table in the grid and validates it: the entry point of VALIDATE_VOLUMES. A header
 * row that came close (two of uppdrag, bas and tillägg) is a `no-table` error at that row saying which
 * column is missing, whether or not other tables were found. No table and no such row → one `no-table`
 * error at the grid's top-left cell saying what was looked for. Never throws.
 *
 * @example
 * checkVolumes(gridFromText('\tuppdrag\tbas\ttillägg\nOrtopedi\t11080\t8134\t2937'))
 * // → { tables: [{ kind: 'volumes', range: 'A1:D2', findings: [{ code: 'sum-mismatch', cell: 'B2', … }, …] }], findings: [] }
 * checkVolumes({ cells: [['Hej']], top: 1, left: 1 })
 * // → { tables: [], findings: [{ code: 'no-table', cell: 'A1', … }] }
 */
export function checkVolumes(grid: Grid): KindCheck<VolumeTable> {
  return expectTables(volumeKind, grid);
}

export type { VolumeTable, VolumeRow, VolumeRowKind, VolumeColumns } from './types';
export type { VolumeTableLayout } from './detectVolumeTable';
export { groupKey } from './volumeVocabulary';
