/**
 * Text helpers for reading targets: one normal form for the many ways a pasted target is spelt,
 * and a lower-case copy whose indices match it, so a match found in the lower-case text can be cut
 * from the text as written.
 */
import { stripMarkup } from '../text/stripMarkup';

const SPACES = /[\s\u00a0\u202f\u2009\u2007\u200b\ufeff]+/g;
const QUOTES: ReadonlyArray<[string, string]> = [
  ['"', '"'],
  ['\u201d', '\u201d'],
  ['\u201c', '\u201d'],
  ["'", "'"],
  ['\u00bb', '\u00bb'],
];

/**
 * The target as the parser reads it: pasted HTML dropped by the one markup rule (a `<` that starts no
 * tag is a comparator), NFC, one ordinary space for any run of spaces (so "1 500" with a
 * no-break space groups like "1 500"), U+2212 as "-", and one symbol per comparator.
 *
 * @example
 * normalizeTargetText(' >= 90\u00a0% ') // "≥ 90 %"
 * normalizeTargetText('=<0,8')           // "≤0,8"
 */
export function normalizeTargetText(text: string): string {
  let s = stripMarkup(text).normalize('NFC').replace(SPACES, ' ').trim();
  for (const [open, close] of QUOTES) {
    if (s.length >= 2 && s.startsWith(open) && s.endsWith(close)) {
      s = s.slice(open.length, s.length - close.length).trim();
      break;
    }
  }
  return s
    .replace(/\u2212/g, '-')
    .replace(/>=|=>|\u2a7e|\u2267|\uff1e=/g, '\u2265')
    .replace(/<=|=<|\u2a7d|\u2266|\uff1c=/g, '\u2264')
    .replace(/\uff1e/g, '>')
    .replace(/\uff1c/g, '<');
}

/**
 * Lower case, one code unit for one code unit: characters whose lower case has another length
 * (e.g. "İ") stay as they are, so indices into the result are indices into the input.
 */
export function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (const c of s) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

/** A four-digit year 1900–2099 written alone: a baseline ("jmf med 2020"), never a threshold. */
export function isYearLike(token: string): boolean {
  return /^(19|20)\d\d$/.test(token);
}

/** True when the character is a letter (any script). */
export function isLetter(c: string | undefined): boolean {
  return c !== undefined && /\p{L}/u.test(c);
}
