/**
 * What a reader of a workbook is told of its stamp, the same on the command line, the check page and in the
 * pane: one headline, and a line for each table that is no longer as stamped.
 */
import { quoteSheetName } from '../address';
import type { Message } from '../types';
import type { StampStatus, TableStampStatus } from './types';

/** Rows named one by one at most; the rest are counted. */
const LISTED_ROWS = 12;

/** A stamp as an edge holds it (StampStatus, or the JSON of `malkoll check` with its reason rendered). */
export interface StampView {
  /** `unverified`: a stamp the reader has not compared with the workbook (the pane, after a check of less than the whole workbook). */
  status: StampStatus['status'] | 'unverified';
  checkedAt?: string;
  version?: string;
  source?: 'pane' | 'cli';
  reason?: Message | string;
  tables?: readonly TableStampStatus[];
}

/**
 * The headline and the changed tables' lines. `when` is the stamp's time as the reader's clock shows it.
 *
 * @example
 * stampLines({ status: 'changed', checkedAt, version: '0.1.0', source: 'cli', tables: [{ sheet: 'Volymer 2025', range: 'A1:D61', status: 'changed', rows: [30] }] }, '2025-09-05 16:02')
 * // → { headline: { key: 'stamp.status.changed', … }, tables: [{ key: 'stamp.table.changedRows.one', params: { table: "'Volymer 2025'!A1:D61", rows: '30' } }] }
 */
export function stampLines(stamp: StampView, when: string): { headline: Message; tables: Message[] } {
  if (stamp.status === 'none') return { headline: { key: 'stamp.status.none' }, tables: [] };
  if (stamp.status === 'unreadable') {
    const reason = typeof stamp.reason === 'object' ? { message: stamp.reason } : (stamp.reason ?? '');
    return { headline: { key: 'stamp.status.unreadable', params: { reason } }, tables: [] };
  }
  const params = {
    when,
    version: stamp.version ?? '',
    source: { message: { key: stamp.source === 'pane' ? 'stamp.source.pane' : 'stamp.source.cli' } },
  } as const;
  if (stamp.status === 'unchanged') return { headline: { key: 'stamp.status.unchanged', params }, tables: [] };
  if (stamp.status === 'unverified') return { headline: { key: 'stamp.status.unverified', params }, tables: [] };
  return { headline: { key: 'stamp.status.changed', params }, tables: (stamp.tables ?? []).filter((t) => t.status !== 'unchanged').map(tableLine) };
}

function tableLine(t: TableStampStatus): Message {
  const table = `${quoteSheetName(t.sheet)}!${t.range}`;
  if (t.status === 'missing') return { key: 'stamp.table.missing', params: { table } };
  if (t.status === 'added') return { key: 'stamp.table.added', params: { table } };
  const rows = t.rows ?? [];
  if (rows.length === 0) return { key: 'stamp.table.changed', params: { table } };
  const listed = rows.slice(0, LISTED_ROWS).join(', ');
  const named =
    rows.length > LISTED_ROWS ? { message: { key: 'stamp.table.moreRows', params: { rows: listed, more: rows.length - LISTED_ROWS } } as Message } : listed;
  return { key: rows.length === 1 ? 'stamp.table.changedRows.one' : 'stamp.table.changedRows.other', params: { table, rows: named } };
}
