/**
 * The arithmetic of one row's settlement, from the assigned bas and tillägg. Volumes are counted in
 * twelfths of a unit, so that pro rata's `bas × m/12` is exact and pro rata and annual agree to the krona
 * in December; the reimbursement is rounded to whole kronor, half up, once, per row.
 */
import type { SettlementRule } from './types';

export interface RowFigures {
  planToDate: number;
  fulfilment: number | null;
  additional: number;
  /** additional × price in whole kronor; null when the row needs a price and has none. */
  reimbursement: number | null;
}

/**
 * The figures of a row settled for month `m` under `rule`.
 *
 * - plan to date = uppdrag × m/12; fulfilment = performed ÷ plan to date (none where uppdrag is 0);
 * - pro rata: additional = min(max(performed − bas × m/12, 0), tillägg × m/12);
 * - annual: additional = min(max(performed − bas, 0), tillägg);
 * - reimbursement = additional × price, rounded to whole kronor, half up.
 *
 * @example
 * // Hud, first visits: uppdrag 5 500, bas 3 858, tillägg 1 642, 3 900 performed by August, 2 449 kr
 * rowFigures({ uppdrag: 5500, bas: 3858, tillagg: 1642, performed: 3900, price: 2449 }, 8, 'pro-rata')
 * // → { planToDate: 3666.67, fulfilment: 1.0636, additional: 1094.67, reimbursement: 2680839 }
 */
export function rowFigures(
  row: { uppdrag: number; bas: number; tillagg: number; performed: number | null; price: number | null },
  month: number,
  rule: SettlementRule,
): RowFigures {
  const planToDate = (row.uppdrag * month) / 12;
  const performed = row.performed ?? 0;
  const fulfilment = row.uppdrag > 0 && row.performed !== null ? (performed * 12) / (row.uppdrag * month) : null;
  // In twelfths: pro rata compares 12 × performed with bas × m, annual with bas × 12.
  const share = rule === 'annual' ? 12 : month;
  const twelfths = Math.min(Math.max(performed * 12 - row.bas * share, 0), row.tillagg * share);
  const additional = twelfths / 12;
  let reimbursement: number | null = 0;
  if (twelfths > 0) reimbursement = row.price === null ? null : roundHalfUp(twelfths * row.price, 12);
  return { planToDate, fulfilment, additional, reimbursement };
}

/**
 * numerator ÷ denominator rounded to a whole number, half up, exactly for whole inputs (no binary
 * fraction decides a krona). Non-negative numerators only.
 *
 * @example
 * roundHalfUp(30, 12) // → 3 (2.5 rounds up)
 * roundHalfUp(29, 12) // → 2
 */
export function roundHalfUp(numerator: number, denominator: number): number {
  if (Number.isInteger(numerator) && Number.isSafeInteger(numerator * 2 + denominator)) {
    return Math.floor((numerator * 2 + denominator) / (denominator * 2));
  }
  // Figures with decimals (a price of 2 449,50 kr): the quotient, cleared of noise below a millionth, then half up.
  const quotient = Math.round((numerator / denominator) * 1e6) / 1e6;
  return Math.floor(quotient + 0.5);
}

/**
 * A figure as the report shows it: `decimals` places, without binary noise.
 *
 * @example
 * shown(3666.6666667, 2) // → 3666.67
 */
export function shown(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
