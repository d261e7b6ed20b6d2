/** Counts what a check found, for the task pane's verdict and the command line's summary and exit status. */
import type { CheckSummary } from './types';
import type { SheetCheck } from '../tables/types';

/**
 * Errors, warnings and indicator statuses over every sheet and table. Ready to submit only when at least
 * one table was checked and nothing of severity error was found: nothing checked is not "no errors".
 *
 * @example
 * summarize([checkVolumes(seedGrid)]) // → { errors: 0, warnings: 0, missed: 0, met: 0, partly: 0, notAssessable: 0, readyToSubmit: true }
 * summarize([])                       // → { errors: 0, …, readyToSubmit: false }
 */
export function summarize(checks: SheetCheck[]): CheckSummary {
  const summary: CheckSummary = { errors: 0, warnings: 0, missed: 0, met: 0, partly: 0, notAssessable: 0, readyToSubmit: false };
  let tables = 0;
  const count = (severity: string): void => {
    if (severity === 'error') summary.errors++;
    else summary.warnings++;
  };
  for (const check of Array.isArray(checks) ? checks : []) {
    for (const f of check.findings) count(f.severity);
    for (const table of check.tables) {
      tables++;
      for (const f of table.findings) count(f.severity);
      if (table.kind !== 'indicators') continue;
      for (const i of table.indicators) {
        if (i.status === 'met') summary.met++;
        else if (i.status === 'partly') summary.partly++;
        else if (i.status === 'missed') summary.missed++;
        else summary.notAssessable++;
      }
    }
  }
  summary.readyToSubmit = tables > 0 && summary.errors === 0;
  return summary;
}
