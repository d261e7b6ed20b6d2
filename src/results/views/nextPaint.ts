/**
 * Lets a progress text paint before a long synchronous step (reading, checking) starts.
 *
 * @example
 * setBusy('checking');
 * await nextPaint();
 * const run = checkReads(…);
 */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
