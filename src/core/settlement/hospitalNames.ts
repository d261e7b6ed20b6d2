/**
 * Telling which hospital a table, a sheet or a file names. The hospitals are those the assignment names
 * (a header's prefix, "SV bas"; or a sheet's name, "NU-sjukvården"); nothing here lists them. Names are
 * compared as whole words in any case, without diacritics or punctuation ("säs-aug.xlsx" names SÄS), and
 * the region's known aliases link a code to its full name (core/prices: "SU" = "Sahlgrenska
 * Universitetssjukhuset"), so an assignment that says "SU" recognises a file named for the full name.
 */
import { foldName, hospitalFromName, HOSPITALS_2025 } from '../prices';
import type { VolumeTable } from '../tables';

/** Words that name no hospital on their own: "Sunderby sjukhus" is told by "Sunderby", never by "sjukhus". */
const GENERIC = new Set([
  'sjukhus',
  'sjukhuset',
  'sjukhusen',
  'sjukvard',
  'sjukvarden',
  'lasarett',
  'lasarettet',
  'universitetssjukhus',
  'universitetssjukhuset',
  'region',
  'regionen',
  'halso',
  'och',
  'i',
  'vid',
  'pa',
  'hospital',
  'volymer',
  'uppdrag',
  'utfall',
  'avrakning',
]);

/** A name folded to its words: "NU-sjukvården" → "nu sjukvarden", "säs_aug.xlsx" → "sas aug xlsx". */
export function nameWords(text: string): string {
  return foldName(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '')
    .join(' ');
}

/** Every form a hospital may be named by: its names, and the region's known aliases of them (a code and its full name). */
export function nameKeys(names: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    const words = nameWords(name);
    if (words !== '') keys.add(words);
    const code = hospitalFromName(name);
    const known = code ? HOSPITALS_2025.find((h) => h.code === code) : undefined;
    if (known) {
      keys.add(nameWords(known.code));
      keys.add(nameWords(known.name));
    }
  }
  return [...keys];
}

/**
 * The first word of a many-word name when it is not a generic word ("sunderby" of "Sunderby sjukhus").
 * Used only when no other hospital's names share it.
 */
export function distinctiveWord(key: string): string | null {
  const words = key.split(' ');
  if (words.length < 2) return null;
  const first = words[0];
  return first.length >= 3 && !GENERIC.has(first) && !/^\d+$/.test(first) ? first : null;
}

/**
 * Whether `text` holds `key` as whole words.
 *
 * @example
 * namesAsWords('sv aug xlsx', 'sv')             // → true
 * namesAsWords('svenska xlsx', 'sv')            // → false
 * namesAsWords('nu sjukvarden 2025', 'nu sjukvarden') // → true
 */
export function namesAsWords(text: string, key: string): boolean {
  return ` ${text} `.includes(` ${key} `);
}

const ROLE_WORD = /^(?:bas|basvolym\w*|base|tillagg\w*|additional|uppdrag\w*|total|totalt|totalvolym\w*|utfort\w*|utfall|performed|outcome|actual)$/;

/**
 * The hospital a volume table's header names by its prefix: the words before the role word of "SV bas",
 * "SU uppdrag", "Sjukhusen i väster tillägg"; a year is no name. Null when no heading has one.
 *
 * @example
 * headerPrefix({ headers: { total: 'uppdrag', base: 'SV bas', additional: 'tillägg' } }) // → 'SV'
 * headerPrefix({ headers: { total: 'Uppdrag 2025', base: 'Bas', additional: 'Tillägg' } }) // → null
 */
export function headerPrefix(columns: Pick<VolumeTable['columns'], 'headers'>): string | null {
  const { headers } = columns;
  for (const heading of [headers.base, headers.total, headers.additional]) {
    const words = heading.trim().split(/\s+/);
    const role = words.findIndex((w) => ROLE_WORD.test(foldName(w).replace(/[^a-z]/g, '')));
    if (role <= 0) continue;
    const prefix = words
      .slice(0, role)
      .filter((w) => !/^\d{4}$/.test(w))
      .join(' ')
      .replace(/[:,;]+$/, '')
      .trim();
    if (prefix !== '') return prefix;
  }
  return null;
}
