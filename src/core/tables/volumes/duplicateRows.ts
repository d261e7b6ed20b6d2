/** Duplicate specialties within a section and group of a volume table. */
import type { Finding } from '../../types';
import { labelKey } from '../shared/cellText';
import { finding } from '../shared/finding';
import type { VolumeColumns, VolumeRow } from './types';

/**
 * Remembers the first row of each specialty, a Map per section and group: keys of the specialty alone, not
 * joined to the group's (a million-row table's joined keys cost 40 MB more while checking).
 */
export interface DuplicateIndex {
  groups: Map<string, Map<string, number>>;
  seen?: Map<string, number>;
  section?: string;
  group?: string;
}

/** An empty index, for one table. */
export function duplicateIndex(): DuplicateIndex {
  return { groups: new Map() };
}

/**
 * Reports a specialty that appears a second time in the same section and group (the same specialty under
 * another group is normal: Urologi has first visits and operations).
 *
 * @example
 * checkDuplicate(row, columns, index, findings) // a second 'BUP' under Psykiatri / Förstabesök → a duplicate-row error
 */
export function checkDuplicate(c: VolumeRow, columns: VolumeColumns, index: DuplicateIndex, findings: Finding[]): void {
  if (c.label === '') return;
  if (index.seen === undefined || c.section !== index.section || c.group !== index.group) {
    index.section = c.section;
    index.group = c.group;
    const groupKey = `${labelKey(c.section ?? '')}\u0000${labelKey(c.group ?? '')}`;
    let seen = index.groups.get(groupKey);
    if (seen === undefined) index.groups.set(groupKey, (seen = new Map()));
    index.seen = seen;
  }
  const key = labelKey(c.label);
  const first = index.seen.get(key);
  if (first === undefined) {
    index.seen.set(key, c.row);
    return;
  }
  const where = [c.section, c.group].filter((s): s is string => s !== undefined && s !== '').join(' / ');
  findings.push(
    finding(
      'duplicate-row',
      'error',
      c.row,
      columns.label,
      where
        ? { key: 'table.duplicateRow', params: { label: c.label, firstRow: String(first), where } }
        : { key: 'table.duplicateRowNoGroup', params: { label: c.label, firstRow: String(first) } },
      { rowLabel: c.label, actual: c.label },
    ),
  );
}
