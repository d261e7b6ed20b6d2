/**
 * TARGET_MET and TARGET_STATUS: an indicator's outcome against its target.
 */
import type { Message, MessageKey, MessageParam } from '../types';
import { readCell, type NotAValue } from '../numbers/readCell';
import { quoteReading } from '../numbers/toNumber';
import { judgeWithTolerance, overallVerdict } from './compareWithTolerance';
import { againstOne, againstSplit, figuresOf, type Figures } from './outcomeFigures';
import { readOutcome, type OutcomeFigure } from './readOutcome';
import { readYesNo } from './readYesNo';
import { changeBound, groupText, targetRequirement, type Requirement } from './targetRequirement';
import { changeReason, thresholdReason, withDirectionNote, withMissedGroups, withPartlyNote, type Judged, type ThresholdReq } from './targetReasons';
import { toParsedTarget } from './toParsedTarget';
import type { ParsedTarget } from './types';

// TARGET_EXPLAIN's core lives in explainTarget.ts; re-exported here for callers that import both from one place.
export { explainTarget } from './explainTarget';

/** Partly met only when a tolerance is given: an outcome that misses by no more than that fraction of the target. */
export type TargetStatus = 'met' | 'partly' | 'missed' | 'not-assessable';

export interface TargetInput {
  outcome: unknown;
  /** The previous period or a baseline, for change targets ("Ska öka", "Minska med 50 % jmf med 2020"). */
  reference?: unknown;
  /** The row's group, for split targets: "K", "kvinnor", "SU", "SÄS". */
  group?: unknown;
  /** Which way is better, for bare values: "Högre är bättre", "lägre", "↓". */
  direction?: unknown;
  /**
   * The indicator's name: with no direction given, a bare target takes the direction the name says
   * (the table engine, for a table without a direction column; a sheet passes DIRECTION(name) instead).
   */
  indicator?: unknown;
  /**
   * A fraction of the target value (0.1 = within 10 % of it): an outcome that misses the target by no more
   * than that is partly met. None, 0 or less: nothing is partly met.
   */
  tolerance?: number;
}

export interface TargetEvaluation {
  status: TargetStatus;
  /** Why, in words with the numbers ("utfall 51 % mot mål ≥ 100 %"), or why it cannot be assessed. */
  reason: Message;
  target: ParsedTarget;
  /** An outcome like 93 against a percentage target whose threshold is a fraction (≤ 1): probably meant 93 %. */
  percentScaleSuspect: boolean;
  /** The figure that looks like a percentage typed as a whole number, when percentScaleSuspect. */
  percentScaleValue?: number;
}

/**
 * Why a range of several cells or an object without a plain value (an entity) cannot be a yes/no outcome:
 * quoting it would show nothing. `outcomeKey` says what an outcome object is not.
 */
function notAValueReason(why: NotAValue, outcomeKey: MessageKey): Message {
  if (why.kind === 'range') return { key: 'target.reason.outcomeRange', params: { cells: why.cells } };
  return { key: outcomeKey };
}

/**
 * 93 typed against "≥ 90 %": the outcome read as a percentage (0.93) lies nearer the threshold than
 * the outcome as typed does, and as typed it is more than 100 %. 1.059 against "≤ 90 %" is 105,9 %
 * (an occupancy can be), so it is not suspect.
 */
function percentScaleSuspect(outcome: OutcomeFigure, threshold: number): boolean {
  if (outcome.percent) return false;
  const v = outcome.value;
  if (threshold > 1 || v <= 1 || v > 100) return false;
  return Math.abs(v / 100 - threshold) < Math.abs(v - threshold);
}

function status(met: boolean): TargetStatus {
  return met ? 'met' : 'missed';
}

/** A threshold judged for each figure: the verdicts, the requirement each figure was judged by. */
interface ThresholdJudgement {
  judged: Judged[];
  reqs: ThresholdReq[];
}

function judgeThreshold(figures: Figures, req: ThresholdReq, tolerance: number | undefined): ThresholdJudgement {
  const pairs = againstOne(figures, req);
  return {
    judged: pairs.map((p) => ({
      label: p.label,
      total: p.total,
      figure: p.figure,
      verdict: judgeWithTolerance(p.figure.value, req.comparator, req.value, tolerance),
    })),
    reqs: pairs.map(() => req),
  };
}

/** A split target read without a group against a split outcome: group by group. */
function splitAgainstSplit(parsed: Extract<ParsedTarget, { kind: 'split' }>, figures: Figures, input: TargetInput): ThresholdJudgement | Message {
  const parts: { key: string; label: string; against: ThresholdReq }[] = [];
  for (const part of parsed.parts) {
    const req = targetRequirement(parsed, part.label, input.direction, input.indicator);
    if (req.kind === 'not-assessable') return req.reason;
    if (req.kind === 'threshold') parts.push({ key: part.key, label: part.label, against: req });
  }
  const pairs = figures.parts.length > 0 ? againstSplit({ parts: figures.parts }, { parts }) : [];
  if (pairs.length === 0) {
    return {
      key: 'target.reason.noCommonGroup',
      params: { outcomeGroups: figures.parts.map((p) => p.label).join(', '), groups: parsed.parts.map((p) => p.label).join(', ') },
    };
  }
  return {
    judged: pairs.map((p) => ({
      label: p.label,
      total: false,
      figure: p.figure,
      verdict: judgeWithTolerance(p.figure.value, p.against.comparator, p.against.value, input.tolerance),
    })),
    reqs: pairs.map((p) => p.against),
  };
}

/** The tolerance as the caller gave it: a fraction above 0, else none (nothing is then partly met). */
function toleranceOf(input: TargetInput): number | undefined {
  const t = input.tolerance;
  return typeof t === 'number' && Number.isFinite(t) && t > 0 ? t : undefined;
}

function evaluate(parsed: ParsedTarget, given: TargetInput): TargetEvaluation {
  const tolerance = toleranceOf(given);
  const input: TargetInput = { ...given, tolerance };
  const result = (s: TargetStatus, reason: Message, suspect?: OutcomeFigure): TargetEvaluation => ({
    status: s,
    reason,
    target: parsed,
    percentScaleSuspect: suspect !== undefined,
    ...(suspect ? { percentScaleValue: suspect.value } : {}),
  });
  const fromThresholds = (j: ThresholdJudgement, splitTarget: boolean): TargetEvaluation => {
    const verdict = overallVerdict(j.judged.map((x) => x.verdict));
    const reason = withPartlyNote(withDirectionNote(withMissedGroups(thresholdReason(j.judged, j.reqs, splitTarget), j.judged), j.reqs[0]), verdict, tolerance);
    const suspect = j.judged.find((x, i) => j.reqs[i].percent && percentScaleSuspect(x.figure, j.reqs[i].value))?.figure;
    return result(verdict, reason, suspect);
  };
  const group = groupText(input.group);
  if (parsed.kind === 'split' && group === null) {
    const outcome = readOutcome(input.outcome);
    if (outcome.kind === 'split') {
      const judged = splitAgainstSplit(parsed, { total: outcome.total, parts: outcome.parts }, input);
      return 'judged' in judged ? fromThresholds(judged, true) : result('not-assessable', judged);
    }
  }
  const req: Requirement = targetRequirement(parsed, input.group, input.direction, input.indicator);
  switch (req.kind) {
    case 'not-assessable':
      return result('not-assessable', req.reason);
    case 'yes-no': {
      const yes = readYesNo(input.outcome);
      if (yes === null) {
        const r = readCell(input.outcome);
        if (r.kind === 'blank') return result('not-assessable', { key: 'target.reason.noOutcome' });
        if (r.kind === 'text' && r.notAValue) {
          return result('not-assessable', notAValueReason(r.notAValue, 'target.reason.outcomeNotYesNoValue'));
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
      const outcome = figuresOf(readOutcome(input.outcome), group?.match ?? null, 'outcome');
      if (!outcome.ok) return result('not-assessable', outcome.reason);
      return fromThresholds(judgeThreshold(outcome.figures, req, tolerance), false);
    }
    case 'change': {
      const outcome = figuresOf(readOutcome(input.outcome), group?.match ?? null, 'outcome');
      if (!outcome.ok) return result('not-assessable', outcome.reason);
      const reference = figuresOf(readOutcome(input.reference), group?.match ?? null, 'reference');
      if (!reference.ok) return result('not-assessable', reference.reason);
      const ref = reference.figures;
      const pairs = againstSplit(outcome.figures, {
        total: ref.total,
        parts: ref.parts.map((p) => ({ key: p.key, label: p.label, against: p as OutcomeFigure })),
      });
      if (pairs.length === 0) return result('not-assessable', { key: 'target.reason.referenceNotComparable' });
      const judged: Judged[] = pairs.map((p) => ({
        label: p.label,
        total: p.total,
        figure: p.figure,
        verdict: judgeWithTolerance(p.figure.value, req.comparator, changeBound(req, p.against.value), tolerance),
      }));
      const verdict = overallVerdict(judged.map((j) => j.verdict));
      const reason = changeReason(
        judged,
        pairs.map((p) => p.against),
        req,
      );
      return result(verdict, withPartlyNote(withDirectionNote(withMissedGroups(reason, judged), req), verdict, tolerance));
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
 * evaluateTarget('≥ 90 %', { outcome: 0.85, tolerance: 0.1 }).status               // 'partly' (within 10 % of 90 %)
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
