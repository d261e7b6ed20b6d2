/** What "Kontrollera" reads, for either scope, in the shape the checks take. */
import type { Message, MessageKey } from '../../core';
import * as excel from '../excel';
import type { Outcome, SkipReason, WorkbookRecords } from '../excel';
import type { SheetRead } from '../model/checkRun';

export interface CheckInput {
  reads: SheetRead[];
  /** What the user should know about the read: a clipped selection, a sheet too large to read. */
  notes: Message[];
  records: WorkbookRecords;
  sheetNames: string[];
  /** True when whole sheets were read (not a selection): their earlier checklist entries are replaced. */
  wholeSheet: boolean;
  /** Sheets the workbook has that were not read (too large, unreadable): the check names them, and no kind counts as absent. */
  unread: string[];
  /** The XML of Målkoll's stamp parts in the workbook, read with the cells. */
  stampXml: string[];
}

const SKIPPED: Record<SkipReason, MessageKey> = {
  'too-large': 'pane.read.skippedSheet',
  'over-budget': 'pane.read.skippedBudget',
  unreadable: 'pane.read.skippedUnreadable',
};

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
    const { marks, blocks, settings, sheetNames, clippedFrom, selectedAreas, address, stampXml } = read.value;
    const notes: Message[] = [];
    if (selectedAreas) notes.push({ key: 'pane.summary.firstArea', params: { count: selectedAreas, address } });
    if (clippedFrom) notes.push({ key: 'pane.summary.clipped', params: { selection: clippedFrom } });
    return {
      ok: true,
      value: {
        reads: [read.value],
        notes,
        records: { marks, blocks, settings },
        sheetNames,
        wholeSheet: read.value.source === 'used-range',
        unread: [],
        stampXml,
      },
    };
  }
  const read = await excel.readWorkbook();
  if (!read.ok) return read;
  const { marks, blocks, settings, sheetNames, sheets, skipped, stampXml } = read.value;
  const notes: Message[] = skipped.map((s) => ({ key: SKIPPED[s.reason], params: { sheet: s.sheet, cells: s.cells } }));
  if (sheets.length === 0) return { ok: false, message: skipped.length > 0 ? notes[0] : { key: 'pane.read.emptyWorkbook' } };
  return {
    ok: true,
    value: {
      reads: sheets,
      notes,
      records: { marks, blocks, settings },
      sheetNames,
      wholeSheet: true,
      unread: skipped.map((s) => s.sheet),
      stampXml,
    },
  };
}
