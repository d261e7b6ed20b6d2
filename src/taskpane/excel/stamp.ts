/**
 * The stamp in the workbook (src/core/stamp, docs/stamp.md): kept as a custom XML part in Målkoll's own
 * namespace (`workbook.customXmlParts`, ExcelApi 1.5), which Excel saves in the file and no cell shows.
 * Stamping reads the checked tables' values again and writes the stamp in the same Excel.run, so that what is
 * stamped is what was checked (the core refuses when the values read again are not the values checked).
 */
import type { Grid, Message } from '../../core';
import { STAMP_NAMESPACE } from '../../core/stamp';
import { parseRangeAddress, type SheetRect } from '../model/rangeAddress';
import { excelFailure, succeeded, type Outcome } from './outcome';
import { readRects } from './readRects';
import { toCells } from './readTable';

/** A checked table's place, as the check named it. */
export interface StampPlace {
  sheet: string;
  /** A1 range on the sheet, e.g. "A1:D61". */
  range: string;
}

/**
 * Reads the tables' values, hands them to `stampOf` (the core's stamp of exactly those values, as its XML, or
 * the message saying why there is none), and replaces Målkoll's stamp part with it: any earlier stamp parts
 * are deleted, other add-ins' parts are left alone. Two context.sync calls for tables of ordinary size (one
 * more per about 4 MB of text on the web, see readRects).
 *
 * @example
 * const made = await writeStamp(check.tables, async (reread) => {
 *   const stamp = await makeStamp({ ...checked, reread }, webSha256);
 *   return stamp.ok ? stampXml(stamp.stamp) : stamp.message;
 * });
 * // → { ok: true, value: { id: '{…}' } }
 */
export async function writeStamp(places: readonly StampPlace[], stampOf: (reread: Grid[]) => Promise<string | Message>): Promise<Outcome<{ id: string }>> {
  try {
    return await Excel.run(async (context) => {
      const earlier = context.workbook.customXmlParts.getByNamespace(STAMP_NAMESPACE).load('items/id');
      const rects: SheetRect[] = [];
      for (const place of places) {
        const rect = parseRangeAddress(place.range);
        if (!rect) return { ok: false, message: { key: 'stamp.refused.badRange', params: { range: place.range } } };
        rects.push({ ...rect, sheet: place.sheet });
      }
      const reads = await readRects(
        context,
        rects.map((rect) => ({ sheet: context.workbook.worksheets.getItem(rect.sheet), rect })),
      );
      const grids: Grid[] = rects.map((rect, i) => ({ sheet: rect.sheet, top: rect.top, left: rect.left, cells: toCells(reads[i].values, reads[i].types) }));
      const xml = await stampOf(grids);
      if (typeof xml !== 'string') return { ok: false, message: xml };
      for (const part of earlier.items) part.delete();
      const added = context.workbook.customXmlParts.add(xml).load('id');
      await context.sync();
      return succeeded({ id: added.id });
    });
  } catch (error) {
    return excelFailure(error);
  }
}

/**
 * The XML of each of Målkoll's stamp parts in the workbook (one, unless a program kept an old one), for the
 * pane to say when the workbook was stamped. Two context.sync calls; none more however many other parts.
 *
 * @example
 * await readStampXml() // → { ok: true, value: ['<?xml …?><stamp xmlns="urn:malkoll:stamp:1" …'] }
 */
export async function readStampXml(): Promise<Outcome<string[]>> {
  try {
    return await Excel.run(async (context) => {
      const parts = context.workbook.customXmlParts.getByNamespace(STAMP_NAMESPACE).load('items/id');
      await context.sync();
      const xml = parts.items.map((p) => p.getXml());
      if (xml.length > 0) await context.sync();
      return succeeded(xml.map((x) => x.value));
    });
  } catch (error) {
    return excelFailure(error);
  }
}
