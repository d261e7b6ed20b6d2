/**
 * The page's side of the settlement worker: one worker, started when the settlement is first used, one
 * request at a time. Never rejects: a worker that fails answers as if nothing could be read.
 */
import type { SettleRequest, SettleResponse } from './settleProtocol';

const WORKER_URL = 'settle-worker.js';

let worker: Worker | null = null;
let next = 1;

type Reply<T extends SettleResponse['type']> = Extract<SettleResponse, { type: T }>;
type Ask = SettleRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/**
 * Sends a request and resolves with its answer, calling `onProgress` for each file read.
 *
 * @example
 * const read = await askWorker({ type: 'read', assignment, submissions }, (p) => setProgress(p));
 */
export function askWorker<T extends Ask>(request: T, onProgress?: (p: Reply<'progress'>) => void, transfer: Transferable[] = []): Promise<Reply<T['type']>> {
  const w = (worker ??= new Worker(WORKER_URL));
  const id = next++;
  return new Promise((resolve) => {
    const done = (reply: Reply<T['type']>) => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      resolve(reply);
    };
    const onMessage = (event: MessageEvent<SettleResponse>) => {
      const m = event.data;
      if (m.id !== id) return;
      if (m.type === 'progress') onProgress?.(m);
      else done(m as Reply<T['type']>);
    };
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      worker = null;
      // eslint-disable-next-line no-restricted-syntax -- keyed by the worker's three request types, a closed set
      const failed: Record<string, SettleResponse> = {
        read: { id, type: 'read', ok: false, unreadable: [] },
        settle: { id, type: 'settle', run: { ok: false, reason: 'unreadable', unreadable: [] } },
        workbook: { id, type: 'workbook', bytes: null },
      };
      done(failed[request.type] as Reply<T['type']>);
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ ...request, id }, transfer);
  });
}
