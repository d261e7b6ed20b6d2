/** The indicator kind's findings about the table as a whole: what was looked for, and headers that came close. */
import type { Finding, Message, MessageParam } from '../../types';
import { finding } from '../shared/finding';
import type { IndicatorNearMiss } from './detectIndicatorTable';

/** No indicator table where one was expected: what Målkoll looked for. */
export const NO_INDICATOR_TABLE: Message = { key: 'table.noIndicatorTable' };

/**
 * Header rows that came close (such as Indikator and Målvärde but no Utfall), one error for each kind of
 * near miss: a document pasted from a PDF repeats its header on every page, and one error naming how
 * many more there are says the same as ten would.
 *
 * @example
 * indicatorNearMissFindings([{ row: 1, column: 1, found: ['indicator', 'target'], missing: 'outcome' }])[0].message.key
 * // → 'table.noIndicatorTableNearMiss'
 */
export function indicatorNearMissFindings(nearMisses: IndicatorNearMiss[]): Finding[] {
  const groups = new Map<string, { near: IndicatorNearMiss; more: number }>();
  for (const near of nearMisses) {
    const key = `${near.missing}|${[...near.found].sort().join(',')}`;
    const group = groups.get(key);
    if (group) group.more++;
    else groups.set(key, { near, more: 0 });
  }
  return [...groups.values()].map(({ near, more }) => {
    const missing: MessageParam = { message: { key: `table.indicatorRole.${near.missing}` } };
    const params = { row: String(near.row), missing };
    const message: Message =
      more === 0 ? { key: 'table.noIndicatorTableNearMiss', params } : { key: 'table.noIndicatorTableNearMissRepeated', params: { ...params, more } };
    return finding('no-table', 'error', near.row, near.column, message);
  });
}
