/** Partly met: an outcome that misses its target by no more than the tolerance, a fraction of the target value. */
import { formatMessage } from '../../i18n/format';
import type { Message } from '../types';
import { judgeWithTolerance } from './compareWithTolerance';
import { evaluateTarget, type TargetInput } from './evaluateTarget';

const sv = (m: Message) => formatMessage('sv', m).replace(/\u00a0/g, ' ');
const judge = (target: unknown, input: TargetInput) => {
  const e = evaluateTarget(target, input);
  return { status: e.status, sv: sv(e.reason) };
};

describe('judgeWithTolerance', () => {
  test.each<[number, '>=' | '<=' | '>' | '<' | '=', number, number | undefined, string]>([
    [0.85, '>=', 0.9, undefined, 'missed'],
    [0.85, '>=', 0.9, 0.1, 'partly'], // 0,85 ≥ 0,9 − 0,09
    [0.81, '>=', 0.9, 0.1, 'partly'], // the boundary of the band is inside it
    [0.8, '>=', 0.9, 0.1, 'missed'],
    [0.93, '>=', 0.9, 0.1, 'met'],
    [2.7, '<=', 2.5, 0.1, 'partly'], // 2,7 ≤ 2,5 + 0,25
    [2.76, '<=', 2.5, 0.1, 'missed'],
    [0.2, '<', 0.2, 0.05, 'partly'], // "Lägre än 20 procent" missed at 20 %, within 5 % of it
    [1, '<=', 0, 0.5, 'missed'], // a zero target has no band
    [0.5, '>=', 0.9, 0, 'missed'],
    [0.5, '>=', 0.9, -0.2, 'missed'],
  ])('%d %s %d with tolerance %s → %s', (outcome, comparator, threshold, tolerance, verdict) => {
    expect(judgeWithTolerance(outcome, comparator, threshold, tolerance)).toBe(verdict);
  });
});

describe('evaluateTarget with a tolerance', () => {
  test('partly met, and the reason says the band', () => {
    expect(judge('≥ 90 %', { outcome: 0.85, tolerance: 0.1 })).toEqual({
      status: 'partly',
      sv: 'utfall 85 % mot mål ≥ 90 %; delvis uppfyllt: högst 10 % från målvärdet',
    });
    expect(judge('≥ 90 %', { outcome: 0.85 }).status).toBe('missed');
    expect(judge('≥ 90 %', { outcome: 0.95, tolerance: 0.1 }).status).toBe('met');
  });

  test('lower is better: above the target, but within the band', () => {
    expect(judge('2,5', { outcome: 2.7, indicator: 'Överbeläggningar per 100 vårdplatser', tolerance: 0.1 }).sv).toBe(
      'utfall 2,7 mot mål ≤ 2,5 (lägre är bättre, utläst ur ”Överbeläggningar per 100 vårdplatser”); delvis uppfyllt: högst 10 % från målvärdet',
    );
  });

  test('groups: met when every group is, missed when any is, partly otherwise', () => {
    expect(judge('≥ 70 %', { outcome: 'M: 72 % K: 65 %', tolerance: 0.1 }).status).toBe('partly');
    expect(judge('≥ 70 %', { outcome: 'M: 72 % K: 60 %', tolerance: 0.1 })).toMatchObject({
      status: 'missed',
      sv: 'M 72 % och K 60 % mot mål ≥ 70 %; ej uppfyllt för K',
    });
    expect(judge('≥ 70 %', { outcome: 'M: 72 % K: 71 %', tolerance: 0.1 }).status).toBe('met');
  });

  test('change targets are partly met against the bound the reference gives', () => {
    // Öka med 10 %: the bound is 110; 105 is within 10 % of it.
    expect(judge('Öka med 10 %', { outcome: 105, reference: 100, tolerance: 0.1 }).status).toBe('partly');
    expect(judge('Öka med 10 %', { outcome: 98, reference: 100, tolerance: 0.1 }).status).toBe('missed');
  });

  test('yes/no targets are met or not: never partly', () => {
    expect(judge('Ja', { outcome: 'Nej', tolerance: 0.5 }).status).toBe('missed');
  });
});
