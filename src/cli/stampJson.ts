/** A workbook's stamp as the JSON of `malkoll check` carries it (reportSchema's `stamp`). */
import type { Locale } from '../core';
import type { StampStatus } from '../core/stamp';
import { formatMessage } from '../i18n/format';
import type { JsonStamp } from './reportSchema';

/**
 * @example
 * toJsonStamp({ status: 'none' }, 'sv') // → { status: 'none', tables: [] }
 */
export function toJsonStamp(stamp: StampStatus, locale: Locale): JsonStamp {
  if (stamp.status === 'none') return { status: 'none', tables: [] };
  if (stamp.status === 'unreadable') return { status: 'unreadable', reason: formatMessage(locale, stamp.reason), tables: [] };
  return {
    status: stamp.status,
    checkedAt: stamp.checkedAt,
    version: stamp.version,
    source: stamp.source,
    tables: stamp.tables.map((t) => ({ sheet: t.sheet, range: t.range, status: t.status, ...(t.rows ? { rows: t.rows } : {}) })),
  };
}
