/**
 * What the pane needs once a check runs and not before: the checks themselves, the views of their result,
 * the confirmation before a write and the adapter's writes (which only a result's actions ask for).
 * Webpack makes this one chunk (see ./loadChecking.ts), fetched on the first check or when a check button
 * is pointed at or focused, so the page the controller waits for at start carries none of it.
 */
export { checkReads } from './model/checkRun';
export { checkResult } from './model/checkResult';
export { CalculationsView, NoTableMessage, ResultView, VerdictHeader } from './views';
export { PendingDialog } from './PendingDialog';
export { StampSection } from './views/StampSection';
export { StampNotice } from './views/StampNotice';
export * as excel from './excel';
export * as stamp from './model/paneStamp';
