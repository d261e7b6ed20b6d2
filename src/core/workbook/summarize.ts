/** Counts what a check found, for the task pane's verdict and the command line's summary and exit status. */
import type { CheckSummary } from './types';
import type { SheetCheck } from '../tables/types';
import { orderedFindings } from './findingOrder';
import { countProblems, groupProblems } from './problems';

/**
 * Problems (findings one fix clears count once) and indicator statuses over every sheet and table. A
 * missed target is counted as missed, not as a warning. Ready to submit only when at least one table was
 * checked and no problem of severity error was found: nothing checked is not "no errors".
 *
 * @example
 * summarize([checkVolumes(seedGrid)]) // → { errors: 0, warnings: 0, missed: 0, met: 0, notAssessable: 0, readyToSubmit: true }
 * summarize([checkVolumes(seedWithOneMistypedFigure)]).errors // → 1 (the figure and the total it breaks)
 * summarize([])                       // → { errors: 0, …, readyToSubmit: false }
 */
export function summarize(checks: SheetCheck[]): CheckSummary {
  const list = Array.isArray(checks) ? checks : [];
  const problems = groupProblems(list.flatMap((check, i) => orderedFindings(check.sheet ?? String(i + 1), check)));
  const summary: CheckSummary = { ...countProblems(problems), missed: 0, met: 0, notAssessable: 0, readyToSubmit: false };
  let tables = 0;
  for (const check of list) {
    for (const table of check.tables) {
      tables++;
      if (table.kind !== 'indicators') continue;
      for (const i of table.indicators) {
        if (i.status === 'met') summary.met++;
        else if (i.status === 'missed') summary.missed++;
        else summary.notAssessable++;
      }
    }
  }
  summary.readyToSubmit = tables > 0 && summary.errors === 0;
  return summary;
}
