/**
 * Reads a target written as a threshold: a number with a comparator in symbols or words before it
 * ("≥ 90 %", "Lägre än 2,5", "SKR-mål max 2%"), a comparative after it ("80 procent eller högre"),
 * or none at all ("100 %", "1 500"), with trailing context that is not part of the threshold.
 */
import { AFTER_WORDS, comparatorAtEnd } from './comparatorWords';
import { firstDigit, readNumberAt } from './readThresholdNumber';
import { isYearLike, lowerSameLength } from './targetText';
import type { Comparator, Threshold } from './types';

export interface ThresholdReading {
  threshold: Threshold;
  label?: string;
  context?: string;
}

/** 'explicit': only a threshold with a comparator; 'any': a bare value too, after an acceptable label. */
export type ThresholdMode = 'explicit' | 'any';

const AFTER_COMPARATIVE = new RegExp(`^ ?(?:(\\p{L}+) )?(?:eller|or|och|and) (${[...AFTER_WORDS.keys()].join('|')})(?!\\p{L})`, 'u');

/** A label before a bare value that only names it: "Mål:", "SKR-mål", "Regionalt mål", "ca". */
const BARE_LABEL = [
  /[:=]$/,
  /^(?:[\p{L}\p{N}-]+ ){0,2}(?:mål|målvärde|målnivå|nivå|target|goal|level)$/u,
  /^[\p{L}\p{N}]+-mål$/u,
  /^(?:ca\.?|cirka|circa|ungefär|omkring|approx\.?|about|around)$/,
];

/** A label that introduces a change ("Minska med", "Öka till"): the threshold reader leaves it to the change reader. */
const CHANGE_LEAD = /(?:^|\s)(?:med|by|till|to)$/;

/** Words that may introduce a second bound in the context ("… och 95 % inom 30 minuter"). */
const SECOND_BOUND_WORDS = ['och', 'and', 'till', 'to', 'respektive', '-', '\u2013'];

function secondBound(contextLower: string): boolean {
  for (let i = firstDigit(contextLower); i >= 0; i = firstDigit(contextLower, i + 1)) {
    if (i > 0 && /\d/.test(contextLower[i - 1])) continue;
    const before = contextLower.slice(0, i).replace(/-$/, '').trimEnd();
    const introduced = comparatorAtEnd(before) !== null || SECOND_BOUND_WORDS.some((w) => before === w || before.endsWith(` ${w}`));
    if (!introduced) continue;
    const year = /^\d+/.exec(contextLower.slice(i));
    if (year && isYearLike(year[0]) && !/^\d+ ?%/.test(contextLower.slice(i))) continue;
    return true;
  }
  return false;
}

function cleanLabel(text: string): string | undefined {
  const t = text
    .trim()
    .replace(/\s*[:=]$/, '')
    .trim();
  return t === '' ? undefined : t;
}

/**
 * Reads `text` (normalised, see normalizeTargetText) as a threshold. Returns null when it is not one,
 * 'unreadable' when it clearly is a threshold but cannot be read safely (two bounds, a comparator
 * before and a different one after).
 *
 * @example
 * parseThreshold('SKR-mål max 2% av personalkostnaden', 'explicit')
 * // { threshold: { comparator: '<=', value: 0.02, percent: true }, label: 'SKR-mål', context: 'av personalkostnaden' }
 * parseThreshold('80 procent eller högre', 'explicit') // { threshold: { comparator: '>=', value: 0.8, percent: true } }
 * parseThreshold('100 %', 'explicit')                  // null (bare: needs mode 'any')
 * parseThreshold('100 %', 'any')                       // { threshold: { comparator: null, value: 1, percent: true } }
 */
export function parseThreshold(text: string, mode: ThresholdMode): ThresholdReading | 'unreadable' | null {
  const lower = lowerSameLength(text);
  const digit = firstDigit(lower);
  if (digit < 0) return null;
  const num = readNumberAt(lower, digit);
  if (!num) return null;

  const preLower = lower.slice(0, num.start);
  let before = comparatorAtEnd(preLower);
  // "Mål = 90 %": after a label "=" only separates it; "= 0" alone asks for exactly 0.
  if (before?.comparator === '=' && preLower.slice(0, before.start).trim() !== '') before = null;
  let post = lower.slice(num.end);
  let postOriginal = text.slice(num.end);
  let after: Comparator | null = null;
  const a = AFTER_COMPARATIVE.exec(post);
  if (a) {
    after = AFTER_WORDS.get(a[2]) ?? null;
    const unitWord = a[1]
      ? text
          .slice(num.end, num.end + a[0].length)
          .trim()
          .split(' ')[0]
      : '';
    post = post.slice(a[0].length);
    postOriginal = `${unitWord} ${text.slice(num.end + a[0].length)}`;
  }
  const plus = after === null ? /^ ?\+(?![\d\p{L}])/u.exec(post) : null;
  if (plus) {
    // "90 %+": that much or more.
    after = '>=';
    post = post.slice(plus[0].length);
    postOriginal = text.slice(num.end + plus[0].length);
  }
  if (before && after && before.comparator !== after) return 'unreadable';
  const comparator = before?.comparator ?? after;

  const label = cleanLabel(text.slice(0, before ? before.start : num.start));
  const labelLower = label?.toLowerCase() ?? '';
  if (label && CHANGE_LEAD.test(labelLower)) return null;
  if (comparator === null) {
    if (mode === 'explicit') return null;
    const written = text.slice(0, num.start).trim();
    if (written !== '' && !BARE_LABEL.some((r) => r.test(written.toLowerCase()))) return null;
  }
  const context = postOriginal.replace(/^[\s,;]+/, '').trim();
  if (/[\u2265\u2264<>]/.test(post) || secondBound(post.replace(/^[\s,;]+/, ''))) return 'unreadable';
  return {
    threshold: { comparator, value: num.value, percent: num.unit !== null },
    ...(label ? { label } : {}),
    ...(context ? { context } : {}),
  };
}
