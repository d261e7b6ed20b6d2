/**
 * Reads what "Kontrollera" checks. Excel on the web refuses a response past 5 MB, so the values are read
 * in chunks sized by their bytes (./readRects): one round trip for an ordinary table, a few for a large
 * one full of text. How much Målkoll reads at all is capped by a number of cells, whatever the workbook.
 */
import type { CellValue, Grid } from '../../core';
import { EXCEL_ERROR_CODES, type ExcelErrorCode } from '../../core';
import { excelFailure, failed, succeeded, type Outcome } from './outcome';
import { anchorRecord, loadAnchor, type Anchor } from './blockAnchors';
import { invariantFormat, loadDecimalSeparator } from './numberFormats';
import { readRects } from './readRects';
import { selectedAreas } from './selectedAreas';
import { queueStampRead } from './stampRead';
import { intersectRects, parseRangeAddress, qualifiedAddress, rectA1, type SheetRect } from '../model/rangeAddress';
import { BLOCK_KINDS, perBlockKind, type PerBlockKind } from '../model/blockKinds';
import {
  MARKS_KEY,
  readBlockRecord,
  readMarksRecord,
  readReportsRecord,
  reportSheetIds,
  readSettingsRecord,
  REPORTS_KEY,
  SETTINGS_KEY,
  type BlockRecord,
  type JudgingSettings,
  type MarksRecord,
  type ReportsRecord,
} from './records';

/** The properties read of each cell: its value, its value type and its number format. */
export const PROPERTIES_PER_CELL = 3;
/**
 * Cell properties one check reads at most, counting each loaded property of a cell (PROPERTIES_PER_CELL):
 * what a controller's tables need, many times over, without reading a stray million.
 */
export const MAX_LOADED_PER_SYNC = 750_000;
/** A range larger than this many cells is not read. */
export const MAX_CELLS = MAX_LOADED_PER_SYNC / PROPERTIES_PER_CELL;

/** What Målkoll has already put into the workbook, as its settings remember it. */
export interface WorkbookRecords {
  marks: MarksRecord | null;
  /** Each kind of block Målkoll wrote beside a table (../model/blockKinds.ts), or null. */
  blocks: PerBlockKind<BlockRecord | null>;
  /** How the workbook wants its indicators judged. */
  settings: JudgingSettings;
}

/** Queues the loads of Målkoll's settings; the returned function reads them after the next sync. */
export function loadRecords(context: Excel.RequestContext): () => WorkbookRecords & { reports: ReportsRecord | null } {
  const settings = context.workbook.settings;
  const marks = settings.getItemOrNullObject(MARKS_KEY).load('value');
  const reports = settings.getItemOrNullObject(REPORTS_KEY).load('value');
  const judging = settings.getItemOrNullObject(SETTINGS_KEY).load('value');
  // A block whose record the settings lost is still there by its defined name (./blockAnchors.ts).
  const blocks = perBlockKind((kind) => ({
    setting: settings.getItemOrNullObject(BLOCK_KINDS[kind].settingsKey).load('value'),
    anchor: loadAnchor(context, kind),
  }));
  const block = ({ setting, anchor }: { setting: Excel.Setting; anchor: () => Anchor | null }) => {
    const recorded = setting.isNullObject ? null : readBlockRecord(setting.value);
    const named = anchor();
    return recorded ?? (named ? anchorRecord(named) : null);
  };
  return () => ({
    marks: marks.isNullObject ? null : readMarksRecord(marks.value),
    blocks: perBlockKind((kind) => block(blocks[kind])),
    settings: judging.isNullObject ? {} : readSettingsRecord(judging.value),
    reports: reports.isNullObject ? null : readReportsRecord(reports.value),
  });
}

export interface TableRead extends WorkbookRecords {
  grid: Grid;
  sheet: string;
  /** The sheet's id, which stays when the sheet is renamed. */
  sheetId: string;
  /** A1 range on the sheet, e.g. "A1:D60". */
  range: string;
  /** "'Volymer 2025'!A1:D60" */
  address: string;
  /** Whether the user's selection or the whole used range was read. */
  source: 'selection' | 'used-range';
  /** The selection as the user made it, when it was clipped to the used range (a whole column). */
  clippedFrom?: string;
  /** How many areas the user had selected, when more than one: only the first was read. */
  selectedAreas?: number;
  /** Every sheet name of the workbook, for a unique report name. */
  sheetNames: string[];
  /** The workbook's settings list the sheet as Målkoll's report; whether it is one, its content decides. */
  listedAsReport?: true;
  /** The XML of Målkoll's stamp parts in the workbook (./stamp), read in the same round trips. */
  stampXml: string[];
}

const ERRORS = new Set<string>(EXCEL_ERROR_CODES);

/**
 * Excel's number formats as the core's grid carries them: General (most cells) as null, so that a grid
 * of General cells says nothing it need not; a format Excel gave in the user's notation in the invariant one.
 *
 * @example
 * toFormats([[ 'General', '0.0%' ]]) // → [[ null, '0.0%' ]]
 */
export function toFormats(formats: string[][], decimalSeparator: string | null = '.'): (string | null)[][] {
  return formats.map((row) => row.map((f) => (typeof f === 'string' && f !== '' && f !== 'General' ? invariantFormat(f, decimalSeparator) : null)));
}

/**
 * Excel's values and value types as the core's cells: "" → null, an error cell → { error }.
 *
 * @example
 * toCells([[ 'BUP', 760, '', '#REF!' ]], [[ 'String', 'Double', 'Empty', 'Error' ]])
 * // → [[ 'BUP', 760, null, { error: '#REF!' } ]]
 */
export function toCells(values: unknown[][], types: string[][]): CellValue[][] {
  return values.map((row, r) =>
    row.map((v, c) => {
      // An error is an error, also one newer than this code (Excel keeps adding them): never text.
      if (types[r]?.[c] === 'Error') return { error: typeof v === 'string' && ERRORS.has(v) ? (v as ExcelErrorCode) : '#UNKNOWN!' };
      if (v === '' || v === null || v === undefined) return null;
      if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
      return String(v);
    }),
  );
}

export function cellCount(r: SheetRect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/**
 * Reads the selection (when it is more than one cell, clipped to the used range) or else the active sheet's
 * used range, as a Grid for the core. Of a selection of several areas (Ctrl-click), the first is read and
 * the result says how many there were: Excel refuses getSelectedRange for such a selection. Two
 * context.sync calls for a table of ordinary size, one more per about 4 MB of text past that (see
 * readRects); one when Målkoll refuses (an empty sheet, a range too large). A sheet the settings list as
 * Målkoll's report is read like any other and marked: whether it is one, the check decides by its content.
 *
 * @example
 * const read = await readTable();
 * if (read.ok) checkVolumes(read.value.grid);
 */
export async function readTable(): Promise<Outcome<TableRead>> {
  try {
    return await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load('name,id');
      const selection = context.workbook.getSelectedRanges();
      selection.load('address,areaCount');
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('address');
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/id');
      const loaded = loadRecords(context);
      const decimalSeparator = loadDecimalSeparator(context);
      const stampRead = queueStampRead(context);
      await context.sync();

      const { reports, ...records } = loaded();
      const reportIds = reportSheetIds(reports, sheets.items);
      const stampXml = stampRead();
      if (used.isNullObject) return failed<TableRead>('pane.read.emptySheet', { sheet: sheet.name });
      const usedRect = parseRangeAddress(used.address);
      // Not loading RangeAreas.areas: Excel hangs loading them when the whole sheet is selected (office-js#5758).
      const firstArea = selectedAreas(selection.address)[0] ?? selection.address;
      const selRect = parseRangeAddress(firstArea);
      if (!usedRect) return failed<TableRead>('pane.read.unreadableAddress', { address: used.address });

      let target: SheetRect = usedRect;
      let source: TableRead['source'] = 'used-range';
      let clippedFrom: string | undefined;
      if (selRect && cellCount(selRect) > 1) {
        const clipped = intersectRects(selRect, usedRect);
        if (!clipped) return failed<TableRead>('pane.read.emptySelection', { address: firstArea });
        target = clipped;
        source = 'selection';
        if (cellCount(clipped) < cellCount(selRect)) clippedFrom = firstArea;
      }
      if (cellCount(target) > MAX_CELLS) {
        return failed<TableRead>('pane.read.tooLarge', { address: qualifiedAddress(sheet.name, rectA1(target)), cells: cellCount(target) });
      }

      const [read] = await readRects(context, [{ sheet, rect: target }]);

      const grid: Grid = {
        cells: toCells(read.values, read.types),
        top: target.top,
        left: target.left,
        sheet: sheet.name,
        formats: toFormats(read.formats, decimalSeparator()),
      };
      return succeeded<TableRead>({
        grid,
        sheet: sheet.name,
        sheetId: sheet.id,
        range: rectA1(target),
        address: qualifiedAddress(sheet.name, rectA1(target)),
        source,
        ...(clippedFrom ? { clippedFrom } : {}),
        ...(selection.areaCount > 1 && source === 'selection' ? { selectedAreas: selection.areaCount } : {}),
        sheetNames: sheets.items.map((s) => s.name),
        ...(reportIds.has(sheet.id) ? { listedAsReport: true as const } : {}),
        stampXml: stampXml(),
        ...records,
      });
    });
  } catch (error) {
    return excelFailure(error);
  }
}
