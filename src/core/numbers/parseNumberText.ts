/**
 * Reads a number written as text the way Swedish controllers paste it (from PDFs, mails, other
 * workbooks) and, failing that, in English notation.
 */
import { trimSpaces } from './trimSpaces';

export interface ParsedNumber {
  /** The number; a percentage is already a fraction ("8,5 %" → 0.085). Never NaN or ±Infinity, never -0. */
  value: number;
  /** True when the text ended in "%" or "procent". */
  percent: boolean;
}

/** Characters that separate thousands in pasted text: space, no-break space, narrow no-break space, thin and figure space. */
const GROUP_SPACE = '[ \\u00a0\\u202f\\u2009\\u2007]';
/** Space allowed around the sign and before a unit (any kind of space, also a doubled one from a PDF). */
const ANY_SPACE = '[\\s\\u00a0\\u202f\\u2009\\u2007]*';
/**
 * Longer texts (once trimmed) are descriptions, not numbers. The cap is checked before any regex, so
 * the patterns below (UNIT backtracks over its lazy prefix) only ever see a short text.
 */
const MAX_LENGTH = 80;
/** "%", "procent"/"percent", or a currency: "kr", "kr.", "kronor", "SEK", ":-", ",-". */
const UNIT = new RegExp(`^(.*?)${ANY_SPACE}(%|procent|percent|kr\\.?|kronor|sek|:-|,-)$`, 'i');
/** The minus signs seen in pasted text: hyphen-minus, U+2212 (Swedish Excel, sv-SE formatting) and the en dash PDFs use. */
const SIGN = new RegExp(`^([-+\\u2212\\u2013])${ANY_SPACE}`);

const PLAIN = /^(\d+)$/;
const SPACE_GROUPED = new RegExp(`^(\\d{1,3}(?:${GROUP_SPACE}\\d{3})+)(?:[.,](\\d+))?$`);
const COMMA_GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/;
const DOT_GROUPED = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/;
const DECIMAL = /^(\d*)[.,](\d+)$/;
const EXPONENT = /^(\d+)(?:[.,](\d+))?[eE]([+-]?\d{1,4})$/;

/**
 * Splits the digits of `body` into integer part, fraction and power of ten, or null when the body is
 * not a number. Swedish first: a lone comma is the decimal sign; with both signs, the last one is the
 * decimal sign and the other must group thousands properly.
 */
function readDigits(body: string): { int: string; frac: string; exp: number } | null {
  let m = PLAIN.exec(body);
  if (m) return { int: m[1], frac: '', exp: 0 };
  m = SPACE_GROUPED.exec(body);
  if (m) return { int: m[1].replace(/\D/g, ''), frac: m[2] ?? '', exp: 0 };
  m = DECIMAL.exec(body);
  // One comma or one dot and nothing else: the decimal sign ("1,234" → 1.234, "1.5" → 1.5).
  if (m) return { int: m[1] || '0', frac: m[2], exp: 0 };
  m = COMMA_GROUPED.exec(body);
  if (m) return { int: m[1].replace(/,/g, ''), frac: m[2] ?? '', exp: 0 };
  m = DOT_GROUPED.exec(body);
  if (m) return { int: m[1].replace(/\./g, ''), frac: m[2] ?? '', exp: 0 };
  m = EXPONENT.exec(body);
  if (m) return { int: m[1], frac: m[2] ?? '', exp: Number(m[3]) };
  return null;
}

/**
 * Reads a number written as text, in Swedish or English notation.
 *
 * @example
 * parseNumberText('8 100')      // { value: 8100, percent: false }   (space, U+00A0 or U+202F)
 * parseNumberText('8,5 %')      // { value: 0.085, percent: true }
 * parseNumberText('−1 764 kr')  // { value: -1764, percent: false }  (U+2212)
 * parseNumberText('1,234.56')   // { value: 1234.56, percent: false } (both signs: English)
 * parseNumberText('1,234')      // { value: 1.234, percent: false }  (a lone comma is a decimal comma)
 * parseNumberText('Infinity')   // null
 */
export function parseNumberText(text: string): ParsedNumber | null {
  if (typeof text !== 'string') return null;
  // Trimmed in linear time: a regex trim is quadratic on long inner runs of spaces.
  let s = trimSpaces(text);
  if (s.length > MAX_LENGTH) return null;
  let percent = false;
  const unit = UNIT.exec(s);
  if (unit) {
    s = unit[1];
    percent = /^(%|procent|percent)$/i.test(unit[2]);
  }
  let negative = false;
  const sign = SIGN.exec(s);
  if (sign) {
    negative = sign[1] !== '+';
    s = s.slice(sign[0].length);
  }
  const digits = readDigits(s);
  if (!digits) return null;
  const exp = digits.exp - (percent ? 2 : 0);
  // Number() of a decimal string rounds once, correctly: "8.5e-2" is exactly the double nearest 0.085,
  // which 8.5 / 100 is not always.
  const literal = `${negative ? '-' : ''}${digits.int}${digits.frac ? `.${digits.frac}` : ''}${exp ? `e${exp}` : ''}`;
  const value = Number(literal);
  if (!Number.isFinite(value)) return null;
  return { value: value === 0 ? 0 : value, percent };
}
