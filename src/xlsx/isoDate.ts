/**
 * The value of a date cell (`t="d"`), which holds an ISO 8601 date, time or both as text (ECMA-376 part 1,
 * 18.18.11; LibreOffice, openpyxl and SheetJS write them), as Excel's serial number in the 1900 date system
 * (the one the engine counts in), with the number format that shows it as written. Read as written: the
 * date and the clock time the cell shows, a time zone ("Z", "+02:00") left aside.
 */

export interface IsoDate {
  /** Days since 1899-12-30, the day's time as a fraction (Excel's 1900 serial); a time alone is its fraction. */
  serial: number;
  /** The number format that shows the value as written: a date, a date and time, or a time. */
  format: string;
}

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Extended (2025-08-31T10:15:00) or basic (20250831T101500) form, from the year alone to the second, the time optional. */
const DATE_TIME = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|(\d{2})(\d{2}))?(?:[T ](\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;
/** A time alone: with its colons (12:30, 12:30:15.5), or after a T (T1230). */
const TIME = /^(?:T(\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?|(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * The serial and format of an ISO 8601 text; null when it is no date or time, or names a day that does not
 * exist (2025-02-30).
 *
 * @example
 * isoDate('2025-08-31T00:00:00Z') // → { serial: 45900, format: 'yyyy-mm-dd' }
 * isoDate('2025-08-31 10:30')     // → { serial: 45900.4375, format: 'yyyy-mm-dd hh:mm' }
 * isoDate('20250831')             // → { serial: 45900, format: 'yyyy-mm-dd' }
 * isoDate('12:30:00')             // → { serial: 0.5208333…, format: 'hh:mm:ss' }
 * isoDate('2025-08')              // → { serial: 45870, format: 'yyyy-mm' }
 * isoDate('igår')                 // → null
 */
export function isoDate(text: string): IsoDate | null {
  const time = TIME.exec(text);
  if (time) {
    const [h, m, sec, fraction] = time[1] !== undefined ? time.slice(1, 5) : time.slice(5, 9);
    const value = dayFraction(h, m, sec, fraction);
    return value === null ? null : { serial: value, format: sec === undefined ? 'hh:mm' : 'hh:mm:ss' };
  }
  const m = DATE_TIME.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2] ?? m[4] ?? '1');
  const day = Number(m[3] ?? m[5] ?? '1');
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (month < 1 || month > 12 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const days = Math.round(date.getTime() / MS_PER_DAY) + UNIX_EPOCH_SERIAL;
  const dayOnly = m[2] === undefined && m[4] === undefined ? 'yyyy' : m[2] !== undefined && m[3] === undefined ? 'yyyy-mm' : 'yyyy-mm-dd';
  if (m[6] === undefined) return { serial: days, format: dayOnly };
  const fraction = dayFraction(m[6], m[7] ?? '00', m[8], m[9]);
  if (fraction === null) return null;
  // Midnight is a date written with its clock (openpyxl and SheetJS write dates so): shown as the date.
  if (fraction === 0) return { serial: days, format: 'yyyy-mm-dd' };
  return { serial: days + fraction, format: m[8] === undefined ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd hh:mm:ss' };
}

/** A clock time as a fraction of a day; 24:00 is the end of the day. Null past it. */
function dayFraction(h: string, m: string, s: string | undefined, fraction: string | undefined): number | null {
  const hours = Number(h);
  const minutes = Number(m);
  const seconds = Number(s ?? '0') + (fraction ? Number(`0.${fraction}`) : 0);
  if (minutes > 59 || seconds >= 61 || hours > 24 || (hours === 24 && (minutes > 0 || seconds > 0))) return null;
  const ms = Math.round(((hours * 60 + minutes) * 60 + Math.min(seconds, 60)) * 1000);
  return ms / MS_PER_DAY;
}
