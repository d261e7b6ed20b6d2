/**
 * "Kontrollera"'s checks in a Web Worker (./worker/checkWorker.ts), so that the thread the task pane shares with
 * the custom functions stays free: with the shared runtime, long work there blocks the pane and the functions
 * (Microsoft's "custom functions using web workers" sample), and desktop Office restarts an add-in that blocks
 * for 5 seconds. At the read limits the core takes seconds (bench/paneThread.js); off the thread, the pane's
 * longest stretch is the copy of the result back. Where no worker can start, the check runs here as before.
 */
import type { Message } from '../../core';
import type { CheckOptions } from '../../core/tables';
import { checkReads, type CheckRun, type SheetRead } from '../model/checkRun';

export interface CheckRequest {
  id: number;
  scope: CheckRun['scope'];
  reads: SheetRead[];
  notes: Message[];
  /** Milliseconds since the epoch: a Date crosses as one, but a number says so. */
  checkedAt: number;
  options?: CheckOptions;
  /** Sheets the adapter could not read: none of them can make a kind absent. */
  unread: string[];
}

export type CheckResponse = { id: number; ok: true; run: CheckRun } | { id: number; ok: false; error: string };

let worker: Worker | null | undefined;
let next = 1;

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = typeof Worker === 'function' ? new Worker(/* webpackChunkName: "check-thread" */ new URL('./checkWorker.ts', import.meta.url)) : null;
  } catch {
    worker = null;
  }
  return worker;
}

/**
 * checkReads (./model/checkRun.ts) off the pane's thread; here when no worker can run it.
 *
 * @example
 * const run = await checkReadsOffThread('workbook', reads, notes, new Date(), { tolerance: 0.1 });
 */
export function checkReadsOffThread(
  scope: CheckRun['scope'],
  reads: SheetRead[],
  notes: Message[],
  checkedAt: Date,
  options?: CheckOptions,
  unread: readonly string[] = [],
): Promise<CheckRun> {
  const w = startWorker();
  const here = () => checkReads(scope, reads, notes, checkedAt, options, unread);
  if (!w) return Promise.resolve().then(here);
  const id = next++;
  return new Promise((resolve, reject) => {
    const done = (run: () => CheckRun) => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      try {
        resolve(run());
      } catch (error) {
        reject(error);
      }
    };
    const onMessage = (event: MessageEvent<CheckResponse>) => {
      const m = event.data;
      if (m.id !== id) return;
      done(m.ok ? () => ({ ...m.run, checkedAt }) : here);
    };
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      // A worker that cannot start (or died): this check runs here, and so do the next ones.
      worker = null;
      done(here);
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    const request: CheckRequest = { id, scope, reads, notes, checkedAt: checkedAt.getTime(), unread: [...unread], ...(options ? { options } : {}) };
    w.postMessage(request);
  });
}
