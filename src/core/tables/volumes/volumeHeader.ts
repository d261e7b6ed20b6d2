/**
 * Reads one grid row as a volume table's header: which columns hold uppdrag (total), bas, tillägg and,
 * optionally, the outcome. A row can carry two tables side by side ("Uppdrag | Bas | Tillägg | Uppdrag
 * 2024 | Bas 2024 | Tillägg 2024"): a role seen a second time starts the next table's set of columns.
 */
import type { CellValue } from '../../types';
import { minOf } from '../../arrays';
import type { VolumeColumns } from './types';
import { cellText } from '../shared/cellText';
import { volumeHeaderRole, type VolumeRole } from './volumeVocabulary';

export interface VolumeHeaderRow {
  /** Every complete set of columns the row names (usually one). */
  sets: VolumeColumns[];
  /**
   * Roles found when the row names two of uppdrag/bas/tillägg but not the third, and the sheet column of
   * the first of them: a near miss worth telling about.
   */
  partial?: { found: VolumeRole[]; missing: VolumeRole; column: number };
}

interface RoleCell {
  role: VolumeRole;
  column: number;
  text: string;
}

const REQUIRED: readonly VolumeRole[] = ['total', 'base', 'additional'];
const NO_HEADER: VolumeHeaderRow = Object.freeze({ sets: Object.freeze([]) as unknown as VolumeColumns[] });

/**
 * The volume columns a row names, with 1-based sheet columns (`left` is the sheet column of `row[0]`).
 * The label column is the one just left of the figures; for a second table in the same row, the first
 * table's label column. 0 means the figures start at the grid's edge and there is no label column.
 *
 * @example
 * readVolumeHeaderRow([null, 'uppdrag', 'SV bas', 'tillägg'], 1).sets[0]
 * // → { label: 1, total: 2, base: 3, additional: 4, headers: { total: 'uppdrag', base: 'SV bas', additional: 'tillägg' } }
 */
export function readVolumeHeaderRow(row: readonly CellValue[] | undefined, left: number): VolumeHeaderRow {
  if (!row) return NO_HEADER;
  const groups: Map<VolumeRole, RoleCell>[] = [];
  let current: Map<VolumeRole, RoleCell> | undefined;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== 'string') continue;
    const role = volumeHeaderRole(v.includes('<') ? cellText(v) : v.trim());
    if (!role) continue;
    if (!current || current.has(role)) {
      if (current) groups.push(current);
      current = new Map();
    }
    current.set(role, { role, column: left + c, text: cellText(v) });
  }
  if (!current) return NO_HEADER; // the common case: a row of figures or labels
  groups.push(current);

  const sets: VolumeColumns[] = [];
  let partial: VolumeHeaderRow['partial'];
  for (const g of groups) {
    const missing = REQUIRED.filter((r) => !g.has(r));
    if (missing.length === 0) {
      sets.push(toColumns(g, sets[0], left));
    } else if (missing.length === 1 && !partial) {
      const found = REQUIRED.filter((r) => g.has(r));
      partial = { found, missing: missing[0], column: minOf(found.map((r) => (g.get(r) as RoleCell).column)) };
    }
  }
  return partial && sets.length === 0 ? { sets, partial } : { sets };
}

function toColumns(g: Map<VolumeRole, RoleCell>, first: VolumeColumns | undefined, left: number): VolumeColumns {
  const total = g.get('total') as RoleCell;
  const base = g.get('base') as RoleCell;
  const additional = g.get('additional') as RoleCell;
  const outcome = g.get('outcome');
  const leftmost = Math.min(total.column, base.column, additional.column, outcome?.column ?? Infinity);
  const label = first ? first.label : leftmost - 1 >= left ? leftmost - 1 : 0;
  const columns: VolumeColumns = {
    label,
    total: total.column,
    base: base.column,
    additional: additional.column,
    headers: { total: total.text, base: base.text, additional: additional.text },
  };
  if (outcome) {
    columns.outcome = outcome.column;
    columns.headers.outcome = outcome.text;
  }
  return columns;
}

/**
 * True when two header rows put uppdrag, bas and tillägg in the same columns: a header repeated after a page break.
 *
 * @example
 * sameVolumeColumns(first, repeated) // seed 000 rows 1 and 38 → true
 */
export function sameVolumeColumns(a: VolumeColumns, b: VolumeColumns): boolean {
  return a.total === b.total && a.base === b.base && a.additional === b.additional;
}
