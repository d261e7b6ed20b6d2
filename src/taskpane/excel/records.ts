/**
 * What Målkoll has put into a workbook, remembered in the workbook's own settings (per file and add-in),
 * so that "Rensa markeringar" and "Ta bort" undo exactly that, also after the pane was closed.
 * Stored as JSON text and read back defensively: a setting someone else changed is treated as absent.
 */

export const MARKS_KEY = 'malkoll.marks';
export const STATUS_COLUMN_KEY = 'malkoll.statusColumn';
export const CALCULATIONS_KEY = 'malkoll.calculations';

/**
 * The marker every conditional format of Målkoll carries in its rule formula: `N("…")` of a text is 0, so
 * `=N("Målkoll:error")=0` is always true, and the text lets us find our rules among the user's own.
 */
export const RULE_MARKER = 'N("Målkoll';

/** Problem cells marked in the sheet, by sheet. */
export interface MarksRecord {
  sheets: { sheet: string; cells: string[] }[];
}

/** Cells written next to a table (status column, calculation columns), and their number formats before. */
export interface BlockRecord {
  sheet: string;
  /** A1 range without the sheet, e.g. "G4:G40". */
  address: string;
  /** Exactly what was written, rows × columns; null where the cell was left alone. */
  written: (string | number | null)[][];
  /** The cells' number formats before, when Målkoll changed them. */
  numberFormatsBefore?: string[][];
}

function parse(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** A stored marks setting, or null when there is none or it is not ours. */
export function readMarksRecord(value: unknown): MarksRecord | null {
  const v = parse(value) as MarksRecord | null;
  if (!v || !Array.isArray(v.sheets)) return null;
  const ok = v.sheets.every((s) => s && typeof s.sheet === 'string' && isStringArray(s.cells));
  return ok && v.sheets.length > 0 ? { sheets: v.sheets } : null;
}

/** A stored block setting (status column, calculations), or null when there is none or it is not ours. */
export function readBlockRecord(value: unknown): BlockRecord | null {
  const v = parse(value) as BlockRecord | null;
  if (!v || typeof v.sheet !== 'string' || typeof v.address !== 'string' || !Array.isArray(v.written)) return null;
  const cellsOk = v.written.every(
    (row) => Array.isArray(row) && row.every((x) => x === null || typeof x === 'string' || typeof x === 'number'),
  );
  if (!cellsOk) return null;
  if (v.numberFormatsBefore !== undefined && !(Array.isArray(v.numberFormatsBefore) && v.numberFormatsBefore.every(isStringArray))) {
    return null;
  }
  return v;
}

export function storeRecord(record: MarksRecord | BlockRecord): string {
  return JSON.stringify(record);
}
