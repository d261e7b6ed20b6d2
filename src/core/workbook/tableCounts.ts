import { qualifiedAddress } from '../address';
import type { CheckedTable } from '../tables/types';
import { countIndicatorStatuses } from '../tables/indicators';
import type { TableCounts } from './types';

/**
 * A table's errors, warnings and missed targets: the numbers the pane's headline, its checklist and the
 * report all show.
 *
 * @example
 * tableCounts('Volymer 2025', seedTableWithOneMistypedFigure)
 * // → { kind: 'volumes', sheet: 'Volymer 2025', range: 'A1:D61', address: "'Volymer 2025'!A1:D61", errors: 2, warnings: 0, missed: 0 }
 */
export function tableCounts(sheet: string, table: CheckedTable): TableCounts {
  const errors = table.findings.filter((f) => f.severity === 'error').length;
  return {
    kind: table.kind,
    sheet,
    range: table.range,
    address: qualifiedAddress(sheet, table.range),
    errors,
    warnings: table.findings.length - errors,
    missed: table.kind === 'indicators' ? countIndicatorStatuses(table.indicators).missed : 0,
  };
}
