import { isWholeNumber, wholeValue } from './isWholeNumber';

describe('isWholeNumber: whole within floating-point noise', () => {
  test.each<[string, number]>([
    ['3 300', 3300],
    ['0', 0],
    ['-5', -5],
    ['1 + 2^-52 (VOLUME_CHECK(2;1;1.0000000000000002))', 1.0000000000000002],
    ['=1,1*3*1000 in Excel: 3300.0000000000005', 1.1 * 3 * 1000],
    ['=0,1*3*10 (3.0000000000000004)', 0.1 * 3 * 10],
    ['11 080 a hair below: 11079.999999999998', 11079.999999999998],
    ['beyond 2^53', 2 ** 53 + 2],
  ])('%s is whole', (_name, x) => {
    expect(isWholeNumber(x)).toBe(true);
  });

  test.each<[string, number]>([
    ['2 937,5', 2937.5],
    ['1,001', 1.001],
    ['0,000001', 0.000001],
    ['8 100,01', 8100.01],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('%s is not whole', (_name, x) => {
    expect(isWholeNumber(x)).toBe(false);
  });

  test('a value that is not a number is not whole, and does not throw', () => {
    expect(isWholeNumber('5' as unknown as number)).toBe(false);
    expect(isWholeNumber(null as unknown as number)).toBe(false);
  });
});

describe('wholeValue: the whole number a noisy figure stands for', () => {
  test('rounds away the noise, so sums of whole volumes stay exact', () => {
    expect(wholeValue(1.1 * 3 * 1000)).toBe(3300);
    expect(wholeValue(1.0000000000000002)).toBe(1);
    expect(wholeValue(11079.999999999998)).toBe(11080);
    expect(wholeValue(1.1 * 3 * 1000) - 3300).toBe(0);
  });

  test('leaves real fractions and whole numbers alone, never gives -0', () => {
    expect(wholeValue(2937.5)).toBe(2937.5);
    expect(wholeValue(8143)).toBe(8143);
    expect(Object.is(wholeValue(-1e-17), 0)).toBe(true);
    expect(Object.is(wholeValue(-0), 0)).toBe(true);
  });
});
