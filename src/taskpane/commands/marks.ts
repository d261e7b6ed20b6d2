/** "Markera i bladet" and "Rensa markeringar": the problem cells coloured, and the colours taken away. */
import { pluralKey } from '../../i18n/plural';
import type { MarkRequest, WorkbookRecords } from '../excel';
import { settle, told, type Adapter, type CommandResult } from './command';

/**
 * Colours every problem cell, replacing the marks of an earlier check.
 *
 * @example
 * await markCells(adapter, requests, records) // → { notice: { intent: 'success', … 'pane.marks.done.other' … }, records }
 */
export async function markCells(excel: Adapter, requests: MarkRequest[], records: WorkbookRecords): Promise<CommandResult> {
  if (requests.length === 0) return told('info', [{ key: 'pane.marks.nothing' }]);
  return settle(await excel.markCells(requests, records.marks), (done) => ({
    ...told('success', [{ key: pluralKey('pane.marks.done', done.marked), params: { count: done.marked } }]),
    records: (r) => ({ ...r, marks: done.record }),
  }));
}

/** Removes every mark of Målkoll's, wherever Excel moved it. */
export async function clearMarks(excel: Adapter): Promise<CommandResult> {
  return settle(await excel.clearMarks(), (done) => ({
    ...told('success', [{ key: done.removed > 0 ? 'pane.marks.cleared' : 'pane.marks.none' }]),
    records: (r) => ({ ...r, marks: null }),
  }));
}
