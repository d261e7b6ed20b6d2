/**
 * What Målkoll has put into a workbook, remembered in the workbook's own settings (per file and add-in),
 * so that "Rensa markeringar" and "Ta bort" undo exactly that, also after the pane was closed.
 * Stored as JSON text and read back defensively: a setting someone else changed is treated as absent.
 * Sheets are remembered by their id, which stays when the user renames a sheet; the name is kept beside
 * it for messages (and is all that records written before ids were stored have).
 */
import { BLOCK_KINDS } from '../model/blockKinds';

export const MARKS_KEY = 'malkoll.marks';
export const REPORTS_KEY = 'malkoll.reports';
export const SETTINGS_KEY = 'malkoll.settings';
// The blocks' keys are in their description (../model/blockKinds.ts); named here for tests reading the settings.
export const STATUS_COLUMN_KEY = BLOCK_KINDS['status-column'].settingsKey;
export const CALCULATIONS_KEY = BLOCK_KINDS.calculations.settingsKey;
export const OWN_COLUMNS_KEY = BLOCK_KINDS['own-columns'].settingsKey;

/** A sheet as a record names it: its id when known, and its name when the record was written. */
export interface SheetRef {
  sheetId?: string;
  sheet: string;
}

/** Problem cells marked in the sheet, by sheet. */
export interface MarksRecord {
  sheets: (SheetRef & { cells: string[] })[];
}

/** Cells written next to a table (status column, calculation columns), and their number formats before. */
export interface BlockRecord extends SheetRef {
  /** A1 range without the sheet, e.g. "G4:G40". */
  address: string;
  /** Exactly what was written, rows × columns; null where the cell was left alone. */
  written: (string | number | null)[][];
  /** The cells' number formats before, when Målkoll changed them. */
  numberFormatsBefore?: string[][];
  /** What the written cells held before (formulas or constants), when Målkoll wrote over them: removal puts it back. */
  before?: (string | number | boolean | null)[][];
  /** Cells of the block the controller is meant to change (a legend's symbols), as [row, column] offsets: removed whatever they hold. */
  editable?: [number, number][];
}

/** How the workbook wants its indicators judged, kept with the workbook: the tolerance for partly met (off when absent). */
export interface JudgingSettings {
  tolerance?: number;
}

/** The report sheets Målkoll created, by sheet id: checks leave them out. */
export interface ReportsRecord {
  sheetIds: string[];
  /** Their names when recorded, index by index: sheet ids change when a workbook is opened again elsewhere. */
  sheets?: string[];
}

// Three small shapes, checked by hand: a schema library costs the pane ~5 KB gzip for what these lines do.
type Guard<T> = (v: unknown) => v is T;
const isString: Guard<string> = (v): v is string => typeof v === 'string';
// eslint-disable-next-line no-restricted-syntax -- parsed JSON, read by Målkoll's own field names only
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const arrayOf =
  <T>(item: Guard<T>): Guard<T[]> =>
  (v): v is T[] =>
    Array.isArray(v) && v.every(item);
const optional =
  <T>(guard: Guard<T>): Guard<T | undefined> =>
  (v): v is T | undefined =>
    v === undefined || guard(v);
const isCellWritten = (v: unknown): v is string | number | null => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

const isMarkedSheet = (v: unknown): v is SheetRef & { cells: string[] } =>
  isObject(v) && optional(isString)(v.sheetId) && isString(v.sheet) && arrayOf(isString)(v.cells);
const isMarks = (v: unknown): v is MarksRecord => isObject(v) && arrayOf(isMarkedSheet)(v.sheets) && v.sheets.length > 0;
const isCellBefore = (v: unknown): v is string | number | boolean | null => typeof v === 'boolean' || isCellWritten(v);
const isCellPosition = (v: unknown): v is [number, number] => Array.isArray(v) && v.length === 2 && v.every((n) => Number.isInteger(n));
const isBlock = (v: unknown): v is BlockRecord =>
  isObject(v) &&
  optional(isString)(v.sheetId) &&
  isString(v.sheet) &&
  isString(v.address) &&
  arrayOf(arrayOf(isCellWritten))(v.written) &&
  optional(arrayOf(arrayOf(isString)))(v.numberFormatsBefore) &&
  optional(arrayOf(arrayOf(isCellBefore)))(v.before) &&
  optional(arrayOf(isCellPosition))(v.editable);
const isSettings = (v: unknown): v is { tolerance?: number } =>
  isObject(v) && (v.tolerance === undefined || (typeof v.tolerance === 'number' && v.tolerance >= 0 && v.tolerance <= 1));
const isReports = (v: unknown): v is ReportsRecord => isObject(v) && arrayOf(isString)(v.sheetIds) && optional(arrayOf(isString))(v.sheets);

function parse(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}

/** A sheet reference with only the keys it has: `sheetId` left out when absent, never `undefined`. */
function sheetRef<T extends SheetRef>(value: T): T {
  const { sheetId, ...rest } = value;
  return (sheetId !== undefined ? { sheetId, ...rest } : rest) as T;
}

/** A stored marks setting, or null when there is none or it is not ours. */
export function readMarksRecord(value: unknown): MarksRecord | null {
  const v = parse(value);
  return isMarks(v) ? { sheets: v.sheets.map((s) => sheetRef({ sheetId: s.sheetId, sheet: s.sheet, cells: s.cells })) } : null;
}

/** A stored block setting (status column, calculations), or null when there is none or it is not ours. */
export function readBlockRecord(value: unknown): BlockRecord | null {
  const v = parse(value);
  if (!isBlock(v)) return null;
  const { sheetId, sheet, address, written, numberFormatsBefore, before, editable } = v;
  return sheetRef({
    sheetId,
    sheet,
    address,
    written,
    ...(numberFormatsBefore !== undefined ? { numberFormatsBefore } : {}),
    ...(before !== undefined ? { before } : {}),
    ...(editable !== undefined ? { editable } : {}),
  });
}

/** The stored judging settings; none (no tolerance) when there are none or they are not ours. */
export function readSettingsRecord(value: unknown): JudgingSettings {
  const v = parse(value);
  return isSettings(v) && v.tolerance !== undefined && v.tolerance > 0 ? { tolerance: v.tolerance } : {};
}

/** The stored list of report sheets, or null when there is none or it is not ours. */
export function readReportsRecord(value: unknown): ReportsRecord | null {
  const v = parse(value);
  return isReports(v) ? { sheetIds: v.sheetIds, ...(v.sheets ? { sheets: v.sheets } : {}) } : null;
}

export function storeRecord(record: MarksRecord | BlockRecord | ReportsRecord | JudgingSettings): string {
  return JSON.stringify(record);
}

/**
 * Whether a record's sheet is this sheet: by id when both have one, else by name (records written before
 * ids were stored). Within one session; across sessions see findSheet.
 *
 * @example
 * isSheet({ sheetId: '{5A1…}', sheet: 'Volymer' }, { id: '{5A1…}', name: 'Volymer 2025' }) // → true (renamed)
 * isSheet({ sheet: 'Volymer' }, { id: '{5A1…}', name: 'Volymer' })                         // → true
 */
export function isSheet(ref: SheetRef, sheet: { id?: string; name: string }): boolean {
  if (ref.sheetId !== undefined && sheet.id !== undefined) return ref.sheetId === sheet.id;
  return ref.sheet.toLowerCase() === sheet.name.toLowerCase();
}

/**
 * The sheet a record names, among the workbook's sheets now. A sheet's id stays when it is renamed, but not
 * necessarily when the workbook is opened again, in another Excel (office-js 1390: ids become
 * {00000000-0001-0000-0003-…}, numbered by position, so a recorded id may even name another sheet then). So:
 * the sheet with both the id and the name; else the one with the name; else the one with the id (renamed in
 * the session it was recorded in).
 *
 * @example
 * findSheet({ sheetId: '{5A1…}', sheet: 'Volymer' }, [{ id: '{0…0001…}', name: 'Volymer' }]) // → that sheet (reopened)
 */
export function findSheet<S extends { id: string; name: string }>(ref: SheetRef, sheets: readonly S[]): S | undefined {
  const byName = (s: S) => s.name.toLowerCase() === ref.sheet.toLowerCase();
  const byId = (s: S) => ref.sheetId !== undefined && s.id === ref.sheetId;
  return sheets.find((s) => byId(s) && byName(s)) ?? sheets.find(byName) ?? sheets.find(byId);
}

/**
 * The ids, among the workbook's sheets now, of Målkoll's report sheets a record names: each found as findSheet
 * finds a sheet (by id and name, by name, by id).
 *
 * @example
 * reportSheetIds({ sheetIds: ['{A…}'], sheets: ['Kontroll 2026-11-23'] }, [{ id: '{0…0002…}', name: 'Kontroll 2026-11-23' }]) // → Set { '{0…0002…}' }
 */
export function reportSheetIds(record: ReportsRecord | null, sheets: readonly { id: string; name: string }[]): Set<string> {
  const ids = new Set<string>();
  for (const [i, sheetId] of (record?.sheetIds ?? []).entries()) {
    const name = record?.sheets?.[i];
    const found = name === undefined ? sheets.find((s) => s.id === sheetId) : findSheet({ sheetId, sheet: name }, sheets);
    if (found) ids.add(found.id);
  }
  return ids;
}
