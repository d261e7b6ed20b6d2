/** A workbook's stamp in the readable report of `malkoll check`: one line, and a line per table that changed. */
import type { Locale, MessageKey, MessageParam } from '../core';
import { quoteSheetName } from '../core';
import { formatMessage } from '../i18n/format';
import type { JsonStamp } from './reportSchema';

/** Rows listed by number at most; the rest are counted. */
const LISTED_ROWS = 12;

/**
 * The stamp's lines, indented as a file's lines are (the caller makes them safe for a terminal).
 *
 * @example
 * renderStampLines({ status: 'none', tables: [] }, 'sv', '  ') // → ['  Inte stämplad som kontrollerad.']
 */
export function renderStampLines(stamp: JsonStamp, locale: Locale, indent: string): string[] {
  const t = (key: MessageKey, params?: Record<string, MessageParam>) => formatMessage(locale, params ? { key, params } : { key });
  if (stamp.status === 'none') return [`${indent}${t('stamp.status.none')}`];
  if (stamp.status === 'unreadable') return [`${indent}${t('stamp.status.unreadable', { reason: stamp.reason ?? '' })}`];
  const params = {
    when: localDateTime(stamp.checkedAt ?? ''),
    version: stamp.version ?? '',
    source: { message: { key: stamp.source === 'pane' ? 'stamp.source.pane' : 'stamp.source.cli' } },
  } satisfies Record<string, MessageParam>;
  if (stamp.status === 'unchanged') return [`${indent}${t('stamp.status.unchanged', params)}`];
  const lines = [`${indent}${t('stamp.status.changed', params)}`];
  for (const table of stamp.tables) {
    if (table.status === 'unchanged') continue;
    const name = `${quoteSheetName(table.sheet)}!${table.range}`;
    let line: string;
    if (table.status === 'missing') line = t('stamp.table.missing', { table: name });
    else if (table.status === 'added') line = t('stamp.table.added', { table: name });
    else if (!table.rows || table.rows.length === 0) line = t('stamp.table.changed', { table: name });
    else line = t(table.rows.length === 1 ? 'stamp.table.changedRows.one' : 'stamp.table.changedRows.other', { table: name, rows: rowList(table.rows, t) });
    lines.push(`${indent}${indent}${line}`);
  }
  return lines;
}

function rowList(rows: readonly number[], t: (key: MessageKey, params?: Record<string, MessageParam>) => string): string {
  const listed = rows.slice(0, LISTED_ROWS).join(', ');
  return rows.length > LISTED_ROWS ? t('stamp.table.moreRows', { rows: listed, more: rows.length - LISTED_ROWS }) : listed;
}

/**
 * An ISO time in UTC as the reader's clock shows it, to the minute.
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
