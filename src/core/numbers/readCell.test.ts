import { readCell } from './readCell';

describe('readCell', () => {
  test('numbers as Excel holds them', () => {
    expect(readCell(8100)).toEqual({ kind: 'number', value: 8100, fromText: false, percent: false });
    expect(readCell(0.93)).toEqual({ kind: 'number', value: 0.93, fromText: false, percent: false });
    expect(readCell(-0)).toEqual({ kind: 'number', value: 0, fromText: false, percent: false });
  });

  test('numbers stored as text, as pasted from the 2025 assignment', () => {
    expect(readCell('8\u00a0100')).toEqual({ kind: 'number', value: 8100, fromText: true, percent: false });
    expect(readCell('82 605')).toEqual({ kind: 'number', value: 82605, fromText: true, percent: false });
    expect(readCell('93 %')).toEqual({ kind: 'number', value: 0.93, fromText: true, percent: true });
    expect(readCell('\u22121 764')).toEqual({ kind: 'number', value: -1764, fromText: true, percent: false });
  });

  test.each([null, undefined, '', '   ', '\u00a0'])('blank: %j', (v) => {
    expect(readCell(v)).toEqual({ kind: 'blank' });
  });

  test('errors: a CellError, an error code written as text, and the Swedish names Excel shows', () => {
    expect(readCell({ error: '#REF!' })).toEqual({ kind: 'error', code: '#REF!' });
    expect(readCell('#DIV/0!')).toEqual({ kind: 'error', code: '#DIV/0!' });
    expect(readCell(' #N/A ')).toEqual({ kind: 'error', code: '#N/A' });
    expect(readCell('#SAKNAS!')).toEqual({ kind: 'error', code: '#N/A' });
    expect(readCell('#VÄRDEFEL!')).toEqual({ kind: 'error', code: '#VALUE!' });
    expect(readCell('#REFERENS!')).toEqual({ kind: 'error', code: '#REF!' });
    expect(readCell(Number.NaN)).toEqual({ kind: 'error', code: '#NUM!' });
    expect(readCell(Number.POSITIVE_INFINITY)).toEqual({ kind: 'error', code: '#NUM!' });
  });

  test('an error code inside a sentence is text, not an error', () => {
    expect(readCell('#REF! i cell C4')).toEqual({ kind: 'text', text: '#REF! i cell C4' });
  });

  test.each(['-', '\u2013', '\u2014', '.', '..', 'x', 'X', ' - '])('placeholder: %j', (v) => {
    expect(readCell(v)).toEqual({ kind: 'placeholder', text: v.trim() });
  });

  test('booleans stay booleans; the text "TRUE" is text', () => {
    expect(readCell(true)).toEqual({ kind: 'boolean', value: true });
    expect(readCell(false)).toEqual({ kind: 'boolean', value: false });
    expect(readCell('TRUE')).toEqual({ kind: 'text', text: 'TRUE' });
  });

  test('text', () => {
    expect(readCell('Under utredning')).toEqual({ kind: 'text', text: 'Under utredning' });
    expect(readCell('  Bearbetas ')).toEqual({ kind: 'text', text: 'Bearbetas' });
  });

  test('a single-cell matrix means its value; other objects are text and never throw', () => {
    expect(readCell([['8 100']])).toEqual({ kind: 'number', value: 8100, fromText: true, percent: false });
    expect(readCell([[1, 2]]).kind).toBe('text');
    expect(readCell(Object.create(null)).kind).toBe('text');
    expect(readCell({ toString: 5 }).kind).toBe('text');
  });
});
