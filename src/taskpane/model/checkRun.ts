/**
 * One press of "Kontrollera": the core's checks of what was read, and the verdict. The pane decides
 * nothing itself: the tables, findings and counts are the core's (checkSheet, summarize).
 */
import { checkIndicators } from '../../core/tables/indicators';
import { checkSheet } from '../../core/tables/checkSheet';
import { checkVolumes } from '../../core/tables/volumes';
import { summarize } from '../../core/workbook/summarize';
import type { CheckSummary } from '../../core/workbook/types';
import type { SheetCheck } from '../../core/tables/types';
import type { Grid, Message } from '../../core/types';

/** What was read from one sheet. */
export interface SheetRead {
  grid: Grid;
  sheet: string;
  /** A1 range on the sheet. */
  range: string;
  /** Sheet-qualified address, as shown to the user. */
  address: string;
}

export interface SheetResult {
  sheet: string;
  range: string;
  address: string;
  check: SheetCheck;
}

export interface CheckRun {
  /** A selection or one sheet's used range, or every sheet of the workbook. */
  scope: 'range' | 'workbook';
  results: SheetResult[];
  summary: CheckSummary;
  /** When no table was found at all: where Målkoll looked and what it looked for. */
  noTable: { lookedIn: string[]; messages: Message[] } | null;
  /** Things the user should know about the read: a clipped selection, a sheet too large to read. */
  notes: Message[];
  checkedAt: Date;
}

/**
 * Checks what was read and gives the verdict. With no table anywhere, the run carries the core's own
 * no-table messages (what it looked for, and a header row that came close) and is not ready to submit.
 *
 * @example
 * const run = checkReads('range', [read], [], new Date());
 * run.summary.readyToSubmit // → true for the seed table
 */
export function checkReads(scope: CheckRun['scope'], reads: SheetRead[], notes: Message[], checkedAt: Date): CheckRun {
  const results = reads.map((r) => ({ sheet: r.sheet, range: r.range, address: r.address, check: checkSheet(r.grid) }));
  const found = results.some((r) => r.check.tables.length > 0 || r.check.findings.length > 0);
  let noTable: CheckRun['noTable'] = null;
  if (!found) {
    const messages =
      scope === 'range' && reads.length === 1
        ? [...checkVolumes(reads[0].grid).findings, ...checkIndicators(reads[0].grid).findings]
            .filter((f) => f.code === 'no-table')
            .map((f) => f.message)
        : [{ key: 'pane.noTable.workbook' }];
    noTable = { lookedIn: reads.map((r) => r.address), messages };
  }
  return { scope, results, summary: summarize(results.map((r) => r.check)), noTable, notes, checkedAt };
}
