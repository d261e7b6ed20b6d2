/** A workbook file's bytes, as the browser hands them over, to its check or to why it could not be read. */
import type { Message } from '../core';
import type { StampStatus } from '../core/stamp';
import { checkWorkbook, type WorkbookCheck } from '../core/workbook';
import { readFailureMessage } from '../xlsx/readFailureMessage';
import { readWorkbookBytes } from '../xlsx/readWorkbookBytes';
import type { WorkbookGrids } from '../xlsx/workbookToGrids';
import { PAGE_READ_LIMITS } from './pageLimits';

export type PageResult =
  | { file: string; ok: true; check: WorkbookCheck; checkedAt: Date; /** The workbook's stamp, verified against its values (src/stamp). */ stamp?: StampStatus }
  | { file: string; ok: false; message: Message };

export type ReadStep = { ok: true; read: WorkbookGrids } | { ok: false; result: PageResult };

/**
 * Reads the bytes into grids (the slow part, done first so the page can say it is now checking), within
 * the page's limits (./pageLimits: fewer cells than the command line, which bounds the check's memory).
 * Never throws.
 *
 * @example
 * const step = await readBytes('Budget.xlsx', await file.arrayBuffer());
 * if (step.ok) checkRead('Budget.xlsx', step.read, new Date());
 */
export async function readBytes(file: string, bytes: ArrayBuffer | Uint8Array): Promise<ReadStep> {
  try {
    const read = await readWorkbookBytes(bytes, { limits: PAGE_READ_LIMITS });
    if (read.ok) return { ok: true, read };
    return { ok: false, result: { file, ok: false, message: readFailureMessage(file, read.code, read.detail) } };
  } catch {
    // The reader promises not to throw; a library's own words are no message for the user.
    return { ok: false, result: { file, ok: false, message: readFailureMessage(file, 'unexpected') } };
  }
}

/**
 * Checks a read workbook with the same engine and rules as the command line. Never throws.
 *
 * @example
 * checkRead('malkoll-exempel.xlsx', read, new Date()) // → { file, ok: true, check: { sheets, findings, summary }, checkedAt }
 */
export function checkRead(file: string, read: WorkbookGrids, checkedAt: Date): PageResult {
  try {
    return { file, ok: true, check: checkWorkbook(read), checkedAt };
  } catch {
    return { file, ok: false, message: readFailureMessage(file, 'unexpected') };
  }
}
