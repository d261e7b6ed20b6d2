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

const yieldToTimers = () => new Promise((resolve) => setTimeout(resolve, 0));
/** jest's own default timeout; see parseNumberText.test.ts for why each long-text test yields once. */
const DEFAULT_TIMEOUT = 5000;

describe('readCell: very long texts are read in linear time', () => {
  test(
    '200 000 characters, spaces around "5" and "a": text, cut to its first characters',
    async () => {
      const text = `${' '.repeat(100_000)}5${' '.repeat(99_998)}a`;
      const r = readCell(text);
      expect(r.kind).toBe('text');
      if (r.kind === 'text') expect(r.text).toBe(text.trim());
      expect(readCell(`1${' '.repeat(199_996)}kr x`).kind).toBe('text');
      expect(readCell(`${'.'.repeat(100_000)}${' '.repeat(100_000)}x`).kind).toBe('text');
      await yieldToTimers();
    },
    DEFAULT_TIMEOUT,
  );

  test(
    'a number padded with 200 000 spaces of every kind is that number',
    async () => {
      const pad = ' \u00a0\u202f\u2009'.repeat(25_000);
      expect(readCell(`${pad}8 100${pad}`)).toEqual({ kind: 'number', value: 8100, fromText: true, percent: false });
      expect(readCell(pad)).toEqual({ kind: 'blank' });
      await yieldToTimers();
    },
    DEFAULT_TIMEOUT,
  );
});

describe('readCell: Excel data types (allowCustomDataForDataTypeAny) are read as their basic value', () => {
  test('Double, FormattedNumber, String, Boolean and Empty', () => {
    expect(readCell({ type: 'Double', basicValue: 5 })).toEqual({ kind: 'number', value: 5, fromText: false, percent: false });
    expect(readCell({ type: 'FormattedNumber', basicValue: 0.93, numberFormat: '0%' })).toEqual({
      kind: 'number',
      value: 0.93,
      fromText: false,
      percent: false,
    });
    expect(readCell({ type: 'String', basicValue: '8 100' })).toEqual({ kind: 'number', value: 8100, fromText: true, percent: false });
    expect(readCell({ type: 'String', basicValue: 'Bearbetas' })).toEqual({ kind: 'text', text: 'Bearbetas' });
    expect(readCell({ type: 'Boolean', basicValue: true })).toEqual({ kind: 'boolean', value: true });
    expect(readCell({ type: 'Empty', basicValue: '' })).toEqual({ kind: 'blank' });
    expect(readCell([[{ type: 'Double', basicValue: 8100 }]])).toEqual({ kind: 'number', value: 8100, fromText: false, percent: false });
  });

  test('an Error-typed value is that error', () => {
    expect(readCell({ type: 'Error', errorType: 'Div0', basicValue: '#DIV/0!' })).toEqual({ kind: 'error', code: '#DIV/0!' });
    expect(readCell({ type: 'Error', errorType: 'NotAvailable' })).toEqual({ kind: 'error', code: '#N/A' });
    expect(readCell({ type: 'Error', errorType: 'Ref', basicValue: '#REF!' })).toEqual({ kind: 'error', code: '#REF!' });
    expect(readCell({ type: 'Error' })).toEqual({ kind: 'error', code: '#VALUE!' });
  });

  test('an entity, or any other object, is no value: never "[object Object]"', () => {
    const entity = readCell({ type: 'Entity', text: 'Sahlgrenska', properties: {} });
    expect(entity).toEqual({ kind: 'text', text: '', notAValue: { kind: 'object' } });
    expect(readCell({ foo: 1 })).toEqual({ kind: 'text', text: '', notAValue: { kind: 'object' } });
    expect(readCell({ type: 'Double', basicValue: 'fem' })).toEqual({ kind: 'text', text: '', notAValue: { kind: 'object' } });
  });
});

describe('readCell: a range of several cells is no single value', () => {
  test('says how many cells it has', () => {
    expect(readCell([[7000, 1]])).toEqual({ kind: 'text', text: '', notAValue: { kind: 'range', cells: 2 } });
    expect(readCell([[7000], [1], [2]])).toEqual({ kind: 'text', text: '', notAValue: { kind: 'range', cells: 3 } });
  });
});
