import fc from 'fast-check';
import { catalog } from '../../i18n/catalog';
import { numbersMessages } from '../../i18n/catalog/numbers';
import { targetsMessages } from '../../i18n/catalog/targets';
import { formatMessage } from '../../i18n/format';
import type { Message, MessageParam } from '../types';
import { evaluateTarget } from './evaluateTarget';
import { developmentOf, readDevelopment } from './development';
import { explainTarget } from './explainTarget';
import { parseTarget } from './parseTarget';
import { PARSED_TARGET_KINDS, type Comparator, type ParsedTarget } from './types';

const VOCABULARY = [
  '≥',
  '≤',
  '<',
  '>',
  '=',
  '>=',
  '<=',
  '=>',
  '%',
  ' %',
  'procent',
  'procentenheter',
  'eller',
  'högre',
  'lägre',
  'färre',
  'mer',
  'minst',
  'max',
  'högst',
  'lägst',
  'mer än',
  'över',
  'under',
  'Lägre än',
  'Ska',
  'öka',
  'Öka',
  'Minska',
  'minskande',
  'Fler',
  'Färre',
  'Förbättring',
  'Halvera',
  'med',
  'till',
  'jmf med',
  '2020',
  'M:',
  'K:',
  'män:',
  'kvinnor:',
  'VGR:',
  'SU:',
  'SÅS:',
  'SÄS:',
  ':',
  '17,2',
  '1 500',
  '5000',
  '100 000',
  '0,8',
  '8,5',
  '90',
  '-',
  '−',
  '–',
  '/',
  '(',
  ')',
  'per',
  'invånare',
  'Ja',
  'JA',
  'Nej',
  'Inget målvärde',
  'Bearbetas',
  'Under utredning',
  'inom 20 minuter',
  '(regionalt mål)',
  'SKR-mål',
  '1e999',
  'Infinity',
  'NaN',
  '\u00a0',
  '\u202f',
  '',
  ' ',
  ',',
  '.',
  '..',
  '2025-06-30',
  'F11.2',
  '9'.repeat(400),
];

const vocabularyText = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 12 }).chain((words) => fc.constantFrom(words.join(' '), words.join('')));
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), vocabularyText);

function isWellFormed(t: ParsedTarget): boolean {
  const finite = (x: number) => Number.isFinite(x);
  switch (t.kind) {
    case 'threshold':
      return finite(t.threshold.value);
    case 'split':
      return t.parts.length >= 2 && t.parts.every((p) => finite(p.threshold.value) && p.key !== '');
    case 'change':
      return !t.amount || finite(t.amount.kind === 'relative' ? t.amount.fraction : t.amount.value);
    default:
      return true;
  }
}

/** Every key of a message, nested ones included, must be in the catalogue: a missing text would show as its key. */
function keysOf(m: Message): string[] {
  const nested = Object.values(m.params ?? {}).flatMap((p: MessageParam) => (typeof p === 'object' && 'message' in p ? keysOf(p.message) : []));
  return [m.key, ...nested];
}

/** The message with braces in its text parameters made parentheses: the user's own text may hold "{0}". */
function withoutBraces(m: Message): Message {
  if (!m.params) return m;
  const params = Object.fromEntries(
    Object.entries(m.params).map(([k, p]: [string, MessageParam]) => [
      k,
      typeof p === 'string'
        ? p.replace(/\{/g, '(').replace(/\}/g, ')')
        : typeof p === 'object' && 'message' in p
          ? { ...p, message: withoutBraces(p.message) }
          : p,
    ]),
  );
  return { ...m, params };
}

function expectRenderable(m: Message): void {
  for (const key of keysOf(m)) expect(catalog[key]).toBeDefined();
  // A placeholder left unfilled shows as {name}; the user's own text may hold braces and is no such thing.
  for (const locale of ['sv', 'en'] as const) expect(formatMessage(locale, withoutBraces(m))).not.toMatch(/\{\w+\}/);
}

describe('parseTarget: properties', () => {
  test('never throws, always returns one of its kinds, with finite numbers', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const t = parseTarget(text);
        expect(PARSED_TARGET_KINDS).toContain(t.kind);
        expect(isWellFormed(t)).toBe(true);
      }),
      { numRuns: 250 },
    );
  });

  test('reads any threshold written with a comparator, and its boundary is exact', () => {
    const before: ReadonlyArray<[string, Comparator]> = [
      ['≥', '>='],
      ['>=', '>='],
      ['minst', '>='],
      ['lägst', '>='],
      ['≤', '<='],
      ['<=', '<='],
      ['max', '<='],
      ['högst', '<='],
      ['>', '>'],
      ['mer än', '>'],
      ['över', '>'],
      ['<', '<'],
      ['Lägre än', '<'],
      ['under', '<'],
    ];
    const after: ReadonlyArray<[string, Comparator]> = [
      ['eller högre', '>='],
      ['eller mer', '>='],
      ['eller lägre', '<='],
      ['eller färre', '<='],
    ];
    const form = fc.oneof(
      fc.constantFrom(...before).map(([w, c]) => ({ c, make: (v: string) => `${w} ${v}` })),
      fc.constantFrom(...after).map(([w, c]) => ({ c, make: (v: string) => `${v} ${w}` })),
    );
    fc.assert(
      fc.property(
        form,
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom('', ' %', '%', ' procent'),
        fc.constantFrom('', ' per 100 disponibla vårdplatser', ' inom 20 minuter (regionalt mål)', ' av personalkostnaden'),
        ({ c, make }, n, k, unit, context) => {
          const written = (n / 10 ** k).toLocaleString('sv-SE', { maximumFractionDigits: 2 });
          const value = unit ? Number(`${n}e-${k + 2}`) : n / 10 ** k;
          const text = make(`${written}${unit}`) + context;
          const t = parseTarget(text);
          expect(t).toMatchObject({ kind: 'threshold', threshold: { comparator: c, value, percent: unit !== '' } });
          const inclusive = c === '>=' || c === '<=';
          expect(evaluateTarget(text, { outcome: value }).status).toBe(inclusive ? 'met' : 'missed');
          const step = Math.max(Math.abs(value), 1e-3) * 1e-4;
          const better = c === '>=' || c === '>' ? value + step : value - step;
          const worse = c === '>=' || c === '>' ? value - step : value + step;
          expect(evaluateTarget(text, { outcome: better }).status).toBe('met');
          expect(evaluateTarget(text, { outcome: worse }).status).toBe('missed');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('evaluateTarget and explainTarget: properties', () => {
  const cellValue = fc.oneof(
    fc.constant(null),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    anyText,
    fc.constantFrom({ error: '#REF!' }, { error: '#N/A' }, 'Ja', 'nej', '93 %', '8 100', '−1 764', 'Högre är bättre', 'Lägre är bättre', 'K', 'SÄS'),
  );
  const anything = fc.oneof(cellValue, fc.anything());

  test('never throw, give one of the three statuses, and every message has its texts in both languages', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, anything), anything, anything, anything, anything, (target, outcome, reference, group, direction) => {
        const e = evaluateTarget(target, { outcome, reference, group, direction });
        expect(['met', 'missed', 'not-assessable']).toContain(e.status);
        expect(PARSED_TARGET_KINDS).toContain(e.target.kind);
        expect(typeof e.percentScaleSuspect).toBe('boolean');
        expectRenderable(e.reason);
        expectRenderable(explainTarget(target, group, direction));
      }),
      { numRuns: 250 },
    );
  });

  test('a measurable target with a numeric outcome (and reference, group) is never "not assessable"', () => {
    const targets = [
      '≥90 % inom 20 minuter (regionalt mål)',
      '≤ 8,5%',
      '100%',
      'Ska öka',
      'Minska med 50 % jmf med 2020',
      'M: 17,2 % K: 16 %',
      'SKR-mål max 2% av personalkostnaden',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...targets),
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
        fc.constantFrom('M', 'K'),
        (target, outcome, reference, group) => {
          expect(evaluateTarget(target, { outcome, reference, group }).status).not.toBe('not-assessable');
        },
      ),
    );
  });
});

describe('the catalogue texts of numbers and targets', () => {
  test.each(Object.entries({ ...numbersMessages, ...targetsMessages }))('%s has sv and en with the same parameters', (_key, texts) => {
    const params = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    expect(texts.sv.trim()).not.toBe('');
    expect(texts.en.trim()).not.toBe('');
    expect(params(texts.sv)).toEqual(params(texts.en));
  });
});

describe('partly met and development: properties', () => {
  const fraction = fc.double({ min: 0, max: 2, noNaN: true });
  const targets = fc.constantFrom(
    '≥ 90 %',
    '≤ 8,5%',
    '2,5',
    '100 %',
    'Lägre än 20 procent',
    'M: 17,2 % K: 16 %',
    'Ska öka',
    'Öka med 10 %',
    'Ja',
    'minst 1 500',
  );
  const outcomes = fc.oneof(fraction, fc.double({ min: 0, max: 5000, noNaN: true }), fc.constantFrom('M: 18 % K: 15 %', '51 % M: 60 % K:45 %', 'Nej', 'Ja'));
  const directions = fc.constantFrom(null, 'högre', 'lägre');

  test('partly never appears without a tolerance, and a tolerance never changes met or not assessable', () => {
    fc.assert(
      fc.property(
        targets,
        outcomes,
        fc.option(fraction),
        directions,
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        (target, outcome, reference, direction, tolerance) => {
          const without = evaluateTarget(target, { outcome, reference, direction }).status;
          const withTolerance = evaluateTarget(target, { outcome, reference, direction, tolerance }).status;
          expect(without).not.toBe('partly');
          if (without === 'met' || without === 'not-assessable') expect(withTolerance).toBe(without);
          else expect(['partly', 'missed']).toContain(withTolerance);
        },
      ),
      { numRuns: 2000 },
    );
  });

  const figure = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const swapped = { better: 'worse', worse: 'better', unchanged: 'unchanged' } as const;

  test('DEVELOPMENT is antisymmetric: swapping outcome and reference swaps better and worse', () => {
    fc.assert(
      fc.property(figure, figure, fc.boolean(), (a, b, higher) => {
        const there = developmentOf(a, b, higher, 0);
        expect(developmentOf(b, a, higher, 0)).toBe(swapped[there]);
      }),
      { numRuns: 5000 },
    );
  });

  test('with a band, swapping never gives the same better or worse', () => {
    fc.assert(
      fc.property(figure, figure, fc.boolean(), fc.double({ min: 0, max: 0.5, noNaN: true }), (a, b, higher, band) => {
        const there = developmentOf(a, b, higher, band);
        if (there !== 'unchanged') expect(developmentOf(b, a, higher, band)).not.toBe(there);
      }),
      { numRuns: 5000 },
    );
  });

  // The properties above hold for a function that swaps better and worse everywhere; this one anchors them.
  test('DEVELOPMENT calls a clear rise better where higher is better and worse where lower is, and a clear fall the opposite', () => {
    fc.assert(
      fc.property(figure, fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true }), (reference, step, band) => {
        // Past the band and well past the float noise developmentOf allows for (a billionth of the figures).
        const rise = reference + band * Math.abs(reference) * 1.001 + step;
        const fall = reference - band * Math.abs(reference) * 1.001 - step;
        expect([developmentOf(rise, reference, true, band), developmentOf(rise, reference, false, band)]).toEqual(['better', 'worse']);
        expect([developmentOf(fall, reference, true, band), developmentOf(fall, reference, false, band)]).toEqual(['worse', 'better']);
      }),
      { numRuns: 3000 },
    );
  });

  test('DEVELOPMENT respects the direction: lower-is-better turns better into worse and back', () => {
    fc.assert(
      fc.property(figure, figure, fc.double({ min: 0, max: 0.5, noNaN: true }), (a, b, band) => {
        expect(developmentOf(a, b, false, band)).toBe(swapped[developmentOf(a, b, true, band)]);
        const read = readDevelopment(a, b, 'lägre', band);
        expect(read.ok && read.value.overall).toBe(developmentOf(a, b, false, band));
      }),
      { numRuns: 3000 },
    );
  });
});
