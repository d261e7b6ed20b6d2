/**
 * How a custom function answers Excel: a value, or `CustomFunctions.Error` with a message in the user's
 * language. Nothing is ever thrown out of a function, and no NaN or Infinity reaches a cell.
 */
import type { Locale, Message, Result } from '../core';
import { formatMessage, localeFromLanguageTag } from '../i18n/format';

/**
 * The user's language, from Office's display language: Swedish for sv-*, English otherwise. Office may be
 * absent or not yet initialised (a functions-only runtime, a test), which reads as English.
 *
 * @example
 * currentLocale() // → 'sv' in Swedish Excel
 */
export function currentLocale(): Locale {
  try {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: unknown } } }).Office;
    const tag = office?.context?.displayLanguage;
    return localeFromLanguageTag(typeof tag === 'string' ? tag : null);
  } catch {
    return 'en';
  }
}

/**
 * A failed Result as Excel's error value: `na` → #N/A, `value` → #VALUE!, with the rendered message.
 *
 * @example
 * excelError('sv', { ok: false, error: 'na', message: { key: 'volume.fulfilment.noPlan' } })
 * // → new CustomFunctions.Error('#N/A', 'ingen plan att jämföra med')
 */
export function excelError(locale: Locale, failure: { error: 'na' | 'value'; message: Message }): CustomFunctions.Error {
  const code = failure.error === 'na' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, fitCell(formatMessage(locale, failure.message)));
}

/** Values a scalar custom function may put in a cell. */
export type CellAnswer = number | string | boolean;

/** Characters an Excel cell holds. */
export const CELL_CHARACTERS = 32_767;

/**
 * A text as a cell can hold it: cut, with an ellipsis, to 32 767 characters (a result echoing a long
 * input, a message quoting one), never in the middle of a character.
 *
 * @example
 * fitCell('OK') // → 'OK'
 * fitCell('x'.repeat(40_000)).length // → 32 767
 */
export function fitCell(text: string): string {
  if (text.length <= CELL_CHARACTERS) return text;
  let end = CELL_CHARACTERS - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

function fitAnswer<T extends CellAnswer>(value: T): T {
  return (typeof value === 'string' ? fitCell(value) : value) as T;
}

/**
 * Runs a function's body in the user's language and turns its Result into Excel's answer. A number
 * that is not finite and any exception become #VALUE! with a message, never a crash in Excel.
 *
 * @example
 * respond((locale) => ok(1)) // → 1
 */
export function respond<T extends CellAnswer>(body: (locale: Locale) => Result<T>): T | CustomFunctions.Error {
  const locale = currentLocale();
  try {
    const result = body(locale);
    if (!result.ok) return excelError(locale, result);
    if (typeof result.value === 'number' && !Number.isFinite(result.value)) {
      return excelError(locale, { error: 'value', message: { key: 'function.notFinite' } });
    }
    return fitAnswer(result.value);
  } catch {
    return unexpected(locale);
  }
}

/** What a spilling function returns: rows of values, or a single error cell. */
export type SpillAnswer = Array<Array<CellAnswer | CustomFunctions.Error>>;

/**
 * Like `respond`, for a function that spills a matrix: an error is answered as a 1×1 matrix holding
 * Excel's error value, which Excel shows as that error in the formula's cell.
 */
export function respondMatrix(body: (locale: Locale) => Result<CellAnswer[][]>): SpillAnswer {
  const locale = currentLocale();
  try {
    const result = body(locale);
    if (!result.ok) return [[excelError(locale, result)]];
    return result.value.map((row) => row.map(fitAnswer));
  } catch {
    return [[unexpected(locale)]];
  }
}

/**
 * `respondMatrix` for a body that must wait, e.g. for an engine loaded on first use: the same answers,
 * and a failed load is #VALUE! with a message like any other exception.
 *
 * @example
 * await respondMatrixAsync(async () => ok([['Inga fel']])) // → [['Inga fel']]
 */
export async function respondMatrixAsync(body: (locale: Locale) => Promise<Result<CellAnswer[][]>>): Promise<SpillAnswer> {
  const locale = currentLocale();
  try {
    const result = await body(locale);
    return respondMatrix(() => result);
  } catch {
    return [[unexpected(locale)]];
  }
}

function unexpected(locale: Locale): CustomFunctions.Error {
  try {
    return excelError(locale, { error: 'value', message: { key: 'function.unexpected' } });
  } catch {
    // Only if the CustomFunctions runtime itself is missing: a plain Error is still better than a throw.
    return new Error('#VALUE!') as unknown as CustomFunctions.Error;
  }
}
