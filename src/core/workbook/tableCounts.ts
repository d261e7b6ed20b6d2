import { qualifiedAddress } from '../address';
import type { CheckedTable } from '../tables/types';
import { countIndicatorStatuses } from '../tables/indicators';
import { countProblems, groupProblems } from './problems';
import type { TableCounts } from './types';

/**
 * A table's problems (findings one fix clears count once; see ./problems), by severity, and its missed
 * targets, which are not warnings: the numbers the pane's headline, its checklist and the report all show.
 *
 * @example
 * tableCounts('Volymer 2025', seedTableWithOneMistypedFigure)
 * // → { kind: 'volumes', sheet: 'Volymer 2025', range: 'A1:D61', address: "'Volymer 2025'!A1:D61", errors: 1, warnings: 0, missed: 0 }
 */
export function tableCounts(sheet: string, table: CheckedTable): TableCounts {
  const { errors, warnings } = countProblems(groupProblems(table.findings.map((finding) => ({ sheet, finding, kind: table.kind }))));
  return {
    kind: table.kind,
    sheet,
    range: table.range,
    address: qualifiedAddress(sheet, table.range),
    errors,
    warnings,
    missed: table.kind === 'indicators' ? countIndicatorStatuses(table.indicators).missed : 0,
  };
}
