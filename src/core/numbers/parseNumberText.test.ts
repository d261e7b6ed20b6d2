import fc from 'fast-check';
import { parseNumberText } from './parseNumberText';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const MINUS = '\u2212';

describe('parseNumberText: the examples of docs/functions.md (NUMBER)', () => {
  test.each<[string, number, boolean]>([
    ['8 100', 8100, false],
    [`8${NBSP}100`, 8100, false],
    [`8${NNBSP}100`, 8100, false],
    ['3 125 153', 3125153, false],
    ['8,5', 8.5, false],
    ['8,5 %', 0.085, true],
    [`8,5${NBSP}%`, 0.085, true],
    ['12,5%', 0.125, true],
    [`${MINUS}1 764`, -1764, false],
    ['1 764 kr', 1764, false],
    ['1,234.56', 1234.56, false],
    ['1.5', 1.5, false],
    ['1,234', 1.234, false],
  ])('%j → %d', (text, value, percent) => {
    expect(parseNumberText(text)).toEqual({ value, percent });
  });
});

describe('parseNumberText: figures from seed 000 as pasted from the PDF', () => {
  test.each<[string, number]>([
    ['82 605', 82605],
    ['59 297', 59297],
    ['23 308', 23308],
    ['2 449', 2449],
    ['35 025', 35025],
    ['2 655 806', 2655806],
    ['0', 0],
  ])('%j → %d', (text, value) => {
    expect(parseNumberText(text)?.value).toBe(value);
  });
});

describe('parseNumberText: other notations a controller meets', () => {
  test.each<[string, number, boolean]>([
    ['  8 100  ', 8100, false],
    ['-1764', -1764, false],
    ['\u20131 764', -1764, false],
    ['+5', 5, false],
    ['1 234,5', 1234.5, false],
    ['1 234.5', 1234.5, false],
    ['1,234,567', 1234567, false],
    ['1.234.567', 1234567, false],
    ['1.234,56', 1234.56, false],
    ['0,5', 0.5, false],
    [',5', 0.5, false],
    ['93 %', 0.93, true],
    ['93 procent', 0.93, true],
    ['100%', 1, true],
    ['-2,5 %', -0.025, true],
    ['2 449 kronor', 2449, false],
    ['2 449:-', 2449, false],
    ['35 025 SEK', 35025, false],
    ['1,5E+03', 1500, false],
    ['-0', 0, false],
  ])('%j → %d', (text, value, percent) => {
    expect(parseNumberText(text)).toEqual({ value, percent });
  });

  test('-0 comes out as 0, not -0', () => {
    expect(Object.is(parseNumberText('-0')?.value, 0)).toBe(true);
  });
});

describe('parseNumberText: not numbers', () => {
  test.each([
    '',
    ' ',
    '-',
    '\u2013',
    '%',
    'kr',
    'abc',
    'Bearbetas',
    'Infinity',
    '-Infinity',
    'NaN',
    '1e999',
    '0x1F',
    '0b101',
    '81 00',
    '8  100',
    '1,234,5',
    '1.2.3',
    '12 34 567',
    '8 100 st',
    '2025-06-30',
    '80-90',
    '1/2',
    '10:30',
    '1 764 tkr',
    '5,',
    '1'.repeat(100),
    '≥ 90 %',
  ])('%j → null', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  test('a value that is not a string gives null, not an exception', () => {
    expect(parseNumberText(8100 as unknown as string)).toBeNull();
    expect(parseNumberText(null as unknown as string)).toBeNull();
  });
});

describe('parseNumberText: properties', () => {
  /** n / 10^k prints exactly with at most three decimals, so the text read back must be that number. */
  const decimal = fc.tuple(fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }), fc.integer({ min: 0, max: 3 })).map(([n, k]) => n / 10 ** k);

  test('reads back every number sv-SE formats (U+00A0 groups, decimal comma, U+2212 minus)', () => {
    fc.assert(
      fc.property(decimal, (x) => {
        const text = x.toLocaleString('sv-SE');
        expect(parseNumberText(text)).toEqual({ value: x === 0 ? 0 : x, percent: false });
      }),
    );
  });

  test('reads back every number en-US formats; a lone comma group ("1,234") is read the Swedish way', () => {
    fc.assert(
      fc.property(decimal, (x) => {
        const text = x.toLocaleString('en-US');
        const expected = /^-?\d{1,3},\d{3}$/.test(text) ? Number(text.replace(',', '.')) : x === 0 ? 0 : x;
        expect(parseNumberText(text)).toEqual({ value: expected, percent: false });
      }),
    );
  });

  test('reads back percentages as sv-SE and en-US format them, as fractions', () => {
    fc.assert(
      fc.property(fc.integer({ min: -9999, max: 9999 }), (n) => {
        const x = n / 1000;
        const options = { style: 'percent', maximumFractionDigits: 1 } as const;
        expect(parseNumberText(x.toLocaleString('sv-SE', options))).toEqual({ value: x === 0 ? 0 : x, percent: true });
        const en = x.toLocaleString('en-US', options);
        if (!/^-?\d,\d{3}%$/.test(en)) expect(parseNumberText(en)).toEqual({ value: x === 0 ? 0 : x, percent: true });
      }),
    );
  });

  /** Texts made of what numbers are made of, so that many of them are numbers, some huge. */
  const numberLike = fc
    .array(fc.constantFrom('-', '\u2212', '+', '0', '1', '9', '99999', ' ', '\u00a0', ',', '.', 'e', 'E+', 'e-', '308', '999', '%', ' kr'), { maxLength: 14 })
    .map((parts) => parts.join(''));

  // One property per kind of text: fc.oneof over these three is oddly slow to start (seconds).
  test.each<[string, fc.Arbitrary<string>]>([
    ['any text', fc.string()],
    ['any Unicode text', fc.string({ unit: 'binary' })],
    ['number-like text', numberLike],
  ])('never returns NaN, ±Infinity or -0, whatever the text: %s', (_name, texts) => {
    fc.assert(
      fc.property(texts, (text) => {
        const r = parseNumberText(text);
        return r === null || (Number.isFinite(r.value) && !Object.is(r.value, -0));
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * Lets an expired jest timeout fire: a test that ran synchronously for longer than its timeout is only
 * failed once the event loop gets a turn, so each long-text test yields once at its end.
 */
const yieldToTimers = () => new Promise((resolve) => setTimeout(resolve, 0));
/** jest's own default; the project sets 60 s for the browser tests, far above a quadratic regression here. */
const DEFAULT_TIMEOUT = 5000;

describe('parseNumberText: very long texts are read in linear time', () => {
  test(
    '200 000 characters of spaces around a digit and a letter: not a number',
    async () => {
      const text = `${' '.repeat(100_000)}5${' '.repeat(99_998)}a`;
      expect(text.length).toBe(200_000);
      expect(parseNumberText(text)).toBeNull();
      await yieldToTimers();
    },
    DEFAULT_TIMEOUT,
  );

  test(
    '"1", 200 000 spaces, "kr x": not a number; a number padded with 200 000 spaces is that number',
    async () => {
      expect(parseNumberText(`1${' '.repeat(200_000)}kr x`)).toBeNull();
      expect(parseNumberText(`${'\u00a0'.repeat(100_000)}8 100${' '.repeat(100_000)}`)).toEqual({ value: 8100, percent: false });
      await yieldToTimers();
    },
    DEFAULT_TIMEOUT,
  );

  test('a number is at most 80 characters once trimmed', () => {
    expect(parseNumberText(`${'1'.repeat(79)}%`)).not.toBeNull();
    expect(parseNumberText(`1${' '.repeat(79)}%`)).toBeNull();
  });
});
