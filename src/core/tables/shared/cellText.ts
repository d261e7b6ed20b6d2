/**
 * Text of grid cells as the table engine compares it. Cells pasted from the seed documents carry simple
 * HTML (`<b>Psykiatri</b>`, `<ul><li>…</li></ul>`), so tags are dropped before anything is matched.
 */
import type { CellValue } from '../../types';
import { isCellError } from '../../types';
import { stripMarkup } from '../../text/stripMarkup';

const ODD_SPACE = /\s\s|[\u00a0\u202f\t\n\r]|^\s|\s$/;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Drops the tags of pasted HTML and decodes its entities: the one markup rule of src/core/text, which the
 * target reader applies too, so a table and TARGET_MET read a target alike.
 *
 * @example
 * stripTags('<b>82 605</b>')               // → '82 605'
 * stripTags('<ul><li>a</li><li>b</li></ul>') // → 'a b'
 * stripTags('Väntetid <tre månader') // → 'Väntetid <tre månader' (a comparator, not a tag)
 */
export function stripTags(text: string): string {
  return stripMarkup(text);
}

/**
 * A cell as display text: tags dropped, surrounding space trimmed; blanks are ''. Numbers are written
 * plainly (no locale), errors as their code.
 *
 * @example
 * cellText('<b>Somatik</b> ') // → 'Somatik'
 * cellText(760)               // → '760'
 * cellText(null)              // → ''
 * cellText({ error: '#REF!' }) // → '#REF!'
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    const text = stripTags(value);
    return (text.includes('\u00a0') ? text.replace(/\u00a0/g, ' ') : text).trim();
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isCellError(value)) return value.error;
  return '';
}

/**
 * Folds text for matching words of a vocabulary: lower case, no diacritics, every run of characters
 * that are not letters or digits becomes one space.
 *
 * @example
 * foldWords('Tilläggsvolym')         // → 'tillaggsvolym'
 * foldWords('Indikator/Uppföljning') // → 'indikator uppfoljning'
 * foldWords('<b>Förstabetesök</b>')  // → 'forstabetesok'
 */
export function foldWords(text: string): string {
  const plain = stripTags(text);
  // Only text outside ASCII has diacritics to drop.
  const bare = NON_ASCII.test(plain) ? plain.normalize('NFD').replace(/\p{M}/gu, '') : plain;
  return bare
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A row label as compared for duplicates: case and spacing do not count, letters do ("Övrig ortopedi"
 * and "Övriga ögon" stay different).
 *
 * @example
 * labelKey(' Allmän  kirurgi') // → 'allmän kirurgi'
 */
export function labelKey(text: string): string {
  const lower = text.toLowerCase();
  return ODD_SPACE.test(lower) ? lower.replace(/[\s\u00a0\u202f]+/g, ' ').trim() : lower;
}

/**
 * The cell at grid index (r, c), `null` where a ragged grid has none.
 *
 * @example
 * cellAt([['a'], ['b', 'c']], 0, 1) // → null
 * cellAt([['a'], ['b', 'c']], 1, 1) // → 'c'
 */
export function cellAt(cells: CellValue[][], r: number, c: number): CellValue {
  const row = cells[r];
  if (!row) return null;
  const v = row[c];
  return v === undefined ? null : v;
}

/**
 * True for an empty cell: null, or a string of nothing but space (tags count as nothing).
 *
 * @example
 * isBlankCell('  ')      // → true
 * isBlankCell('<b></b>') // → true
 * isBlankCell(0)         // → false
 */
export function isBlankCell(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return cellText(value) === '';
  return false;
}
