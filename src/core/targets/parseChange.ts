/**
 * Reads a target that asks for a change against the reference value: "Ska öka", "Minskande",
 * "Fler individer med behov ska diagnostiseras", "Minska med 50 % jmf med 2020", "Öka med 10 %",
 * "Halvera", and "Öka till 90 %" (which is a threshold reached by increasing).
 */
import { comparatorAtEnd } from './comparatorWords';
import { firstDigit, readNumberAt, type NumberInText } from './readThresholdNumber';
import { isLetter, isYearLike, lowerSameLength } from './targetText';
import type { ChangeAmount, ChangeDirection, Comparator, ParsedTarget } from './types';

interface Verb {
  direction: ChangeDirection;
  /** Halve and double carry their amount in the word. */
  amount?: ChangeAmount;
}

const VERB_WORDS: ReadonlyArray<[Verb, readonly string[]]> = [
  [
    { direction: 'increase' },
    [
      'öka',
      'ökar',
      'ökas',
      'ökat',
      'ökad',
      'ökade',
      'ökande',
      'ökning',
      'höja',
      'höjas',
      'höjd',
      'höjning',
      'fler',
      'större',
      'högre',
      'stigande',
      'increase',
      'increases',
      'increased',
      'increasing',
      'more',
      'rise',
      'rising',
      'grow',
      'growing',
      'higher',
    ],
  ],
  [
    { direction: 'decrease' },
    [
      'minska',
      'minskar',
      'minskas',
      'minskat',
      'minskad',
      'minskade',
      'minskande',
      'minskning',
      'sänka',
      'sänkas',
      'sänkt',
      'sänkning',
      'färre',
      'mindre',
      'lägre',
      'kortare',
      'sjunkande',
      'reduce',
      'reduced',
      'reduction',
      'decrease',
      'decreases',
      'decreased',
      'decreasing',
      'fewer',
      'less',
      'lower',
      'shorter',
      'falling',
    ],
  ],
  [
    { direction: 'improve' },
    [
      'förbättra',
      'förbättras',
      'förbättrad',
      'förbättrade',
      'förbättrat',
      'förbättring',
      'bättre',
      'improve',
      'improved',
      'improvement',
      'improving',
      'better',
    ],
  ],
  [
    { direction: 'maintain' },
    [
      'bibehålla',
      'bibehållas',
      'bibehållen',
      'bibehållet',
      'bibehållna',
      'behålla',
      'behållas',
      'oförändrad',
      'oförändrat',
      'maintain',
      'maintained',
      'unchanged',
    ],
  ],
  [
    { direction: 'decrease', amount: { kind: 'relative', fraction: 0.5 } },
    ['halvera', 'halveras', 'halverad', 'halverat', 'halvering', 'halve', 'halved', 'halving'],
  ],
  [
    { direction: 'increase', amount: { kind: 'relative', fraction: 1 } },
    ['fördubbla', 'fördubblas', 'fördubblad', 'fördubblat', 'fördubbling', 'double', 'doubled', 'doubling'],
  ],
];

const VERBS = new Map<string, Verb>(VERB_WORDS.flatMap(([verb, words]) => words.map((w) => [w, verb] as [string, Verb])));
const VERB_ALTERNATION = [...VERBS.keys()].sort((a, b) => b.length - a.length).join('|');
const MODAL = '(?:ska|skall|bör|borde|should|must|will|shall)(?: fortsatt| fortsätta att| fortsätta| continue to)?(?: (?:vara|bli|be|become))?';
/** The verb first ("Ska öka", "Fler …", "Minska med …") or after a modal in the middle ("Andelen ska öka"). */
const AT_START = new RegExp(`^(?:${MODAL} )?(${VERB_ALTERNATION})(?!\\p{L})`, 'u');
const IN_MIDDLE = new RegExp(`(?:^|\\s)${MODAL} (${VERB_ALTERNATION})(?!\\p{L})`, 'u');

/** Before a written baseline ("jmf med 2020", "jämfört med föregående år"): any number after these is context. */
const STRONG_BASELINE =
  /(?:^|\s)(?:jmf\.? med|jmf\.? mot|jämfört med|jämfört mot|i jämförelse med|compared with|compared to|relative to|från|sedan|since|from|mot|vs\.?|basår|basåret|baseline|ingångsvärde)$/;
/** Before a year only: "under 2025", "till och med 2026", "senast 2027". */
const YEAR_BASELINE = /(?:^|\s)(?:i|in|under|år|året|year|till och med|t\.o\.m\.?|senast|by|till|to|inför|jmf\.?|jämfört)$/;
const BY_AMOUNT = /(?:^|\s)(?:med|by)(?: (?:minst|åtminstone|at least))?$/;
const TO_LEVEL = /(?:^|\s)(?:till|to)$/;

function readAmount(num: NumberInText, direction: ChangeDirection): ChangeAmount | 'unreadable' {
  if (num.unit === 'percent') {
    if (num.value <= 0 || (direction === 'decrease' && num.value > 1)) return 'unreadable';
    return { kind: 'relative', fraction: num.value };
  }
  if (num.value <= 0) return 'unreadable';
  return { kind: 'absolute', value: num.value, points: num.unit === 'points' };
}

function levelComparator(direction: ChangeDirection): Comparator | null {
  if (direction === 'increase') return '>=';
  if (direction === 'decrease') return '<=';
  return null;
}

function tidy(text: string): string | undefined {
  const t = text.replace(/^[\s,;:.\u2013-]+/, '').trim();
  return t === '' ? undefined : t;
}

/** The first number in `rest` that stands on its own, skipping codes such as "F11.2"; 'unreadable' for a date or range. */
function firstNumber(rest: string): NumberInText | 'unreadable' | null {
  for (let i = firstDigit(rest); i >= 0;) {
    if (isLetter(rest[i - 1])) {
      let j = i;
      while (j < rest.length && /[\p{L}\p{N}.,]/u.test(rest[j])) j++;
      i = firstDigit(rest, j);
      continue;
    }
    return readNumberAt(rest, i) ?? 'unreadable';
  }
  return null;
}

/**
 * True when `text` (normalised) starts with a change word ("Minska …", "Ska öka", "Fler …"). Such a
 * text is read as a change first, so "Minska under 2025" is a decrease (2025 is when), while
 * "Fler än 100", which the change reader cannot place, is still read as the threshold > 100.
 */
export function startsWithChangeWord(text: string): boolean {
  return AT_START.test(lowerSameLength(text));
}

/**
 * Reads `text` (normalised) as a change target; null when it is not one.
 *
 * @example
 * parseChange('Ska öka')                       // { kind: 'change', direction: 'increase', … }
 * parseChange('Minska med 50 % jmf med 2020')  // { kind: 'change', direction: 'decrease', amount: { kind: 'relative', fraction: 0.5 }, context: 'jmf med 2020', … }
 * parseChange('Öka till 90 %')                 // { kind: 'threshold', threshold: { comparator: '>=', value: 0.9, percent: true }, label: 'Öka till', … }
 * parseChange('Utföraren arbetar systematiskt') // null
 */
export function parseChange(text: string): ParsedTarget | 'unreadable' | null {
  const lower = lowerSameLength(text);
  const m = AT_START.exec(lower) ?? IN_MIDDLE.exec(lower);
  if (!m) return null;
  const verb = VERBS.get(m[1]);
  if (!verb) return null;
  const restStart = m.index + m[0].length;
  const rest = lower.slice(restStart);
  const restOriginal = text.slice(restStart);
  const base = { kind: 'change' as const, text, direction: verb.direction };

  const num = firstNumber(rest);
  if (num === 'unreadable') return 'unreadable';
  if (num === null || verb.amount) {
    if (num !== null && verb.amount) {
      // "Halvera till 2030": the verb says how much; a year is when, anything else is unclear.
      const token = num.token.trim();
      if (!isYearLike(token) || num.unit) return 'unreadable';
    }
    const context = tidy(restOriginal);
    return { ...base, ...(verb.amount ? { amount: verb.amount } : {}), ...(context ? { context } : {}) };
  }

  const pre = rest.slice(0, num.start).trimEnd();
  const after = tidy(restOriginal.slice(num.end));
  const yearLike = isYearLike(num.token) && num.unit === null;
  if (STRONG_BASELINE.test(pre) || (yearLike && YEAR_BASELINE.test(pre))) {
    const context = tidy(restOriginal);
    return { ...base, ...(context ? { context } : {}) };
  }
  if (pre === '' || BY_AMOUNT.test(pre)) {
    const amount = readAmount(num, verb.direction);
    if (amount === 'unreadable') return amount;
    return { ...base, amount, ...(after ? { context: after } : {}) };
  }
  const explicit = comparatorAtEnd(pre);
  const toLevel = explicit ? TO_LEVEL.test(pre.slice(0, explicit.start).trimEnd()) : TO_LEVEL.test(pre);
  if (toLevel) {
    const label = text.slice(0, restStart + (explicit ? explicit.start : pre.length)).trim();
    return {
      kind: 'threshold',
      text,
      threshold: {
        comparator: explicit ? explicit.comparator : levelComparator(verb.direction),
        value: num.value,
        percent: num.unit !== null,
      },
      label,
      ...(after ? { context: after } : {}),
    };
  }
  return 'unreadable';
}
