/**
 * A date cell as a label: the date its number format shows, written the Swedish (ISO) way, so that a row
 * labelled by its month reads "2025-01" in a finding rather than the serial 45688 Excel keeps.
 */
import { readNumberFormat } from './displayDecimals';

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in Excel's 1900 date system (the one the cells are read in). */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * The date `serial` shows under `format`, to the day, the month or the year the format shows; null when the
 * format shows no date, or the serial is none (negative, past 9999, or a time of day alone).
 *
 * @example
 * dateText(45900, 'yyyy-mm-dd') // → '2025-08-31'
 * dateText(45900, 'mmm yyyy')   // → '2025-08'
 * dateText(45900, 'yyyy')       // → '2025'
 * dateText(45900, '#,##0')      // → null
 */
export function dateText(serial: number, format: string | null | undefined): string | null {
  if (typeof format !== 'string' || readNumberFormat(format).kind !== 'date') return null;
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  const year = /y/i.test(bare);
  const day = /d/i.test(bare);
  // An "m" beside a year, or a month's name ("mmm"): a month, not the minutes of "h:mm".
  const month = /m/i.test(bare) && (year || /m{3,}/i.test(bare));
  if (!year && !day && !month) return null;
  // Excel's 1900 system counts a 29 February 1900 that never was: serials before it are a day later.
  const days = Math.floor(serial) - UNIX_EPOCH_SERIAL + (serial < 60 ? 1 : 0);
  const iso = new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
  if (day) return iso;
  if (month) return iso.slice(0, 7);
  return iso.slice(0, 4);
}
