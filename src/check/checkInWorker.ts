/**
 * The page's side of the worker: one worker, started once, reading and checking one file at a time.
 * The worker holds the reader, so the page never waits for it. A file whose reading and checking together
 * take longer than the time limit is stopped by ending the worker (a check in progress cannot be
 * interrupted any other way), and the next file gets a fresh one.
 */
import { readFailureMessage } from '../xlsx/readFailureMessage';
import type { PageResult } from './checkWorkbookBytes';
import { PAGE_TIME_LIMIT_MS } from './pageLimits';
import type { CheckRequest, CheckResponse } from './workerProtocol';

/** Served beside the page by the build. */
const WORKER_URL = 'check-worker.js';

let worker: Worker | null = null;
let next = 1;

/** Starts the worker ahead of the first file, when the page is idle. */
export function warmUp(): void {
  worker ??= new Worker(WORKER_URL);
}

/**
 * Reads and checks a file's bytes in the worker, calling `onPhase` as it goes. Never rejects: a worker
 * that fails becomes a message naming the file.
 *
 * @example
 * const result = await checkInWorker('Budget.xlsx', await file.arrayBuffer(), (phase) => setBusy(phase));
 */
export function checkInWorker(file: string, bytes: ArrayBuffer, onPhase: (phase: 'reading-workbook' | 'checking') => void): Promise<PageResult> {
  warmUp();
  const w = worker as Worker;
  const id = next++;
  return new Promise((resolve) => {
    const done = (result: PageResult) => {
      clearTimeout(timer);
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      resolve(result);
    };
    // Reading has its own limit inside the worker; this one holds for reading and checking together.
    const timer = setTimeout(() => {
      if (worker === w) worker = null;
      w.terminate();
      done({ file, ok: false, message: readFailureMessage(file, 'time-limit', Math.round(PAGE_TIME_LIMIT_MS / 1000)) });
    }, PAGE_TIME_LIMIT_MS);
    const onMessage = (event: MessageEvent<CheckResponse>) => {
      const m = event.data;
      if (m.id !== id) return;
      if (m.type === 'progress') onPhase(m.phase);
      else done(m.result.ok ? { ...m.result, checkedAt: new Date() } : m.result);
    };
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      // A worker that failed to start (or died) is started afresh for the next file.
      worker = null;
      done({ file, ok: false, message: readFailureMessage(file, 'unexpected', event.message || 'worker') });
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    const request: CheckRequest = { id, file, bytes };
    w.postMessage(request, [bytes]);
  });
}
