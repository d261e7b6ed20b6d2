/**
 * The pane's checks, off the thread the pane shares with Målkoll's custom functions: a workbook at the read
 * limits takes the core seconds, and desktop Office restarts an add-in that blocks its runtime for 5 seconds
 * (bench/paneThread.js measures it). What was read comes in, the check run goes out; nothing here touches Excel.
 */
import { checkReads } from '../model/checkRun';
import type { CheckRequest, CheckResponse } from './checkOffThread';

interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, scope: checkScope, reads, notes, checkedAt, options, unread } = event.data;
  try {
    scope.postMessage({ id, ok: true, run: checkReads(checkScope, reads, notes, new Date(checkedAt), options, unread) });
  } catch (error) {
    scope.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
