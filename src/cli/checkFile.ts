/** One workbook file from disk to its check, or to the reason it could not be read. Never throws. */
import type { CheckOptions } from '../core/tables';
import { checkWorkbook, type WorkbookCheck } from '../core/workbook';
import type { ReadFailureCode } from '../xlsx/readFailureMessage';
import { readWorkbookFile } from './readWorkbookFile';

export type FileResult =
  | { file: string; ok: true; check: WorkbookCheck }
  | { file: string; ok: false; code: ReadFailureCode; detail?: string };

/**
 * Reads and checks the workbook at `file` (the name as the user gave it).
 *
 * @example
 * await checkFile('samples/malkoll-exempel.xlsx'); // → { file: 'samples/malkoll-exempel.xlsx', ok: true, check: { sheets: [...], … } }
 * await checkFile('saknas.xlsx');                  // → { file: 'saknas.xlsx', ok: false, code: 'not-found', detail: 'ENOENT: …' }
 */
export async function checkFile(file: string, options?: CheckOptions): Promise<FileResult> {
  try {
    const read = await readWorkbookFile(file);
    if (!read.ok) return read.detail ? { file, ok: false, code: read.code, detail: read.detail } : { file, ok: false, code: read.code };
    return { file, ok: true, check: checkWorkbook(options ? { ...read, options } : read) };
  } catch (error) {
    // The reader and the engine both promise not to throw; if one does anyway, this file fails alone.
    return { file, ok: false, code: 'unexpected', detail: error instanceof Error ? error.message : String(error) };
  }
}
