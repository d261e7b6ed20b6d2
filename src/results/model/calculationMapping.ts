/**
 * The group → price-kind mapping a calculation will use, as the pane shows it before anything is written.
 * Every row is priced by the core's own rule (priceKindForRow), the one the calculation formulas follow.
 */
import { findPrice } from '../../core/prices';
import { foldName } from '../../core/prices';
import { DEFAULT_PRICE_KIND_MAPPING, priceKindForRow, type PriceKindMapping, type PriceKindRuleKind } from '../../core/prices';
import type { HospitalCode, PriceKind } from '../../core/prices';
import type { VolumeTable } from '../../core/tables';

export interface MappingRow {
  group: string;
  /** null: no row of this group is priced; 'by-row-name': its rows are priced as different kinds by their names. */
  kind: PriceKindRuleKind | null;
  /** Kronor per unit at the chosen hospital (of the first priced row, for a group priced by row name); null when not priced. */
  price: number | null;
}

/**
 * One row per group of the table, in table order, with the price kind and price its rows will be paid at.
 *
 * @example
 * calculationMapping(seedTable, 'SV')
 * // → [{ group: 'Förstabetesök', kind: 'besök', price: 2449 }, { group: 'Utredning', kind: 'behandling', price: 35025 }, …,
 * //    { group: 'Undersökning', kind: 'by-row-name', price: 4363 }]
 */
export function calculationMapping(table: VolumeTable, hospital: HospitalCode, mapping: PriceKindMapping = DEFAULT_PRICE_KIND_MAPPING): MappingRow[] {
  const groups: { group: string; kinds: PriceKind[] }[] = [];
  for (const r of table.rows) {
    if (r.kind !== 'data' || !r.group) continue;
    let entry = groups.find((g) => foldName(g.group) === foldName(r.group as string));
    if (!entry) {
      entry = { group: r.group, kinds: [] };
      groups.push(entry);
    }
    const kind = priceKindForRow(r.group, r.label, mapping);
    if (kind !== null && !entry.kinds.includes(kind)) entry.kinds.push(kind);
  }
  return groups.map(({ group, kinds }) => {
    if (kinds.length === 0) return { group, kind: null, price: null };
    const priced = findPrice(kinds[0], hospital, null);
    return { group, kind: kinds.length > 1 ? 'by-row-name' : kinds[0], price: priced.ok ? priced.value : null };
  });
}
