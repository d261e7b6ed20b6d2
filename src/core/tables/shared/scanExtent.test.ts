import { skipBlankRows } from './scanExtent';

describe('skipBlankRows', () => {
  const blank = new Set([5, 6, 10, 11]);
  it('stops at the first row that holds something', () => {
    expect(
      skipBlankRows(
        5,
        20,
        (r) => blank.has(r),
        () => false,
      ),
    ).toBe(7);
  });
  it('stops at the repeated header even when it looks blank to the row test', () => {
    expect(
      skipBlankRows(
        10,
        20,
        (r) => blank.has(r) || r === 11,
        (r) => r === 11,
      ),
    ).toBe(11);
  });
  it('stops at the end of the grid', () => {
    expect(
      skipBlankRows(
        18,
        20,
        () => true,
        () => false,
      ),
    ).toBe(20);
  });
});
