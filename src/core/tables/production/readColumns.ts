/**
 * Which columns of a production table hold figures and which hold labels. Never arithmetic on labels: a
 * column is a label column when its heading names labels ("År", "Inrättning", "Kod", "Nr"), when most of
 * its cells are text, when every number in it reads as a period (2025, 202204), or when its numbers count
 * the rows (1, 2, 3 …). Every other column with figures under a heading is a figure column.
 */
import type { Grid } from '../../types';
import { maxOf, minOf } from '../../arrays';
import { cellAt, cellText } from '../shared/cellText';
import { isLabelHeading } from './productionVocabulary';
import { countCodes, type CellCode } from './rowCodes';
import { readCell } from '../../numbers/readCell';

export interface ProductionColumnsLayout {
  left: number;
  right: number;
  /** Sheet columns of the labels, left to right. */
  labelColumns: number[];
  /** Sheet columns of the figures, left to right. */
  figureColumns: number[];
  /** Sheet column → its heading, the header block's texts joined ("Varav antal distansbesök 202204"). */
  headings: Record<number, string>;
  /** Sheet rows under the header: every row but blank ones and repeated headers. */
  bodyRows: number[];
}

/**
 * The columns of a table whose header block is at grid rows `block` (the last is the header row) and whose
 * other rows are `bodyRows`; null when no column holds figures or fewer than two rows do.
 *
 * @example
 * readColumns(grid, codes, [0], [0, 1, 2], [1, 2]) // → { labelColumns: [1], figureColumns: [2, 3], headings: { 1: 'Besök', 2: '202204', 3: '202104' }, … }
 */
export function readColumns(grid: Grid, codes: string[], block: number[], headingCols: number[], bodyRows: number[]): ProductionColumnsLayout | null {
  const text = (r: number, c: number): string => cellText(cellAt(grid.cells, r, c));
  let from = headingCols[0];
  for (const r of bodyRows) from = Math.min(from, firstFilled(codes[r]));
  const to = headingCols[headingCols.length - 1];
  const headings = headingTexts(grid, codes, block, from, to);

  const labelColumns: number[] = [];
  const figureColumns: number[] = [];
  for (let c = from; c <= to; c++) {
    const counts = columnCounts(codes, bodyRows, c);
    const figures = counts.n + counts['-'] + counts.e;
    const heading = headings[c] ?? '';
    if (counts.c > 0) continue;
    if (figures === 0) {
      if (counts.t + counts.p > 0) labelColumns.push(c);
      continue;
    }
    if (counts.t > counts.n || isLabelHeading(heading) || (counts.n === 0 && counts.p > 0) || countsRows(grid, bodyRows, c)) {
      labelColumns.push(c);
      continue;
    }
    if (heading === '' && !headingCols.includes(c)) continue; // figures with no heading over them are not the table's
    figureColumns.push(c);
  }
  const rowsWithFigures = bodyRows.filter((r) => figureColumns.some((c) => codes[r][c] === 'n')).length;
  if (figureColumns.length === 0 || rowsWithFigures < 2) return null;

  const sheetColumn = (c: number): number => grid.left + c;
  const byColumn: Record<number, string> = {};
  for (const c of [...labelColumns, ...figureColumns]) byColumn[sheetColumn(c)] = headings[c] ?? text(block[block.length - 1], c);
  const used = [...labelColumns, ...figureColumns];
  return {
    left: sheetColumn(minOf(used)),
    right: sheetColumn(maxOf(used)),
    labelColumns: labelColumns.map(sheetColumn),
    figureColumns: figureColumns.map(sheetColumn),
    headings: byColumn,
    bodyRows: bodyRows.map((r) => grid.top + r),
  };
}

/** The codes of column c over the body rows, counted. */
function columnCounts(codes: string[], bodyRows: number[], c: number): Record<CellCode, number> {
  const counts = countCodes('');
  for (const r of bodyRows) counts[(codes[r][c] ?? ' ') as CellCode]++;
  return counts;
}

function firstFilled(code: string): number {
  const m = /[^ ]/.exec(code);
  return m ? m.index : code.length;
}

/**
 * The heading of each column: the header block's texts from top to bottom. A heading in an upper row
 * stands over the blank cells to its right (a merged cell's text is in its first cell only) until the next
 * heading of that row.
 */
function headingTexts(grid: Grid, codes: string[], block: number[], from: number, to: number): Record<number, string> {
  const out: Record<number, string> = {};
  const lower = block[block.length - 1];
  for (let c = from; c <= to; c++) {
    const parts: string[] = [];
    for (const r of block) {
      let t = cellText(cellAt(grid.cells, r, c));
      if (t === '' && r !== lower) {
        // Not from the first column: a title over the labels does not stand over the figures.
        for (let k = c - 1; k > from; k--) {
          if (codes[r][k] === ' ') continue;
          t = cellText(cellAt(grid.cells, r, k));
          break;
        }
      }
      if (t !== '') parts.push(t);
    }
    out[c] = parts.join(' ');
  }
  return out;
}

/** True when a column's numbers count the rows: 1, 2, 3 … (at least three, each one more than the last). */
function countsRows(grid: Grid, bodyRows: number[], c: number): boolean {
  let count = 0;
  let last = NaN;
  for (const r of bodyRows) {
    const reading = readCell(cellAt(grid.cells, r, c));
    if (reading.kind !== 'number') continue;
    const v = reading.value;
    if (!Number.isInteger(v) || (count > 0 && v !== last + 1)) return false;
    last = v;
    count++;
  }
  return count >= 3;
}
