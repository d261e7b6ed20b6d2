/**
 * The figures of a production table as the relations use them: each cell's number and the unit of the
 * last digit it shows, read once. A blank or a placeholder ("–") is an empty cell: nothing to check, and
 * nothing in a sum. An error value or text is unreadable: no relation uses it.
 *
 * The digit shown: the cell's number format when the grid carries it; else the text's own decimals
 * ("6,8 %"); else the number's, but never fewer than most figures of its column show (a column of
 * percentages typed as 6,8 % holds 0.05 for 5,0 %, which shows one decimal like the others).
 */
import { ownDecimals, readNumberFormat, textDecimals } from '../../numbers/displayDecimals';
import { readCell } from '../../numbers/readCell';
import { dateText } from '../../numbers/dateText';
import type { CellValue, Grid } from '../../types';
import { cellAt, cellText, foldWords, stripTags } from '../shared/cellText';
import type { ProductionLayout } from './detectProductionTables';
import { isChangeHeading, isRatioHeading, isRoundedUnitHeading, periodOf } from './productionVocabulary';

export const FIGURE = 0;
export const EMPTY = 1;
export const UNREADABLE = 2;

export interface FigureColumn {
  /** Sheet column. */
  column: number;
  heading: string;
  /** Per data row: FIGURE, EMPTY or UNREADABLE. */
  state: Uint8Array;
  value: Float64Array;
  /** The unit of the last digit shown: 0.001 for 6,8 % (0.068), 1 for 31 180. */
  unit: Float64Array;
  /** Most of its figures are percentages (a % format or a % in the text). */
  percent: boolean;
  /** Every figure a whole number, none shown rounded and no unit of thousands: sums must hold exactly. */
  exact: boolean;
  /** The heading names a change, or a share, rate or average: the column is computed from others. */
  changeHeading: boolean;
  ratioHeading: boolean;
  /** The period the heading names (202204; 2025 → 202512), if one. */
  period: number | null;
}

export interface ErrorCell {
  row: number;
  column: number;
  code: string;
  heading: string;
  label: string;
}

export interface TableFigures {
  /** Sheet rows of the data rows, top to bottom. */
  rows: number[];
  labels: string[];
  columns: FigureColumn[];
  /** Error values in figure columns: each is a finding of its own. */
  errors: ErrorCell[];
}

/**
 * The table's figures, column by column.
 *
 * @example
 * readFigures(grid, layout).columns[0].value // → Float64Array [31180, 29752, 1428, …]
 */
export function readFigures(grid: Grid, layout: ProductionLayout): TableFigures {
  const rows = layout.bodyRows;
  const labels = rows.map((row) =>
    layout.labelColumns
      .map((c) => labelText(grid, row - grid.top, c - grid.left))
      .filter((t) => t !== '')
      .join(', '),
  );
  const errors: ErrorCell[] = [];
  // A title over the labels that names a rate or an average ("Medelvårdtid (dagar)", "Andel återinskrivna")
  // says what the figures under headings of their own that name no count ("Somatik", "Totalt") are.
  const title = layout.labelColumns.map((c) => layout.headings[c] ?? '').join(' ');
  const ratioTitle = isRatioHeading(title) && !isChangeHeading(title);
  const columns = layout.figureColumns.map((column) => {
    const col = readColumn(grid, rows, column, layout.headings[column] ?? '', labels, errors);
    if (ratioTitle && !col.changeHeading && !COUNT_HEADING.test(foldWords(col.heading))) col.ratioHeading = true;
    return col;
  });
  return { rows, labels, columns, errors };
}

function readColumn(grid: Grid, rows: number[], column: number, heading: string, labels: string[], errors: ErrorCell[]): FigureColumn {
  const n = rows.length;
  const state = new Uint8Array(n);
  const value = new Float64Array(n);
  const unit = new Float64Array(n);
  const shown = new Int8Array(n).fill(-128); // decimals the format or the text shows; -128 when the number's own decide
  const own = new Int8Array(n);
  let percents = 0;
  let figures = 0;
  let whole = true;
  let roundedShown = false;
  const c = column - grid.left;
  for (let i = 0; i < n; i++) {
    const r = rows[i] - grid.top;
    const raw: CellValue = cellAt(grid.cells, r, c);
    const reading = readCell(typeof raw === 'string' && raw.includes('<') ? stripTags(raw) : raw);
    if (reading.kind === 'blank' || reading.kind === 'placeholder') {
      state[i] = EMPTY;
      continue;
    }
    if (reading.kind !== 'number') {
      state[i] = UNREADABLE;
      if (reading.kind === 'error') errors.push({ row: rows[i], column, code: reading.code, heading, label: labels[i] });
      continue;
    }
    figures++;
    value[i] = reading.value;
    own[i] = clampDecimals(ownDecimals(reading.value));
    const format = readNumberFormat(grid.formats?.[r]?.[c]);
    let percent = reading.percent;
    if (format.kind === 'number') {
      shown[i] = clampDecimals(format.decimals);
      percent = percent || format.percent;
      if (format.decimals < own[i]) roundedShown = true;
    } else if (reading.fromText && typeof raw === 'string') {
      shown[i] = clampDecimals(textDecimals(raw));
    }
    if (percent) percents++;
    if (!Number.isInteger(reading.value)) whole = false;
  }
  const usual = modeOf(own, state);
  for (let i = 0; i < n; i++) {
    if (state[i] !== FIGURE) continue;
    const decimals = shown[i] !== -128 ? shown[i] : Math.max(own[i], usual);
    unit[i] = 10 ** -decimals;
  }
  const exact = whole && !roundedShown && !isRoundedUnitHeading(heading);
  return {
    column,
    heading,
    state,
    value,
    unit,
    percent: figures > 0 && percents * 2 > figures,
    exact,
    changeHeading: isChangeHeading(heading),
    ratioHeading: isRatioHeading(heading),
    period: periodOf(heading),
  };
}

/** A heading that says its column counts or sums ("Antal vårdtillfällen", "Summa kostnad"), whatever the title says. */
const COUNT_HEADING = /\b(antal|summa|number|count|amount|belopp|kostnad|kronor|tkr|kr)\b/;

/**
 * Whether a column's figures can be summed: not a change, share, rate or average by its heading, not
 * percentages, and not mostly fractions below one (rates written without a %).
 *
 * @example
 * isSumColumn(visits202204) // → true
 * isSumColumn(changePercent) // → false
 */
export function isSumColumn(col: FigureColumn): boolean {
  if (col.changeHeading || col.ratioHeading || col.percent) return false;
  let figures = 0;
  let fractions = 0;
  for (let i = 0; i < col.state.length; i++) {
    if (col.state[i] !== FIGURE) continue;
    figures++;
    if (!Number.isInteger(col.value[i]) && Math.abs(col.value[i]) < 1) fractions++;
  }
  return figures > 0 && fractions * 2 <= figures;
}

function clampDecimals(d: number): number {
  return Math.max(-9, Math.min(15, d));
}

/** The most common number of decimals among a column's figures (the larger on a tie). */
function modeOf(own: Int8Array, state: Uint8Array): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < own.length; i++) if (state[i] === FIGURE) counts.set(own[i], (counts.get(own[i]) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [d, count] of counts) {
    if (count > bestCount || (count === bestCount && d > best)) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** A label as the cell shows it: a row labelled by a date (its month, its day) reads as that date, not its serial. */
function labelText(grid: Grid, r: number, c: number): string {
  const value = cellAt(grid.cells, r, c);
  if (typeof value === 'number') return dateText(value, grid.formats?.[r]?.[c]) ?? cellText(value);
  return cellText(value);
}
