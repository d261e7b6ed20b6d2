/**
 * A workbook's stamp from its custom XML parts, whoever read them (a file's package, or Excel's
 * `workbook.customXmlParts` in the pane): the newest readable stamp, and it verified against the workbook's
 * values now. No package reading here, so the pane can use it without the file reader.
 */
import type { Grid } from '../core';
import { verifyStamp, type Sha256, type StampRecord, type StampStatus, type TablePlace } from '../core/stamp';
import type { CustomXmlPart } from '../xlsx/customXmlParts';
import { parseStampXml } from './parseStampXml';
import { webSha256 } from './webCrypto';

/** A workbook as read: its grids and custom XML parts (readWorkbookBytes gives both). */
export interface ReadForStamp {
  grids: readonly Grid[];
  customXml?: readonly CustomXmlPart[];
}

/**
 * The stamp the parts hold (the newest, when a program kept an old one beside it), or what to say when there
 * is none or it cannot be read.
 *
 * @example
 * newestStamp([{ part: 'customXml/item1.xml', text }]) // → { stamp: { version: '0.1.0', … } }
 * newestStamp([]) // → { status: { status: 'none' } }
 */
export function newestStamp(parts: readonly CustomXmlPart[]): { stamp: StampRecord } | { status: Extract<StampStatus, { status: 'none' | 'unreadable' }> } {
  const stamps: StampRecord[] = [];
  let unreadable: Extract<StampStatus, { status: 'unreadable' }> | null = null;
  for (const part of parts) {
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
  if (newest) return { stamp: newest };
  return { status: unreadable ?? { status: 'none' } };
}

/**
 * The stamp's status. `found` are the tables a check of the workbook finds now: a table the stamp does not
 * hold, or one grown past its stamped range, makes the workbook changed.
 *
 * @example
 * const read = await readWorkbookBytes(bytes);
 * if (read.ok) await stampStatusOf(read, checkWorkbook(read).tables); // → { status: 'unchanged', checkedAt: '…', … }
 */
export async function stampStatusOf(
  read: ReadForStamp,
  found?: readonly Pick<TablePlace, 'sheet' | 'range'>[],
  sha256: Sha256 = webSha256,
): Promise<StampStatus> {
  const newest = newestStamp(read.customXml ?? []);
  return 'stamp' in newest ? verifyStamp(newest.stamp, read.grids, found, sha256) : newest.status;
}
