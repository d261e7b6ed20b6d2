/** Types of test/fakes/fake-excel.js, for the TypeScript tests that require it. */

export type FakeCellValue = string | number | boolean | null;

export interface FakeSheetConfig {
  name: string;
  rows?: FakeCellValue[][];
  top?: number;
  left?: number;
  formulas?: Record<string, string>;
  formats?: Record<string, Partial<FakeFormat>>;
  conditionalFormats?: { ranges: string[]; type?: string; formula?: string; fill?: string; fontColor?: string }[];
}

export interface FakeConfig {
  sheets?: FakeSheetConfig[];
  active?: string;
  selection?: string;
  settings?: Record<string, unknown>;
}

export interface FakeFormat {
  fill: string | null;
  fontColor: string | null;
  bold: boolean;
  numberFormat: string;
  wrapText: boolean;
}

export interface FakeLog {
  syncs: number;
  runs: number;
  selects: string[];
  /** Selections Excel ignored: a range on a sheet that was not active. */
  ignoredSelects: string[];
  activations: string[];
  cellsRead: number;
  maxCellsRead: number;
  /** The most cells read (values, types, formulas… each counted) in one sync: Excel's payload limit is per sync. */
  maxCellsPerSync: number;
  autofits: string[];
}

export interface FakeSnapshot {
  active: string;
  settings: Record<string, unknown>;
  sheets: {
    name: string;
    cells: Record<string, { value: FakeCellValue; formula: string | null; format: FakeFormat }>;
    conditionalFormats: { type: string; ranges: string[]; formula: string | null; fill: string | null; fontColor: string | null }[];
    tables: { name: string; range: string; hasHeaders: boolean }[];
    charts: { name: string; type: string; source: string; seriesBy: string; title: string | null; legend?: boolean; position: [string, string | null] | null }[];
    /** Column widths set through the API, in points, by column letters. */
    columnWidths: Record<string, number>;
    orientation: 'Portrait' | 'Landscape';
  }[];
}

export interface FakeExcel {
  Excel: { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> };
  log: FakeLog;
  snapshot(): FakeSnapshot;
  /** Cell contents (formula text for formula cells, "" for blanks) of a range, or of the sheet's used range. */
  sheetValues(sheet: string, address?: string): FakeCellValue[][];
  setCell(sheet: string, address: string, value: FakeCellValue): void;
  select(address: string, sheet?: string): void;
  /** The user renames a sheet (its id stays). */
  renameSheet(from: string, to: string): void;
  /** The user inserts rows above row `at`: cells, rules, tables and formula references below move down. */
  insertRows(sheet: string, at: number, count: number): void;
}

export function createFakeExcel(config?: FakeConfig): FakeExcel;
