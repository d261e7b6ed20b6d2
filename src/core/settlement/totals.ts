import type { SettledRow, SettlementTotals } from './types';

/**
 * The totals of rows, or of hospitals' totals: sums, and fulfilment as performed ÷ plan to date over them
 * (none without a plan). Rows without a performed volume add nothing performed.
 *
 * @example
 * sumTotals([{ planToDate: 100, performed: 90, reimbursement: 10, settledBefore: 0, toSettle: 10 }, …])
 * // → { planToDate: 100, performed: 90, fulfilment: 0.9, reimbursement: 10, settledBefore: 0, toSettle: 10 }
 */
export function sumTotals(
  parts: readonly (Pick<SettledRow, 'planToDate' | 'reimbursement' | 'settledBefore' | 'toSettle'> & { performed: number | null })[],
): SettlementTotals {
  let planToDate = 0;
  let performed = 0;
  let reimbursement = 0;
  let settledBefore = 0;
  let toSettle = 0;
  for (const p of parts) {
    planToDate += p.planToDate;
    performed += p.performed ?? 0;
    reimbursement += p.reimbursement;
    settledBefore += p.settledBefore;
    toSettle += p.toSettle;
  }
  return { planToDate, performed, fulfilment: planToDate > 0 ? performed / planToDate : null, reimbursement, settledBefore, toSettle };
}
