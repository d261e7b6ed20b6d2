/**
 * The canonical text of a table's values as Excel holds them, the text a stamp's digests are taken of. One
 * line per row of the range, top to bottom, after a first line naming the range; a row's cells in order,
 * separated by a tab:
 *
 *   (nothing)  a blank cell (an empty text is a blank: Excel's API gives "" for both)
 *   n<number>  a number, as its shortest decimal rounded half away from zero to 15 significant digits
 *   s<text>    a text exactly, with \ → \\, tab → \t, line feed → \n, carriage return → \r and a lone
 *              surrogate → \u{D800}
 *   b1 / b0    TRUE / FALSE
 *   e<code>    an error, e.g. e#N/A
 *
 * No two different grids of values give the same text: a token's first letter says its kind, and no token
 * holds a tab or a line break. Numbers at 15 significant digits because that is all Excel shows of a
 * number, and all that LibreOffice keeps when it saves a workbook (measured: it writes the shortest decimal
 * rounded half up to 15 digits), so a file saved again unchanged keeps its digests.
 */
import { parseA1 } from '../address';
import type { CellValue, Grid } from '../types';
import { isCellError } from '../types';

const SIGNIFICANT = 15;
/** Characters a text token escapes; a surrogate is caught whole or alone. */
const ESCAPED = /[\\\t\n\r]|[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;
const ESCAPES: ReadonlyMap<string, string> = new Map([
  ['\\', '\\\\'],
  ['\t', '\\t'],
  ['\n', '\\n'],
  ['\r', '\\r'],
]);

/** A rectangle of a sheet, 1-based, both ends included. */
export interface RangeRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * "A1:D61" (or "C5") as a rectangle; null for anything else.
 *
 * @example
 * parseRange('A1:D61') // → { top: 1, left: 1, bottom: 61, right: 4 }
 */
export function parseRange(range: string): RangeRect | null {
  const [from, to = from, ...rest] = range.split(':');
  if (rest.length > 0 || from === undefined) return null;
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b || a.row < 1 || a.column < 1) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}

/**
 * A number as the canonical text writes it: its shortest decimal (as JavaScript writes it), rounded half away
 * from zero to 15 significant digits, written again as the shortest decimal of that.
 *
 * @example
 * canonicalNumber(0.30000000000000004) // → '0.3'
 * canonicalNumber(0.5485285714285715)  // → '0.548528571428572'
 * canonicalNumber(-0)                  // → '0'
 */
export function canonicalNumber(n: number): string {
  if (n === 0 || !Number.isFinite(n)) return n === 0 ? '0' : String(n);
  const text = String(Math.abs(n));
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!m) return String(n);
  const whole = m[1];
  let digits = whole + (m[2] ?? '');
  // The value is 0.<digits> × 10^exponent.
  let exponent = Number(m[3] ?? 0) + whole.length;
  const zeros = /^0*/.exec(digits)![0].length;
  digits = digits.slice(zeros);
  exponent -= zeros;
  if (digits.length > SIGNIFICANT) {
    const up = digits.charCodeAt(SIGNIFICANT) >= 0x35; // '5'
    digits = digits.slice(0, SIGNIFICANT);
    if (up) {
      const raised = roundUp(digits);
      if (raised.length > digits.length) exponent += 1;
      digits = raised.slice(0, SIGNIFICANT);
    }
  }
  const rounded = Number(`${n < 0 ? '-' : ''}0.${digits}e${exponent}`);
  // Rounding the largest doubles up would pass the largest: keep those as they are.
  return Number.isFinite(rounded) ? String(rounded) : String(n);
}

/** A string of decimal digits plus one in its last place ("199" → "200", "99" → "100"). */
function roundUp(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i -= 1) {
    if (out[i] !== '9') {
      out[i] = String.fromCharCode(out[i].charCodeAt(0) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

/** A text as a token holds it: nothing in it can be read as a separator. */
function escapeText(text: string): string {
  return text.replace(ESCAPED, (c) => ESCAPES.get(c) ?? (c.length === 2 ? c : `\\u{${c.charCodeAt(0).toString(16).toUpperCase()}}`));
}

/**
 * One cell's token.
 *
 * @example
 * cellToken(8134)          // → 'n8134'
 * cellToken('Allmän\tkir') // → 'sAllmän\\tkir'
 * cellToken('')            // → ''  (a blank)
 */
export function cellToken(value: CellValue | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number') return `n${canonicalNumber(value)}`;
  if (typeof value === 'string') return `s${escapeText(value)}`;
  if (typeof value === 'boolean') return value ? 'b1' : 'b0';
  if (isCellError(value)) return `e${value.error}`;
  return '';
}

/**
 * The lines of a range of a sheet, one per sheet row from `rect.top` to `rect.bottom`, from the grids read of
 * that sheet (one for a whole sheet; the pane reads each table's range as its own): a cell no grid holds is
 * blank, so the grids' own extent does not matter.
 */
export function rowLines(grids: Grid | readonly Grid[] | undefined, rect: RangeRect): string[] {
  const list: readonly Grid[] = grids === undefined ? [] : 'cells' in grids ? [grids] : grids;
  const lines: string[] = [];
  for (let row = rect.top; row <= rect.bottom; row += 1) {
    const tokens: string[] = [];
    for (let column = rect.left; column <= rect.right; column += 1) tokens.push(cellToken(valueAt(list, row, column)));
    lines.push(tokens.join('\t'));
  }
  return lines;
}

/** The value at a sheet row and column: the first grid that holds the cell says it. */
function valueAt(grids: readonly Grid[], row: number, column: number): CellValue | undefined {
  for (const g of grids) {
    const r = row - g.top;
    const c = column - g.left;
    if (r >= 0 && r < g.cells.length && c >= 0 && c < (g.cells[r]?.length ?? 0)) return g.cells[r][c];
  }
  return undefined;
}

/**
 * The canonical text of the range: its address on the first line, then one line per row, each ended by a
 * line feed.
 *
 * @example
 * tableText('A1:B2', ['sBUP\tn760', '\tb1']) // → 'A1:B2\nsBUP\tn760\n\tb1\n'
 */
export function tableText(range: string, lines: readonly string[]): string {
  return `${range}\n${lines.map((l) => `${l}\n`).join('')}`;
}
