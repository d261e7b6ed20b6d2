import { byPosition } from '../tables/shared/finding';
import type { SheetCheck } from '../tables/types';
import type { Finding } from '../types';
import type { SheetFinding } from './types';

/**
 * Every finding of a sheet, its own and its tables', in reading order (by row, then by column), each with
 * the sheet and the kind of table it belongs to.
 *
 * @example
 * orderedFindings('Volymer 2025', checkSheet(grid)).map((e) => `${e.finding.cell} ${e.kind}`) // → ['C30 volumes', 'C61 volumes']
 */
export function orderedFindings(sheet: string, check: SheetCheck): SheetFinding[] {
  const entries: SheetFinding[] = [
    ...check.findings.map((finding) => ({ sheet, finding })),
    ...check.tables.flatMap((t) => t.findings.map((finding) => ({ sheet, finding, kind: t.kind }))),
  ];
  return entries.sort((a, b) => byPosition(a.finding, b.finding));
}

/**
 * @example
 * sheetFindings(checkSheet(grid)).map((f) => f.cell) // → ['C30', 'C61']
 */
export function sheetFindings(check: SheetCheck): Finding[] {
  return orderedFindings('', check).map((e) => e.finding);
}
