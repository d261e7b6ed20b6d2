/** What the check page and its worker say to each other: a file's bytes in, progress and one result out. */
import type { PageResult } from './checkWorkbookBytes';

/** The page asks: read and check this file. The bytes are transferred, not copied. */
export interface CheckRequest {
  id: number;
  file: string;
  bytes: ArrayBuffer;
}

/**
 * The worker answers: a phase begun, then the result (a check, or why the file could not be read). The
 * check's volume tables come without their rows, which the page does not show.
 */
export type CheckResponse = { id: number; type: 'progress'; phase: 'reading-workbook' | 'checking' } | { id: number; type: 'done'; result: WorkerResult };

/** A PageResult without its time: the page stamps the time it shows. */
export type WorkerResult = PageResult extends infer R ? (R extends { checkedAt: Date } ? Omit<R, 'checkedAt'> : R) : never;
