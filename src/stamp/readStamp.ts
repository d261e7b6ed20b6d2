/**
 * A workbook's stamp as a reader of the file finds it: the stamp parts among its custom XML parts, the newest
 * readable one verified against the workbook's values now. Shared by `malkoll check`, the check page's worker
 * and the settlement (`readStamp` from a file's bytes).
 */
import type { Grid } from '../core';
import type { StampStatus, TablePlace } from '../core/stamp';
import { readCustomXmlParts, type CustomXmlPart } from '../xlsx/customXmlParts';
import { ReadBudget } from '../xlsx/readBudget';
import { readLimits } from '../xlsx/readLimits';
import { ZipPackage } from '../xlsx/zipPackage';
import { stampStatusOf } from './stampStatus';

export { stampStatusOf, type ReadForStamp } from './stampStatus';

/** What names a stamp in a part that could not be read. */
const STAMP_MARKER = 'urn:malkoll:stamp';

/**
 * The stamp of a workbook file's bytes, for a caller that has read its grids another way (the settlement).
 * A package that cannot be opened is said to be unreadable.
 *
 * @example
 * await readStamp(bytes, read.grids, checkWorkbook(read).tables) // → { status: 'none' }
 */
export async function readStamp(bytes: Uint8Array, grids: readonly Grid[], found?: readonly Pick<TablePlace, 'sheet' | 'range'>[]): Promise<StampStatus> {
  const budget = new ReadBudget(readLimits());
  let customXml: CustomXmlPart[];
  try {
    customXml = await readCustomXmlParts(await ZipPackage.open(bytes, budget), budget, STAMP_MARKER);
  } catch {
    return { status: 'unreadable', reason: { key: 'read.package.unreadable' } };
  }
  return stampStatusOf({ grids, customXml }, found);
}
