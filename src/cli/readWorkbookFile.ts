/**
 * Reads one .xlsx file from disk into grids, or says in a stable code why it could not. Never throws:
 * the command line checks every other file whatever happens to one. Only ordinary files are read (a
 * device such as /dev/zero or a pipe never ends), and never more bytes than the file-size limit.
 */
import { constants } from 'fs';
import { open, type FileHandle } from 'fs/promises';
import type { MessageParam } from '../core';
import { readLimits } from '../xlsx/readLimits';
import { errorText, fileSizeLimit, readWorkbookBytes, type BytesFailureCode, type BytesOutcome, type ReadOptions } from '../xlsx/readWorkbookBytes';

export type FileFailureCode = 'not-found' | 'not-a-file' | 'not-regular' | 'no-access' | 'read-failed' | BytesFailureCode;

export type ReadOutcome =
  | Extract<BytesOutcome, { ok: true }>
  | { ok: false; code: FileFailureCode; /** The system's words, what the file looks like, or our reason. */ detail?: MessageParam };

/** Opening a pipe for reading would wait for a writer; O_NONBLOCK returns at once (it is 0 where unknown). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads the workbook at `path` into one grid per worksheet.
 *
 * @example
 * const read = await readWorkbookFile('samples/malkoll-exempel.xlsx');
 * if (read.ok) read.grids.map((g) => g.sheet); // → ['Volymer 2025', 'Indikatorer']
 * else read.code;                             // → 'not-found', 'not-xlsx', 'corrupt', 'too-large', …
 */
export async function readWorkbookFile(path: string, options: ReadOptions = {}): Promise<ReadOutcome> {
  const file = await readFileBytes(path, options);
  return file.ok ? readWorkbookBytes(file.bytes, options) : file;
}

/**
 * The bytes of the file at `path`, when it is an ordinary file within the file-size limit (`malkoll stamp`
 * reads a workbook's bytes to copy them).
 *
 * @example
 * await readFileBytes('samples/malkoll-exempel.xlsx') // → { ok: true, bytes: Uint8Array(…) }
 */
export async function readFileBytes(path: string, options: ReadOptions = {}): Promise<{ ok: true; bytes: Uint8Array } | Extract<ReadOutcome, { ok: false }>> {
  const limits = readLimits(options.limits);
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, OPEN_FLAGS);
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, code: 'not-a-file' };
    if (!info.isFile()) return { ok: false, code: 'not-regular' };
    if (info.size > limits.maxFileBytes) return { ok: false, code: 'too-large', detail: { message: fileSizeLimit(limits) } };
    // Read at most one byte past the limit: a file that grows while it is read is still refused.
    const buffer = new Uint8Array(Math.min(info.size, limits.maxFileBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > limits.maxFileBytes) return { ok: false, code: 'too-large', detail: { message: fileSizeLimit(limits) } };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, code: fileErrorCode(error), detail: errorText(error) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function fileErrorCode(error: unknown): FileFailureCode {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'not-found';
  if (code === 'EISDIR') return 'not-a-file';
  if (code === 'EACCES' || code === 'EPERM') return 'no-access';
  return 'read-failed';
}
