/**
 * Names of the groups a split target is written for (sex, hospital), reduced to one key each, so the
 * group column can say "Kvinnor" where the target says "K", or "SÄS" where the seed says "SÅS".
 */
import { trimChars } from '../numbers/trimSpaces';

const SYNONYMS: ReadonlyArray<[string, readonly string[]]> = [
  ['m', ['m', 'män', 'man', 'men', 'male', 'males', 'manlig', 'manliga']],
  ['k', ['k', 'w', 'kv', 'kvinnor', 'kvinna', 'women', 'woman', 'female', 'females', 'kvinnlig', 'kvinnliga']],
  // The 2025 assignment writes "SÅS" where the hospital is Södra Älvsborgs Sjukhus (SÄS).
  ['säs', ['säs', 'sås', 'sas', 'södra älvsborgs sjukhus', 'södra älvsborg']],
  ['su', ['su', 'sahlgrenska universitetssjukhuset', 'sahlgrenska']],
  ['skas', ['skas', 'skaraborgs sjukhus', 'skaraborg']],
  ['nu', ['nu', 'nu-sjukvården', 'nu sjukvården', 'nu-sjukvarden']],
  ['sv', ['sv', 'sjukhusen i väster']],
  ['vgr', ['vgr', 'västra götalandsregionen', 'västra götaland']],
];

const BY_NAME = new Map<string, string>(SYNONYMS.flatMap(([key, names]) => names.map((n) => [n, key] as [string, string])));

/** The names a split label may be, longest first (used to find labels made of several words). */
export const KNOWN_GROUP_NAMES: readonly string[] = [...BY_NAME.keys()].sort((a, b) => b.length - a.length);

export const SEX_KEYS: ReadonlySet<string> = new Set(['m', 'k']);

/**
 * The key a group name is matched by: case, surrounding space and punctuation ignored, known
 * synonyms folded together.
 *
 * @example
 * groupKey('SÅS')      // 'säs'
 * groupKey(' Kvinnor ') // 'k'
 * groupKey('Region Halland:') // 'region halland'
 */
export function groupKey(name: string): string {
  const spaced = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ');
  // Trimmed by hand: /[\s:.,;]+$/ is quadratic on a long inner run of those characters.
  const plain = trimChars(spaced, ' :.,;');
  return BY_NAME.get(plain) ?? plain;
}

/**
 * The key of a name already in lower case and one of the known names or none: a lookup, without groupKey's
 * normalising, for the outcome reader's hot path.
 *
 * @example
 * knownGroupKey('kvinnor') // 'k'
 * knownGroupKey('totalt')  // 'totalt'
 */
export function knownGroupKey(lowerName: string): string {
  return BY_NAME.get(lowerName) ?? lowerName;
}
