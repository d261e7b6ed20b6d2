/**
 * The settlement's cells cut into requests that each stay under Excel on the web's 5 MB (./payload.ts): an
 * ordinary settlement is one request, a very large one a few, a sheet's rows in each as consecutive runs.
 */
import type { RenderedValue } from '../../settle/renderPlan';
import type { SheetLayout } from '../model/settlementSheets';
import { chunkByBytes, jsonBytes } from './payload';

/** A run of consecutive rows of one sheet, written in one command. */
export interface WritePiece {
  sheet: number;
  /** 1-based first row. */
  firstRow: number;
  cells: RenderedValue[][];
  formats: string[][];
}

/**
 * The cells of every sheet cut into requests: each request's values and formats together at most `budget`
 * bytes (by Målkoll's count of Office's JSON), a sheet's rows in it as one or more consecutive runs. An
 * ordinary settlement is one request.
 *
 * @example
 * writeRequests(layouts, 4_000_000).length // → 1
 */
export function writeRequests(layouts: readonly SheetLayout[], budget: number): WritePiece[][] {
  const rows = layouts.flatMap((layout, sheet) => layout.cells.map((cells, i) => ({ sheet, row: i + 1, cells, formats: layout.formats[i] })));
  // The text prefix an apostrophe may add, and each command's envelope, are in the margin under the 5 MB.
  const chunks = chunkByBytes(rows, budget, (r) => jsonBytes(r.cells) + jsonBytes(r.formats) + r.cells.length);
  return chunks.map((chunk) => {
    const pieces: WritePiece[] = [];
    for (const r of chunk) {
      const last = pieces[pieces.length - 1];
      if (last && last.sheet === r.sheet && last.firstRow + last.cells.length === r.row) {
        last.cells.push(r.cells);
        last.formats.push(r.formats);
      } else {
        pieces.push({ sheet: r.sheet, firstRow: r.row, cells: [r.cells], formats: [r.formats] });
      }
    }
    return pieces;
  });
}
