/**
 * Reads one .xlsx file from disk into grids, or says in a stable code why it could not. Never throws:
 * the command line checks every other file whatever happens to one.
 */
import { readFile } from 'fs/promises';
import { errorText, readWorkbookBytes, type BytesOutcome, type BytesFailureCode } from '../xlsx/readWorkbookBytes';

export type FileFailureCode = 'not-found' | 'not-a-file' | 'no-access' | 'read-failed' | BytesFailureCode;

export type ReadOutcome =
  | Extract<BytesOutcome, { ok: true }>
  | { ok: false; code: FileFailureCode; /** The system's or the library's own words, for the curious. */ detail?: string };

/**
 * Reads the workbook at `path` into one grid per worksheet.
 *
 * @example
 * const read = await readWorkbookFile('samples/malkoll-exempel.xlsx');
 * if (read.ok) read.grids.map((g) => g.sheet); // → ['Volymer 2025', 'Indikatorer']
 * else read.code;                             // → 'not-found', 'not-xlsx', 'corrupt', …
 */
export async function readWorkbookFile(path: string): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, code: fileErrorCode(error), detail: errorText(error) };
  }
  return readWorkbookBytes(bytes);
}

function fileErrorCode(error: unknown): FileFailureCode {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'not-found';
  if (code === 'EISDIR') return 'not-a-file';
  if (code === 'EACCES' || code === 'EPERM') return 'no-access';
  return 'read-failed';
}
