/**
 * Reading the values, value types and number formats of rectangles of cells within Excel's limits (the
 * formats say how many decimals a figure shows, which is how close a production table's computed figures
 * must come to it; they ride in the same sync as the values). Excel on the web refuses
 * a response of more than 5 MB (ResponsePayloadSizeLimitExceeded): a table of text passes that long before
 * it passes any cell count. So on the web rows are read in chunks sized by the bytes they are expected to
 * take, the expectation corrected by what each chunk really took; on every platform a chunk Excel refuses
 * is halved and read again. An ordinary table fits the first chunk: one sync, as before. Desktop Excel
 * documents no such limit, and is read as before: up to the cell cap in one sync.
 */
import type { SheetRect } from '../model/rangeAddress';
import { rectA1 } from '../model/rangeAddress';
import { pushAll } from '../../core';
import { jsonBytes } from './payload';

/** JSON bytes one sync may bring back on the web: well under its 5 MB, for the envelope around the data. */
export const RESPONSE_BUDGET = 4_000_000;

/** The bytes one sync may bring back here: RESPONSE_BUDGET in Excel on the web, no byte limit elsewhere. */
function responseBudget(): number {
  try {
    const platform = typeof Office !== 'undefined' ? Office.context?.platform : undefined;
    return String(platform) === 'OfficeOnline' ? RESPONSE_BUDGET : Infinity;
  } catch {
    return RESPONSE_BUDGET;
  }
}
/** Bytes a cell's value, type and format take before anything is measured: short text, or a number, its type and "General". */
const FIRST_GUESS_PER_CELL = 50;
/** Bytes per cell the loaded properties take at first, guessed from the three properties a check reads. */
const guessPerCell = (properties: number) => Math.max(20, Math.round((FIRST_GUESS_PER_CELL * properties) / 3));
/** Measured bytes are raised by this much for the next chunk: rows further down may be longer. */
const MARGIN = 1.25;
/**
 * On the web, the first sync reads at most this many cells (about 1 MB at the first guess): enough for any
 * ordinary table, and what it measures sizes the chunks of a large one, so Excel rarely has to refuse one.
 */
const FIRST_CHUNK_CELLS = 25_000;
/** Cells loaded in one sync at most, whatever their size (a value, a type and a format each). */
const MAX_CELLS_PER_SYNC = 250_000;

const PAYLOAD_ERRORS = new Set(['ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded']);

export interface RectToRead {
  sheet: Excel.Worksheet;
  rect: SheetRect;
}

export interface RectRead {
  values: unknown[][];
  types: string[][];
  /** Number formats in Excel's invariant form ("0.0%", "General"). */
  formats: string[][];
}

function isPayloadError(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && PAYLOAD_ERRORS.has(code);
}

/**
 * Reads every rectangle whole, in their order, top to bottom: as few syncs as the bytes allow (one for
 * ordinary tables), each response on the web under RESPONSE_BUDGET as expected from what was measured so
 * far, more only when Excel refuses a chunk.
 * Throws Excel's error when even a single row is too large, or for any other failure.
 *
 * @example
 * const [table] = await readRects(context, [{ sheet, rect: { sheet: 'Volymer', top: 1, left: 1, bottom: 61, right: 4 } }]);
 * table.values.length // → 61
 */
export async function readRects(context: Excel.RequestContext, parts: RectToRead[]): Promise<RectRead[]> {
  const read = await readRectProperties(context, parts, ['values', 'valueTypes', 'numberFormat']);
  return read.map((r) => ({ values: r.values, types: r.valueTypes as string[][], formats: r.numberFormat as string[][] }));
}

type RangeProperty = 'values' | 'valueTypes' | 'numberFormat' | 'formulas';

/**
 * Reads the given properties of every rectangle whole, chunked as readRects describes.
 *
 * @example
 * const [area] = await readRectProperties(context, [{ sheet, rect }], ['formulas']);
 * area.formulas // → the rectangle's formulas, rows × columns
 */
export async function readRectProperties<P extends RangeProperty>(
  context: Excel.RequestContext,
  parts: RectToRead[],
  properties: readonly P[],
): Promise<Record<P, unknown[][]>[]> {
  // eslint-disable-next-line no-restricted-syntax -- keyed by the properties asked for, a closed set of Excel's names
  const results = parts.map(() => Object.fromEntries(properties.map((p) => [p, [] as unknown[][]])) as Record<P, unknown[][]>);
  const next = parts.map((p) => p.rect.top); // the next row to read of each part
  const budget = responseBudget();
  let perCell = guessPerCell(properties.length);
  // Halved each time Excel refuses a chunk, whatever the platform and the estimate said.
  let cellCap = Number.isFinite(budget) ? FIRST_CHUNK_CELLS : MAX_CELLS_PER_SYNC;
  let measuredOnce = false;
  let part = 0;
  while (part < parts.length) {
    // As many rows as the expected bytes allow, across parts; at least one row.
    const batch: { part: number; top: number; bottom: number; range: Excel.Range }[] = [];
    let bytes = 0;
    let cells = 0;
    for (let p = part; p < parts.length; p++) {
      const { rect, sheet } = parts[p];
      const width = rect.right - rect.left + 1;
      const fit = Math.floor(Math.min((budget - bytes) / (perCell * width), (cellCap - cells) / width));
      const rows = Math.min(rect.bottom - next[p] + 1, batch.length === 0 ? Math.max(fit, 1) : fit);
      if (rows < 1) break;
      const top = next[p];
      const bottom = top + rows - 1;
      const range = sheet.getRange(rectA1({ top, left: rect.left, bottom, right: rect.right })).load(properties.join(','));
      batch.push({ part: p, top, bottom, range });
      bytes += rows * width * perCell;
      cells += rows * width;
      if (bottom < rect.bottom) break;
    }
    try {
      await context.sync();
    } catch (error) {
      const single = batch.length === 1 && batch[0].top === batch[0].bottom;
      if (!isPayloadError(error) || single) throw error;
      cellCap = Math.max(1, Math.floor(cells / 2)); // half the cells next time
      continue;
    }
    let measured = 0;
    let measuredCells = 0;
    for (const { part: p, top, bottom, range } of batch) {
      for (const property of properties) {
        const rows = range[property] as unknown[][];
        // Row by row: a chunk of tens of thousands of rows spread into push() would overflow the call stack.
        pushAll(results[p][property], rows);
        measured += jsonBytes(rows);
      }
      measuredCells += (bottom - top + 1) * (parts[p].rect.right - parts[p].rect.left + 1);
      next[p] = bottom + 1;
    }
    // What the rows really took sizes the next chunk, larger or smaller than the guess.
    if (measuredCells > 0) perCell = Math.max((measured / measuredCells) * MARGIN, 4);
    if (!measuredOnce && cellCap === FIRST_CHUNK_CELLS) cellCap = MAX_CELLS_PER_SYNC;
    measuredOnce = true;
    while (part < parts.length && next[part] > parts[part].rect.bottom) part++;
  }
  return results;
}
