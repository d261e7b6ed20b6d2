import { dateText } from './dateText';

describe('dateText', () => {
  test.each([
    [45900, 'yyyy-mm-dd', '2025-08-31'],
    [45900.75, 'yyyy-mm-dd hh:mm', '2025-08-31'],
    [45900, 'mmm yyyy', '2025-08'],
    [45900, 'yyyy-mm', '2025-08'],
    [45900, '[$-41D]mmmm', '2025-08'],
    [45900, 'yyyy', '2025'],
    [45900, 'd/m', '2025-08-31'],
    [61, 'yyyy-mm-dd', '1900-03-01'],
    [59, 'yyyy-mm-dd', '1900-02-28'],
    [1, 'yyyy-mm-dd', '1900-01-01'],
  ])('%p under "%s" is %s', (serial, format, text) => {
    expect(dateText(serial, format)).toBe(text);
  });

  test.each([
    [45900, '#,##0'],
    [45900, null],
    [0.5, 'h:mm'],
    [0.5, 'yyyy-mm-dd'],
    [-3, 'yyyy-mm-dd'],
    [Number.NaN, 'yyyy-mm-dd'],
    [3_000_000, 'yyyy-mm-dd'],
  ])('%p under %p is no date', (serial, format) => {
    expect(dateText(serial, format)).toBeNull();
  });
});
