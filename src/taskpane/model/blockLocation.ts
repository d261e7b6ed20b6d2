/**
 * Where the cells of a block Målkoll wrote are now. When the user inserts rows above a table (or inside
 * it), Excel moves the cells below down and rewrites every reference to the moved cells; each row of the
 * block is found again by looking for exactly what was written there, with its references moved by the
 * same number of rows.
 */

/** Every A1 reference outside string literals, e.g. E15, $C$4, F4 of F4:F60. Not a name like LOG10( . */
const REFERENCE = /(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\d(])/g;

/** Applies `change` to the row number of every reference outside string literals. */
function mapRows(formula: string, change: (row: number) => string): string {
  return formula
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REFERENCE, (whole, d1: string, column: string, d2: string, row: string, offset: number, text: string) => {
            if (offset > 0 && /[A-Za-z0-9_.]/.test(text.charAt(offset - 1))) return whole;
            return `${d1}${column}${d2}${change(Number(row))}`;
          }),
    )
    .join('"');
}

/**
 * A formula with every row reference moved by `rows` (absolute ones too: Excel moves those when the
 * cells they point at move). Text in quotes and constants are left alone.
 *
 * @example
 * shiftFormulaRows('=MALKOLL.REIMBURSEMENT(E15,C15,D15,MALKOLL.UNIT_PRICE("besök","SV"))', 2)
 * // → '=MALKOLL.REIMBURSEMENT(E17,C17,D17,MALKOLL.UNIT_PRICE("besök","SV"))'
 * shiftFormulaRows('=SUM(F4:F60)', 1) // → '=SUM(F5:F61)'
 */
export function shiftFormulaRows(formula: string, rows: number): string {
  if (rows === 0 || !formula.startsWith('=')) return formula;
  return mapRows(formula, (row) => String(row + rows));
}

/** Same content as written? Excel may give a formula back in other letter case or spacing. */
export function sameContent(current: unknown, written: string | number): boolean {
  if (typeof written === 'number') return current === written;
  if (typeof current !== 'string') return false;
  if (written.startsWith('=')) return current.replace(/\s+/g, '').toUpperCase() === written.replace(/\s+/g, '').toUpperCase();
  return current === written;
}

/**
 * A cell's content as it would read in any row it is moved to: row references relative to the cell's own
 * row (as R1C1 notation does), formulas without spacing or letter case. Null for an empty cell.
 */
function relative(content: unknown, row: number): string | null {
  if (content === '' || content === null || content === undefined) return null;
  if (typeof content === 'number') return `n:${content}`;
  if (typeof content !== 'string') return `v:${String(content)}`;
  if (!content.startsWith('=')) return `t:${content}`;
  return `f:${mapRows(content.replace(/\s+/g, '').toUpperCase(), (r) => `R[${r - row}]`)}`;
}

/** What is in the block's columns now: formulas of a rectangle whose top-left is (top, left). */
export interface ColumnContents {
  top: number;
  left: number;
  formulas: unknown[][];
}

/** Where one written row of a block is now. */
export interface RowPlace {
  /** Rows moved: 0 where it was written, n down (negative: up). For a row not found, where it would be. */
  shift: number;
  /** Whether exactly what was written is there. */
  found: boolean;
}

/**
 * How far each row of the block has moved. A row is found only whole, every written cell of it, and below
 * the row found above it (inserting and deleting rows keeps their order). It is looked for where the row
 * above's move puts it; only when that cell is empty (a row was inserted or deleted there) anywhere else
 * in its columns, nearest first. A cell there holding something else is the user's edit: that row is not
 * found, and is left alone.
 *
 * @example
 * // Status column written to F3:F6; the user inserted a row at row 5, inside the table.
 * locateRows([['Status'], ['=MALKOLL.TARGET_STATUS(D4,C4,E4)'], ['=…(D5,C5,E5)'], ['=…(D6,C6,E6)']], 3, 6, columnF)
 * // → [{ shift: 0, found: true }, { shift: 0, found: true }, { shift: 1, found: true }, { shift: 1, found: true }]
 */
export function locateRows(written: (string | number | null)[][], top: number, left: number, area: ColumnContents): RowPlace[] {
  // Where each content stands now, by column and relative content: usually one row, or a few.
  const index = new Map<string, number[]>();
  area.formulas.forEach((line, i) =>
    line.forEach((content, j) => {
      const key = relative(content, area.top + i);
      if (key === null) return;
      const k = `${area.left + j}|${key}`;
      const rows = index.get(k);
      if (rows) rows.push(area.top + i);
      else index.set(k, [area.top + i]);
    }),
  );
  const contentAt = (row: number, column: number) => area.formulas[row - area.top]?.[column - area.left];
  const wholeAt = (line: (string | number | null)[], row: number, shift: number) =>
    line.every((w, c) => w === null || relative(contentAt(row + shift, left + c), row + shift) === relative(w, row));

  const places: RowPlace[] = [];
  let previous = 0;
  let lastRow = 0;
  written.forEach((line, r) => {
    const row = top + r;
    const first = line.findIndex((w) => w !== null);
    if (first < 0 || row + previous <= lastRow) {
      places.push({ shift: previous, found: false });
      return;
    }
    let shift: number | undefined;
    if (wholeAt(line, row, previous)) shift = previous;
    else if (relative(contentAt(row + previous, left + first), row + previous) === null) {
      shift = (index.get(`${left + first}|${relative(line[first], row)}`) ?? [])
        .filter((now) => now > lastRow)
        .map((now) => now - row)
        .sort((a, b) => Math.abs(a - previous) - Math.abs(b - previous) || a - b)
        .find((d) => wholeAt(line, row, d));
    }
    if (shift === undefined) {
      places.push({ shift: previous, found: false });
      return;
    }
    places.push({ shift, found: true });
    previous = shift;
    lastRow = row + shift;
  });
  return places;
}
