/**
 * A bounded cache of values by text, for readings shared by thousands of cells (parsed targets, outcomes):
 * two generations of at most `generation` entries each. When the recent one is full it becomes the older
 * one and the oldest entries go, all at once; a hit in the older generation moves to the recent one. Every
 * step is O(1): evicting a Map's first entry one at a time (an LRU by delete and re-insert) makes each later
 * look for the first entry skip all the deleted ones, and a sheet of more distinct texts than fit then
 * recalculates many times slower.
 */
export interface RecentCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  /** Entries held now (at most twice the generation). */
  size(): number;
}

/**
 * @example
 * const cache = recentCache<number>(2500);
 * cache.set('≤ 8,5%', 1);
 * cache.get('≤ 8,5%') // 1
 */
export function recentCache<V>(generation: number): RecentCache<V> {
  let recent = new Map<string, V>();
  let older = new Map<string, V>();
  const set = (key: string, value: V): void => {
    if (recent.size >= generation) {
      older = recent;
      recent = new Map();
    }
    recent.set(key, value);
  };
  return {
    get(key) {
      const hit = recent.get(key);
      if (hit !== undefined) return hit;
      const old = older.get(key);
      if (old !== undefined) set(key, old);
      return old;
    },
    set,
    size: () => recent.size + older.size,
  };
}
