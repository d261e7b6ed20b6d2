/**
 * Number formats as the core reads them: Excel's invariant notation ("0.0%", "#,##0"). `range.numberFormat` is
 * documented to give that, but Excel on the web gives some accounts the user's own notation ("0,0%",
 * "# ##0,0"; office-js 2824). A format in the user's notation is recognised and turned back, knowing the user's
 * decimal separator (Application.cultureInfo, ExcelApi 1.11) or, without it, only where no invariant format
 * could read so.
 */

/** The part of a format's first section that says something about digits: no literals, colours, conditions. */
function codeOf(section: string): string {
  return section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[_*]./g, '');
}

/**
 * Whether a format reads in the user's notation with a decimal comma: no point among its digits, and a comma
 * followed by digits that is no thousands grouping in the invariant notation (there a comma stands before
 * exactly three digits, as in "#,##0", or after the last digit, as in "0,"). With the decimal separator known to
 * be a comma, a space between digits ("# ##0") tells it too.
 */
function inUserNotation(format: string, decimalComma: boolean | null): boolean {
  const code = codeOf(format.split(';')[0]);
  if (/[.]/.test(code) || !/[0#?]/.test(code) || /[yYmMdDhHsS]/.test(code)) return false;
  const comma = /,([0#?]+)/.exec(code);
  if (comma && comma[1].length !== 3) return true;
  return decimalComma === true && (/[0#?][\s\u00a0\u202f][0#?]/.test(code) || (comma !== null && /[\s\u00a0\u202f]/.test(code)));
}

/**
 * A number format in Excel's invariant notation, whichever notation Excel gave it in.
 *
 * @example
 * invariantFormat('0,0%', ',')        // → '0.0%'
 * invariantFormat('# ##0,00', ',')    // → '#,##0.00'
 * invariantFormat('#,##0', ',')       // → '#,##0' (already invariant)
 * invariantFormat('0,0%', null)       // → '0.0%' (no invariant format reads so)
 * invariantFormat('0.0%', '.')        // → '0.0%'
 */
export function invariantFormat(format: string, decimalSeparator: string | null): string {
  if (decimalSeparator === '.' || !inUserNotation(format, decimalSeparator === null ? null : decimalSeparator === ',')) return format;
  let quoted = false;
  let out = '';
  const digit = (ch: string | undefined) => ch === '0' || ch === '#' || ch === '?';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (quoted || ch === '"') out += ch;
    else if (ch === ',') out += '.';
    // A space between digits groups them in the user's notation: a comma in the invariant one.
    else if ((ch === ' ' || ch === '\u00a0' || ch === '\u202f') && digit(format[i - 1]) && digit(format[i + 1])) out += ',';
    else out += ch;
  }
  return out;
}

/**
 * Queues the load of the user's decimal separator where Excel can tell it (ExcelApi 1.11); the returned function
 * gives it after the next sync, or null.
 */
export function loadDecimalSeparator(context: Excel.RequestContext): () => string | null {
  const supported = (() => {
    try {
      return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', '1.11') === true;
    } catch {
      return false;
    }
  })();
  if (!supported) return () => null;
  const info = context.workbook.application.cultureInfo.numberFormat.load('numberDecimalSeparator');
  return () => info.numberDecimalSeparator || null;
}
