/**
 * Reads every sheet for one checklist of the whole workbook (and the region's assignment in the pane), within
 * the same budget of cells a read of one table has.
 */
import type { Grid } from '../../core';
import { excelFailure, succeeded, type Outcome } from './outcome';
import { loadDecimalSeparator } from './numberFormats';
import { readRects } from './readRects';
import { queueStampRead } from './stampRead';
import { parseRangeAddress, qualifiedAddress, rectA1, type SheetRect } from '../model/rangeAddress';
import { reportSheetIds } from './records';
import { cellCount, loadRecords, MAX_LOADED_PER_SYNC, PROPERTIES_PER_CELL, toCells, toFormats, type WorkbookRecords } from './readTable';

export interface SheetValues {
  grid: Grid;
  sheet: string;
  sheetId: string;
  range: string;
  address: string;
  /** The workbook's settings list the sheet as Målkoll's report; whether it is one, its content decides. */
  listedAsReport?: true;
}

/** Why a sheet was left out of a workbook read. */
export type SkipReason = 'too-large' | 'over-budget' | 'unreadable';

export interface WorkbookRead extends WorkbookRecords {
  /** Every sheet with values, in the workbook's order. */
  sheets: SheetValues[];
  /** Sheets not read (too large on their own, past what one read takes, or an address Målkoll cannot place): not checked, and said so. */
  skipped: { sheet: string; cells: number; reason: SkipReason }[];
  sheetNames: string[];
  /** The XML of Målkoll's stamp parts in the workbook (./stamp), read in the same round trips. */
  stampXml: string[];
}

/**
 * Reads the used range of every sheet, for one checklist of the whole workbook; the sheets the settings
 * list as Målkoll's reports are marked, for the check to recognise (or not) by what they hold. Three context.sync calls whatever the number of sheets for a workbook of ordinary size (the
 * sheets, their used ranges' addresses, their values and formats), one more per about 4 MB of text past that. The
 * values of all sheets together stay under MAX_LOADED_PER_SYNC: sheets are taken in the workbook's order,
 * and a sheet that does not fit is skipped and named, never read partly.
 *
 * @example
 * const read = await readWorkbook();
 * if (read.ok) read.value.sheets.map((s) => checkSheet(s.grid));
 */
export async function readWorkbook(): Promise<Outcome<WorkbookRead>> {
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/id');
      const loaded = loadRecords(context);
      const decimalSeparator = loadDecimalSeparator(context);
      const stampRead = queueStampRead(context);
      await context.sync();

      const { reports, ...records } = loaded();
      const ofReports = reportSheetIds(reports, sheets.items);
      const stampXml = stampRead();
      const used = sheets.items.map((s) => ({ sheet: s, range: s.getUsedRangeOrNullObject(true).load('address') }));
      await context.sync();

      const skipped: WorkbookRead['skipped'] = [];
      const toRead: { name: string; id: string; rect: SheetRect; sheet: Excel.Worksheet }[] = [];
      let budget = MAX_LOADED_PER_SYNC;
      for (const { sheet, range } of used) {
        if (range.isNullObject) continue;
        const rect = parseRangeAddress(range.address);
        // Fail closed: a sheet Målkoll cannot read is named, never silently left out.
        if (!rect) {
          skipped.push({ sheet: sheet.name, cells: 0, reason: 'unreadable' });
          continue;
        }
        const loads = cellCount(rect) * PROPERTIES_PER_CELL;
        if (loads > MAX_LOADED_PER_SYNC || loads > budget) {
          skipped.push({ sheet: sheet.name, cells: cellCount(rect), reason: loads > MAX_LOADED_PER_SYNC ? 'too-large' : 'over-budget' });
          continue;
        }
        budget -= loads;
        toRead.push({ name: sheet.name, id: sheet.id, rect, sheet });
      }
      const reads = toRead.length > 0 ? await readRects(context, toRead) : [];

      return succeeded<WorkbookRead>({
        sheets: toRead.map(({ name, id, rect }, i) => ({
          grid: {
            cells: toCells(reads[i].values, reads[i].types),
            top: rect.top,
            left: rect.left,
            sheet: name,
            formats: toFormats(reads[i].formats, decimalSeparator()),
          },
          sheet: name,
          sheetId: id,
          range: rectA1(rect),
          address: qualifiedAddress(name, rectA1(rect)),
          ...(ofReports.has(id) ? { listedAsReport: true as const } : {}),
        })),
        skipped,
        sheetNames: sheets.items.map((s) => s.name),
        stampXml: stampXml(),
        ...records,
      });
    });
  } catch (error) {
    return excelFailure(error);
  }
}
