/**
 * Finds the number a target's threshold is written with, and its unit, at a given place in the text.
 */
import { parseNumberText } from '../numbers/parseNumberText';
import { isLetter } from './targetText';

export type NumberUnit = 'percent' | 'points' | null;

export interface NumberInText {
  /** Where the number starts (its sign included) and where it and its unit end. */
  start: number;
  end: number;
  /** The digits as written, e.g. "1 500" or "17,2". */
  token: string;
  /** The value; a percentage (or percentage points) as a fraction. */
  value: number;
  unit: NumberUnit;
}

/** Thousands in groups of three after a space ("1 500", "100 000"), else a plain run of digits; then decimals. */
const NUMBER_AT = /(?:\d{1,3}(?: \d{3})+(?!\d)|\d+)(?:[.,]\d+)?/y;
/** Scientific notation right after the digits, as NUMBER reads it: "1e5", "1,5E+03", "2.5e-2". */
const EXPONENT_AT = /[eE][+-]?\d+/y;
const UNIT_AT = /(?: ?)(procentenheter|procentenhet|percentage points|percentage point|procent|percent|%)/iy;

/**
 * Reads the number whose first digit is at `index`, or null when the digits there are not one number
 * on their own: part of a word ("F11"), a date ("2025-06-30"), a range ("80–90"), a time or a ratio.
 *
 * @example
 * readNumberAt('≥90 % inom 20 minuter', 1)  // { start: 1, end: 5, token: '90', value: 0.9, unit: 'percent' }
 * readNumberAt('5000 per 100 000', 0)        // { start: 0, end: 4, token: '5000', value: 5000, unit: null }
 * readNumberAt('Senast 2025-06-30', 7)       // null
 * readNumberAt('≥ 1e5', 2)                   // { start: 2, end: 5, token: '1e5', value: 100000, unit: null }
 */
export function readNumberAt(s: string, index: number): NumberInText | null {
  const before = s[index - 1];
  if (isLetter(before) || before === '_' || before === '.' || before === ',') return null;
  NUMBER_AT.lastIndex = index;
  const m = NUMBER_AT.exec(s);
  if (!m) return null;
  let end = index + m[0].length;
  // "1e5" is 100 000, never 1 followed by the context "e5"; an exponent run into letters ("1e5x") is
  // no number of its own.
  EXPONENT_AT.lastIndex = end;
  const exponent = EXPONENT_AT.exec(s);
  if (exponent) {
    end += exponent[0].length;
    if (isLetter(s[end])) return null;
  }
  const numberEnd = end;
  if (/^ ?[-\u2013\u2014/:.,] ?\d/.test(s.slice(end, end + 4))) return null;
  let start = index;
  // A minus right before the digits, after a space, a comparator or the start: "≤ -5".
  if (before === '-' && (index === 1 || /[\s\u2265\u2264<>=(:]/.test(s[index - 2]))) start = index - 1;
  UNIT_AT.lastIndex = end;
  const u = UNIT_AT.exec(s);
  let unit: NumberUnit = null;
  // "%" may touch what follows; a word unit must end at a word boundary ("procentuell" is no unit).
  if (u && (u[1] === '%' || !isLetter(s[end + u[0].length]))) {
    unit = /^(procentenhet|percentage point)/.test(u[1]) ? 'points' : 'percent';
    end += u[0].length;
  }
  const token = s.slice(start, numberEnd);
  const parsed = parseNumberText(unit ? `${token}%` : token);
  if (!parsed) return null;
  return { start, end, token, value: parsed.value, unit };
}

/** The index of the first digit in `s` at or after `from`, or -1. */
export function firstDigit(s: string, from = 0): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
  }
  return -1;
}
