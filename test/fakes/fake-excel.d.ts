/** Types of test/fakes/fake-excel.js, for the TypeScript tests that require it. */

export type FakeCellValue = string | number | boolean | null;

export interface FakeSheetConfig {
  name: string;
  rows?: FakeCellValue[][];
  top?: number;
  left?: number;
  /** Formulas as the saved workbook holds them (our functions by id or any name); a value in `rows` at the same cell is its computed value. */
  formulas?: Record<string, string>;
  formats?: Record<string, Partial<FakeFormat>>;
  conditionalFormats?: { ranges: string[]; type?: string; formula?: string; fill?: string; fontColor?: string }[];
}

export interface FakeOfficeConfig {
  /** Office's display language, e.g. "sv-SE" (default "en-US"): the pane's language and the function names Excel binds. */
  displayLanguage?: string;
  /** Office.onReady resolves this long after the page loaded; until then Excel.run is refused. Unset: ready at once. */
  readyAfterMs?: number;
  platform?: 'PC' | 'OfficeOnline' | 'Mac';
  /** Excel's version, as Office.context.diagnostics.version gives it. */
  version?: string;
  /** Highest supported version of each requirement set (default: a current Microsoft 365 Excel). */
  apiSets?: Record<string, string>;
}

export interface FakeCustomFunctions {
  namespace: string;
  /** Each function id's name in the default metadata and in each manifest override locale. */
  functions: Record<string, { default: string } & Record<string, string>>;
  /** Excel 2607 and later (office-js 6614): `range.formulas` binds our functions by id in any display language. */
  fixedIn2607?: boolean;
  /** False: Excel does not know the functions yet (the add-in has not registered them); `loadFunctions()` changes that. */
  loaded?: boolean;
}

export interface FakeConfig {
  sheets?: FakeSheetConfig[];
  active?: string;
  /** One area ("B3", "A:C") or several ("A1:B3,D5"). */
  selection?: string;
  settings?: Record<string, unknown>;
  office?: FakeOfficeConfig;
  /**
   * The list separator of the user's regional settings, which getRanges and formulasLocal want (default: the display
   * language's, ";" for sv-SE, fi-FI, de-DE…, "," for English).
   */
  listSeparator?: ',' | ';';
  /** The decimal separator of the regional settings (default: "," with the ";" list separator, else "."). */
  decimalSeparator?: '.' | ',';
  /** The digit group separator (default: a no-break space with the decimal comma, else ","). */
  groupSeparator?: string;
  /** The culture's name, as application.cultureInfo.name gives it. */
  culture?: string;
  /** Bytes of JSON one sync may load (default: 5 MB in Excel on the web, none elsewhere); null for no limit. */
  payloadLimit?: number | null;
  /** Bytes one sync may send: 100 per command plus what it writes (default: 5 MB on the web, none elsewhere). */
  requestLimit?: number | null;
  /** `numberFormat` reads back in the user's notation ("0,0%"), as Excel on the web does for some accounts. */
  localizedNumberFormats?: boolean;
  /** A workbook opened read-only: a round trip that changes anything is refused with AccessDenied. */
  readOnly?: boolean;
  /** Custom functions Excel knows, bound by the names of the display language. */
  customFunctions?: FakeCustomFunctions;
  /** Custom XML parts already in the workbook (another add-in's, SharePoint's), each as its XML. */
  customXmlParts?: string[];
}

/** A custom XML part as the fake keeps it: its id, its root element's namespace and its XML as given. */
export interface FakeCustomXmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
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
  /** The most bytes of JSON one sync that Excel answered loaded. */
  maxBytesPerSync: number;
  /** The most bytes one sync sent (100 per command plus what it wrote). */
  maxRequestBytesPerSync: number;
  /** Syncs refused for their response's or request's size (Response/RequestPayloadSizeLimitExceeded). */
  refusedSyncs: number;
  autofits: string[];
  /** Ids the page associated through CustomFunctions.associate. */
  associated: string[];
}

export interface FakeSnapshot {
  active: string;
  /** The workbook's defined names and what they refer to. */
  names: { name: string; refersTo: string; visible: boolean }[];
  settings: Record<string, unknown>;
  customXmlParts: FakeCustomXmlPart[];
  sheets: {
    name: string;
    cells: Record<string, { value: FakeCellValue; formula: string | null; format: FakeFormat }>;
    conditionalFormats: { type: string; ranges: string[]; formula: string | null; fill: string | null; fontColor: string | null }[];
    tables: { name: string; range: string; hasHeaders: boolean }[];
    charts: {
      name: string;
      type: string;
      source: string;
      seriesBy: string;
      title: string | null;
      legend?: boolean;
      position: [string, string | null] | null;
    }[];
    /** Column widths set through the API, in points, by column letters. */
    columnWidths: Record<string, number>;
    orientation: 'Portrait' | 'Landscape';
    /** Rows frozen at the top (freezePanes.freezeRows), when any. */
    frozenRows?: number;
    /** The sheet's AutoFilter range (autoFilter.apply), when it has one. */
    autoFilter?: string;
  }[];
}

export interface FakeExcel {
  Excel: { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> };
  /** The Office global as office.js gives it: onReady, context (once ready) with displayLanguage and requirements. */
  Office: {
    onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
    context?: {
      displayLanguage: string;
      platform: string;
      diagnostics: { host: string; platform: string; version: string };
      requirements: { isSetSupported(name: string, version?: string): boolean };
    };
  };
  CustomFunctions: { associate(id: string, fn: (...args: unknown[]) => unknown): void };
  /** Whether Office has started (and the page asked for it with Office.onReady). */
  officeReady: boolean;
  /** The user switches Excel's display language (and reopens the workbook). */
  setDisplayLanguage(tag: string): void;
  /** Excel learns Målkoll's functions (the add-in has registered them). */
  loadFunctions(): void;
  /** The workbook is closed and opened again: sheet ids renumbered; the add-in's settings lost with `settingsLost`. */
  reopen(options?: { settingsLost?: boolean; functionsLoaded?: boolean }): void;
  log: FakeLog;
  snapshot(): FakeSnapshot;
  /** Cell contents (formula text for formula cells, "" for blanks) of a range, or of the sheet's used range. */
  sheetValues(sheet: string, address?: string): FakeCellValue[][];
  setCell(sheet: string, address: string, value: FakeCellValue): void;
  /** The user selects one area or several ("A1:B3,D5"). */
  select(address: string, sheet?: string): void;
  /** The user renames a sheet (its id stays). */
  renameSheet(from: string, to: string): void;
  /** The user inserts rows above row `at`: cells, rules, tables and formula references below move down. */
  insertRows(sheet: string, at: number, count: number): void;
}

export function createFakeExcel(config?: FakeConfig): FakeExcel;
