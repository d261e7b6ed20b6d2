/**
 * Trimming for pasted text, in linear time. A regex such as /\s+$/ retries at every position of every
 * inner run of spaces, which is quadratic: a 200 000-character cell took seconds to read.
 */

/** The spaces pasted text carries: ordinary white space, no-break, narrow no-break, thin, figure and zero-width spaces, BOM. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * `text` without the spaces around it, any kind of space (also U+200B and the BOM, which String.trim keeps).
 *
 * @example
 * trimSpaces('\u00a08 100\u202f ') // '8 100'
 * trimSpaces('\u200b')             // ''
 */
export function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * `text` without the given characters at its end, e.g. the full stop after "Ja.".
 *
 * @example
 * trimEndChars('Ja.!', '.!') // 'Ja'
 */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

/**
 * `text` without the given characters at either end.
 *
 * @example
 * trimChars(' Kvinnor: ', ' :') // 'Kvinnor'
 */
export function trimChars(text: string, chars: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && chars.includes(text[start])) start++;
  while (end > start && chars.includes(text[end - 1])) end--;
  return text.slice(start, end);
}
