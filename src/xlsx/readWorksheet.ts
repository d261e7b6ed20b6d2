/**
 * One worksheet part to its cells, streamed: values as Excel stores them (a formula's saved result, a
 * number stored as text as that text, a date as its serial number, an error as `{ error: '#REF!' }`),
 * each number's format where it has one other than General, merged areas, and formulas saved without a
 * result. Declared ranges (the sheet's dimension, column
 * styles, data validation, conditional formats) are never expanded: only cells that are there count.
 * Anything Excel would not have written is a DamagedPart naming the part and the cell.
 */
import { a1 } from '../core';
import { EXCEL_ERROR_CODES, type CellValue, type ExcelErrorCode, type MessageKey, type MessageParams } from '../core';
import { parseCellRef, parseRangeRef, parseRowNumber } from './cellAddress';
import type { ReadBudget } from './readBudget';
import { damaged } from './readProblem';
import { NO_FORMATS, type CellFormats } from './readStyles';
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from './readLimits';
import { SheetCells } from './sheetCells';
import { xmlStream } from './xmlEvents';
import { isoDate } from './isoDate';
import { dateStyles } from './dateStyles';
import { cellString } from './xmlText';
import type { ZipPackage } from './zipPackage';

const NOTED_CELLS = 5;
const KNOWN_ERRORS: ReadonlySet<string> = new Set(EXCEL_ERROR_CODES);
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Days from 1900-01-00 to 1904-01-01: a serial of the 1904 date system is this many days short of the 1900 one's. */
const DAYS_1900_TO_1904 = 1_462;

interface OpenCell {
  row: number;
  column: number;
  type: string;
  /** The cell's style (`s`), an index into the styles' cell formats. */
  style: number;
  formula: boolean;
  value: string | null;
  inline: string | null;
}

/**
 * Reads the worksheet at `part`. Every value held is counted against the budget's cell limit. `formats`
 * gives each cell style's number format (the styles part's; none by default).
 *
 * @example
 * const cells = await readWorksheet(zip, 'xl/worksheets/sheet1.xml', budget, false, formats);
 * cells.count; // → 244
 */
export async function readWorksheet(
  zip: ZipPackage,
  part: string,
  budget: ReadBudget,
  date1904: boolean,
  formats: CellFormats = NO_FORMATS,
): Promise<SheetCells> {
  const cells = new SheetCells();
  let inSheetData = false;
  let rowNumber = 0;
  let rowFromXml = false;
  let lastColumn = 0;
  let cell: OpenCell | null = null;
  let capture: 'value' | 'inline' | null = null;
  let inInline = false;
  let phonetic = 0;

  const bad = (key: MessageKey, params: MessageParams): never => {
    throw damaged(key, { part, ...params });
  };

  const finish = (c: OpenCell): void => {
    if (c.type === 'n' && c.value !== null) {
      // The common case first, without building the cell's address.
      const n = readNumber(c.value);
      if (n !== null && Number.isFinite(n)) {
        store(c, n);
        return;
      }
    }
    const where = a1(c.row, c.column);
    // Some programs write a text cell inline with the shared type: the text is there, so it is read.
    if (c.type === 'inlineStr' || (c.type === 's' && c.inline !== null && (c.value ?? '').trim() === '')) {
      const text = cellString(c.inline ?? c.value ?? '');
      if (text !== '') store(c, text);
      return;
    }
    if (c.value === null) {
      if (c.formula) {
        cells.withoutResult.count += 1;
        if (cells.withoutResult.cells.length < NOTED_CELLS) cells.withoutResult.cells.push(where);
      }
      return;
    }
    const raw = c.value;
    switch (c.type) {
      case 'n': {
        const n = readNumber(raw);
        if (n === null) return;
        if (!Number.isFinite(n)) bad('read.cell.notNumber', { cell: where, text: shortText(raw.trim()) });
        store(c, n);
        return;
      }
      case 's': {
        const s = raw.trim();
        if (s === '') return; // an empty value, as with no value element: a blank cell
        if (!/^\d{1,9}$/.test(s)) bad('read.cell.badSharedIndex', { cell: where, text: shortText(s) });
        budget.spendCells(1);
        cells.addShared(c.row, c.column, Number(s));
        return;
      }
      case 'str': {
        const text = cellString(raw);
        if (text !== '') store(c, text);
        return;
      }
      case 'b': {
        const s = raw.trim();
        if (s === '1' || s === 'true') store(c, true);
        else if (s === '0' || s === 'false') store(c, false);
        else bad('read.cell.notBoolean', { cell: where, text: shortText(s) });
        return;
      }
      case 'e': {
        const s = raw.trim();
        store(c, { error: (KNOWN_ERRORS.has(s) ? s : '#UNKNOWN!') as ExcelErrorCode });
        return;
      }
      case 'd': {
        const text = raw.trim();
        if (text === '') return;
        const date = isoDate(text);
        if (date === null) bad('read.cell.notDate', { cell: where, text: shortText(text) });
        // Already a serial of the 1900 system, the one the engine counts in, whatever the workbook's.
        else store(c, date.serial, date.format, false);
        return;
      }
      default:
        bad('read.cell.unknownType', { cell: where, text: shortText(c.type) });
    }
  };

  const dates = date1904 ? dateStyles(formats) : undefined;
  const store = (c: OpenCell, value: CellValue, ownFormat?: string, counted1904 = date1904): void => {
    budget.spendCells(1);
    // Only a number keeps its format (a date is one too): text shows as typed, whatever its style says.
    const format = c.style > 0 && typeof value === 'number' ? (formats.formatOf(c.style) ?? ownFormat) : ownFormat;
    // A date of a workbook in the 1904 date system counts its days from 1904: the date it shows is 1 462
    // days later than the same serial in the 1900 system the engine reads.
    const shown = counted1904 && typeof value === 'number' && dates?.(c.style) ? value + DAYS_1900_TO_1904 : value;
    cells.add(c.row, c.column, shown, format);
  };

  const xml = xmlStream(part, {
    open(name, a) {
      switch (name) {
        case 'sheetData':
          inSheetData = true;
          return;
        case 'row': {
          if (!inSheetData) return;
          const r = a.r;
          const next = r === undefined ? rowNumber + 1 : parseRowNumber(r.trim());
          if (next === null || next > EXCEL_MAX_ROWS) bad('read.cell.badRow', { text: shortText(r ?? String(rowNumber + 1)) });
          rowNumber = next as number;
          rowFromXml = r !== undefined;
          lastColumn = 0;
          return;
        }
        case 'c': {
          if (!inSheetData || rowNumber === 0) return;
          const r = a.r;
          let row = rowNumber;
          let column = lastColumn + 1;
          if (r !== undefined) {
            const ref = parseCellRef(r.trim());
            if (!ref) return bad('read.cell.badAddress', { text: shortText(r) });
            if (rowFromXml && ref.row !== rowNumber) bad('read.cell.wrongRow', { cell: shortText(r), row: String(rowNumber) });
            // A row written without its number takes it from its cells.
            if (!rowFromXml) rowNumber = ref.row;
            row = ref.row;
            column = ref.column;
          } else if (column > EXCEL_MAX_COLUMNS) {
            bad('read.cell.badAddress', { text: a1(row, column) });
          }
          lastColumn = column;
          cell = { row, column, type: a.t ?? 'n', style: styleIndex(a.s), formula: false, value: null, inline: null };
          return;
        }
        case 'f':
          if (cell) cell.formula = true;
          return;
        case 'v':
          if (cell) {
            capture = 'value';
            cell.value ??= '';
          }
          return;
        case 'is':
          if (cell) {
            inInline = true;
            cell.inline ??= '';
          }
          return;
        case 'rPh':
          if (inInline) phonetic += 1;
          return;
        case 't':
          if (inInline && phonetic === 0) capture = 'inline';
          return;
        case 'mergeCell': {
          const ref = a.ref;
          const range = ref === undefined ? null : parseRangeRef(ref.trim());
          if (!range) return bad('read.merge.badRange', { text: shortText(ref ?? '') });
          budget.spendCells(1);
          cells.addMerge(range);
          return;
        }
        default:
      }
    },
    close(name) {
      switch (name) {
        case 'v':
        case 't':
          capture = null;
          return;
        case 'rPh':
          if (phonetic > 0) phonetic -= 1;
          return;
        case 'is':
          inInline = false;
          return;
        case 'c':
          if (cell) finish(cell);
          cell = null;
          capture = null;
          return;
        case 'sheetData':
          inSheetData = false;
          return;
        default:
      }
    },
    text(text) {
      if (capture === 'value' && cell) cell.value += text;
      else if (capture === 'inline' && cell) cell.inline += text;
    },
  });
  await zip.streamText(part, (text) => xml.write(text), budget);
  xml.end();
  return cells;
}

/**
 * A stored number as written in `<v>`: null for nothing but spaces, NaN for anything that is not a plain
 * decimal (Number() alone would also take "0x1F", "Infinity" and " 12 ").
 */
function readNumber(text: string): number | null {
  const n = Number(text);
  if (n === n && n !== Infinity && n !== -Infinity) {
    const c = text.charCodeAt(0);
    const d = text.charCodeAt(1);
    // A plain number starts with a digit, sign or point, and no "0x", "0o", "0b".
    const plainStart = (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e;
    if (plainStart && !(c === 0x30 && (d | 0x20) >= 0x61 && (d | 0x20) <= 0x7a && (d | 0x20) !== 0x65)) return n;
    if (text.trim() === '') return null;
    return NUMBER.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  }
  if (text.trim() === '') return null;
  return Number.NaN;
}

/** A cell's style index (`s="3"`); 0, the default style, when there is none or it is no index. */
function styleIndex(text: string | undefined): number {
  if (text === undefined) return 0;
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** Cell text quoted in a message: the start of it, on one line. */
function shortText(text: string): string {
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
