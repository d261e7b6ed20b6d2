/** A workbook's stamp in the readable report of `malkoll check`: its headline, and a line per table that changed. */
import type { Locale } from '../core';
import { stampLines } from '../core/stamp';
import { formatMessage } from '../i18n/format';
import { localDateTime } from '../stamp/localTime';
import type { JsonStamp } from './reportSchema';

/**
 * The stamp's lines, indented as a file's lines are (the caller makes them safe for a terminal).
 *
 * @example
 * renderStampLines({ status: 'none', tables: [] }, 'sv', '  ') // → ['  Inte stämplad som kontrollerad.']
 */
export function renderStampLines(stamp: JsonStamp, locale: Locale, indent: string): string[] {
  const { headline, tables } = stampLines(stamp, localDateTime(stamp.checkedAt ?? ''));
  return [`${indent}${formatMessage(locale, headline)}`, ...tables.map((m) => `${indent}${indent}${formatMessage(locale, m)}`)];
}
