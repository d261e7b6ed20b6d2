/**
 * TARGET_MET and TARGET_STATUS: an indicator's outcome against its target.
 */
import type { Message, MessageKey, MessageParam } from '../types';
import { readCell, type CellReading, type NotAValue } from '../numbers/readCell';
import { quoteReading } from '../numbers/toNumber';
import { compareWithTolerance } from './compareWithTolerance';
import { readYesNo } from './readYesNo';
import { changeBound, changeMessage, comparisonMessage, targetRequirement, valueParam, type Requirement } from './targetRequirement';
import { toParsedTarget } from './toParsedTarget';
import type { ParsedTarget } from './types';

// TARGET_EXPLAIN's core lives in explainTarget.ts; re-exported here for callers that import both from one place.
export { explainTarget } from './explainTarget';

export type TargetStatus = 'met' | 'missed' | 'not-assessable';

export interface TargetInput {
  outcome: unknown;
  /** The previous period or a baseline, for change targets ("Ska öka", "Minska med 50 % jmf med 2020"). */
  reference?: unknown;
  /** The row's group, for split targets: "K", "kvinnor", "SU", "SÄS". */
  group?: unknown;
  /** Which way is better, for bare values: "Högre är bättre", "lägre", "↓". */
  direction?: unknown;
}

export interface TargetEvaluation {
  status: TargetStatus;
  /** Why, in words with the numbers ("utfall 51 % mot mål ≥ 100 %"), or why it cannot be assessed. */
  reason: Message;
  target: ParsedTarget;
  /** An outcome like 93 against a percentage target whose threshold is a fraction (≤ 1): probably meant 93 %. */
  percentScaleSuspect: boolean;
}

type Reading = { ok: true; value: number; reading: CellReading } | { ok: false; reason: Message };

/**
 * Why a range of several cells or an object without a plain value (an entity) cannot be the outcome or
 * reference: quoting it would show nothing. `outcomeKey` says what an outcome object is not (a number, Ja/Nej).
 */
function notAValueReason(why: NotAValue, role: 'outcome' | 'reference', outcomeKey: MessageKey): Message {
  if (why.kind === 'range') {
    return { key: role === 'outcome' ? 'target.reason.outcomeRange' : 'target.reason.referenceRange', params: { cells: why.cells } };
  }
  return { key: role === 'outcome' ? outcomeKey : 'target.reason.referenceNotNumberValue' };
}

/** A numeric outcome or reference, or why there is none. */
function readNumber(v: unknown, role: 'outcome' | 'reference'): Reading {
  const r = readCell(v);
  if (r.kind === 'number') return { ok: true, value: r.value, reading: r };
  if (r.kind === 'blank') return { ok: false, reason: { key: role === 'outcome' ? 'target.reason.noOutcome' : 'target.reason.noReference' } };
  if (r.kind === 'error') {
    return { ok: false, reason: { key: role === 'outcome' ? 'target.reason.outcomeError' : 'target.reason.referenceError', params: { code: r.code } } };
  }
  if (r.kind === 'text' && r.notAValue) return { ok: false, reason: notAValueReason(r.notAValue, role, 'target.reason.outcomeNotNumberValue') };
  return {
    ok: false,
    reason: { key: role === 'outcome' ? 'target.reason.outcomeNotNumber' : 'target.reason.referenceNotNumber', params: { text: quoteReading(r) } },
  };
}

/**
 * 93 typed against "≥ 90 %": the outcome read as a percentage (0.93) lies nearer the threshold than
 * the outcome as typed does, and as typed it is more than 100 %. 1.059 against "≤ 90 %" is 105,9 %
 * (an occupancy can be), so it is not suspect.
 */
function percentScaleSuspect(outcome: number, reading: CellReading, threshold: number): boolean {
  if (reading.kind === 'number' && reading.percent) return false;
  if (threshold > 1 || outcome <= 1 || outcome > 100) return false;
  return Math.abs(outcome / 100 - threshold) < Math.abs(outcome - threshold);
}

function status(met: boolean): TargetStatus {
  return met ? 'met' : 'missed';
}

function evaluate(parsed: ParsedTarget, input: TargetInput): TargetEvaluation {
  const req: Requirement = targetRequirement(parsed, input.group, input.direction);
  const result = (s: TargetStatus, reason: Message, suspect = false): TargetEvaluation => ({
    status: s,
    reason,
    target: parsed,
    percentScaleSuspect: suspect,
  });
  switch (req.kind) {
    case 'not-assessable':
      return result('not-assessable', req.reason);
    case 'yes-no': {
      const yes = readYesNo(input.outcome);
      if (yes === null) {
        const r = readCell(input.outcome);
        if (r.kind === 'blank') return result('not-assessable', { key: 'target.reason.noOutcome' });
        if (r.kind === 'text' && r.notAValue) {
          return result('not-assessable', notAValueReason(r.notAValue, 'outcome', 'target.reason.outcomeNotYesNoValue'));
        }
        return result('not-assessable', { key: 'target.reason.outcomeNotYesNo', params: { text: quoteReading(r) } });
      }
      const answer = (b: boolean): MessageParam => ({ message: { key: b ? 'target.explain.yes' : 'target.explain.no' } });
      return result(status(yes === req.expected), {
        key: 'target.reason.outcomeVsTarget',
        params: { outcome: answer(yes), target: answer(req.expected) },
      });
    }
    case 'threshold': {
      const outcome = readNumber(input.outcome, 'outcome');
      if (!outcome.ok) return result('not-assessable', outcome.reason);
      const target = comparisonMessage(req.comparator, req.value, req.percent);
      const targetParam: MessageParam = req.group
        ? { message: { key: 'target.explain.part', params: { group: req.group, target: { message: target } } } }
        : { message: target };
      const met = compareWithTolerance(outcome.value, req.comparator, req.value);
      const suspect = req.percent && percentScaleSuspect(outcome.value, outcome.reading, req.value);
      return result(
        status(met),
        { key: 'target.reason.outcomeVsTarget', params: { outcome: valueParam(outcome.value, req.percent), target: targetParam } },
        suspect,
      );
    }
    case 'change': {
      const outcome = readNumber(input.outcome, 'outcome');
      if (!outcome.ok) return result('not-assessable', outcome.reason);
      const reference = readNumber(input.reference, 'reference');
      if (!reference.ok) return result('not-assessable', reference.reason);
      const percent = outcome.reading.kind === 'number' && outcome.reading.percent;
      const met = compareWithTolerance(outcome.value, req.comparator, changeBound(req, reference.value));
      return result(status(met), {
        key: 'target.reason.outcomeVsReference',
        params: {
          outcome: valueParam(outcome.value, percent),
          reference: valueParam(reference.value, percent),
          target: { message: changeMessage(req) },
        },
      });
    }
  }
}

/**
 * Evaluates an outcome against a target: met, missed, or not assessable, with the reason in words.
 * Never throws; percentages are fractions (93 % is 0.93, the text "93 %" reads 0.93).
 *
 * @example
 * evaluateTarget('≥90 % inom 20 minuter (regionalt mål)', { outcome: 0.93 }).status // 'met'
 * evaluateTarget('Lägre än 20 procent', { outcome: 0.2 }).status                  // 'missed' (boundary excluded)
 * evaluateTarget('60 procent eller högre', { outcome: '60 %' }).status            // 'met' (boundary included)
 * evaluateTarget('Ska öka', { outcome: 1200, reference: 1100 }).status            // 'met'
 * evaluateTarget('Ska öka', { outcome: 1200 }).status                             // 'not-assessable' (no reference)
 * evaluateTarget('M: 17,2 % K: 16 %', { outcome: 0.15, group: 'K' }).status        // 'missed'
 * evaluateTarget('Ja', { outcome: 'JA' }).status                                  // 'met'
 * evaluateTarget('≥ 90 %', { outcome: 93 }).percentScaleSuspect                    // true
 */
export function evaluateTarget(target: unknown, input: TargetInput): TargetEvaluation {
  let parsed: ParsedTarget = { kind: 'unreadable', text: '', why: 'error' };
  try {
    parsed = toParsedTarget(target);
    return evaluate(parsed, input ?? { outcome: null });
  } catch {
    return {
      status: 'not-assessable',
      reason: { key: 'target.reason.unreadable', params: { text: parsed.text } },
      target: parsed,
      percentScaleSuspect: false,
    };
  }
}
