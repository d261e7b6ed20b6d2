/** What "Kontrollera" reads, for either scope, in the shape the checks take. */
import type { Message } from '../core/types';
import * as excel from './excel';
import type { Outcome, WorkbookRecords } from './excel';
import type { SheetRead } from './model/checkRun';

export interface CheckInput {
  reads: SheetRead[];
  /** What the user should know about the read: a clipped selection, a sheet too large to read. */
  notes: Message[];
  records: WorkbookRecords;
  sheetNames: string[];
  /** True when whole sheets were read (not a selection): their earlier checklist entries are replaced. */
  wholeSheet: boolean;
}

/**
 * Reads the selection or active sheet ('range', two syncs) or every sheet ('workbook', three syncs).
 *
 * @example
 * const input = await readForCheck('range');
 * if (input.ok) checkReads('range', input.value.reads, input.value.notes, new Date());
 */
export async function readForCheck(scope: 'range' | 'workbook'): Promise<Outcome<CheckInput>> {
  if (scope === 'range') {
    const read = await excel.readTable();
    if (!read.ok) return read;
    const { marks, statusColumn, calculations, sheetNames, clippedFrom } = read.value;
    return {
      ok: true,
      value: {
        reads: [read.value],
        notes: clippedFrom ? [{ key: 'pane.summary.clipped', params: { selection: clippedFrom } }] : [],
        records: { marks, statusColumn, calculations },
        sheetNames,
        wholeSheet: read.value.source === 'used-range',
      },
    };
  }
  const read = await excel.readWorkbook();
  if (!read.ok) return read;
  const { marks, statusColumn, calculations, sheetNames, sheets, skipped } = read.value;
  if (sheets.length === 0) return { ok: false, message: { key: 'pane.read.emptyWorkbook' } };
  return {
    ok: true,
    value: {
      reads: sheets,
      notes: skipped.map((s) => ({ key: 'pane.read.skippedSheet', params: { sheet: s.sheet, cells: s.cells } })),
      records: { marks, statusColumn, calculations },
      sheetNames,
      wholeSheet: true,
    },
  };
}
