/** One workbook file from disk to its check, or to the reason it could not be read. Never throws. */
import type { MessageParam } from '../core';
import type { StampStatus } from '../core/stamp';
import type { CheckOptions } from '../core/tables';
import { checkWorkbook, type WorkbookCheck } from '../core/workbook';
import type { ReadFailureCode } from '../xlsx/readFailureMessage';
import type { ReadOptions } from '../xlsx/readWorkbookBytes';
import { stampStatusOf } from '../stamp/readStamp';
import { readWorkbookFile } from './readWorkbookFile';

export type FileResult =
  | { file: string; ok: true; check: WorkbookCheck; /** The workbook's stamp, verified against its values now. */ stamp?: StampStatus }
  | { file: string; ok: false; code: ReadFailureCode; detail?: MessageParam };

/**
 * Reads and checks the workbook at `file` (the name as the user gave it).
 *
 * @example
 * await checkFile('samples/malkoll-exempel.xlsx'); // → { file: 'samples/malkoll-exempel.xlsx', ok: true, check: { sheets: [...], … } }
 * await checkFile('saknas.xlsx');                  // → { file: 'saknas.xlsx', ok: false, code: 'not-found', detail: 'ENOENT: …' }
 */
export async function checkFile(file: string, options: ReadOptions = {}, judging?: CheckOptions): Promise<FileResult> {
  try {
    const read = await readWorkbookFile(file, options);
    if (!read.ok) return read.detail === undefined ? { file, ok: false, code: read.code } : { file, ok: false, code: read.code, detail: read.detail };
    // The report shows findings and counts, never a volume table's data rows: not keeping them saves about
    // 100 MB on a million-row sheet.
    const check = checkWorkbook({ ...read, options: { ...judging, keepDataRows: false } });
    return { file, ok: true, check, stamp: await stampStatusOf(read, check.tables) };
  } catch {
    // The reader and the engine both promise not to throw; if one does anyway, this file fails alone,
    // and a library's own words are no message for the user.
    return { file, ok: false, code: 'unexpected' };
  }
}
