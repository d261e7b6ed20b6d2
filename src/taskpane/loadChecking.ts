/**
 * The chunk of ./checking.ts: webpack fetches it once, from beside the page; later calls get the same module.
 *
 * @example
 * const { checkReads } = await loadChecking();
 */
export const loadChecking = () => import(/* webpackChunkName: "checking" */ './checking');

export type Checking = Awaited<ReturnType<typeof loadChecking>>;

/**
 * Starts fetching the chunk before the first check needs it (a check button pointed at or focused).
 * A failure is left for the check itself to report.
 */
export function preloadChecking(): void {
  loadChecking().catch(() => undefined);
}
