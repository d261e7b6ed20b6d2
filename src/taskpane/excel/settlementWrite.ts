/**
 * "Skriv avräkningen i arbetsboken": the settlement's sheets (overview, rows, findings, indicators, rules) added to
 * the open workbook, laid out as the command line's .xlsx lays them out (../model/settlementSheets.ts), and
 * remembered as Målkoll's (./settlementRecord.ts) so that "Ta bort avräkningen" removes exactly them.
 */
import { a1Range, columnLetters } from '../../core';
import type { RenderedSheet } from '../../settle/renderPlan';
import { webSha256 } from '../../stamp/webCrypto';
import { digestText, freeSheetNames, layoutRange, settlementAnchorName, sheetLayout, SETTLEMENT_KEY, type SheetLayout } from '../model/settlementSheets';
import { excelFailure, failed, succeeded, type Outcome } from './outcome';
import { REQUEST_BUDGET } from './payload';
import { asText } from './report';
import { loadSettlement, type SettlementRecord } from './settlementRecord';
import { writeRequests } from './settlementRequests';

export interface SettlementWritten {
  /** The new sheets' names, in order. */
  sheets: string[];
}

/** Whether Excel has a requirement set; where Office cannot say (the fake in Node), it is taken to. */
function apiSupported(version: string): boolean {
  try {
    const requirements = typeof Office !== 'undefined' ? Office.context?.requirements : undefined;
    return requirements ? requirements.isSetSupported('ExcelApi', version) : true;
  } catch {
    return true;
  }
}

/** Bold title, header and footer, column widths, the frozen title and header, and the filter over the table. */
function queueLayout(sheet: Excel.Worksheet, layout: SheetLayout): void {
  for (const row of layout.boldRows) sheet.getRange(a1Range(row, 1, row, layout.width)).format.font.bold = true;
  layout.columnWidths.forEach((points, i) => {
    const column = columnLetters(i + 1);
    sheet.getRange(`${column}:${column}`).format.columnWidth = points;
  });
  // freezePanes needs ExcelApi 1.7 and the AutoFilter 1.9 (Microsoft's WorksheetFreezePanes and AutoFilter
  // reference): an older Excel gets the sheets without them rather than no settlement.
  if (apiSupported('1.7')) sheet.freezePanes.freezeRows(layout.frozenRows);
  if (layout.filter && apiSupported('1.9')) sheet.autoFilter.apply(sheet.getRange(layout.filter));
}

/** Deletes sheets by the names the write chose for them (free when it chose them, so Målkoll's), after a failed write. */
async function undoAdded(names: readonly string[]): Promise<void> {
  try {
    await Excel.run(async (context) => {
      const sheets = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
      await context.sync();
      for (const s of sheets) if (!s.isNullObject) s.delete();
      await context.sync();
    });
  } catch {
    // The failure is reported as it was; what could not be undone shows as sheets the user can delete.
  }
}

/**
 * Adds the settlement as new sheets, never over a sheet of the user's: a name the workbook has gets " (2)".
 * Three context.sync calls for a settlement under about 4 MB (what is there and which names are free; the
 * cells, formats and layout, read back; the record and the hidden names with each sheet's digest), one more
 * per about 4 MB past that: no request passes Excel on the web's 5 MB. Refused while an earlier settlement is
 * still in the workbook (remove it first).
 *
 * @example
 * await writeSettlement(renderPlan(settlementPlan(settlement), 'sv')) // → { ok: true, value: { sheets: ['Översikt', 'Rader', …] } }
 */
export async function writeSettlement(rendered: readonly RenderedSheet[], budget = REQUEST_BUDGET): Promise<Outcome<SettlementWritten>> {
  let added: string[] = [];
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/id,items/name');
      const active = context.workbook.worksheets.getActiveWorksheet().load('id,name');
      const loaded = loadSettlement(context);
      await context.sync();

      const { found, names } = loaded(sheets.items);
      if (found.length > 0) return failed<SettlementWritten>('settle.pane.already', { sheets: found.map((f) => f.sheet.name).join(', ') });
      const layouts = freeSheetNames(
        rendered.map((s) => s.name),
        sheets.items.map((s) => s.name),
      ).map((name, i) => sheetLayout(rendered[i], name));
      added = layouts.map((l) => l.name);
      const newSheets = layouts.map((l) => context.workbook.worksheets.add(l.name));
      for (const [i, pieces] of writeRequests(layouts, budget).entries()) {
        if (i > 0) await context.sync();
        for (const p of pieces) {
          const range = newSheets[p.sheet].getRange(a1Range(p.firstRow, 1, p.firstRow + p.cells.length - 1, layouts[p.sheet].width));
          // Formats first, so that Excel keeps each value as written (text as text, "2025" too).
          range.numberFormat = p.formats;
          range.values = p.cells.map((row) => row.map((v) => (v === null ? null : asText(v))));
        }
      }
      layouts.forEach((layout, i) => queueLayout(newSheets[i], layout));
      newSheets[0].activate();
      for (const s of newSheets) s.load('id,name');
      const written = newSheets.map((s) => s.getUsedRangeOrNullObject(true).load('address,values'));
      await context.sync();

      // Each sheet's digest of its cells as Excel holds them: removal asks first when one was changed since.
      const digests = await Promise.all(written.map((w) => webSha256(w.isNullObject ? '' : digestText(w.address, w.values))));
      const record: SettlementRecord = {
        sheets: newSheets.map((s, i) => ({ id: rendered[i].id, sheetId: s.id, sheet: s.name, digest: digests[i] })),
        active: { sheetId: active.id, sheet: active.name },
      };
      context.workbook.settings.add(SETTLEMENT_KEY, JSON.stringify(record));
      // A name left by a settlement whose sheets the user deleted by hand gives way to the new one.
      for (const id of names) context.workbook.names.getItemOrNullObject(settlementAnchorName(id)).delete();
      newSheets.forEach((s, i) => {
        const item = context.workbook.names.add(settlementAnchorName(rendered[i].id), s.getRange(layoutRange(layouts[i])), digests[i]);
        item.visible = false;
      });
      await context.sync();
      return succeeded<SettlementWritten>({ sheets: newSheets.map((s) => s.name) });
    });
  } catch (error) {
    if (added.length > 0) await undoAdded(added);
    return excelFailure(error);
  }
}
