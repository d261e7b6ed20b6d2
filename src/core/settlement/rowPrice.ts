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
export function rowPrice(group: string, specialty: string, names: readonly string[], prices: PriceSetting, cache?: Map<string, RowPrice>): RowPrice {
  if (!cache) return lookUp(group, specialty, names, prices);
  // Many rows share a group and a hospital: the price is looked up once for each (and each row name where it decides).
  const key = `${group}\u0000${specialty}\u0000${names.join('\u0000')}`;
  let found = cache.get(key);
  if (!found) cache.set(key, (found = lookUp(group, specialty, names, prices)));
  return found;
}

export interface RowPrice {
  kind: PriceKind | null;
  price: number | null;
}

function lookUp(group: string, specialty: string, names: readonly string[], prices: PriceSetting): RowPrice {
  const kind = priceKindForRow(group, specialty, prices.mapping);
  if (kind === null) return { kind, price: null };
  for (const name of names.length > 0 ? names : ['']) {
    const found = findPrice(kind, name === '' ? null : name, prices.table ?? null);
    if (found.ok) return { kind, price: found.value };
  }
  return { kind, price: null };
}
