import { maxOf, minOf, pushAll } from './arrays';

describe('array helpers for any length', () => {
  it('find the largest and smallest as Math.max and Math.min do, and say what an empty list gives', () => {
    expect(maxOf([3, 9, 4])).toBe(9);
    expect(minOf([3, 9, 4])).toBe(3);
    expect(maxOf([], 0)).toBe(0);
    expect(minOf([])).toBe(Infinity);
    expect(maxOf([-5, -2])).toBe(-2);
    expect(maxOf([1, NaN, 2])).toBeNaN();
  });

  it('take a million values, where a spread into a call overflows the stack', () => {
    const many = Array.from({ length: 1_000_000 }, (_, i) => i % 1000);
    expect(() => Math.max(...many)).toThrow(RangeError);
    expect(maxOf(many)).toBe(999);
    expect(minOf(many)).toBe(0);
    expect(pushAll([-1], many)).toHaveLength(1_000_001);
  });
});
