/**
 * The scanner behind readOutcome: an outcome's text as figures (with their percent sign or unit word) and
 * group names, or 'text' as soon as anything else is in it. readOutcome decides what the tokens mean.
 */
import { groupKey, KNOWN_GROUP_NAMES, knownGroupKey } from './groupKey';
import { isLetter, lowerSameLength } from './targetText';

/** One figure of an outcome; a percentage is a fraction (51 % is 0.51). */
export interface OutcomeFigure {
  value: number;
  percent: boolean;
  /** The unit or count word as written after the figure ("mnkr", "dagar"); none for "st", "%" or nothing. */
  unit?: string;
}

export type OutcomeToken =
  { kind: 'figure'; figure: OutcomeFigure; unitWord: string } | { kind: 'name'; label: string; key: string; colon: boolean; total: boolean };

/** Labels of at most this many words before a colon ("Region Halland:", "Sjukhusen i väster:"). */
const MAX_LABEL_WORDS = 4;

/** Words that name the whole rather than a group: "Totalt 51 %", "Utfall: 51 %". */
const TOTAL_WORDS: ReadonlySet<string> = new Set([
  'totalt',
  'total',
  'samtliga',
  'alla',
  'summa',
  'sammantaget',
  'sammanlagt',
  'hela',
  'utfall',
  'resultat',
  'värde',
  'outcome',
  'result',
  'overall',
  'all',
  'both',
  'båda',
  'bägge',
]);
/** Words between the parts that join them and say nothing: "M 60 % och K 45 %", "135 varav K: 95". */
const JOINING_WORDS: ReadonlySet<string> = new Set(['och', 'and', 'samt', 'resp', 'respektive', 'varav', 'of', 'whom', 'which']);
/** Count words that are no unit: "135 st" is 135 of the same thing as "135". */
const COUNT_WORDS: ReadonlySet<string> = new Set(['st', 'stycken', 'styck', 'stk', 'antal', 'pcs']);
const PERCENT_WORDS: ReadonlySet<string> = new Set(['%', 'procent', 'percent', 'procentenheter', 'procentenhet', 'pe']);
/** The known group names and total words by their first letter, longest first: they are labels only as whole words. */
const NAMES_BY_FIRST = new Map<string, string[]>();
for (const name of [...new Set([...KNOWN_GROUP_NAMES, ...TOTAL_WORDS])].sort((a, b) => b.length - a.length)) {
  const list = NAMES_BY_FIRST.get(name[0]) ?? [];
  list.push(name);
  NAMES_BY_FIRST.set(name[0], list);
}

/**
 * Sign, then digits: grouped in the English (1), the dotted (2) or the spaced way (3), else plain (4); the
 * whole part and the decimals captured, so the value is read without parsing the figure a second time.
 * Swedish first, as NUMBER reads: a lone comma is the decimal sign.
 */
const NUMBER_AT = /([+-])? ?(?:(\d{1,3}(?:,\d{3})+)\.(\d+)|(\d{1,3}(?:\.\d{3})+),(\d+)|(\d{1,3}(?: \d{3})+)(?!\d)(?:[.,](\d+))?|(\d+)(?:[.,](\d+))?)/y;
const WORD_AT = /\p{L}[\p{L}\p{N}'’-]*\.?/uy;
const PERCENT_AT = / ?(?:%|procentenheter|procentenhet|procent|percentage points?|percent)(?!\p{L})/uy;

type Token = OutcomeToken;

function isSeparator(c: string): boolean {
  return c === ' ' || c === ',' || c === ';' || c === '/' || c === '|' || c === '(' || c === ')' || c === '[' || c === ']' || c === '&';
}

/** Where the colon after position `i` is (touching, or after one space), or -1. */
function colonAt(lower: string, i: number): number {
  if (lower[i] === ':') return i;
  return lower[i] === ' ' && lower[i + 1] === ':' ? i + 1 : -1;
}

/**
 * A label followed by a colon: one word, or up to four capitalised ones ("Region Halland:"), so that a
 * count word before a label ("135 st M: 40") stays the figure's.
 */
function colonLabel(text: string, lower: string, at: number): { label: string; end: number } | null {
  let i = at;
  for (let words = 0; words < MAX_LABEL_WORDS; words++) {
    WORD_AT.lastIndex = i;
    const w = WORD_AT.exec(lower);
    if (!w) return null;
    i += w[0].length;
    const colon = colonAt(lower, i);
    if (colon >= 0) return { label: text.slice(at, i).trim(), end: colon + 1 };
    if (lower[i] !== ' ' || !isLetter(lower[i + 1]) || !/\p{Lu}/u.test(text[at]) || !/\p{Lu}/u.test(text[i + 1])) return null;
    i += 1;
  }
  return null;
}

/** The end of a note in parentheses that holds no figure and no label ("(prel.)", "(jan–aug)"), or -1. */
function noteEnd(lower: string, at: number): number {
  const close = lower.indexOf(')', at);
  if (close < 0) return -1;
  return /[\d:(]/.test(lower.slice(at + 1, close)) ? -1 : close + 1;
}

/** A known group name or total word standing as a whole word at `at`. */
function nameAt(lower: string, at: number): string | null {
  for (const name of NAMES_BY_FIRST.get(lower[at]) ?? []) {
    if (!lower.startsWith(name, at)) continue;
    const after = lower[at + name.length];
    if (after === undefined || !/[\p{L}\p{N}-]/u.test(after)) return name;
  }
  return null;
}

function nameToken(label: string, colon: boolean, key = groupKey(label)): Token {
  const first = key.split(' ')[0];
  return { kind: 'name', label, key, colon, total: TOTAL_WORDS.has(key) || first === 'totalt' || first === 'total' };
}

/** The value of NUMBER_AT's match: exact to the decimal written, as NUMBER reads it ("8.5e-2" is the double nearest 0.085). */
function matchedValue(m: RegExpExecArray, percent: boolean): number | null {
  // Only the grouped forms (1, 2, 3) have separators inside the whole part.
  const grouped = m[2] ?? m[4] ?? m[6];
  const whole = grouped !== undefined ? grouped.replace(/[^0-9]/g, '') : m[8];
  const decimals = m[3] ?? m[5] ?? m[7] ?? m[9];
  const value = Number(`${m[1] === '-' ? '-' : ''}${whole}${decimals ? `.${decimals}` : ''}${percent ? 'e-2' : ''}`);
  if (!Number.isFinite(value)) return null;
  return value === 0 ? 0 : value;
}

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** After the digits: a date, a range, a ratio or a code goes on ("2025-06-30", "80–90 %", "12/1000", "1.2.3"). */
function runsOn(s: string, end: number): boolean {
  if (isDigitAt(s, end)) return true;
  const c = s[end];
  return (c === '-' || c === '\u2013' || c === '\u2014' || c === '/' || c === ':' || c === '.' || c === ',') && isDigitAt(s, end + 1);
}

/** The figure at `at`, its percent sign included, or null when the digits there are no figure of their own. */
function figureAt(lower: string, at: number): { token: Token; end: number } | null {
  NUMBER_AT.lastIndex = at;
  const m = NUMBER_AT.exec(lower);
  if (!m) return null;
  let end = at + m[0].length;
  if (runsOn(lower, end)) return null;
  let percent = false;
  const next = lower[end];
  if (next === '%' || next === ' ' || next === 'p') {
    PERCENT_AT.lastIndex = end;
    const p = PERCENT_AT.exec(lower);
    if (p) {
      percent = true;
      end += p[0].length;
    }
  }
  const value = matchedValue(m, percent);
  if (value === null) return null;
  return { token: { kind: 'figure', figure: { value, percent, unit: undefined }, unitWord: percent ? '%' : '' }, end };
}

/** After a figure: "per 100 vårdplatser", "per 1 000 invånare och år" belongs to it as context. */
function rateContext(lower: string, at: number): number {
  let i = at;
  if (lower.startsWith('per ', i)) i += 4;
  else return at;
  NUMBER_AT.lastIndex = i;
  const n = NUMBER_AT.exec(lower);
  if (n) i += n[0].length + (lower[i + n[0].length] === ' ' ? 1 : 0);
  for (let words = 0; words < 4; words++) {
    WORD_AT.lastIndex = i;
    const w = WORD_AT.exec(lower);
    if (!w || nameAt(lower, i) !== null) break;
    i += w[0].length;
    if (lower[i] === ' ' && isLetter(lower[i + 1])) i += 1;
    else break;
  }
  return i;
}

/**
 * The text (normalised) as figures and group names, or 'text' when anything else is in it.
 *
 * @example
 * scanOutcome('51 % M: 60 % K:45 %') // [figure 0.51 %, name M, figure 0.6 %, name K, figure 0.45 %]
 * scanOutcome('Resultat kommer i jan') // 'text'
 */
export function scanOutcome(text: string): OutcomeToken[] | 'text' {
  const lower = lowerSameLength(text);
  // En dashes are minus signs before a figure ("– 4 tkr"); the figure reader knows only "-".
  const signed = lower.includes('\u2013') ? lower.replace(/\u2013/g, '-') : lower;
  const tokens: Token[] = [];
  let i = 0;
  while (i < lower.length) {
    const c = lower[i];
    const note = c === '(' ? noteEnd(lower, i) : -1;
    if (note > 0) {
      i = note;
      continue;
    }
    const dash = c === '-' || c === '\u2013' || c === '\u2014';
    // A dash and a space between parts separates them; at the very start, before a figure, it is a minus ("– 4 tkr").
    const dashSeparator = dash && lower[i + 1] === ' ' && !(i === 0 && /\d/.test(lower[i + 2] ?? ''));
    if (isSeparator(c) || (c === '.' && !/\d/.test(lower[i + 1] ?? '')) || dashSeparator) {
      i++;
      continue;
    }
    const signStart = (c === '+' || c === '-' || c === '\u2013') && (i === 0 || isSeparator(lower[i - 1]) || lower[i - 1] === ':');
    if (isDigitAt(lower, i) || signStart) {
      if (i > 0 && !isSeparator(lower[i - 1]) && lower[i - 1] !== ':') return 'text';
      const f = figureAt(signed, i);
      if (!f) return 'text';
      tokens.push(f.token);
      i = rateContext(lower, f.end + (lower[f.end] === ' ' && lower.startsWith('per ', f.end + 1) ? 1 : 0));
      continue;
    }
    if (!isLetter(c)) return 'text';
    // A known name ("M", "kvinnor", "SU", "Totalt") with its colon, the common case, without reading words.
    const name = nameAt(lower, i);
    const nameColon = name !== null ? colonAt(lower, i + name.length) : -1;
    if (name !== null && nameColon >= 0) {
      tokens.push(nameToken(text.slice(i, i + name.length), true, knownGroupKey(name)));
      i = nameColon + 1;
      continue;
    }
    const labelled = colonLabel(text, lower, i);
    if (labelled) {
      tokens.push(nameToken(labelled.label, true));
      i = labelled.end;
      continue;
    }
    if (name !== null) {
      tokens.push(nameToken(text.slice(i, i + name.length), false, knownGroupKey(name)));
      i += name.length;
      continue;
    }
    WORD_AT.lastIndex = i;
    const word = (WORD_AT.exec(lower) as RegExpExecArray)[0];
    const bare = word.replace(/\.$/, '');
    const last = tokens[tokens.length - 1];
    if (JOINING_WORDS.has(bare)) {
      i += word.length;
    } else if (last?.kind === 'figure' && last.unitWord === '' && (lower[i - 1] === ' ' || /\d/.test(lower[i - 1]))) {
      // One word right after a figure is its unit or count word: "90st", "19 mnkr", "2,3 dagar".
      last.unitWord = bare;
      if (!COUNT_WORDS.has(bare) && !PERCENT_WORDS.has(bare)) last.figure.unit = text.slice(i, i + bare.length);
      i = rateContext(lower, i + word.length + (lower.startsWith(' per ', i + word.length) ? 1 : 0));
    } else {
      return 'text';
    }
  }
  return tokens;
}
