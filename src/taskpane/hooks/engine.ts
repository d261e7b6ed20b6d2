/**
 * What the hooks take from the chunk the pane fetches on the first check (../checking.ts, loaded by
 * ../loadChecking.ts, which the pane hands to useCheckRun): the checks, their result's model, the adapter, the stamp's model.
 */
import type { checkReads } from '../model/checkRun';
import type { checkResult } from '../model/checkResult';

export interface Engine {
  checkReads: typeof checkReads;
  checkResult: typeof checkResult;
  excel: typeof import('../excel');
  stamp: typeof import('../model/paneStamp');
}

/** Fetches the engine (once; later calls get the same module). */
export type LoadEngine = () => Promise<Engine>;
