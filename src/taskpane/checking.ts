/**
 * What the pane needs once a check runs and not before: the checks themselves, the views of their result,
 * the confirmation before a write and the adapter's writes (which only a result's actions ask for).
 * Webpack makes this one chunk (see ./loadChecking.ts), fetched on the first check or when a check button
 * is pointed at or focused, so the page the controller waits for at start carries none of it.
 */
// The checks run in a Web Worker, off the thread the pane shares with the custom functions (./worker/checkOffThread.ts).
export { checkReadsOffThread as checkReads } from './worker/checkOffThread';
export { checkView } from '../results/model/checkView';
export { CalculationsView, NoTableMessage, ResultView, VerdictHeader } from '../results/views';
export { PendingDialog } from './PendingDialog';
export { StampSection } from '../results/views/StampSection';
export { StampNotice } from '../results/views/StampNotice';
export * as excel from './excel';
export * as stamp from './model/paneStamp';
