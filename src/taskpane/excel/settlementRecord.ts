/**
 * Where Målkoll remembers a settlement it wrote into the workbook, and how it finds it again. Two notes, as for
 * the blocks beside a table: the workbook setting (sheets by id and name, each with the digest of its cells as
 * written, and the sheet that was active before), and a hidden defined name over each sheet's cells whose comment
 * holds the same digest. The setting can be lost (office-js 360, 2940) and sheet ids renumber when a workbook is
 * opened elsewhere (office-js 1390); the names stay with the sheets, renamed or not.
 */
import { settlementAnchorName, SETTLEMENT_KEY, SETTLEMENT_SHEETS, type SettlementSheetId } from '../model/settlementSheets';
import type { SheetRef } from './records';

/** One written sheet: which of the settlement's it is, where, and the digest of its cells as written. */
export interface SettlementSheetRecord extends SheetRef {
  id: SettlementSheetId;
  digest: string;
}

export interface SettlementRecord {
  sheets: SettlementSheetRecord[];
  /** The sheet that was active before the settlement was written: active again when it is removed. */
  active?: SheetRef;
}

// eslint-disable-next-line no-restricted-syntax -- parsed JSON, read by Målkoll's own field names only
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRef = (v: unknown): v is SheetRef => isObject(v) && typeof v.sheet === 'string' && (v.sheetId === undefined || typeof v.sheetId === 'string');
const isSheetRecord = (v: unknown): v is SettlementSheetRecord =>
  isRef(v) && isObject(v) && typeof v.digest === 'string' && (SETTLEMENT_SHEETS as readonly unknown[]).includes(v.id);

/**
 * A stored settlement setting, or null when there is none or it is not ours.
 *
 * @example
 * readSettlementRecord('{"sheets":[{"id":"overview","sheet":"Översikt","digest":"ab…"}]}') // → { sheets: [ … ] }
 * readSettlementRecord('garbage') // → null
 */
export function readSettlementRecord(value: unknown): SettlementRecord | null {
  let v: unknown = value;
  if (typeof value === 'string') {
    try {
      v = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (!isObject(v) || !Array.isArray(v.sheets) || !v.sheets.every(isSheetRecord) || v.sheets.length === 0) return null;
  const sheets = v.sheets.map(({ id, sheetId, sheet, digest }) => ({ id, ...(sheetId !== undefined ? { sheetId } : {}), sheet, digest }));
  return {
    sheets,
    ...(isRef(v.active) ? { active: { ...(v.active.sheetId !== undefined ? { sheetId: v.active.sheetId } : {}), sheet: v.active.sheet } } : {}),
  };
}

/** A settlement sheet found in the workbook now: the sheet, and the digest it had when written (null: not known). */
export interface FoundSheet {
  id: SettlementSheetId;
  sheet: { id: string; name: string };
  digest: string | null;
  /** Its defined name is there (to be deleted with it). */
  named: boolean;
}

export interface LoadedSettlement {
  found: FoundSheet[];
  record: SettlementRecord | null;
  /** The settlement's defined names in the workbook, also those whose sheet is gone (deleted with a removal). */
  names: SettlementSheetId[];
}

/** Queued loads of the record and of each sheet's defined name; the returned function finds the sheets after the sync. */
export function loadSettlement(context: Excel.RequestContext): (sheets: readonly { id: string; name: string }[]) => LoadedSettlement {
  const setting = context.workbook.settings.getItemOrNullObject(SETTLEMENT_KEY).load('value');
  const anchors = SETTLEMENT_SHEETS.map((id) => {
    const item = context.workbook.names.getItemOrNullObject(settlementAnchorName(id)).load('comment');
    return { id, item, range: item.getRangeOrNullObject().load('address') };
  });
  return (sheets) => {
    const record = setting.isNullObject ? null : readSettlementRecord(setting.value);
    const found: FoundSheet[] = [];
    for (const { id, item, range } of anchors) {
      const recorded = record?.sheets.find((s) => s.id === id);
      // The name says where the sheet is now; the record, where it was (by id and name).
      const named =
        !item.isNullObject && !range.isNullObject ? sheets.find((s) => s.name.toLowerCase() === sheetOfAddress(range.address).toLowerCase()) : undefined;
      // Without its name, a sheet is taken by the record only with both its id and its name: a sheet of the user's
      // that took a deleted one's name is never taken for it.
      const sheet = named ?? (recorded ? sheets.find((s) => s.id === recorded.sheetId && s.name.toLowerCase() === recorded.sheet.toLowerCase()) : undefined);
      if (!sheet || found.some((f) => f.sheet.id === sheet.id)) continue;
      const digest = !item.isNullObject && item.comment ? item.comment : (recorded?.digest ?? null);
      found.push({ id, sheet: { id: sheet.id, name: sheet.name }, digest, named: !item.isNullObject });
    }
    return { found, record, names: anchors.filter((a) => !a.item.isNullObject).map((a) => a.id) };
  };
}

/**
 * The sheet of a range's address as Excel gives it ("'Översikt (2)'!A1:K8" → Översikt (2)).
 *
 * @example
 * sheetOfAddress("'Ann''s'!A1:B2") // → "Ann's"
 */
export function sheetOfAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return address
    .slice(0, Math.max(bang, 0))
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");
}
