/**
 * Excel's arguments, read once. Excel passes an omitted optional argument as `null`, a cell reference to a
 * scalar parameter as its value (sometimes as a 1×1 matrix), and a range to a matrix parameter as rows of
 * values, blanks as `null` or `""`. Numbers may be text in Swedish or English notation: they are read
 * exactly as NUMBER reads them (src/core/numbers).
 */
import { plainValue } from '../core/numbers';
import { readCell } from '../core/numbers';
import { argumentName, notAValue, quoteReading, toNumber, toOptionalNumber } from '../core/numbers';
import type { CellValue } from '../core';
import { EXCEL_ERROR_CODES, fail, isCellError, ok, type Result } from '../core';

/** The catalogue key naming an argument in messages ("Utfall saknas"). */
export type ArgKey = `arg.${string}`;

/**
 * A scalar argument's one value: a 1×1 matrix and an Excel data type (should Excel pass one: the metadata leaves
 * out allowCustomDataForDataTypeAny, see scripts/localize-functions.js) are unwrapped to their plain value,
 * anything else comes back as it is.
 *
 * @example
 * scalarArg([[8100]]) // → 8100
 * scalarArg('8 100')  // → '8 100'
 * scalarArg({ type: 'String', basicValue: '8 100' }) // → '8 100'
 */
export function scalarArg(v: unknown): unknown {
  return plainValue(v);
}

/**
 * An argument that must be one value of any kind (a target, a group, an outcome that may be Ja/Nej):
 * its plain value, or `value` when it is a range of several cells ("Målvärde ska vara en enda cell, men
 * ett område med 2 celler angavs") or an object with no plain value, such as an entity.
 *
 * @example
 * singleValue([['≥ 90 %']], 'arg.target')     // → ok('≥ 90 %')
 * singleValue([['K', 'M']], 'arg.group')     // → fail('value', 'number.range', …)
 */
export function singleValue(v: unknown, what: ArgKey): Result<unknown> {
  const value = plainValue(v);
  const reading = readCell(value);
  if (reading.kind === 'text' && reading.notAValue) {
    if (reading.notAValue.kind === 'range') return notAValue(reading.notAValue, what);
    return fail('value', 'function.argNotAValue', { what: argumentName(what) });
  }
  return ok(value);
}

/**
 * A required number: blank is `na` ("Plan saknas"), text that is no number is `value`.
 *
 * @example
 * requiredNumber('8\u00a0100', 'arg.plan') // → ok(8100)
 * requiredNumber(null, 'arg.plan')        // → fail('na', 'number.missing', …)
 */
export function requiredNumber(v: unknown, what: ArgKey): Result<number> {
  return toNumber(scalarArg(v), what);
}

/**
 * An optional number: blank (omitted) is `ok(null)`.
 *
 * @example
 * optionalNumber(null, 'arg.month') // → ok(null)
 * optionalNumber('8', 'arg.month')  // → ok(8)
 */
export function optionalNumber(v: unknown, what: ArgKey): Result<number | null> {
  return toOptionalNumber(scalarArg(v), what);
}

/**
 * An optional text: blank is `ok(null)`; a number is read as its digits (a hospital or group may be a
 * code); an Excel error is `value`.
 *
 * @example
 * optionalText('  SU ', 'arg.hospital') // → ok('SU')
 * optionalText('', 'arg.hospital')      // → ok(null)
 * optionalText(true, 'arg.hospital')    // → fail('value', 'function.argNotText', …) "Sjukhus ska vara en text"
 */
export function optionalText(v: unknown, what: ArgKey): Result<string | null> {
  const value = scalarArg(v);
  const reading = readCell(value);
  if (reading.kind === 'blank') return ok(null);
  if (reading.kind === 'error') {
    return fail('value', 'function.argError', { what: argumentName(what), text: quoteReading(reading) });
  }
  if (reading.kind === 'text' && reading.notAValue?.kind === 'range') return notAValue(reading.notAValue, what);
  if (typeof value === 'string') return ok(value.trim());
  if (typeof value === 'number') return ok(String(value));
  // A boolean names no price or hospital; "true" in a message would read as a text someone wrote.
  return fail('value', 'function.argNotText', { what: argumentName(what) });
}

/**
 * A required text: blank is `na` naming it.
 *
 * @example
 * requiredText('besök', 'arg.kind') // → ok('besök')
 * requiredText(null, 'arg.kind')    // → fail('na', 'number.missing', …) "Typ saknas"
 */
export function requiredText(v: unknown, what: ArgKey): Result<string> {
  const text = optionalText(v, what);
  if (!text.ok) return text;
  if (text.value === null) return fail('na', 'number.missing', { what: argumentName(what) });
  return ok(text.value);
}

/**
 * A range argument as rows of cell values, or null when it was omitted. A scalar becomes a 1×1
 * matrix and a flat list a single row; `undefined` becomes a blank. Trailing blank rows and columns are
 * dropped before anything else: a whole-column reference (`A:D`) arrives as a million rows, nearly all
 * blank, and costs only what its used rows cost.
 *
 * @example
 * matrixArg([[1, ''], [null, 'x']]) // → [[1, ''], [null, 'x']]
 * matrixArg([[1, null], [null, null]]) // → [[1]]
 * matrixArg(5)                      // → [[5]]
 * matrixArg(null)                   // → null
 */
export function matrixArg(v: unknown): CellValue[][] | null {
  if (v === null || v === undefined) return null;
  if (!isArray(v)) return [[toCellValue(v)]];
  // Rows of a range, or one flat list as a single row.
  const rows: unknown[] = v.length > 0 && isArray(v[0]) ? v : [v];
  const height = usedHeight(rows);
  const width = usedWidth(rows, height);
  const out: CellValue[][] = new Array(height);
  for (let r = 0; r < height; r += 1) {
    const row = asRow(rows[r]);
    const cells = new Array<CellValue>(Math.min(width, row.length));
    for (let c = 0; c < cells.length; c += 1) cells[c] = toCellValue(row[c]);
    out[r] = cells;
  }
  return out;
}

/**
 * Array.isArray held once: the loops below may run over a million rows, and a global looked up on each
 * turn is slow where globals are looked up through a proxy (a sandboxed runtime, the benchmark's vm).
 */
const isArray: (v: unknown) => v is unknown[] = Array.isArray;

function asRow(row: unknown): unknown[] {
  return isArray(row) ? row : [row];
}

/** Excel's blanks as a range hands them over: nothing, null, or an empty text. */
function isRawBlank(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}

/** Rows up to the last one holding anything (a plain loop: it may run over a million blank rows). */
function usedHeight(rows: readonly unknown[]): number {
  let height = rows.length;
  while (height > 0) {
    const row = rows[height - 1];
    if (!isArray(row)) {
      if (!isRawBlank(row)) break;
    } else {
      let blank = true;
      for (let c = 0; c < row.length; c += 1) {
        const cell: unknown = row[c];
        if (cell !== null && cell !== undefined && cell !== '') {
          blank = false;
          break;
        }
      }
      if (!blank) break;
    }
    height -= 1;
  }
  return height;
}

/** Columns up to the last one holding anything in the first `height` rows. */
function usedWidth(rows: readonly unknown[], height: number): number {
  let width = 0;
  for (let r = 0; r < height; r += 1) {
    const row = asRow(rows[r]);
    for (let c = row.length - 1; c >= width; c -= 1) {
      if (!isRawBlank(row[c])) {
        width = c + 1;
        break;
      }
    }
  }
  return width;
}

/** Whether a matrix argument holds nothing but blanks (Excel hands an omitted range over as null, a blank cell as [[null]]). */
export function isBlankMatrix(m: CellValue[][]): boolean {
  return m.every((row) => row.every((c) => readCell(c).kind === 'blank'));
}

/**
 * The numbers of a range, row by row; a cell that holds no number becomes NaN so that the core, which
 * checks every value, can say which position is wrong ("månadsprofilen har inget tal för månad 3").
 *
 * @example
 * numbersOfRange([[10, '8,5'], ['', 'x']]) // → [10, 8.5, NaN, NaN]
 */
export function numbersOfRange(m: CellValue[][]): number[] {
  return m.flat().map((c) => {
    const r = readCell(c);
    return r.kind === 'number' ? r.value : Number.NaN;
  });
}

function toCellValue(raw: unknown): CellValue {
  const c = plainValue(raw);
  if (c === undefined || c === null) return null;
  if (typeof c === 'number' || typeof c === 'string' || typeof c === 'boolean') return c;
  if (isCellError(c)) return c;
  // Office's own error objects carry `code` ("#REF!") rather than `error`.
  const code = typeof c === 'object' ? (c as { code?: unknown }).code : undefined;
  if (typeof code === 'string') {
    const known = EXCEL_ERROR_CODES.find((e) => e === code);
    return { error: known ?? '#VALUE!' };
  }
  // An entity, an image or any other object has no plain value: Excel's own basic value for one is
  // #VALUE!, and String() would only say "[object Object]".
  return { error: '#VALUE!' };
}

/**
 * Reads arguments in order and stops at the first that fails, so Excel reports the first bad argument.
 *
 * @example
 * allArgs<[number, number]>(requiredNumber('5 400', 'arg.outcome'), requiredNumber(8100, 'arg.plan')) // → ok([5400, 8100])
 */
export function allArgs<T extends unknown[]>(...results: { [K in keyof T]: Result<T[K]> }): Result<T> {
  const values: unknown[] = [];
  for (const r of results) {
    if (!r.ok) return r;
    values.push(r.value);
  }
  return ok(values as T);
}

/**
 * Only that a required argument is there: blank is `na` naming it; anything else passes unread, for a
 * core that reads the value itself (a target such as "≥ 90 %" or 0.9).
 *
 * @example
 * requireValue('≥ 90 %', 'arg.target') // → ok(true)
 * requireValue('', 'arg.target')       // → fail('na', 'number.missing', …) "Målvärde saknas"
 */
export function requireValue(v: unknown, what: ArgKey): Result<true> {
  if (readCell(scalarArg(v)).kind === 'blank') return fail('na', 'number.missing', { what: argumentName(what) });
  return ok(true);
}
