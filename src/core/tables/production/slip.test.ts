import { isSlip } from './slip';

describe('isSlip', () => {
  test.each([
    [8832, 832, 'a digit typed twice'],
    [832, 8832, 'a digit left out'],
    [8134, 8143, 'two neighbouring digits swapped'],
    [27349, 57349, 'one digit changed'],
    [62309, 62308, 'the last digit'],
  ])('%s for %s: %s', (written, intended) => {
    expect(isSlip(written, intended)).toBe(true);
  });

  test.each([
    [31153, 31180, 'two digits changed'],
    [57646, 67645, 'the first and the last digits swapped'],
    [1000, 1000, 'the same figure'],
    [100, 10000, 'two digits more'],
  ])('%s for %s is no slip: %s', (written, intended) => {
    expect(isSlip(written, intended)).toBe(false);
  });

  test('figures with decimals are compared in the unit of their last digit', () => {
    expect(isSlip(12.4, 12.7, 0.1)).toBe(true);
    expect(isSlip(12.4, 21.4, 0.1)).toBe(true); // 1 and 2 swapped
    expect(isSlip(12.4, 31.4, 0.1)).toBe(false);
  });
});
