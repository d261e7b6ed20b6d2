/**
 * Which cell styles show their number as a date: what a workbook in the 1904 date system counts from 1904
 * (./readWorksheet turns those into the 1900 system's serials; a time of day alone counts no days).
 * Decided once per style.
 */
import { readNumberFormat } from '../core/numbers';
import type { CellFormats } from './readStyles';

/** A date, not a time of day alone ("h:mm", "mm:ss"): a year, a day or a month's name or number before a year. */
function showsDay(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[yYdD]/.test(bare) || /m{3,}/i.test(bare);
}

/**
 * A test of cell style `style`: true when its number format shows a date.
 *
 * @example
 * dateStyles(formats)(4) // → true when style 4 shows "yyyy-mm-dd"
 */
export function dateStyles(formats: CellFormats): (style: number) => boolean {
  const known = new Map<number, boolean>();
  return (style) => {
    if (style <= 0) return false;
    let date = known.get(style);
    if (date === undefined) {
      const format = formats.formatOf(style);
      date = readNumberFormat(format).kind === 'date' && showsDay(format as string);
      known.set(style, date);
    }
    return date;
  };
}
