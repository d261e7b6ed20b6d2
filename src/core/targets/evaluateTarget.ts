/**
 * TARGET_MET and TARGET_STATUS: an indicator's outcome against its target.
 */
import type { Message, MessageKey, MessageParam } from '../types';
import { readCell, type NotAValue } from '../numbers/readCell';
import { quoteReading } from '../numbers/toNumber';
import { compareWithTolerance } from './compareWithTolerance';
import { againstOne, againstSplit, figureParam, figuresOf, groupFigureParam, listMessage, type Figures } from './outcomeFigures';
import { readOutcome, type OutcomeFigure } from './readOutcome';
import { readYesNo } from './readYesNo';
import { changeBound, changeMessage, comparisonMessage, groupText, targetRequirement, type Requirement } from './targetRequirement';
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
  /**
   * The indicator's name: with no direction given, a bare target takes the direction the name says
   * (the table engine, for a table without a direction column; a sheet passes DIRECTION(name) instead).
   */
  indicator?: unknown;
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

type ThresholdReq = Extract<Requirement, { kind: 'threshold' }>;
type ChangeReq = Extract<Requirement, { kind: 'change' }>;

/** Adds where a bare target's direction came from: the indicator's name, or no direction at all (at least, assumed). */
function withDirectionNote(reason: Message, req: ThresholdReq | ChangeReq): Message {
  const bare = req.kind === 'change' ? req.fromName !== undefined || req.assumed : req.bare === true;
  if (!bare) return reason;
  if (req.fromName !== undefined) {
    const name = req.fromName.length > MAX_NAME ? `${req.fromName.slice(0, MAX_NAME - 1).trimEnd()}…` : req.fromName;
    const direction: MessageParam = { message: { key: req.comparator.startsWith('<') ? 'target.direction.lower' : 'target.direction.higher' } };
    return { key: 'target.reason.directionFromName', params: { reason: { message: reason }, direction, name } };
  }
  return req.assumed ? { key: 'target.reason.directionAssumed', params: { reason: { message: reason } } } : reason;
}

/** Indicator names quoted in a reason are cut here. */
const MAX_NAME = 60;

/** The groups that missed, after the reason, when others met: "…; ej uppfyllt för K". */
function withMissedGroups(reason: Message, pairs: { label?: string; met: boolean }[]): Message {
  const missed = pairs.filter((p) => !p.met && p.label !== undefined).map((p) => p.label as string);
  if (missed.length === 0 || missed.length === pairs.length) return reason;
  return { key: 'target.reason.missedFor', params: { reason: { message: reason }, groups: listMessage(missed) } };
}

/** A comparison made: every field present, for the reason given in outcomeFigures' Pair. */
interface Judged {
  label: string | undefined;
  total: boolean;
  figure: OutcomeFigure;
  req: ThresholdReq;
  met: boolean;
}

function thresholdResult(judged: Judged[], splitTarget: boolean): { status: TargetStatus; reason: Message; suspect?: OutcomeFigure } {
  const first = judged[0];
  const percent = first.req.percent;
  const targetOf = (req: ThresholdReq): MessageParam => ({ message: comparisonMessage(req.comparator, req.value, req.percent) });
  let reason: Message;
  if (judged.length === 1 && first.label === undefined) {
    const target: MessageParam = first.req.group
      ? { message: { key: 'target.explain.part', params: { group: first.req.group, target: targetOf(first.req) } } }
      : targetOf(first.req);
    reason = { key: 'target.reason.outcomeVsTarget', params: { outcome: figureParam(first.figure, percent, first.total), target } };
  } else if (splitTarget) {
    const pairs = judged.map((j) => ({
      message: { key: 'target.reason.groupVsPart' as const, params: { group: j.label ?? '', outcome: figureParam(j.figure, j.req.percent), target: targetOf(j.req) } },
    }));
    reason = { key: 'target.reason.groupsVsParts', params: { pairs: listMessage(pairs) } };
  } else {
    const groups = judged.map((j) => groupFigureParam(j.label ?? '', j.figure, percent));
    reason = { key: 'target.reason.groupsVsTarget', params: { groups: listMessage(groups), target: targetOf(first.req) } };
  }
  const met = judged.every((j) => j.met);
  const suspect = judged.find((j) => j.req.percent && percentScaleSuspect(j.figure, j.req.value))?.figure;
  return { status: status(met), reason: withDirectionNote(withMissedGroups(reason, judged), first.req), ...(suspect ? { suspect } : {}) };
}

function judgeThreshold(figures: Figures, req: ThresholdReq): Judged[] {
  return againstOne(figures, req).map((p) => ({
    label: p.label,
    total: p.total,
    figure: p.figure,
    req,
    met: compareWithTolerance(p.figure.value, req.comparator, req.value),
  }));
}

/** A split target read without a group against a split outcome: group by group. */
function splitAgainstSplit(parsed: Extract<ParsedTarget, { kind: 'split' }>, figures: Figures, input: TargetInput): Judged[] | Message {
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
  return pairs.map((p) => ({
    label: p.label,
    total: false,
    figure: p.figure,
    req: p.against,
    met: compareWithTolerance(p.figure.value, p.against.comparator, p.against.value),
  }));
}

function evaluate(parsed: ParsedTarget, input: TargetInput): TargetEvaluation {
  const result = (s: TargetStatus, reason: Message, suspect?: OutcomeFigure): TargetEvaluation => ({
    status: s,
    reason,
    target: parsed,
    percentScaleSuspect: suspect !== undefined,
    ...(suspect ? { percentScaleValue: suspect.value } : {}),
  });
  const group = groupText(input.group);
  if (parsed.kind === 'split' && group === null) {
    const outcome = readOutcome(input.outcome);
    if (outcome.kind === 'split') {
      const judged = splitAgainstSplit(parsed, { total: outcome.total, parts: outcome.parts }, input);
      if (!Array.isArray(judged)) return result('not-assessable', judged);
      const r = thresholdResult(judged, true);
      return result(r.status, r.reason, r.suspect);
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
      const r = thresholdResult(judgeThreshold(outcome.figures, req), false);
      return result(r.status, r.reason, r.suspect);
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
      const judged = pairs.map((p) => ({
        label: p.label,
        total: p.total,
        figure: p.figure,
        against: p.against,
        met: compareWithTolerance(p.figure.value, req.comparator, changeBound(req, p.against.value)),
      }));
      const percent = (f: OutcomeFigure) => f.percent;
      const target: MessageParam = { message: changeMessage(req) };
      let reason: Message;
      if (judged.length === 1 && judged[0].label === undefined) {
        const [j] = judged;
        const pct = percent(j.figure);
        reason = {
          key: 'target.reason.outcomeVsReference',
          params: { outcome: figureParam(j.figure, pct, j.total), reference: figureParam(j.against, pct), target },
        };
      } else {
        const items = judged.map((j) => ({
          message: {
            key: 'target.reason.groupVsReference' as const,
            params: { group: j.label ?? '', outcome: figureParam(j.figure, percent(j.figure)), reference: figureParam(j.against, percent(j.figure)) },
          },
        }));
        reason = { key: 'target.reason.groupsVsReference', params: { pairs: listMessage(items), target } };
      }
      return result(status(judged.every((j) => j.met)), withDirectionNote(withMissedGroups(reason, judged), req));
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
