/** How many indicators of a table meet, partly meet, miss or cannot be assessed against their targets. */
import type { IndicatorStatus } from './types';

export interface IndicatorStatusCounts {
  met: number;
  /** Partly met: only with a tolerance. */
  partly: number;
  missed: number;
  notAssessable: number;
}

/**
 * Counts the indicators by status, as the task pane's chart and the checklist show them. Anything that is
 * neither met nor missed counts as not assessable: an indicator is never left out of the total.
 *
 * @example
 * countIndicatorStatuses(table.indicators) // seed 000's targets, outcomes for August → { met: 4, partly: 0, missed: 3, notAssessable: 2 }
 * countIndicatorStatuses([])               // → { met: 0, partly: 0, missed: 0, notAssessable: 0 }
 */
export function countIndicatorStatuses(indicators: readonly { status: IndicatorStatus }[]): IndicatorStatusCounts {
  const counts: IndicatorStatusCounts = { met: 0, partly: 0, missed: 0, notAssessable: 0 };
  for (const i of Array.isArray(indicators) ? indicators : []) {
    if (i?.status === 'met') counts.met++;
    else if (i?.status === 'partly') counts.partly++;
    else if (i?.status === 'missed') counts.missed++;
    else counts.notAssessable++;
  }
  return counts;
}
