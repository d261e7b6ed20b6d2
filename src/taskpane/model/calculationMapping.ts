/** The group → price-kind mapping a calculation will use, as the pane shows it before anything is written. */
import { findPrice } from '../../core/prices/findPrice';
import { foldName } from '../../core/prices/matchName';
import { DEFAULT_PRICE_KIND_MAPPING, type PriceKindMapping, type PriceKindRuleKind } from '../../core/prices/priceKindForGroup';
import type { HospitalCode } from '../../core/prices/priceList2025';
import type { VolumeTable } from '../../core/tables/types';

export interface MappingRow {
  group: string;
  /** null: the mapping does not price this group. */
  kind: PriceKindRuleKind | null;
  /** Kronor per unit at the chosen hospital; null when not priced. */
  price: number | null;
}

/**
 * One row per group of the table, in table order, with the price kind and price it will be paid at.
 *
 * @example
 * calculationMapping(seedTable, 'SV')
 * // → [{ group: 'Förstabetesök', kind: 'besök', price: 2449 }, { group: 'Utredning', kind: 'behandling', price: 35025 }, …,
 * //    { group: 'Undersökning', kind: 'by-row-name', price: 4363 }]
 */
export function calculationMapping(
  table: VolumeTable,
  hospital: HospitalCode,
  mapping: PriceKindMapping = DEFAULT_PRICE_KIND_MAPPING,
): MappingRow[] {
  const groups: string[] = [];
  for (const r of table.rows) {
    if (r.kind === 'data' && r.group && !groups.some((g) => foldName(g) === foldName(r.group as string))) groups.push(r.group);
  }
  return groups.map((group) => {
    const rule = mapping.find((m) => foldName(m.group) === foldName(group));
    if (!rule) return { group, kind: null, price: null };
    const priced = findPrice(rule.kind === 'by-row-name' ? 'koloskopi' : rule.kind, hospital, null);
    return { group, kind: rule.kind, price: priced.ok ? priced.value : null };
  });
}
