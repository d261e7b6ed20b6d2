import type { Result } from '../types';
import { ok } from '../types';
import { requireNonNegative } from './fields';

/**
 * The additional units that are paid per unit: what is performed above the base volume, but at most the
 * fixed additional volume, `min(max(performed − base, 0), additional)`. The base is paid through the
 * appropriation, so nothing below it counts; nothing above base + additional is paid either.
 * Negative or non-finite inputs fail with `value`.
 *
 * @example
 * // Allmän kirurgi, first visits 2025: base 6 336, additional 1 764
 * additionalVolume(7000, 6336, 1764) // → ok(664)
 * additionalVolume(9000, 6336, 1764) // → ok(1764), capped
 * additionalVolume(6000, 6336, 1764) // → ok(0), below the base
 */
export function additionalVolume(performed: number, base: number, additional: number): Result<number> {
  const checks = [requireNonNegative(performed, 'performed'), requireNonNegative(base, 'base'), requireNonNegative(additional, 'additional')];
  for (const c of checks) if (!c.ok) return c;
  return ok(Math.min(Math.max(performed - base, 0), additional));
}
