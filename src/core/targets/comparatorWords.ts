/**
 * The words follow-up documents use for comparisons, in Swedish and English. Longest phrases come
 * first when matching, so "inte mer än" wins over "mer än" and "inte under" over "under".
 */
import type { Comparator } from './types';

const BEFORE: ReadonlyArray<[Comparator, readonly string[]]> = [
  [
    '<',
    [
      'lägre än',
      'mindre än',
      'färre än',
      'kortare än',
      'understigande',
      'understiga',
      'under',
      'less than',
      'fewer than',
      'lower than',
      'shorter than',
      'below',
    ],
  ],
  [
    '<=',
    [
      'inte mer än',
      'inte fler än',
      'inte högre än',
      'inte längre än',
      'inte över',
      'inte överstiga',
      'ej över',
      'ej mer än',
      'högst',
      'max',
      'max.',
      'maximalt',
      'maximum',
      'som mest',
      'som högst',
      'upp till',
      'at most',
      'no more than',
      'not more than',
      'up to',
      'a maximum of',
      'maximum of',
    ],
  ],
  [
    '>=',
    [
      'inte mindre än',
      'inte lägre än',
      'inte färre än',
      'inte kortare än',
      'inte under',
      'ej under',
      'ej lägre än',
      'minst',
      'lägst',
      'min',
      'min.',
      'minimum',
      'som minst',
      'som lägst',
      'åtminstone',
      'at least',
      'no less than',
      'not less than',
      'no fewer than',
      'a minimum of',
      'minimum of',
    ],
  ],
  [
    '>',
    [
      'mer än',
      'fler än',
      'högre än',
      'större än',
      'längre än',
      'överstigande',
      'överstiga',
      'över',
      'more than',
      'greater than',
      'higher than',
      'longer than',
      'above',
      'over',
      'exceeding',
    ],
  ],
  ['=', ['exakt', 'lika med', 'exactly', 'equal to']],
];

/** Every comparator phrase that can stand before a number, longest first. */
export const COMPARATOR_PHRASES: ReadonlyArray<{ phrase: string; comparator: Comparator }> = BEFORE.flatMap(([comparator, phrases]) =>
  phrases.map((phrase) => ({ phrase, comparator })),
).sort((a, b) => b.phrase.length - a.phrase.length);

export const SYMBOLS: ReadonlyMap<string, Comparator> = new Map<string, Comparator>([
  ['\u2265', '>='],
  ['\u2264', '<='],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
]);

/** The comparative after "X eller …" / "X or …": which way the boundary is included. */
export const AFTER_WORDS: ReadonlyMap<string, Comparator> = new Map<string, Comparator>([
  ...['lägre', 'färre', 'mindre', 'kortare', 'under', 'nedåt', 'sämre', 'less', 'lower', 'fewer', 'below', 'shorter'].map((w) => [w, '<='] as const),
  ...['högre', 'mer', 'fler', 'större', 'längre', 'över', 'uppåt', 'more', 'higher', 'greater', 'above', 'longer', 'over'].map((w) => [w, '>='] as const),
]);

/** The symbol a controller reads: '>=' → "≥". */
export function comparatorSymbol(c: Comparator): string {
  switch (c) {
    case '>=':
      return '\u2265';
    case '<=':
      return '\u2264';
    default:
      return c;
  }
}

/**
 * The comparator phrase or symbol that `textLower` ends with, and where it starts; null without one.
 *
 * @example
 * comparatorAtEnd('skr-mål max') // { comparator: '<=', start: 8 }
 * comparatorAtEnd('lägre än')    // { comparator: '<', start: 0 }
 */
export function comparatorAtEnd(textLower: string): { comparator: Comparator; start: number } | null {
  const t = textLower.trimEnd();
  const last = t[t.length - 1];
  const symbol = last === undefined ? undefined : SYMBOLS.get(last);
  if (symbol) return { comparator: symbol, start: t.length - 1 };
  for (const { phrase, comparator } of COMPARATOR_PHRASES) {
    if (!t.endsWith(phrase)) continue;
    const start = t.length - phrase.length;
    const before = t[start - 1];
    if (start === 0 || /[\s(:"'\u201d\u2013-]/.test(before)) return { comparator, start };
  }
  return null;
}
