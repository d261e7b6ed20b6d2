/** The volume kind's findings about the table as a whole: what was looked for, and a header that came close. */
import type { Finding, Message } from '../../types';
import { finding } from '../shared/finding';
import type { VolumeNearMiss } from './detectVolumeTable';

/** No volume table where one was expected: what Målkoll looked for. */
export const NO_VOLUME_TABLE: Message = { key: 'table.noVolumeTable' };

/**
 * A header row naming two of uppdrag, bas and tillägg: an error at that row saying which column is missing.
 *
 * @example
 * volumeNearMissFinding({ row: 1, column: 2, found: ['total', 'base'], missing: 'additional' }).message
 * // → { key: 'table.noVolumeTableNearMiss', params: { row: '1', missing: { message: { key: 'table.role.additional' } } } }
 */
export function volumeNearMissFinding(near: VolumeNearMiss): Finding {
  const message: Message = {
    key: 'table.noVolumeTableNearMiss',
    params: { row: String(near.row), missing: { message: { key: `table.role.${near.missing}` } } },
  };
  return finding('no-table', 'error', near.row, near.column, message);
}
