/**
 * What Målkoll has put into a workbook, remembered in the workbook's own settings (per file and add-in),
 * so that "Rensa markeringar" and "Ta bort" undo exactly that, also after the pane was closed.
 * Stored as JSON text and read back defensively: a setting someone else changed is treated as absent.
 * Sheets are remembered by their id, which stays when the user renames a sheet; the name is kept beside
 * it for messages (and is all that records written before ids were stored have).
 */
import * as z from 'zod/mini';

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

// Pages run under a strict Content Security Policy (no 'unsafe-eval'): zod must not compile validators.
z.config({ jitless: true });

const marksSchema = z.object({
  sheets: z
    .array(z.object({ sheetId: z.optional(z.string()), sheet: z.string(), cells: z.array(z.string()) }))
    .check(z.minLength(1)),
});

const blockSchema = z.object({
  sheetId: z.optional(z.string()),
  sheet: z.string(),
  address: z.string(),
  written: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
  numberFormatsBefore: z.optional(z.array(z.array(z.string()))),
  before: z.optional(z.array(z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])))),
  editable: z.optional(z.array(z.tuple([z.number(), z.number()]))),
});

const settingsSchema = z.object({ tolerance: z.optional(z.number().check(z.gte(0), z.lte(1))) });

const reportsSchema = z.object({ sheetIds: z.array(z.string()) });

function parse(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}

/** zod gives `sheetId: undefined` for a missing optional key: leave the key out instead. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A stored marks setting, or null when there is none or it is not ours. */
export function readMarksRecord(value: unknown): MarksRecord | null {
  const result = marksSchema.safeParse(parse(value));
  return result.success ? { sheets: result.data.sheets.map(withoutUndefined) } : null;
}

/** A stored block setting (status column, calculations), or null when there is none or it is not ours. */
export function readBlockRecord(value: unknown): BlockRecord | null {
  const result = blockSchema.safeParse(parse(value));
  return result.success ? withoutUndefined(result.data) : null;
}

/** The stored judging settings; none (no tolerance) when there are none or they are not ours. */
export function readSettingsRecord(value: unknown): JudgingSettings {
  const result = settingsSchema.safeParse(parse(value));
  return result.success && result.data.tolerance !== undefined && result.data.tolerance > 0 ? { tolerance: result.data.tolerance } : {};
}

/** The stored list of report sheets, or null when there is none or it is not ours. */
export function readReportsRecord(value: unknown): ReportsRecord | null {
  const result = reportsSchema.safeParse(parse(value));
  return result.success ? result.data : null;
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
