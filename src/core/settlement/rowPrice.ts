/**
 * A row's price: its group's price kind by the mapping (core/prices: Förstabesök → besök, Behandling,
 * Utredning, Operation/åtgärd → behandling, Undersökning → koloskopi or gastroskopi by the row's name),
 * then that kind's price at the hospital, from the price table when one is given, else the built-in list.
 */
import { DEFAULT_PRICE_KIND_MAPPING, findPrice, priceKindForRow, type PriceKind } from '../prices';
import type { PriceSetting } from './types';

export const DEFAULT_PRICES: PriceSetting = { mapping: DEFAULT_PRICE_KIND_MAPPING };

/**
 * The price kind and price of a row at a hospital known by `names`; null where the mapping gives no kind
 * or no price is found (a hospital the list does not price, a kind the table lacks).
 *
 * @example
 * rowPrice('Förstabetesök', 'Hud', ['SV'], DEFAULT_PRICES)       // → { kind: 'besök', price: 2449 }
 * rowPrice('Undersökning', 'Koloskopi', ['NU'], DEFAULT_PRICES)  // → { kind: 'koloskopi', price: 4848 }
 * rowPrice('Undersökning', 'Koloskopi', ['Sunderby sjukhus'], DEFAULT_PRICES) // → { kind: 'koloskopi', price: null }
 */
export function rowPrice(group: string, specialty: string, names: readonly string[], prices: PriceSetting): { kind: PriceKind | null; price: number | null } {
  const kind = priceKindForRow(group, specialty, prices.mapping);
  if (kind === null) return { kind, price: null };
  for (const name of names.length > 0 ? names : ['']) {
    const found = findPrice(kind, name === '' ? null : name, prices.table ?? null);
    if (found.ok) return { kind, price: found.value };
  }
  return { kind, price: null };
}
