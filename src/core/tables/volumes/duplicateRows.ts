/** Duplicate specialties within a section and group of a volume table. */
import type { Finding } from '../../types';
import { labelKey } from '../shared/cellText';
import { finding } from '../shared/finding';
import type { VolumeColumns, VolumeRow } from './types';

/** The specialties seen in one section and group: the first row of each. */
interface SeenLabels {
  /**
   * The first row of each key's hash (a number, not the key: a million-row table's keys, kept as text,
   * cost 40 MB more while checking). A second key with the same hash is compared with the first row's own.
   */
  byHash: RowsByHash;
  /** Keys whose hash an earlier, different key already had: by the key itself. */
  collided: Map<string, number>;
}

/**
 * Remembers the first row of each specialty, per section and group: keys of the specialty alone, not
 * joined to the group's (a million-row table's joined keys cost 40 MB more while checking).
 */
export interface DuplicateIndex {
  groups: Map<string, SeenLabels>;
  /** The label of a sheet row already seen, read again from the table where two keys share a hash. */
  labelOf: (row: number) => string;
  seen?: SeenLabels;
  section?: string;
  group?: string;
}

/** An empty index, for one table; `labelOf` reads a row's label as the rows were given it. */
export function duplicateIndex(labelOf: (row: number) => string): DuplicateIndex {
  return { groups: new Map(), labelOf };
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
    if (seen === undefined) index.groups.set(groupKey, (seen = { byHash: new RowsByHash(), collided: new Map() }));
    index.seen = seen;
  }
  const key = labelKey(c.label);
  const first = firstRow(index.seen, key, c.row, index.labelOf);
  if (first === undefined) return;
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

/** The first row that had `key`, or undefined after noting `row` as its first. */
function firstRow(seen: SeenLabels, key: string, row: number, labelOf: (row: number) => string): number | undefined {
  const hash = hashOf(key);
  const byHash = seen.byHash.firstOrAdd(hash, row);
  if (byHash === undefined) return undefined;
  if (labelKey(labelOf(byHash)) === key) return byHash;
  const first = seen.collided.get(key);
  if (first === undefined) seen.collided.set(key, row);
  return first;
}

/** FNV-1a over the key's UTF-16 code units, kept to 30 bits so that it stays a small integer in every engine. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h & 0x3fffffff;
}

/**
 * Rows by hash in two typed arrays, open addressing: 8 bytes a slot, at most half of them used (a Map of a
 * million numbers takes 28 MB and leaves its smaller tables behind each time it grows).
 */
class RowsByHash {
  /** The hash plus one in each used slot; 0 in a free one. */
  private keys = new Int32Array(64);
  private rows = new Int32Array(64);
  private used = 0;

  /** The row kept for `hash`; undefined after keeping `row` for it. */
  firstOrAdd(hash: number, row: number): number | undefined {
    if (2 * (this.used + 1) > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    const key = hash + 1;
    let at = hash & mask;
    while (this.keys[at] !== 0) {
      if (this.keys[at] === key) return this.rows[at];
      at = (at + 1) & mask;
    }
    this.keys[at] = key;
    this.rows[at] = row;
    this.used += 1;
    return undefined;
  }

  private grow(): void {
    const { keys, rows } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.rows = new Int32Array(keys.length * 2);
    this.used = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.firstOrAdd(keys[i] - 1, rows[i]);
  }
}
