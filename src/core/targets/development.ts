/**
 * DEVELOPMENT: an outcome against its reference (the previous period, a baseline) as better, unchanged or
 * worse, knowing that for a lower-is-better measure a fall is better. Split outcomes go group by group
 * against a split reference ("M: Bättre, K: Sämre"), or every group against a single reference value.
 */
import type { Message } from '../types';
import { againstSplit, figuresOf } from './outcomeFigures';
import { readOutcome, type OutcomeFigure } from './readOutcome';
import { polarity } from './targetRequirement';
import { quoteReading } from '../numbers/toNumber';

export type Development = 'better' | 'unchanged' | 'worse';

export interface DevelopmentReading {
  /** The one word for the indicator; 'mixed' when a split outcome's groups went different ways. */
  overall: Development | 'mixed';
  /** Each group's development, for a split outcome; empty for a single figure. */
  groups: { label: string; development: Development }[];
  /** Which way was better, and whether that was assumed (no direction given: higher). */
  higher: boolean;
  assumed: boolean;
}

export type DevelopmentResult = { ok: true; value: DevelopmentReading } | { ok: false; error: 'na' | 'value'; message: Message };

/** A change within this much (relative to the larger of the two) is float noise: 0,1 + 0,2 against 0,3 is unchanged. */
const RELATIVE = 1e-9;

/**
 * One figure against its reference. `band` is a fraction of the reference: a change no larger counts as unchanged.
 *
 * @example
 * developmentOf(0.93, 0.9, true, 0)   // 'better'
 * developmentOf(3.1, 2.8, false, 0)   // 'worse' (lower is better: a rise is worse)
 * developmentOf(101, 100, true, 0.02) // 'unchanged' (within 2 % of 100)
 */
export function developmentOf(outcome: number, reference: number, higher: boolean, band: number): Development {
  const change = outcome - reference;
  const noise = Math.max(Math.abs(outcome), Math.abs(reference)) * RELATIVE + 1e-12;
  if (Math.abs(change) <= band * Math.abs(reference) + noise) return 'unchanged';
  return change > 0 === higher ? 'better' : 'worse';
}

/**
 * Reads the outcome and the reference as TARGET_MET does (units, a total and groups) and says how the
 * indicator developed. #N/A (`na`) when a figure is missing or the direction is not one Målkoll knows.
 *
 * @example
 * readDevelopment('M: 18 % K: 15 %', 'M: 15 % K: 16 %', 'högre', 0)
 * // ok: { overall: 'mixed', groups: [{ label: 'M', development: 'better' }, { label: 'K', development: 'worse' }], … }
 */
export function readDevelopment(outcome: unknown, reference: unknown, direction: unknown, band: number): DevelopmentResult {
  const p = polarity(direction);
  if ('unknown' in p) return { ok: false, error: 'na', message: { key: 'target.reason.unknownDirection', params: { direction: quoteReading(p.unknown) } } };
  const o = figuresOf(readOutcome(outcome), null, 'outcome');
  if (!o.ok) return { ok: false, error: 'na', message: o.reason };
  const r = figuresOf(readOutcome(reference), null, 'reference');
  if (!r.ok) return { ok: false, error: 'na', message: r.reason };
  const pairs = againstSplit(o.figures, {
    total: r.figures.total,
    parts: r.figures.parts.map((x) => ({ key: x.key, label: x.label, against: x as OutcomeFigure })),
  });
  if (pairs.length === 0) return { ok: false, error: 'na', message: { key: 'target.reason.referenceNotComparable' } };
  const judged = pairs.map((x) => ({ label: x.label, development: developmentOf(x.figure.value, x.against.value, p.higher, band) }));
  const first = judged[0].development;
  const overall = judged.every((j) => j.development === first) ? first : 'mixed';
  const groups = judged.length === 1 && judged[0].label === undefined ? [] : judged.map((j) => ({ label: j.label ?? '', development: j.development }));
  return { ok: true, value: { overall, groups, higher: p.higher, assumed: p.assumed } };
}
