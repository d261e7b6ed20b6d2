/**
 * Excel on the web refuses a request, like a response, of more than 5 MB (RequestPayloadSizeLimitExceeded;
 * Microsoft's "Resource limits and performance optimization" and its Excel payload guidance). What the pane writes
 * in one round trip is kept under a budget well below that, for the envelope Excel wraps around each command.
 */

/** Bytes of what one round trip writes, at most, by Målkoll's own count. */
export const REQUEST_BUDGET = 4_000_000;

/**
 * What one colouring rule costs in a request: four commands (add, formula, fill, font) with their object paths,
 * counted generously (the fake counts about 450 bytes).
 */
export const BYTES_PER_RULE = 1_000;

/** Bytes of a value as it travels in Office's JSON (UTF-8). */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}

/**
 * Items in runs whose sizes add up to at most `budget` each (an item larger than that alone), in order.
 *
 * @example
 * chunkByBytes(['aa', 'bb', 'cc'], 4, (s) => s.length) // → [['aa', 'bb'], ['cc']]
 */
export function chunkByBytes<T>(items: readonly T[], budget: number, size: (item: T) => number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const b = size(item);
    if (current.length > 0 && bytes + b > budget) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += b;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
