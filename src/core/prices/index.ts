/** Prices per unit of additional volume: the 2025 list, a workbook's own table, and which rows are paid at which kind. */
export { findPrice } from './findPrice';
export { foldName, priceKindFromName, hospitalFromName } from './matchName';
export {
  DEFAULT_PRICE_KIND_MAPPING,
  ROW_NAME_PRICE_KINDS,
  priceKindForRow,
  type PriceKindRule,
  type PriceKindRuleKind,
  type PriceKindMapping,
} from './priceKindForGroup';
export { HOSPITALS_2025, PRICE_KIND_ALIASES, PRICE_LIST_2025, type PriceKind, type HospitalCode, type Hospital, type PriceList } from './priceList2025';
