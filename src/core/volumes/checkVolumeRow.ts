import { wholeValue } from '../numbers/isWholeNumber';
import type { Message } from '../types';
import type { VolumeField } from './fields';
import { fieldName } from './fields';
import { addsUp, volumeFigureProblem } from './volumeFigures';

/**
 * Checks one row of a volume table: total (uppdrag), base (bas) and additional (tillägg) must be whole,
 * non-negative numbers with total = base + additional. Returns null when the row is right, otherwise
 * the first problem found, in this order: not a number, negative, not whole, sum mismatch; a figure
 * that is itself wrong is reported before the sum it spoils. A figure within floating-point noise of a
 * whole number (3300.0000000000005 from =1,1*3*1000) is that whole number (see isWholeNumber).
 *
 * @example
 * checkVolumeRow(11080, 8143, 2937) // → null (Ortopedi, first visits 2025)
 * checkVolumeRow(11080, 8134, 2937)
 * // → { key: 'volume.row.sumMismatch', params: { total: 11080, base: 8134, additional: 2937 } }
 * //   sv "uppdrag 11 080 ≠ bas 8 134 + tillägg 2 937", en "total 11,080 ≠ base 8,134 + additional 2,937"
 * checkVolumeRow(2, 1, 1.0000000000000002) // → null
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
    if (volumeFigureProblem(value) === 'negative') return { key: 'volume.negative', params: { what: fieldName(field), value } };
  }
  for (const [field, value] of figures) {
    if (volumeFigureProblem(value) === 'not-whole') return { key: 'volume.notWhole', params: { what: fieldName(field), value } };
  }
  if (!addsUp(total, base, additional)) {
    return { key: 'volume.row.sumMismatch', params: { total: wholeValue(total), base: wholeValue(base), additional: wholeValue(additional) } };
  }
  return null;
}
