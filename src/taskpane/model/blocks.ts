/**
 * The core's plans (planStatusColumn, planCalculations) as blocks of cells the adapter writes: a matrix
 * over the planned range, with null where a cell is left alone. The pane adds only what is Excel's
 * presentation: headings in the reader's language, number formats, status colours.
 */
import { parseA1 } from '../../core';
import { planCalculations } from '../../core/tables';
import { planStatusColumn } from '../../core/tables';
import type { IndicatorTable } from '../../core/tables';
import type { PlannedCell } from '../../core/tables';
import type { VolumeTable } from '../../core/tables';
import type { Locale, Message, MessageKey } from '../../core';
import { formatMessage, t } from '../../i18n/format';
import { monthKey } from '../../i18n/months';
import { statusColouring, type ColourRule, type StatusWords } from './markers';
import { parseRangeAddress, rectA1 } from './rangeAddress';

/** Cells to write next to a table, as the adapter writes them. */
export interface SheetBlock {
  sheet: string;
  /** The sheet's id as the check read it, when known: the block goes there even if the sheet was renamed. */
  sheetId?: string;
  /** A1 range of every cell the block covers, e.g. "G4:G40". The cells it writes must be empty, or hold what `expected` says. */
  address: string;
  /**
   * Formulas (Målkoll's functions by their ids, built-ins in English, comma-separated, as the JS API takes
   * them) or constants; null leaves a cell alone. Our functions are written by the names Excel displays.
   */
  cells: (string | number | null)[][];
  /** Excel number formats (invariant notation, e.g. "0%"); null leaves a cell's format alone. */
  numberFormats?: (string | null)[][];
  /** Conditional colouring, e.g. of status words, area by area. */
  colouring?: { address: string; rules: ColourRule[] }[];
  /**
   * What the controller was shown in cells the block writes over (a table's own status column already
   * filled), null elsewhere: the write goes ahead only while each still holds exactly that.
   */
  expected?: (string | number | boolean | null)[][];
  /** Cells the controller is meant to change afterwards (a legend's symbols), as [row, column] offsets in `cells`. */
  editable?: [number, number][];
}

/** Excel number formats (invariant notation; Excel shows them with the user's separators). */
export const NUMBER_FORMATS = { additional: '#,##0', reimbursement: '#,##0 "kr"', fulfilment: '0%' } as const;

/** What TARGET_STATUS answers, in Swedish and English Excel: the colouring must match either. */
export function statusWords(): StatusWords {
  const both = (key: MessageKey) => [t('sv', key), t('en', key)];
  return {
    met: both('function.status.met'),
    partly: both('function.status.partly'),
    missed: both('function.status.missed'),
    notAssessable: both('function.status.notAssessable'),
  };
}

export type Matrix<T> = (T | null)[][];

export function emptyMatrix<T>(rows: number, columns: number): Matrix<T> {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => null as T | null));
}

/** Puts a value at an A1 address inside the block whose top-left is (top, left). */
export function place<T>(m: Matrix<T>, top: number, left: number, address: string, value: T): void {
  const p = parseA1(address);
  if (!p) return;
  const row = m[p.row - top];
  if (row && p.column - left >= 0 && p.column - left < row.length) row[p.column - left] = value;
}

/**
 * The status column of an indicator table: the core's plan, coloured green / yellow / red / grey by status.
 * Null when the table has no indicator rows.
 *
 * @example
 * statusColumnBlock('Indikatorer', table)
 * // → { sheet: 'Indikatorer', address: 'G3:G9', cells: [['Status'], ['=MALKOLL.TARGET_STATUS(E4,D4)'], …],
 * //     colouring: [{ address: 'G4:G9', rules: [4 rules] }] }
 */
export function statusColumnBlock(sheet: string, table: IndicatorTable): SheetBlock | null {
  if (table.indicators.length === 0) return null;
  const plan = planStatusColumn(table);
  const rect = parseRangeAddress(plan.range);
  if (!rect) return null;
  const cells = emptyMatrix<string | number>(rect.bottom - rect.top + 1, rect.right - rect.left + 1);
  place(cells, rect.top, rect.left, plan.headerCell.address, plan.headerCell.value);
  for (const c of plan.cells) place(cells, rect.top, rect.left, c.address, c.formula);
  const first = table.indicators[0].row;
  const colourArea = rectA1({ top: first, left: plan.column, bottom: rect.bottom, right: plan.column });
  return { sheet, address: plan.range, cells, colouring: [{ address: colourArea, rules: statusColouring(colourArea, statusWords()) }] };
}

/** A column's heading; goal fulfilment names its month by name ("t.o.m. november", not "månad 11"). */
function heading(locale: Locale, role: string, message: Message, month: number | null): string {
  if (role === 'fulfilment' && month !== null) return t(locale, 'pane.calc.fulfilmentHeading', { month: t(locale, monthKey(month)) });
  return formatMessage(locale, message);
}

/**
 * The calculation columns of a volume table with an outcome column: the core's plan, headings in the
 * reader's language, kronor and percent formats. Null when the core cannot plan (no outcome column).
 *
 * @example
 * calculationsBlock('Volymer 2025', table, { hospital: 'SV', month: 8 }, 'sv')?.address // → 'F1:H61'
 */
export function calculationsBlock(sheet: string, table: VolumeTable, options: { hospital: string; month: number }, locale: Locale): SheetBlock | null {
  const planned = planCalculations(table, options);
  if (!planned.ok) return null;
  const plan = planned.value;
  const rect = parseRangeAddress(plan.range);
  if (!rect) return null;
  const rows = rect.bottom - rect.top + 1;
  const columns = rect.right - rect.left + 1;
  const cells = emptyMatrix<string | number>(rows, columns);
  const formats = emptyMatrix<string>(rows, columns);
  for (const c of plan.columns) place(cells, rect.top, rect.left, c.header.address, heading(locale, c.role, c.header.message, plan.month));
  const formatOf = new Map(plan.columns.map((c) => [c.column, NUMBER_FORMATS[c.role]]));
  plan.cells.forEach((c: PlannedCell) => {
    place(cells, rect.top, rect.left, c.address, c.formula);
    const p = parseA1(c.address);
    const format = p && formatOf.get(p.column);
    if (format) place(formats, rect.top, rect.left, c.address, format);
  });
  return { sheet, address: plan.range, cells, numberFormats: formats };
}
