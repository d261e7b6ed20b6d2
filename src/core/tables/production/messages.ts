/** The production kind's messages: what was looked for, and how figures and the parts of a sum are named. */
import type { Message, MessageParam } from '../../types';
import { maxOf, minOf } from '../../arrays';
import type { FigureColumn } from './figures';

/** No production table where one was expected: what Målkoll looked for. */
export const NO_PRODUCTION_TABLE: Message = { key: 'table.noProductionTable' };

/** Parts listed by name up to this many; more are named by their rows. */
const LISTED_PARTS = 4;

/**
 * A figure of a column as a message parameter: a percentage where the column shows percentages.
 *
 * @example
 * figureParam(changeColumn, 0.05) // → { percent: 0.05 }
 * figureParam(visitsColumn, 31180) // → 31180
 */
export function figureParam(value: number, percent: boolean): MessageParam {
  return percent ? { percent: value } : value;
}

/**
 * A figure rounded to the last digit its cell shows (a unit of 0.001 keeps three decimals), so that an
 * expected figure is written as the table would write it.
 *
 * @example
 * roundToUnit(0.0503612, 0.001) // → 0.05
 * roundToUnit(31153, 1)         // → 31153
 */
export function roundToUnit(value: number, unit: number): number {
  if (!(unit > 0)) return value;
  if (unit >= 1) return Math.round(value / unit) * unit;
  const decimals = Math.min(15, Math.round(-Math.log10(unit)));
  return Number(value.toFixed(decimals));
}

/** A part of a sum: its label, sheet row and figure. */
export interface Part {
  label: string;
  row: number;
  value: number;
}

/**
 * The parts of a sum as one parameter: "”Somatik” 29 725 + ”Psykiatri” 1 428", or, for more than four,
 * "de 12 raderna under (rad 5–40)" (`rows`: the sheet rows of every part, blank ones too).
 *
 * @example
 * partsParam([{ label: 'Somatik', row: 6, value: 29725 }, { label: 'Psykiatri', row: 7, value: 1428 }], 'below', false)
 * // → { message: { key: 'production.parts.plus', params: { first: …, rest: … } } }
 */
export function partsParam(parts: Part[], direction: 'below' | 'above', percent: boolean, rows: number[] = parts.map((p) => p.row)): MessageParam {
  if (parts.length > LISTED_PARTS || parts.length === 0) {
    return {
      message: {
        key: direction === 'below' ? 'production.parts.rowsBelow' : 'production.parts.rowsAbove',
        params: { count: rows.length, from: String(minOf(rows)), to: String(maxOf(rows)) },
      },
    };
  }
  return listedParts(parts, percent);
}

/**
 * The parts of a column that is the sum of others: "”Somatik” 29 752 + ”Psykiatri” 1 428", each named by
 * its column's heading; more than four by the letters of the first and last column.
 *
 * @example
 * columnPartsParam([{ label: 'Somatik', row: 2, value: 29752 }, { label: 'Psykiatri', row: 3, value: 1428 }], false, ['B', 'C'])
 */
export function columnPartsParam(parts: Part[], percent: boolean, letters: string[]): MessageParam {
  if (parts.length > LISTED_PARTS)
    return { message: { key: 'production.parts.columns', params: { count: letters.length, from: letters[0], to: letters[letters.length - 1] } } };
  return listedParts(parts, percent);
}

function listedParts(parts: Part[], percent: boolean): MessageParam {
  const one = (p: Part): MessageParam => ({
    message:
      p.label !== ''
        ? { key: 'production.parts.label', params: { label: p.label, value: figureParam(p.value, percent) } }
        : { key: 'production.parts.row', params: { row: String(p.row), value: figureParam(p.value, percent) } },
  });
  let param = one(parts[parts.length - 1]);
  for (let i = parts.length - 2; i >= 0; i--) param = { message: { key: 'production.parts.plus', params: { first: one(parts[i]), rest: param } } };
  return param;
}

/**
 * Whether a derived column's figures read as percentages: a change as a fraction always does; a share when
 * its cells or heading say so (an average such as "Medelvårdtid" does not).
 */
export function derivedIsPercent(z: FigureColumn, formula: 'ratio' | 'change' | 'difference', scale: number): boolean {
  if (z.percent) return true;
  if (scale !== 1) return false;
  return formula === 'change' || (formula === 'ratio' && /%|andel|procent|percent|share/i.test(z.heading));
}
