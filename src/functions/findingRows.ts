import { fail, ok, type Grid, type Locale, type Result } from '../core';
import type { SheetCheck } from '../core/tables';
import { sheetFindings } from '../core/workbook';
import { formatMessage, t } from '../i18n/format';
import { isBlankMatrix, matrixArg } from './coerce';
import type { CellAnswer } from './respond';

/**
 * VALIDATE_VOLUMES's and CHECK_TABLE's spill: one row per finding, top to bottom and left to right, of
 * [row within the range, column header, severity, code, message]; a single "Inga fel" / "No findings"
 * cell when there are none. The grid is checked with `top: 1, left: 1`, so a finding's sheet row is
 * already its row within the range.
 *
 * @example
 * findingRows('sv', check)
 * // → [[31, 'SV bas', 'Fel', 'sum-mismatch', 'uppdrag 11 080 ≠ bas 8 134 + tillägg 2 937']]
 */
export function findingRows(locale: Locale, check: SheetCheck): CellAnswer[][] {
  const findings = sheetFindings(check);
  if (findings.length === 0) return [[t(locale, 'function.validate.none')]];
  return findings.map((f) => [
    f.row,
    f.columnHeader ?? '',
    t(locale, f.severity === 'error' ? 'function.severity.error' : 'function.severity.warning'),
    f.code,
    formatMessage(locale, f.message),
  ]);
}

/**
 * The spill of a table-checking function: `table` (Excel's range argument) checked by `check` as a grid of
 * its own, or #N/A when the range is empty.
 *
 * @example
 * tableFindingRows('en', [['', 'uppdrag', 'bas', 'tillägg'], ['BUP', 760, 516, 244]], checkVolumes) // → ok([['No findings']])
 */
export function tableFindingRows(locale: Locale, table: unknown[][] | undefined, check: (grid: Grid) => SheetCheck): Result<CellAnswer[][]> {
  const cells = matrixArg(table);
  if (cells === null || isBlankMatrix(cells)) return fail('na', 'number.missing', { what: { message: { key: 'arg.table' } } });
  return ok(findingRows(locale, check({ cells, top: 1, left: 1 })));
}
