/**
 * What the pane says when a check found no table at all, from the core's "no table" and where the pane
 * read. Types only: the pane's first page shows it without fetching the checks' chunk.
 */
import type { Message } from '../../core';
import type { CheckRun } from './checkRun';

const WORKBOOK_HAS_NO_TABLE: Message = { key: 'pane.noTable.workbook' };

/** What the pane says when no table was found at all: where it looked, and what it looked for. */
export interface NoTable {
  lookedIn: string[];
  messages: Message[];
}

/**
 * With no table anywhere, a check of one range says what each kind of table looked for; a check of the
 * workbook (or of more than one sheet) says that no sheet held one.
 *
 * @example
 * noTableOf(checkReads('range', [notes], [], new Date()))?.messages.map((m) => m.key) // → ['table.noVolumeTable', …]
 */
export function noTableOf(run: Pick<CheckRun, 'scope' | 'check' | 'reads'>): NoTable | null {
  if (!run.check.noTable) return null;
  return {
    lookedIn: run.reads.map((r) => r.address),
    messages: run.scope === 'range' && run.reads.length === 1 ? run.check.noTable.lookedFor : [WORKBOOK_HAS_NO_TABLE],
  };
}
