/**
 * A second, durable note of where each block is: a hidden defined name over its cells. The workbook's settings,
 * where Målkoll keeps its records, can be lost in Excel on the web (office-js 360, 2940); a defined name is part
 * of the workbook's contents, like the cells, and Excel moves it with them when rows are inserted. With the
 * record lost, the name still says where the block is, so that it can be removed (./blockRemove.ts).
 */
import { parseRangeAddress } from '../model/rangeAddress';
import { BLOCK_KINDS, type BlockKind } from '../model/blockKinds';
import type { BlockRecord } from './records';

/** The defined name of a kind of block (hidden: Excel's name manager does not list it). */
export function anchorName(kind: BlockKind): string {
  return BLOCK_KINDS[kind].anchorName;
}

/** Where a block's name says it is now. */
export interface Anchor {
  sheet: string;
  /** A1 range without the sheet. */
  address: string;
}

/** Queues the load of a block's name and its range; the returned function gives the anchor after the sync, or null. */
export function loadAnchor(context: Excel.RequestContext, kind: BlockKind): () => Anchor | null {
  const item = context.workbook.names.getItemOrNullObject(anchorName(kind));
  const range = item.getRangeOrNullObject().load('address');
  return () => {
    if (range.isNullObject) return null;
    const bang = range.address.lastIndexOf('!');
    if (bang < 0 || !parseRangeAddress(range.address)) return null;
    const sheet = range.address
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    return { sheet, address: range.address.slice(bang + 1).replace(/\$/g, '') };
  };
}

/**
 * A record standing in for one the settings lost: the block's place only (what was written is not known, so
 * removal recognises Målkoll's cells by what they hold).
 */
export function anchorRecord(anchor: Anchor): BlockRecord {
  return { sheet: anchor.sheet, address: anchor.address, written: [] };
}

/**
 * Queues the block's name over `address` on `sheet`, replacing an old one of the same kind (`existing`, loaded in
 * an earlier sync); returns the new name, for deleting it again if the write is undone.
 */
export function queueAnchor(context: Excel.RequestContext, kind: BlockKind, sheet: Excel.Worksheet, address: string, existing: boolean): Excel.NamedItem {
  if (existing) context.workbook.names.getItemOrNullObject(anchorName(kind)).delete();
  const item = context.workbook.names.add(anchorName(kind), sheet.getRange(address), 'Målkoll');
  item.visible = false;
  return item;
}
