/**
 * Argument coercion for the custom functions, done once here so that every function reads numbers
 * the same way NUMBER does and fails with the same messages.
 */
import { fail, ok, type MessageKey, type MessageParam, type Result } from '../types';
import { readCell, type CellReading, type NotAValue } from './readCell';

/** Texts quoted in a message are cut here, so a pasted paragraph does not flood a cell comment. */
const MAX_QUOTED = 40;
/** A catalogue key: dotted, no spaces ("arg.outcome"). Anything else is a name shown as written. */
const KEY_SHAPE = /^[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9-]+)+$/;

/**
 * The `what` of a message: a catalogue key (e.g. `'arg.outcome'`, rendered "Utfall" / "Outcome") or
 * a plain name (e.g. `'Utfört'`), shown as written.
 */
export function argumentName(what: string): MessageParam {
  // The shape tells a key from a name; the catalogue's test checks every key used this way exists.
  return KEY_SHAPE.test(what) ? { message: { key: what as MessageKey } } : what;
}

/**
 * How a value that is not a number is quoted in a message: text as written (a long text cut), booleans
 * in the reader's language (SANT / FALSKT, TRUE / FALSE), numbers in the reader's notation.
 * A reading that is no value at all (see `notAValue`) quotes as ''; say so with its own message instead.
 *
 * @example
 * quoteReading(readCell(true))        // { message: { key: 'number.true' } } → "SANT" / "TRUE"
 * quoteReading(readCell('Bearbetas')) // 'Bearbetas'
 */
export function quoteReading(reading: CellReading): MessageParam {
  switch (reading.kind) {
    case 'boolean':
      return { message: { key: reading.value ? 'number.true' : 'number.false' } };
    case 'error':
      return reading.code;
    case 'text':
    case 'placeholder':
      return reading.text.length > MAX_QUOTED ? `${reading.text.slice(0, MAX_QUOTED - 1)}…` : reading.text;
    case 'number':
      return reading.value;
    case 'blank':
      return '';
  }
}

/**
 * Reads a required numeric argument. `what` names it: a catalogue key such as `'arg.outcome'`, or a plain name.
 *
 * @example
 * toNumber('8 100', 'arg.plan')   // ok(8100)
 * toNumber('8,5 %', 'arg.outcome') // ok(0.085)
 * toNumber(null, 'arg.plan')      // fail('na', 'number.missing', { what: { message: { key: 'arg.plan' } } })   → "Plan saknas"
 * toNumber('abc', 'arg.plan')     // fail('value', 'number.notANumber', { what: …, text: 'abc' })            → "Plan är inte ett tal: ”abc”"
 * toNumber({ type: 'Double', basicValue: 5 }, 'arg.plan') // ok(5)  (an Excel data type)
 * toNumber([[7000, 1]], 'arg.performed') // fail('value', 'number.range', …) → "Utfört ska vara en enda cell, men ett område med 2 celler angavs"
 */
export function toNumber(v: unknown, what: string): Result<number> {
  const reading = readCell(v);
  if (reading.kind === 'number') return ok(reading.value);
  if (reading.kind === 'blank') return fail('na', 'number.missing', { what: argumentName(what) });
  if (reading.kind === 'text' && reading.notAValue) return notAValue(reading.notAValue, what);
  // Placeholders ("-", "x") are read as 0 only in volume tables, where the table check says so;
  // a function argument "-" is not a number.
  return fail('value', 'number.notANumber', { what: argumentName(what), text: quoteReading(reading) });
}

/**
 * The failure for a value that is no single value: a range of several cells ("Utfört ska vara en enda
 * cell, men ett område med 2 celler angavs") or an object without a plain value ("Utfört är inte ett tal").
 *
 * @example
 * notAValue({ kind: 'range', cells: 2 }, 'arg.performed') // fail('value', 'number.range', { what: …, cells: 2 })
 */
export function notAValue(why: NotAValue, what: string): Result<never> {
  if (why.kind === 'range') return fail('value', 'number.range', { what: argumentName(what), cells: why.cells });
  return fail('value', 'number.notAValue', { what: argumentName(what) });
}

/**
 * Reads an optional numeric argument: blank is `ok(null)` (Excel passes `null` for an omitted argument).
 *
 * @example
 * toOptionalNumber(null, 'arg.month') // ok(null)
 * toOptionalNumber('8', 'arg.month')  // ok(8)
 * toOptionalNumber('åtta', 'arg.month') // fail('value', 'number.notANumber', …)
 */
export function toOptionalNumber(v: unknown, what: string): Result<number | null> {
  if (readCell(v).kind === 'blank') return ok(null);
  return toNumber(v, what);
}
