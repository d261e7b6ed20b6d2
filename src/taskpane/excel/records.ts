/**
 * What Målkoll has put into a workbook, remembered in the workbook's own settings (per file and add-in),
 * so that "Rensa markeringar" and "Ta bort" undo exactly that, also after the pane was closed.
 * Stored as JSON text and read back defensively: a setting someone else changed is treated as absent.
 * Sheets are remembered by their id, which stays when the user renames a sheet; the name is kept beside
 * it for messages (and is all that records written before ids were stored have).
 */
export const MARKS_KEY = 'malkoll.marks';
export const STATUS_COLUMN_KEY = 'malkoll.statusColumn';
export const CALCULATIONS_KEY = 'malkoll.calculations';
export const REPORTS_KEY = 'malkoll.reports';
export const OWN_COLUMNS_KEY = 'malkoll.ownColumns';
export const SETTINGS_KEY = 'malkoll.settings';

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
}

// Three small shapes, checked by hand: a schema library costs the pane ~5 KB gzip for what these lines do.
type Guard<T> = (v: unknown) => v is T;
const isString: Guard<string> = (v): v is string => typeof v === 'string';
// eslint-disable-next-line no-restricted-syntax -- parsed JSON, read by Målkoll's own field names only
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const arrayOf =
  <T,>(item: Guard<T>): Guard<T[]> =>
  (v): v is T[] =>
    Array.isArray(v) && v.every(item);
const optional =
  <T,>(guard: Guard<T>): Guard<T | undefined> =>
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
const isReports = (v: unknown): v is ReportsRecord => isObject(v) && arrayOf(isString)(v.sheetIds);

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
  return isReports(v) ? { sheetIds: v.sheetIds } : null;
}

export function storeRecord(record: MarksRecord | BlockRecord | ReportsRecord | JudgingSettings): string {
  return JSON.stringify(record);
}

/**
 * Whether a record's sheet is this sheet: by id when both have one, else by name (records written before
 * ids were stored).
 *
 * @example
 * isSheet({ sheetId: '{5A1…}', sheet: 'Volymer' }, { id: '{5A1…}', name: 'Volymer 2025' }) // → true (renamed)
 * isSheet({ sheet: 'Volymer' }, { id: '{5A1…}', name: 'Volymer' })                         // → true
 */
export function isSheet(ref: SheetRef, sheet: { id?: string; name: string }): boolean {
  if (ref.sheetId !== undefined && sheet.id !== undefined) return ref.sheetId === sheet.id;
  return ref.sheet.toLowerCase() === sheet.name.toLowerCase();
}
