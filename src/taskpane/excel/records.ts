/**
 * What Målkoll has put into a workbook, remembered in the workbook's own settings (per file and add-in),
 * so that "Rensa markeringar" and "Ta bort" undo exactly that, also after the pane was closed.
 * Stored as JSON text and read back defensively: a setting someone else changed is treated as absent.
 */
import * as z from 'zod/mini';

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

// Pages run under a strict Content Security Policy (no 'unsafe-eval'): zod must not compile validators.
z.config({ jitless: true });

const marksSchema = z.object({
  sheets: z.array(z.object({ sheet: z.string(), cells: z.array(z.string()) })).check(z.minLength(1)),
});

const blockSchema = z.object({
  sheet: z.string(),
  address: z.string(),
  written: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
  numberFormatsBefore: z.optional(z.array(z.array(z.string()))),
});

function parse(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}

/** A stored marks setting, or null when there is none or it is not ours. */
export function readMarksRecord(value: unknown): MarksRecord | null {
  const result = marksSchema.safeParse(parse(value));
  return result.success ? result.data : null;
}

/** A stored block setting (status column, calculations), or null when there is none or it is not ours. */
export function readBlockRecord(value: unknown): BlockRecord | null {
  const result = blockSchema.safeParse(parse(value));
  if (!result.success) return null;
  const { numberFormatsBefore, ...rest } = result.data;
  return numberFormatsBefore === undefined ? rest : { ...rest, numberFormatsBefore };
}

export function storeRecord(record: MarksRecord | BlockRecord): string {
  return JSON.stringify(record);
}
