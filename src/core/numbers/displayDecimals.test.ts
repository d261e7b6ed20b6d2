import { ownDecimals, readNumberFormat, textDecimals } from './displayDecimals';

describe('readNumberFormat', () => {
  test.each([
    ['0.0%', { kind: 'number', decimals: 3, percent: true }],
    ['0%', { kind: 'number', decimals: 2, percent: true }],
    ['0.00', { kind: 'number', decimals: 2, percent: false }],
    ['# ##0', { kind: 'number', decimals: 0, percent: false }],
    ['#,##0', { kind: 'number', decimals: 0, percent: false }],
    ['#,##0.0;[Red]-#,##0.0', { kind: 'number', decimals: 1, percent: false }],
    ['#,##0,', { kind: 'number', decimals: -3, percent: false }],
    ['0.0" %"', { kind: 'number', decimals: 1, percent: false }],
    ['[$-41D]0.0', { kind: 'number', decimals: 1, percent: false }],
    ['_-* #,##0 _k_r_-;-* #,##0 _k_r_-', { kind: 'number', decimals: 0, percent: false }],
  ])('%s', (format, reading) => {
    expect(readNumberFormat(format)).toEqual(reading);
  });

  test.each(['yyyy-mm-dd', 'mmm yy', 'hh:mm', '[$-41D]mmmm yyyy'])('%s is a date', (format) => {
    expect(readNumberFormat(format)).toEqual({ kind: 'date' });
  });

  test.each(['General', 'general', '@', '0.00E+00', '', null, undefined, 'abc'])('%s says nothing about digits', (format) => {
    expect(readNumberFormat(format)).toEqual({ kind: 'general' });
  });
});

describe('ownDecimals', () => {
  test.each([
    [31180, 0],
    [0.068, 3],
    [0.05, 2],
    [-0.216, 3],
    [0.1 + 0.2, 1],
    [1.5e-7, 8],
    [31180 / 29685 - 1, 13],
  ])('%s → %s', (value, decimals) => {
    expect(ownDecimals(value)).toBe(decimals);
  });
});

describe('textDecimals', () => {
  test.each([
    ['6,8 %', 3],
    ['5,0%', 3],
    ['-21,6%', 3],
    ['31 180', 0],
    ['1 234,50', 2],
    ['1,234.5', 1],
    ['1,234,567', 0],
    ['12,5', 1],
    ['75 procent', 2],
  ])('%s → %s', (text, decimals) => {
    expect(textDecimals(text)).toBe(decimals);
  });
});
