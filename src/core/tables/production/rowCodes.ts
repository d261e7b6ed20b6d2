/**
 * What each cell of a grid holds, one character a cell, so that finding production tables reads every
 * cell once and then only compares characters: a 10 000-row sheet is read in one pass.
 */
import { readNumberFormat } from '../../numbers/displayDecimals';
import { readCell } from '../../numbers/readCell';
import type { Grid } from '../../types';
import type { Area } from '../shared/tableKind';
import { stripTags } from '../shared/cellText';
import { isPeriodNumber } from './productionVocabulary';

/**
 * ' ' blank, 'n' a figure (a number that is not a period), 'p' a number that reads as a period (2025,
 * 202204, or a date by its format: a month heading "jan 2025"), 't' text, '-' a placeholder ("–", "..",
 * "x"), 'e' an error value, 'c' a cell of a table another kind claimed.
 */
export type CellCode = ' ' | 'n' | 'p' | 't' | '-' | 'e' | 'c';

export const BLANK = ' ';

/**
 * One string per grid row, each of the grid's width: the code of each cell.
 *
 * @example
 * rowCodes(gridFromText('Besök\t202204\t202104\nLäkarbesök\t31180\t29685'), []) // → ['tpp', 'tnn']
 */
export function rowCodes(grid: Grid, claimed: readonly Area[]): string[] {
  const width = grid.cells.reduce((w, row) => Math.max(w, row.length), 0);
  const codes: string[] = new Array(grid.cells.length);
  for (let r = 0; r < grid.cells.length; r++) {
    const row = grid.cells[r];
    const formats = grid.formats?.[r];
    let code = '';
    for (let c = 0; c < width; c++) {
      const cell = cellCode(row[c]);
      code += cell === 'n' && formats?.[c] && readNumberFormat(formats[c]).kind === 'date' ? 'p' : cell;
    }
    codes[r] = code;
  }
  for (const area of claimed) markClaimed(codes, grid, area);
  return codes;
}

function cellCode(value: unknown): CellCode {
  if (value === null || value === undefined) return ' ';
  if (typeof value === 'number') return Number.isFinite(value) ? (isPeriodNumber(value) ? 'p' : 'n') : 'e';
  const reading = readCell(typeof value === 'string' && value.includes('<') ? stripTags(value) : value);
  switch (reading.kind) {
    case 'blank':
      return ' ';
    case 'number':
      return !reading.percent && isPeriodNumber(reading.value) ? 'p' : 'n';
    case 'placeholder':
      return '-';
    case 'error':
      return 'e';
    default:
      return 't';
  }
}

function markClaimed(codes: string[], grid: Grid, area: Area): void {
  const from = Math.max(0, area.top - grid.top);
  const to = Math.min(codes.length - 1, area.bottom - grid.top);
  const left = Math.max(0, area.left - grid.left);
  for (let r = from; r <= to; r++) {
    const right = Math.min(codes[r].length - 1, area.right - grid.left);
    if (right < left) continue;
    codes[r] = codes[r].slice(0, left) + 'c'.repeat(right - left + 1) + codes[r].slice(right + 1);
  }
}

/**
 * Counts of the codes in `code` from index `from` to `to` (both included).
 *
 * @example
 * countCodes('tnn-', 0, 3) // → { n: 2, p: 0, t: 1, '-': 1, e: 0, c: 0, ' ': 0 }
 */
export function countCodes(code: string, from = 0, to = code.length - 1): Record<CellCode, number> {
  const counts: Record<CellCode, number> = { ' ': 0, n: 0, p: 0, t: 0, '-': 0, e: 0, c: 0 };
  for (let i = Math.max(0, from); i <= to && i < code.length; i++) counts[code[i] as CellCode]++;
  return counts;
}
