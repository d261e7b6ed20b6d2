/**
 * Målkoll's version, which the pane writes into a stamp: package.json's, put in by the build (webpack's
 * DefinePlugin); "unknown" where no build put it in (the adapter's tests in Node).
 */
export const PANE_VERSION: string = process.env.MALKOLL_VERSION ?? 'unknown';
