import { formatMessage } from '../../i18n/format';
import type { Result } from '../types';
import { argumentName, toNumber, toOptionalNumber } from './toNumber';

/** Renders a failure; plain argument names keep these texts independent of the functions' `arg.*` texts. */
function render<T>(r: Result<T>): { sv: string; en: string } {
  if (r.ok) throw new Error('expected a failure');
  return { sv: formatMessage('sv', r.message), en: formatMessage('en', r.message) };
}

describe('argumentName', () => {
  test('a catalogue key becomes a nested message; a plain name stays as written', () => {
    expect(argumentName('arg.plan')).toEqual({ message: { key: 'arg.plan' } });
    expect(argumentName('Utfört')).toBe('Utfört');
    expect(argumentName('SV bas')).toBe('SV bas');
  });
});

describe('toNumber', () => {
  test('numbers and numbers as text, as NUMBER reads them', () => {
    expect(toNumber(8100, 'arg.plan')).toEqual({ ok: true, value: 8100 });
    expect(toNumber('8 100', 'arg.plan')).toEqual({ ok: true, value: 8100 });
    expect(toNumber('8,5 %', 'arg.outcome')).toEqual({ ok: true, value: 0.085 });
    expect(toNumber('\u22121 764', 'arg.additional')).toEqual({ ok: true, value: -1764 });
    expect(toNumber([[5400]], 'arg.outcome')).toEqual({ ok: true, value: 5400 });
  });

  test('blank → #N/A naming what is missing', () => {
    expect(toNumber(null, 'arg.plan')).toEqual({
      ok: false,
      error: 'na',
      message: { key: 'number.missing', params: { what: { message: { key: 'arg.plan' } } } },
    });
    expect(render(toNumber('', 'Plan'))).toEqual({ sv: 'Plan saknas', en: 'Plan is missing' });
    expect(render(toNumber(undefined, 'Utfört'))).toEqual({ sv: 'Utfört saknas', en: 'Utfört is missing' });
  });

  test('text, booleans, placeholders and errors → #VALUE! quoting what was there', () => {
    const r = toNumber('Bearbetas', 'arg.outcome');
    expect(r).toEqual({
      ok: false,
      error: 'value',
      message: { key: 'number.notANumber', params: { what: { message: { key: 'arg.outcome' } }, text: 'Bearbetas' } },
    });
    expect(render(toNumber('Bearbetas', 'Utfall'))).toEqual({ sv: 'Utfall är inte ett tal: ”Bearbetas”', en: 'Utfall is not a number: “Bearbetas”' });
    expect(render(toNumber(true, 'Pris'))).toEqual({ sv: 'Pris är inte ett tal: ”SANT”', en: 'Pris is not a number: “TRUE”' });
    expect(render(toNumber('-', 'Bas'))).toEqual({ sv: 'Bas är inte ett tal: ”-”', en: 'Bas is not a number: “-”' });
    expect(render(toNumber({ error: '#REF!' }, 'Basvolym'))).toEqual({ sv: 'Basvolym är inte ett tal: ”#REF!”', en: 'Basvolym is not a number: “#REF!”' });
    expect(toNumber(Number.NaN, 'arg.plan').ok).toBe(false);
    expect(toNumber('Infinity', 'arg.plan').ok).toBe(false);
  });

  test('a long text is cut in the message', () => {
    const long = 'Utföraren arbetar systematiskt med utmönstring av lågt prioriterad vård';
    const r = toNumber(long, 'arg.outcome');
    expect(r.ok === false && r.message.params?.text).toBe(`${long.slice(0, 39)}…`);
  });
});

describe('toNumber: Excel data types and ranges', () => {
  test('a data-typed cell is read as its basic value', () => {
    expect(toNumber({ type: 'Double', basicValue: 5 }, 'arg.outcome')).toEqual({ ok: true, value: 5 });
    expect(toNumber({ type: 'String', basicValue: '8 100' }, 'arg.plan')).toEqual({ ok: true, value: 8100 });
    expect(render(toNumber({ type: 'Boolean', basicValue: false }, 'Plan'))).toEqual({
      sv: 'Plan är inte ett tal: ”FALSKT”',
      en: 'Plan is not a number: “FALSE”',
    });
    expect(render(toNumber({ type: 'Error', errorType: 'Div0', basicValue: '#DIV/0!' }, 'Plan'))).toEqual({
      sv: 'Plan är inte ett tal: ”#DIV/0!”',
      en: 'Plan is not a number: “#DIV/0!”',
    });
  });

  test('an entity or any other object says the value is not a number, never "[object Object]"', () => {
    expect(render(toNumber({ type: 'Entity', text: 'Sahlgrenska' }, 'Utfört'))).toEqual({ sv: 'Utfört är inte ett tal', en: 'Utfört is not a number' });
    expect(render(toNumber({ foo: 1 }, 'Utfört'))).toEqual({ sv: 'Utfört är inte ett tal', en: 'Utfört is not a number' });
  });

  test('a range of several cells: one cell was expected, a range of N cells given', () => {
    expect(render(toNumber([[7000, 1]], 'Utfört'))).toEqual({
      sv: 'Utfört ska vara en enda cell, men ett område med 2 celler angavs',
      en: 'Utfört must be a single cell, but a range of 2 cells was given',
    });
    expect(toNumber([[7000], [1], [5]], 'arg.performed')).toEqual({
      ok: false,
      error: 'value',
      message: { key: 'number.range', params: { what: { message: { key: 'arg.performed' } }, cells: 3 } },
    });
  });
});

describe('toOptionalNumber', () => {
  test('blank is ok(null); anything else as toNumber', () => {
    expect(toOptionalNumber(null, 'arg.month')).toEqual({ ok: true, value: null });
    expect(toOptionalNumber('  ', 'arg.month')).toEqual({ ok: true, value: null });
    expect(toOptionalNumber('8', 'arg.month')).toEqual({ ok: true, value: 8 });
    expect(render(toOptionalNumber('augusti', 'Månad'))).toEqual({ sv: 'Månad är inte ett tal: ”augusti”', en: 'Månad is not a number: “augusti”' });
  });
});
