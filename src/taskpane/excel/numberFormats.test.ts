import { invariantFormat } from './numberFormats';

describe("invariantFormat: number formats Excel on the web gave in the user's notation (office-js 2824)", () => {
  it.each([
    ['0,0%', ',', '0.0%'],
    ['0,0%', null, '0.0%'],
    ['# ##0,00', ',', '#,##0.00'],
    ['#\u00a0##0,0 "kr"', ',', '#,##0.0 "kr"'],
    ['# ##0', ',', '#,##0'],
    ['0 "kr"', ',', '0 "kr"'],
  ])('reads %s (decimal separator %s) as %s', (format, decimal, expected) => {
    expect(invariantFormat(format, decimal)).toBe(expected);
  });

  it.each([['#,##0'], ['0.0%'], ['#,##0,'], ['General'], ['yyyy-mm-dd'], ['@'], ['0%']])('leaves the invariant %s as it is', (format) => {
    expect(invariantFormat(format, ',')).toBe(format);
    expect(invariantFormat(format, null)).toBe(format);
    expect(invariantFormat(format, '.')).toBe(format);
  });
});
