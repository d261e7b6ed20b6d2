/**
 * What every command of the pane takes and gives: the adapter and what the pane holds, and what to tell the
 * user and to change afterwards. Commands decide nothing of their own about the tables (the core does) and
 * call no Excel API (the adapter does); they turn an adapter's outcome into what the pane shows and keeps.
 */
import type { Message } from '../../core';
import type { Outcome, WorkbookRecords } from '../excel';
import type { Notice } from '../../results/views';

/** The task pane's Excel adapter (../excel), as the checks' chunk brings it. */
export type Adapter = typeof import('../excel');

/** What a command leaves behind: a notice, and what else the pane should change. */
export interface CommandResult {
  notice: Notice | null;
  /** What Målkoll has in the workbook now. */
  records?: (records: WorkbookRecords) => WorkbookRecords;
  /** The name of a report sheet Målkoll added. */
  reportSheet?: string;
  /** The workbook's values or settings changed what the findings are: check again. */
  recheck?: boolean;
  /** The controller confirmed the month (with the calculations): the report's chart uses it as chosen. */
  monthChosen?: boolean;
}

/** A notice of success, warning or information. */
export function told(intent: Notice['intent'], messages: Message[]): CommandResult {
  return { notice: { intent, messages } };
}

/** The adapter refused: its message is the notice. */
export function refused(message: Message): CommandResult {
  return told('error', [message]);
}

/** An outcome's value, or the command's result when the adapter refused. */
export function settle<T>(outcome: Outcome<T>, then: (value: T) => CommandResult): CommandResult {
  return outcome.ok ? then(outcome.value) : refused(outcome.message);
}
