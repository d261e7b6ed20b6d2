/**
 * How many decimals a figure shows: read from the cell's number format when the reader knows it, else
 * from the figure itself (its text as typed, or the number). A check that compares figures as a table
 * shows them allows half a unit of the last digit shown, and needs to know which digit that is.
 *
 * Decimals are counted in the value's own units: a percentage is a fraction, so "6,8 %" (0.068) shows
 * 3 decimals of its value; a format that shows thousands ("#,##0,") shows −3.
 */

/** What a number format says about the figures it shows. */
export type FormatReading =
  | { kind: 'number'; decimals: number; percent: boolean }
  | { kind: 'date' }
  /** "General", text ("@"), scientific, or a format Målkoll cannot read: the figure's own digits decide. */
  | { kind: 'general' };

const GENERAL: FormatReading = { kind: 'general' };
const cache = new Map<string, FormatReading>();

/**
 * Reads an Excel number format code in its invariant (English) form, as office.js' `numberFormat` and the
 * .xlsx file hold it. Only the first section (positive numbers) counts.
 *
 * @example
 * readNumberFormat('0.0%')      // → { kind: 'number', decimals: 3, percent: true }
 * readNumberFormat('# ##0')     // → { kind: 'number', decimals: 0, percent: false }
 * readNumberFormat('#,##0.00')  // → { kind: 'number', decimals: 2, percent: false }
 * readNumberFormat('#,##0,')    // → { kind: 'number', decimals: -3, percent: false }
 * readNumberFormat('yyyy-mm-dd') // → { kind: 'date' }
 * readNumberFormat('General')   // → { kind: 'general' }
 */
export function readNumberFormat(format: string | null | undefined): FormatReading {
  if (typeof format !== 'string' || format.length === 0 || format.length > 200) return GENERAL;
  const known = cache.get(format);
  if (known) return known;
  const reading = parseFormat(format);
  if (cache.size < 1000) cache.set(format, reading);
  return reading;
}

function parseFormat(format: string): FormatReading {
  const section = firstSection(format);
  // Literal text, escaped characters, colours/conditions/locales, spacing and fill characters say nothing about digits.
  const bare = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[_*]./g, '');
  if (/^\s*general\s*$/i.test(bare) || bare.trim() === '' || bare.includes('@')) return GENERAL;
  if (/[eE][+-]/.test(bare)) return GENERAL;
  if (/[yYmMdDhHsS]/.test(bare)) return { kind: 'date' };
  if (!/[0#?]/.test(bare)) return GENERAL;
  const percent = bare.includes('%');
  const point = bare.indexOf('.');
  let decimals = 0;
  if (point >= 0) {
    const after = /^[0#?]*/.exec(bare.slice(point + 1));
    decimals = after ? after[0].length : 0;
  }
  // Commas right after the last digit placeholder scale the figure down by a thousand each.
  const lastDigit = Math.max(bare.lastIndexOf('0'), bare.lastIndexOf('#'), bare.lastIndexOf('?'));
  const scaling = /^,*/.exec(bare.slice(lastDigit + 1));
  const thousands = scaling ? scaling[0].length : 0;
  return { kind: 'number', decimals: decimals + (percent ? 2 : 0) - 3 * thousands, percent };
}

function firstSection(format: string): string {
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\\') i++;
    else if (ch === ';' && !quoted) return format.slice(0, i);
  }
  return format;
}

/**
 * The decimals a number has as written, floating-point noise left out (=0,1+0,2 is 0.30000000000000004,
 * which means 0,3).
 *
 * @example
 * ownDecimals(31180)  // → 0
 * ownDecimals(0.068)  // → 3
 * ownDecimals(0.1 + 0.2) // → 1
 * ownDecimals(1.5e-7) // → 8
 */
export function ownDecimals(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  // The usual figure has a few decimals: found by scaling, without writing it out.
  const x = Math.abs(value);
  let scaled = x;
  for (let d = 1; d <= 6; d++) {
    scaled *= 10;
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-9 * Math.max(1, scaled)) return d;
  }
  const text = String(Number(x.toPrecision(12)));
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!m) return 0;
  const decimals = (m[2]?.length ?? 0) - Number(m[3] ?? 0);
  return Math.max(0, decimals);
}

/**
 * The decimals a number written as text shows, in the value's own units (a percentage's digits count two
 * more, since 6,8 % is 0.068). Swedish first, as the engine reads numbers: a lone comma or a lone dot is
 * the decimal sign; with both, the last one is; a sign repeated groups thousands.
 *
 * @example
 * textDecimals('6,8 %')   // → 3
 * textDecimals('31 180')  // → 0
 * textDecimals('1 234,50') // → 2
 * textDecimals('1,234,567') // → 0
 */
export function textDecimals(text: string): number {
  const percent = /%|procent|percent/i.test(text);
  const body = text.replace(/[^0-9.,]/g, ' ').trim();
  const commas = (body.match(/,/g) ?? []).length;
  const dots = (body.match(/\./g) ?? []).length;
  let decimalSign: string | null = null;
  if (commas > 0 && dots > 0) decimalSign = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
  else if (commas === 1) decimalSign = ',';
  else if (dots === 1) decimalSign = '.';
  let decimals = 0;
  if (decimalSign !== null) {
    const after = /^\d*/.exec(body.slice(body.lastIndexOf(decimalSign) + 1));
    decimals = after ? after[0].length : 0;
  }
  return decimals + (percent ? 2 : 0);
}
