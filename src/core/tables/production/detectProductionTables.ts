/**
 * Finds the production tables in a grid: a header row of headings (words, or periods such as 202204 and
 * 2025) with rows of figures under them, outside the areas other kinds claimed.
 *
 * A header row: at least two headings (or one word alone over figures labelled to its left) and no figure;
 * at least one heading beyond its first cell is a word, or two are periods (then the row above must not be
 * a row of figures, which a row of year-like counts would be); and figures under its headings next (after
 * blank rows or a group heading or two). Text rows
 * right above it with headings over its figure columns are the upper half of a two-row header.
 * Where a table ends is the shared rule (../shared/scanExtent): the same header again continues it,
 * another header, a claimed area or prose ends it, two blank rows end it; rows of labels only (group
 * headings) belong to it only when figures follow.
 */
import type { Grid } from '../../types';
import { cellAt, cellText } from '../shared/cellText';
import { scanExtent } from '../shared/scanExtent';
import type { Area } from '../shared/tableKind';
import { readColumns, type ProductionColumnsLayout } from './readColumns';
import { countCodes, rowCodes } from './rowCodes';

export interface ProductionLayout extends ProductionColumnsLayout {
  /** Sheet row of the header row (the lower one of a two-row header). */
  headerRow: number;
  /** Sheet rows of every header row: the header block and the header repeated after page breaks. */
  headerRows: number[];
  top: number;
  bottom: number;
}

const PROSE_LENGTH = 90;

/**
 * Every production table in the grid, top to bottom.
 *
 * @example
 * detectProductionTables(gridFromText('Besök\t202204\t202104\nLäkarbesök\t31180\t29685\nÖvriga\t31128\t33024'), [])
 * // → [{ headerRow: 1, top: 1, bottom: 3, labelColumns: [1], figureColumns: [2, 3], … }]
 */
export function detectProductionTables(grid: Grid, claimed: readonly Area[]): ProductionLayout[] {
  const codes = rowCodes(grid, claimed);
  const rows = codes.length;
  const text = (r: number, c: number): string => cellText(cellAt(grid.cells, r, c));
  const headerMemo: (ReturnType<typeof headerRow> | undefined)[] = new Array(rows);
  const header = (r: number): ReturnType<typeof headerRow> => (headerMemo[r] === undefined ? (headerMemo[r] = headerRow(codes, r)) : headerMemo[r]);
  const isHeader = (r: number): boolean => header(r) !== null;

  const layouts: ProductionLayout[] = [];
  for (let h = 0; h < rows; h++) {
    const found = header(h);
    if (!found) continue;
    const { headings: headingCols, figures: figureSpan } = found;
    const signature = headingCols.map((c) => text(h, c)).join('\u0001');
    const sameHeader = (r: number): boolean =>
      r < rows &&
      isHeader(r) &&
      columnsWith(codes[r], 'tp')
        .map((c) => text(r, c))
        .join('\u0001') === signature;
    const { last, repeats } = scanExtent(h, {
      rows,
      sameHeader,
      otherHeader: (r) => isHeader(r),
      isBlank: (r) => codes[r].trim() === '',
      classify: (r) => {
        const code = codes[r];
        if (headingCols.some((c) => code[c] === 'c')) return 'end';
        if (figureSpan.some((c) => isFigureCode(code[c]))) return 'row';
        const long = headingCols.some((c) => text(r, c).length > PROSE_LENGTH);
        return long ? 'end' : 'skip';
      },
    });
    const block = headerBlock(codes, h, figureSpan);
    const bodyRows: number[] = [];
    const repeated = new Set(repeats);
    for (let r = h + 1; r <= last; r++) if (!repeated.has(r) && codes[r].trim() !== '') bodyRows.push(r);
    const columns = readColumns(grid, codes, block, headingCols, bodyRows);
    if (columns) {
      layouts.push({
        headerRow: grid.top + h,
        headerRows: [...block, ...repeats].map((r) => grid.top + r),
        top: grid.top + block[0],
        bottom: grid.top + last,
        ...columns,
      });
    }
    h = last; // the rows of this table are not searched for another
  }
  return layouts;
}

/** Grid column indexes whose code is one of `kinds`. */
function columnsWith(code: string, kinds: string): number[] {
  const out: number[] = [];
  for (let c = 0; c < code.length; c++) if (kinds.includes(code[c])) out.push(c);
  return out;
}

/**
 * Reads row `r` as a header: its headings, and which of them stand over figures (all but the first, unless
 * the rows under it start left of it, as under a header with an empty corner cell). Null for any other row.
 */
function headerRow(codes: string[], r: number): { headings: number[]; figures: number[] } | null {
  const code = codes[r];
  const counts = countCodes(code);
  if (counts.n > 0 || counts.e > 0 || counts['-'] > 0) return null;
  const headings = columnsWith(code, 'tp');
  // One heading is a header only standing alone over a column of figures whose labels are to its left
  // ("| Ersättning (tusen kronor)" over "Ersättning länssjukvård | 3 125 153").
  const lone = headings.length === 1 && code[headings[0]] === 't' && headings[0] > 0;
  if (headings.length < 2 && !lone) return null;
  // Figures under its headings must follow: in the next row, or after a blank row (a PDF's spacing) or a
  // group heading or two ("Psykiatri" with no figures of its own).
  let next: string | undefined;
  for (let k = r + 1, seen = 0; k < codes.length && seen < 3 && next === undefined; k++) {
    const code = codes[k];
    if (code.trim() === '') continue;
    seen++;
    if (headings.some((c) => isFigureCode(code[c]))) next = code;
    else if (code.replace(/ /g, '').length > 1) return null; // words across the columns: not figures under a header
  }
  if (next === undefined) return null;
  const startsLeft = next.slice(0, headings[0]).trim() !== '';
  if (lone && !startsLeft) return null;
  const figures = startsLeft ? headings : headings.slice(1);
  if (!figures.some((c) => code[c] === 't')) {
    if (figures.length < 2) return null;
    if (r > 0 && codes[r - 1].includes('n')) return null; // a row of year-like counts inside a table
  }
  return { headings, figures };
}

function isFigureCode(code: string | undefined): boolean {
  return code === 'n' || code === '-' || code === 'e';
}

/** The header row and the text rows right above it that have headings over its figure columns (at most two). */
function headerBlock(codes: string[], h: number, figureSpan: number[]): number[] {
  const block = [h];
  for (let r = h - 1; r >= 0 && block.length < 3; r--) {
    const code = codes[r];
    if (code.includes('n') || code.includes('e') || code.includes('c')) break;
    if (!figureSpan.some((c) => code[c] === 't' || code[c] === 'p')) break;
    block.unshift(r);
  }
  return block;
}
