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
}

export interface FakeLog {
  syncs: number;
  runs: number;
  selects: string[];
  activations: string[];
  cellsRead: number;
  maxCellsRead: number;
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
}

export function createFakeExcel(config?: FakeConfig): FakeExcel;
