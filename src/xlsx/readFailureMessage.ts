/** Why a workbook file could not be read, as a message of the catalogue: the same words on the command line and in /check.html. */
import type { Message, MessageParam } from '../core';

/** Every reason a file can fail to be read, from the file system to the .xlsx inside it. */
export type ReadFailureCode =
  | 'not-found'
  | 'not-a-file'
  | 'not-regular'
  | 'no-access'
  | 'read-failed'
  | 'empty'
  | 'not-xlsx'
  | 'xls-or-encrypted'
  | 'corrupt'
  | 'no-sheets'
  | 'too-large'
  | 'time-limit'
  | 'memory-limit'
  | 'unexpected';

/**
 * The message naming the file and saying why it could not be read.
 *
 * @example
 * formatMessage('en', readFailureMessage('a.txt', 'not-xlsx', 'text'))
 * // → 'a.txt: is not an Excel workbook in .xlsx format (it looks like text). Save it as .xlsx in Excel and run again.'
 */
export function readFailureMessage(file: string, code: ReadFailureCode, detail?: MessageParam): Message {
  if (code === 'not-xlsx') {
    const kind: MessageParam = detail ? { message: { key: 'cli.read.not-xlsx.kind', params: { kind: detail } } } : '';
    return { key: 'cli.read.not-xlsx', params: { file, kind } };
  }
  const key: Exclude<ReadFailureCode, 'not-xlsx'> extends infer C extends string ? `cli.read.${C}` : never = `cli.read.${code}`;
  return { key, params: detail === undefined ? { file } : { file, detail } };
}
