import { isWholeNumber, wholeValue } from '../numbers/isWholeNumber';
import type { Result } from '../types';
import { fail, ok } from '../types';
import { requireNonNegative } from './fields';

/**
 * Goal fulfilment (måluppfyllelse): outcome against plan, as a fraction (1 = 100 %).
 *
 * - Without `month`: `outcome / plan` (the plan is for the whole period).
 * - With `month` m (whole, 1–12): the plan is pro-rated to the end of month m, `plan × m/12`.
 * - With `month` and `profile` (12 non-negative monthly weights, not all zero, e.g. a low July):
 *   `plan × sum(profile[0..m−1]) / sum(profile)`.
 * - A profile without a month fails with `value`: pro-rating to the full year would make the profile
 *   meaningless, so the missing month is almost certainly a slip, and a silent answer would hide it.
 *
 * The quotient is computed as one division of two products (`outcome × 12 / (plan × m)`), so whole
 * inputs give the correctly rounded fraction: 5 400 against 8 100 by August is exactly 1.
 * A plan to date of 0 fails with `na` ("ingen plan att jämföra med"); negative outcome or plan,
 * a bad month or a bad profile fail with `value`; so does a quotient beyond a double
 * (`volume.resultTooLarge`, "resultatet blev för stort för att visas"). A month within floating-point
 * noise of a whole number is that month.
 *
 * @example
 * fulfilment(5400, 8100, 8, null)   // → ok(1): 5 400 by August against 8 100 for the year
 * fulfilment(4050, 8100, null, null) // → ok(0.5)
 * fulfilment(10, 0, null, null)     // → fail('na', 'volume.fulfilment.noPlan')
 */
export function fulfilment(outcome: number, plan: number, month: number | null, profile: readonly number[] | null): Result<number> {
  const o = requireNonNegative(outcome, 'outcome');
  if (!o.ok) return o;
  const p = requireNonNegative(plan, 'plan');
  if (!p.ok) return p;

  let share: [number, number] = [1, 1]; // the part of the year's plan due by now, as numerator/denominator
  let m: number | null = null;
  if (month !== null) {
    if (typeof month !== 'number' || !Number.isFinite(month)) return fail('value', 'volume.fulfilment.monthNotANumber');
    // A month computed in Excel may carry noise (8.000000000000002): it is still August.
    if (!isWholeNumber(month) || wholeValue(month) < 1 || wholeValue(month) > 12) {
      return fail('value', 'volume.fulfilment.badMonth', { value: month });
    }
    m = wholeValue(month);
    share = [m, 12];
  }
  if (profile !== null) {
    if (m === null) return fail('value', 'volume.fulfilment.profileNeedsMonth');
    const weights = checkProfile(profile);
    if (!weights.ok) return weights;
    share = [sum(profile.slice(0, m)), weights.value];
  }

  const planToDate = plan * share[0];
  if (planToDate === 0) return fail('na', 'volume.fulfilment.noPlan');
  let value = (outcome * share[1]) / planToDate;
  // With magnitudes near 1e308 a product may overflow while the quotient does not; divide first then.
  if (!Number.isFinite(value) || !Number.isFinite(planToDate)) value = outcome / plan / (share[0] / share[1]);
  // Still beyond a double: the result itself is too large. Never Infinity in a cell.
  if (!Number.isFinite(value)) return fail('value', 'volume.resultTooLarge');
  return ok(value);
}

/** The profile's total weight, or why it is not a profile. */
function checkProfile(profile: readonly number[]): Result<number> {
  if (profile.length !== 12) return fail('value', 'volume.fulfilment.profileLength', { count: profile.length });
  for (let i = 0; i < 12; i++) {
    const w = profile[i];
    if (typeof w !== 'number' || !Number.isFinite(w)) {
      return fail('value', 'volume.fulfilment.profileNotANumber', { month: i + 1 });
    }
    if (w < 0) return fail('value', 'volume.fulfilment.profileNegative', { month: i + 1, value: w });
  }
  const total = sum(profile);
  if (total === 0) return fail('value', 'volume.fulfilment.profileAllZero');
  return ok(total);
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
