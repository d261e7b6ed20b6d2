import { recentCache } from './recentCache';

describe('recentCache', () => {
  test('keeps at most two generations, the entries used lately', () => {
    const cache = recentCache<number>(3);
    for (const [k, v] of [
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 4],
    ] as const)
      cache.set(k, v);
    expect(cache.size()).toBe(4);
    // "a" is used again: it moves to the recent generation and survives the next turn-over.
    expect(cache.get('a')).toBe(1);
    for (const [k, v] of [
      ['e', 5],
      ['f', 6],
      ['g', 7],
    ] as const)
      cache.set(k, v);
    expect(cache.get('a')).toBe(1);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.size()).toBeLessThanOrEqual(6);
  });
});
