import type { Message } from '../types';
import type { VolumeField } from './fields';
import { fieldName } from './fields';

/**
 * Checks one row of a volume table: total (uppdrag), base (bas) and additional (tillägg) must be whole,
 * non-negative numbers with total = base + additional. Returns null when the row is right, otherwise
 * the first problem found, in this order: not a number, negative, not whole, sum mismatch; a figure
 * that is itself wrong is reported before the sum it spoils.
 *
 * @example
 * checkVolumeRow(11080, 8143, 2937) // → null (Ortopedi, first visits 2025)
 * checkVolumeRow(11080, 8134, 2937)
 * // → { key: 'volume.row.sumMismatch', params: { total: 11080, base: 8134, additional: 2937 } }
 * //   sv "uppdrag 11 080 ≠ bas 8 134 + tillägg 2 937", en "total 11,080 ≠ base 8,134 + additional 2,937"
 */
export function checkVolumeRow(total: number, base: number, additional: number): Message | null {
  const figures: [VolumeField, number][] = [
    ['total', total],
    ['base', base],
    ['additional', additional],
  ];
  for (const [field, value] of figures) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return { key: 'volume.notANumber', params: { what: fieldName(field) } };
    }
  }
  for (const [field, value] of figures) {
    if (value < 0) return { key: 'volume.negative', params: { what: fieldName(field), value } };
  }
  for (const [field, value] of figures) {
    if (!Number.isInteger(value)) return { key: 'volume.notWhole', params: { what: fieldName(field), value } };
  }
  if (total !== base + additional) {
    return { key: 'volume.row.sumMismatch', params: { total, base, additional } };
  }
  return null;
}
