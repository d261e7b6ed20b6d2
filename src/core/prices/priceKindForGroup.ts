import type { PriceKind } from './priceList2025';
import { foldName } from './matchName';

export type { PriceKind } from './priceList2025';

/** What a group is paid as: a price kind, or decided per row by the row's name (Undersökning). */
export type PriceKindRuleKind = PriceKind | 'by-row-name';

export interface PriceKindRule {
  /** The group heading as a volume table writes it, e.g. "Förstabesök". Matched like names in `foldName`. */
  group: string;
  kind: PriceKindRuleKind;
}

/** An ordered list of rules; the first whose group matches applies. Data, so a UI can show and change it. */
export type PriceKindMapping = readonly PriceKindRule[];

/**
 * The default mapping (docs/functions.md, UNIT_PRICE). The source (seed 000) leaves open whether psychiatric Utredning and
 * Behandling are paid as visits or as treatments; the default pays them as treatments, and the
 * mapping is a setting precisely so that a controller can see and change that reading.
 * Seed 000 itself misspells the first-visit heading "Förstabetesök".
 */
export const DEFAULT_PRICE_KIND_MAPPING: PriceKindMapping = [
  { group: 'Förstabesök', kind: 'besök' },
  { group: 'Förstabetesök', kind: 'besök' },
  { group: 'Första besök', kind: 'besök' },
  { group: 'Nybesök', kind: 'besök' },
  { group: 'Behandling', kind: 'behandling' },
  { group: 'Utredning', kind: 'behandling' },
  { group: 'Operation/åtgärd', kind: 'behandling' },
  { group: 'Undersökning', kind: 'by-row-name' },
];

/** For 'by-row-name' groups: a row whose name starts with one of these stems is priced as that kind. */
export const ROW_NAME_PRICE_KINDS: readonly { stem: string; kind: PriceKind }[] = [
  { stem: 'koloskop', kind: 'koloskopi' },
  { stem: 'colonoscop', kind: 'koloskopi' },
  { stem: 'gastroskop', kind: 'gastroskopi' },
  { stem: 'gastroscop', kind: 'gastroskopi' },
];

/**
 * The price kind of a volume-table row, from its group (and, for Undersökning, its name); null when the
 * mapping does not price it (no group, an unknown group, an examination that is neither colonoscopy
 * nor gastroscopy).
 *
 * @example
 * priceKindForRow('Förstabetesök', 'Allmän kirurgi') // → 'besök'
 * priceKindForRow('Operation/åtgärd', 'Höft- & knäprotes') // → 'behandling'
 * priceKindForRow('Undersökning', 'Koloskopi')       // → 'koloskopi'
 * priceKindForRow(undefined, 'BUP')                   // → null
 */
export function priceKindForRow(group: string | undefined, rowLabel: string, mapping: PriceKindMapping = DEFAULT_PRICE_KIND_MAPPING): PriceKind | null {
  if (typeof group !== 'string') return null;
  const g = foldName(group);
  if (g === '') return null;
  const rule = mapping.find((r) => foldName(r.group) === g);
  if (!rule) return null;
  if (rule.kind !== 'by-row-name') return rule.kind;
  const label = typeof rowLabel === 'string' ? foldName(rowLabel) : '';
  return ROW_NAME_PRICE_KINDS.find((r) => label.startsWith(r.stem))?.kind ?? null;
}
