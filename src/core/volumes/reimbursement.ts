import type { Result } from '../types';
import { fail, ok } from '../types';
import { additionalVolume } from './additionalVolume';
import { requireNonNegative } from './fields';

/**
 * The performance-based payment for the additional volume, in kronor: `additionalVolume × price`.
 * Whole units at a whole-krona price give the exact product; otherwise the result is rounded to whole
 * öre (0.01 kr), since no payment is made in fractions of an öre and binary fractions such as
 * 3 × 0.1 would otherwise show as 0.30000000000000004. Negative inputs fail with `value`.
 *
 * @example
 * // Allmän kirurgi, first visits: base 6 336, additional 1 764, 2 449 kr per visit
 * reimbursement(7000, 6336, 1764, 2449) // → ok(1626136), 664 × 2 449
 * reimbursement(9000, 6336, 1764, 2449) // → ok(4320036), capped at 1 764 × 2 449
 */
export function reimbursement(performed: number, base: number, additional: number, price: number): Result<number> {
  const units = additionalVolume(performed, base, additional);
  if (!units.ok) return units;
  const p = requireNonNegative(price, 'price');
  if (!p.ok) return p;
  const amount = units.value * p.value;
  // Only with absurd magnitudes (beyond 1e308 kr); never Infinity in a cell.
  if (!Number.isFinite(amount)) return fail('value', 'volume.resultTooLarge');
  return ok(Number.isInteger(amount) ? amount : Math.round(amount * 100) / 100);
}
