/**
 * A workbook's stamp as a reader of the file finds it: the stamp parts among its custom XML parts, the newest
 * readable one verified against the workbook's values now. Shared by `malkoll check`, the check page's worker
 * and the settlement (`readStamp` from a file's bytes).
 */
import type { Grid } from '../core';
import { verifyStamp, type Sha256, type StampRecord, type StampStatus, type TablePlace } from '../core/stamp';
import { readCustomXmlParts, type CustomXmlPart } from '../xlsx/customXmlParts';
import { ReadBudget } from '../xlsx/readBudget';
import { readLimits } from '../xlsx/readLimits';
import { ZipPackage } from '../xlsx/zipPackage';
import { parseStampXml } from './parseStampXml';
import { webSha256 } from './webCrypto';

/** What names a stamp in a part that could not be read. */
const STAMP_MARKER = 'urn:malkoll:stamp';

/** A workbook as read: its grids and custom XML parts (readWorkbookBytes gives both). */
export interface ReadForStamp {
  grids: readonly Grid[];
  customXml?: readonly CustomXmlPart[];
}

/**
 * The stamp's status. `found` are the tables a check of the workbook finds now: a table the stamp does not
 * hold, or one grown past its stamped range, makes the workbook changed.
 *
 * @example
 * const read = await readWorkbookBytes(bytes);
 * if (read.ok) await stampStatusOf(read, checkWorkbook(read).tables); // → { status: 'unchanged', checkedAt: '…', … }
 */
export async function stampStatusOf(read: ReadForStamp, found?: readonly Pick<TablePlace, 'sheet' | 'range'>[], sha256: Sha256 = webSha256): Promise<StampStatus> {
  const stamps: StampRecord[] = [];
  let unreadable: StampStatus | null = null;
  for (const part of read.customXml ?? []) {
    if ('problem' in part) {
      if (part.mentions) unreadable ??= { status: 'unreadable', reason: part.problem };
      continue;
    }
    const parsed = parseStampXml(part.text, part.part);
    if (parsed === null) continue;
    if (parsed.ok) stamps.push(parsed.stamp);
    else unreadable ??= { status: 'unreadable', reason: parsed.reason };
  }
  // Several stamps (a copy stamped again by a program that kept the old part): the newest tells.
  const newest = stamps.sort((a, b) => b.checkedAt.localeCompare(a.checkedAt))[0];
  if (newest) return verifyStamp(newest, read.grids, found, sha256);
  return unreadable ?? { status: 'none' };
}

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
