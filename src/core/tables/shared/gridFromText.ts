/**
 * Text copied from Excel or pasted from a PDF (one row a line, cells separated by tabs) as a grid.
 */
import type { CellValue, Grid } from '../../types';
import { stripTags } from './cellText';

/**
 * Tab-separated text into a Grid of strings and nulls. No number conversion: cells stay text as pasted
 * (so "1 000" stays "1 000", and the checks report it as a number stored as text). Simple HTML tags such
 * as `<b>…</b>` (the seed documents' markdown has them) are stripped; surrounding space is trimmed; an
 * empty cell is null. Rows are padded with nulls to the widest row. A final line break adds no row.
 *
 * @example
 * gridFromText('\tuppdrag\tSV bas\ttillägg\n<b>Psykiatri</b>\t\t\t\nBUP\t760\t516\t244\n')
 * // → { cells: [[null, 'uppdrag', 'SV bas', 'tillägg'], ['Psykiatri', null, null, null], ['BUP', '760', '516', '244']], top: 1, left: 1 }
 * gridFromText('a\tb', 5, 3, 'Blad1') // → { cells: [['a', 'b']], top: 5, left: 3, sheet: 'Blad1' }
 */
export function gridFromText(text: string, top = 1, left = 1, sheet?: string): Grid {
  const source = typeof text === 'string' ? text : '';
  const lines = source.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const cells: CellValue[][] = lines.map((line) =>
    line.split('\t').map((cell) => {
      const t = stripTags(cell).trim();
      return t === '' ? null : t;
    }),
  );
  const width = cells.reduce((w, row) => Math.max(w, row.length), 0);
  for (const row of cells) while (row.length < width) row.push(null);
  const grid: Grid = {
    cells,
    top: Number.isInteger(top) && top >= 1 ? top : 1,
    left: Number.isInteger(left) && left >= 1 ? left : 1,
  };
  if (sheet !== undefined) grid.sheet = sheet;
  return grid;
}
