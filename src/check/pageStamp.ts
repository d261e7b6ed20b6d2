/** The stamp of a workbook the check page read, verified in its worker with Web Crypto. */
import type { StampStatus } from '../core/stamp';
import type { WorkbookCheck } from '../core/workbook';
import { stampStatusOf, type ReadForStamp } from '../stamp/readStamp';

/**
 * Never throws. A page served over plain http from another computer has no Web Crypto (browsers give it to
 * secure pages only): a stamp there is said to be unverifiable rather than taken on trust.
 *
 * @example
 * await pageStamp(read, check) // → { status: 'unchanged', checkedAt: '2025-09-05T14:02:11Z', … }
 */
export async function pageStamp(read: ReadForStamp, check: WorkbookCheck): Promise<StampStatus> {
  try {
    return await stampStatusOf(read, check.tables);
  } catch {
    return { status: 'unreadable', reason: { key: 'stamp.unreadable.noCrypto' } };
  }
}
