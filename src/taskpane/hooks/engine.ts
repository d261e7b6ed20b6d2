/**
 * What the hooks take from the chunk the pane fetches on the first check (../checking.ts, loaded by
 * ../loadChecking.ts, which the pane hands to useCheckRun): the checks, their result's model, the adapter, the stamp's model.
 */
import type { checkReadsOffThread } from '../worker/checkOffThread';
import type { checkView } from '../../results/model/checkView';

export interface Engine {
  /** The checks, off the pane's thread (../worker/checkOffThread.ts). */
  checkReads: typeof checkReadsOffThread;
  checkView: typeof checkView;
  excel: typeof import('../excel');
  stamp: typeof import('../model/paneStamp');
}

/** Fetches the engine (once; later calls get the same module). */
export type LoadEngine = () => Promise<Engine>;
