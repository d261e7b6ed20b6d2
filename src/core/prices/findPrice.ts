import { readCell } from '../numbers/readCell';
import { quoteReading, toNumber } from '../numbers/toNumber';
import type { Result } from '../types';
import { fail, isCellError, ok } from '../types';
import { foldName, hospitalFromName, priceKindFromName } from './matchName';
import { PRICE_LIST_2025 } from './priceList2025';

/**
 * The price per unit, in kronor, of a kind of additional volume (besök/visit, behandling/treatment,
 * koloskopi/colonoscopy, gastroskopi/gastroscopy), optionally at a hospital (code or full name).
 *
 * Names match case-insensitively with surrounding space, diacritics and hyphens ignored, so "SÄS",
 * "SÅS" and "SAS" are one hospital, and a Swedish kind matches its English name.
 *
 * `priceTable`, when given, is the workbook's own list and is searched first: rows of
 * kind | hospital | price (a two-column range is read as kind | price). A row for the hospital wins
 * over a row with a blank hospital, which applies everywhere. Rows whose kind does not match are
 * skipped, so header and blank rows do no harm; a matching row whose price is blank, not a number or
 * negative is an error rather than silently falling back to the built-in list.
 * Then the built-in 2025 list of seed 000. Flat prices (besök, behandling) ignore the hospital.
 *
 * Failures: blank kind → `na`; unknown kind → `na` naming it; a per-hospital kind without hospital →
 * `value`; a hospital the list does not price → `na` naming it (a lookup that finds nothing, like
 * Excel's own lookups).
 *
 * @example
 * findPrice('besök', null, null)                    // → ok(2449)
 * findPrice('Colonoscopy', 'Södra Älvsborgs Sjukhus', null) // → ok(4889)
 * findPrice('koloskopi', null, null)                // → fail('value', 'price.needsHospital', …)
 * findPrice('besök', null, [['Typ', 'Sjukhus', 'Pris'], ['besök', '', '2 600']]) // → ok(2600)
 */
export function findPrice(kind: string, hospital: string | null, priceTable: unknown[][] | null): Result<number> {
  const kindText = typeof kind === 'string' ? kind.trim() : '';
  if (foldName(kindText) === '') return fail('na', 'price.noKind');
  const hospitalText = typeof hospital === 'string' && foldName(hospital) !== '' ? hospital.trim() : null;

  let kindInTable = false;
  if (priceTable) {
    const found = searchTable(kindText, hospitalText, priceTable);
    if (found.kind === 'failed') return found.result;
    if (found.kind === 'price') return ok(found.price);
    kindInTable = found.kind === 'kind-only';
  }

  const builtIn = priceKindFromName(kindText);
  if (!builtIn) {
    if (kindInTable) {
      return hospitalText === null
        ? fail('value', 'price.needsHospitalInTable', { kind: kindText })
        : fail('na', 'price.unknownHospitalInTable', { kind: kindText, hospital: hospitalText });
    }
    return fail('na', priceTable ? 'price.unknownKindWithTable' : 'price.unknownKind', { kind: kindText });
  }
  const flat = PRICE_LIST_2025.flat[builtIn];
  if (flat !== undefined) return ok(flat);
  const byHospital = PRICE_LIST_2025.perHospital[builtIn];
  if (!byHospital) return fail('na', 'price.unknownKind', { kind: kindText });
  if (hospitalText === null) return fail('value', 'price.needsHospital', { kind: kindText });
  const code = hospitalFromName(hospitalText);
  if (!code) return fail('na', 'price.unknownHospital', { kind: kindText, hospital: hospitalText });
  return ok(byHospital[code]);
}

type TableSearch =
  | { kind: 'price'; price: number }
  | { kind: 'failed'; result: Result<never> }
  /** The kind is in the table, but only for other hospitals (or only per hospital, and none was given). */
  | { kind: 'kind-only' }
  | { kind: 'absent' };

function searchTable(kindText: string, hospitalText: string | null, table: unknown[][]): TableSearch {
  const width = table.reduce((w, row) => (Array.isArray(row) ? Math.max(w, row.length) : w), 0);
  if (width < 2) return { kind: 'failed', result: fail('value', 'price.table.tooNarrow') };
  const priceColumn = width >= 3 ? 2 : 1;

  let forHospital: number | null = null;
  let forAll: number | null = null;
  let kindSeen = false;
  table.forEach((row, i) => {
    if (!Array.isArray(row) || !sameKind(row[0], kindText)) return;
    kindSeen = true;
    const rowHospital = width >= 3 ? textOf(row[1]) : '';
    if (rowHospital === '') {
      if (forAll === null) forAll = i;
    } else if (hospitalText !== null && sameHospital(rowHospital, hospitalText)) {
      if (forHospital === null) forHospital = i;
    }
  });

  const chosen: number | null = forHospital ?? forAll;
  if (chosen === null) return { kind: kindSeen ? 'kind-only' : 'absent' };
  return readPrice(table[chosen][priceColumn], kindText, chosen + 1);
}

function readPrice(cell: unknown, kindText: string, row: number): TableSearch {
  if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')) {
    return { kind: 'failed', result: fail('na', 'price.table.blankPrice', { kind: kindText, row }) };
  }
  const shown = quoteReading(readCell(cell));
  const n = isCellError(cell) || typeof cell === 'boolean' ? null : toNumber(cell, 'price');
  if (!n || !n.ok) {
    return { kind: 'failed', result: fail('value', 'price.table.badPrice', { kind: kindText, row, value: shown }) };
  }
  if (n.value < 0) {
    return { kind: 'failed', result: fail('value', 'price.table.negativePrice', { kind: kindText, row, value: n.value }) };
  }
  return { kind: 'price', price: n.value };
}

function textOf(cell: unknown): string {
  return typeof cell === 'string' ? foldName(cell) : '';
}

/** A table's kind matches when the names are the same, or both name the same built-in kind ("besök" = "visit"). */
function sameKind(cell: unknown, kindText: string): boolean {
  if (typeof cell !== 'string' || foldName(cell) === '') return false;
  if (foldName(cell) === foldName(kindText)) return true;
  const a = priceKindFromName(cell);
  return a !== null && a === priceKindFromName(kindText);
}

function sameHospital(cellText: string, hospitalText: string): boolean {
  if (foldName(cellText) === foldName(hospitalText)) return true;
  const a = hospitalFromName(cellText);
  return a !== null && a === hospitalFromName(hospitalText);
}
