/**
 * The settlement Målkoll wrote into the workbook: found again (by its record, or by its hidden names when the
 * record is lost or the sheet ids renumbered), and "Ta bort avräkningen": its sheets deleted, only they, and only
 * as written unless the user says so (a sheet changed since is named first).
 */
import type { Grid } from '../../core';
import { webSha256 } from '../../stamp/webCrypto';
import { digestText, settlementAnchorName, SETTLEMENT_KEY } from '../model/settlementSheets';
import { excelFailure, failed, succeeded, type Outcome } from './outcome';
import { findSheet } from './records';
import { readWorkbook } from './readWorkbook';
import { loadSettlement } from './settlementRecord';

/**
 * The sheets of the settlement in the workbook now (empty: none), in one context.sync.
 *
 * @example
 * await findSettlement() // → { ok: true, value: ['Översikt', 'Rader', 'Avvikelser', 'Indikatorer', 'Regler'] }
 */
export async function findSettlement(): Promise<Outcome<string[]>> {
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/id,items/name');
      const loaded = loadSettlement(context);
      await context.sync();
      return succeeded(loaded(sheets.items).found.map((f) => f.sheet.name));
    });
  } catch (error) {
    return excelFailure(error);
  }
}

export type SettlementRemoval =
  /** The sheets deleted (none: there was no settlement). */
  | { removed: string[] }
  /** Nothing deleted: these sheets were changed since Målkoll wrote them (or cannot be told), and the user was not asked yet. */
  | { edited: string[]; sheets: string[] };

/**
 * Deletes the settlement's sheets and Målkoll's notes of them, and makes the sheet active again that was active
 * before they were written. Without `force`, a sheet whose cells differ from what was written (by its digest)
 * stops the removal and is named, for the pane to ask. Three context.sync calls (what is there; the sheets'
 * cells; the deletion), one when there is nothing to remove.
 *
 * @example
 * await removeSettlement(false) // → { ok: true, value: { edited: ['Översikt'], sheets: [...] } } when the user typed in it
 * await removeSettlement(true)  // → { ok: true, value: { removed: ['Översikt', 'Rader', …] } }
 */
export async function removeSettlement(force: boolean): Promise<Outcome<SettlementRemoval>> {
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/id,items/name');
      const loaded = loadSettlement(context);
      await context.sync();

      const { found, record, names } = loaded(sheets.items);
      if (found.length === 0 && names.length === 0 && !record) return succeeded<SettlementRemoval>({ removed: [] });
      // Excel keeps at least one sheet: a workbook of nothing but the settlement keeps it.
      if (found.length > 0 && found.length >= sheets.items.length) return failed<SettlementRemoval>('settle.pane.onlySheets');
      if (found.length > 0 && !force) {
        const cells = found.map((f) => context.workbook.worksheets.getItem(f.sheet.name).getUsedRangeOrNullObject(true).load('address,values'));
        await context.sync();
        const digests = await Promise.all(cells.map((c) => webSha256(c.isNullObject ? '' : digestText(c.address, c.values))));
        const edited = found.filter((f, i) => f.digest !== digests[i]).map((f) => f.sheet.name);
        if (edited.length > 0) return succeeded<SettlementRemoval>({ edited, sheets: found.map((f) => f.sheet.name) });
      }

      const back = record?.active ? findSheet(record.active, sheets.items) : undefined;
      if (back && !found.some((f) => f.sheet.id === back.id)) context.workbook.worksheets.getItem(back.name).activate();
      for (const id of names) context.workbook.names.getItemOrNullObject(settlementAnchorName(id)).delete();
      for (const f of found) context.workbook.worksheets.getItem(f.sheet.name).delete();
      context.workbook.settings.getItemOrNullObject(SETTLEMENT_KEY).delete();
      await context.sync();
      return succeeded<SettlementRemoval>({ removed: found.map((f) => f.sheet.name) });
    });
  } catch (error) {
    return excelFailure(error);
  }
}

/** The open workbook as an assignment: its sheets' grids, without the settlement's sheets and Målkoll's reports. */
export interface OpenAssignment {
  grids: Grid[];
  /** Sheets too large to read: not part of the assignment, and said so. */
  skipped: string[];
}

/**
 * Reads the open workbook for a settlement, as "Kontrollera hela arbetsboken" reads it (./readTable.ts), leaving out
 * the sheets of a settlement Målkoll wrote and the reports it created. Four context.sync calls for a workbook of
 * ordinary size.
 *
 * @example
 * const read = await readOpenAssignment(); // then settle against read.value.grids
 */
export async function readOpenAssignment(): Promise<Outcome<OpenAssignment>> {
  const ours = await findSettlement();
  if (!ours.ok) return ours;
  const read = await readWorkbook();
  if (!read.ok) return read;
  const settlement = new Set(ours.value.map((n) => n.toLowerCase()));
  const sheets = read.value.sheets.filter((s) => !settlement.has(s.sheet.toLowerCase()) && !s.listedAsReport);
  return succeeded({ grids: sheets.map((s) => s.grid), skipped: read.value.skipped.map((s) => s.sheet) });
}
