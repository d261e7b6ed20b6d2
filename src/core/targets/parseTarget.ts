/**
 * Reads a target value (målvärde) written as text, in any of the forms docs/functions.md lists, into a
 * ParsedTarget. The order matters: yes/no and "no target" phrases first, then split targets, then a
 * threshold with a comparator, then change targets, then a bare value. Zero targets ("Inga fall") are
 * read as at most zero.
 */
import { parseChange, startsWithChangeWord } from './parseChange';
import { parseSplit } from './parseSplit';
import { recentCache } from './recentCache';
import { parseThreshold } from './parseThreshold';
import { firstDigit } from './readThresholdNumber';
import { lowerSameLength, normalizeTargetText } from './targetText';
import type { ParsedTarget } from './types';

/** Longer texts are descriptions; the cap keeps every pattern below cheap on any input. */
const MAX_LENGTH = 500;

const YES_NO = /^(ja|nej|yes|no)[.!]?$/;

/** Texts that say there is no target (yet). */
const NO_TARGET = [
  /^(?:-|\u2013|\u2014|\.|\.\.|\.\.\.|\u2026|x|n\/a|na|tbd|ej aktuellt|ej tillämpligt|saknas)$/,
  /^(?:inget|ingen|inga|utan|no)(?: \p{L}+)? (?:mål|målvärde|målvärden|målnivå|target|targets)(?!\p{L})/u,
  /^(?:inget|ingen|inga) (?:fastställt|fastställd|beslutat|angivet|satt)(?!\p{L})/u,
  /^(?:bearbetas|under utredning|under framtagande|under arbete|under översyn|utreds|tas fram|tbd|to be decided|under development)(?!\p{L})/u,
  /^(?:målvärde|mål) (?:saknas|tas fram|fastställs|bearbetas|beslutas)(?!\p{L})/u,
  /^(?:ej|inte) (?:fastställt|fastställd|beslutat|satt|framtaget)(?!\p{L})/u,
  /^(?:fastställs|beslutas|tas fram|kommer) (?:senare|under)(?!\p{L})/u,
  /^(?:indikator(?:n)? )?(?:pausas|pausad|pausat|pausades)(?!\p{L})/u,
];

/**
 * Zero targets of patient-safety indicators ("Inga fall", "Nollvision", "Noll fall"): at most zero. Read as
 * ≤ 0 rather than as a bare 0, which the default direction (at least) would make always met.
 */
const ZERO = /^(?:noll fall|nollvision|noll|inga fall|0 fall)(?!\p{L})(?:\s*(.*))?$/u;

function finish(text: string, reading: ParsedTarget | 'unreadable' | null): ParsedTarget | null {
  if (reading === 'unreadable') return { kind: 'unreadable', text, why: 'digits' };
  return reading;
}

function read(raw: string): ParsedTarget {
  const text = normalizeTargetText(raw);
  if (text === '') return { kind: 'none', text: raw, why: 'blank' };
  if (text.length > MAX_LENGTH) {
    return firstDigit(text) >= 0 ? { kind: 'unreadable', text, why: 'digits' } : { kind: 'none', text, why: 'description' };
  }
  const lower = lowerSameLength(text);
  const yesNo = YES_NO.exec(lower);
  if (yesNo) return { kind: 'yes-no', text, expected: yesNo[1] === 'ja' || yesNo[1] === 'yes' };
  if (NO_TARGET.some((r) => r.test(lower))) return { kind: 'none', text, why: 'no-target' };
  const zero = ZERO.exec(lower);
  if (zero) {
    const context = zero[1] ? text.slice(text.length - zero[1].length) : '';
    return { kind: 'threshold', text, threshold: { comparator: '<=', value: 0, percent: false }, ...(context ? { context } : {}) };
  }

  const split = finish(text, parseSplit(text));
  if (split) return split;
  if (startsWithChangeWord(text)) {
    const change = parseChange(text);
    if (change !== null && change !== 'unreadable') return change;
  }
  const explicit = parseThreshold(text, 'explicit');
  if (explicit === 'unreadable') return { kind: 'unreadable', text, why: 'digits' };
  if (explicit) return { kind: 'threshold', text, ...explicit };
  const change = finish(text, parseChange(text));
  if (change) return change;
  const bare = parseThreshold(text, 'any');
  if (bare === 'unreadable') return { kind: 'unreadable', text, why: 'digits' };
  if (bare) return { kind: 'threshold', text, ...bare };
  return firstDigit(text) >= 0 ? { kind: 'unreadable', text, why: 'digits' } : { kind: 'none', text, why: 'description' };
}

/**
 * Reads a target as the follow-up documents write it. Never throws.
 *
 * @example
 * parseTarget('≥90 % inom 20 minuter (regionalt mål)')
 * // { kind: 'threshold', threshold: { comparator: '>=', value: 0.9, percent: true }, context: 'inom 20 minuter (regionalt mål)', … }
 * parseTarget('Lägre än 2,5 per 100 disponibla vårdplatser') // threshold '<' 2.5, context 'per 100 disponibla vårdplatser'
 * parseTarget('Ska öka')               // { kind: 'change', direction: 'increase', … }
 * parseTarget('M: 17,2 % K: 16 %')     // { kind: 'split', by: 'sex', … }
 * parseTarget('JA')                    // { kind: 'yes-no', expected: true, … }
 * parseTarget('Under utredning')       // { kind: 'none', why: 'no-target', … }
 * parseTarget('Senast 2025-06-30')     // { kind: 'unreadable', why: 'digits', … }
 */
export function parseTarget(text: string): ParsedTarget {
  if (typeof text !== 'string') return { kind: 'none', text: '', why: 'blank' };
  try {
    return read(text);
  } catch {
    // A bug in a pattern must not reach a cell: say the target could not be read.
    return { kind: 'unreadable', text, why: 'digits' };
  }
}

/** Two generations of 2 500: at most 5 000 texts. */
const cache = recentCache<ParsedTarget>(2500);

function freeze(target: ParsedTarget): ParsedTarget {
  if (target.kind === 'split') {
    for (const part of target.parts) {
      Object.freeze(part.threshold);
      Object.freeze(part);
    }
    Object.freeze(target.parts);
  }
  if (target.kind === 'threshold') Object.freeze(target.threshold);
  if (target.kind === 'change' && target.amount) Object.freeze(target.amount);
  return Object.freeze(target);
}

/**
 * parseTarget with a bounded cache (the texts used lately, at most 5 000), so a sheet with thousands of
 * TARGET_MET cells that share a few dozen targets recalculates fast. The result is frozen: it is shared.
 *
 * @example
 * parseTargetCached('≤ 8,5%') === parseTargetCached('≤ 8,5%') // true
 */
export function parseTargetCached(text: string): ParsedTarget {
  if (typeof text !== 'string') return parseTarget(text);
  const hit = cache.get(text);
  if (hit) return hit;
  const parsed = freeze(parseTarget(text));
  cache.set(text, parsed);
  return parsed;
}

/** How many texts the cache holds now (for tests). */
export function targetCacheSize(): number {
  return cache.size();
}
