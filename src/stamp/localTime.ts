/** A stamp's time (ISO 8601, UTC) as the reader's clock shows it. */

/**
 * To the minute, in the local time zone; the text as it is when it is no time.
 *
 * @example
 * localDateTime('2025-09-05T14:02:11Z') // → '2025-09-05 16:02' (in Sweden, summer time)
 */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
