/**
 * The reasons TARGET_MET, TARGET_STATUS and the table engine give, in words with the numbers: one figure
 * against its target, every group named, the groups that missed, where a bare target's direction came
 * from, and the band a partly met indicator is within.
 */
import type { Message, MessageParam } from '../types';
import type { Verdict } from './compareWithTolerance';
import { figureParam, groupFigureParam, listMessage } from './outcomeFigures';
import type { OutcomeFigure } from './readOutcome';
import { changeMessage, comparisonMessage, type Requirement } from './targetRequirement';

export type ThresholdReq = Extract<Requirement, { kind: 'threshold' }>;
export type ChangeReq = Extract<Requirement, { kind: 'change' }>;

/** One comparison made. Every field is always present: these are made on every call (see outcomeFigures' Pair). */
export interface Judged {
  label: string | undefined;
  total: boolean;
  figure: OutcomeFigure;
  verdict: Verdict;
}

/** Indicator names quoted in a reason are cut here. */
const MAX_NAME = 60;

/** Adds where a bare target's direction came from: the indicator's name, or no direction at all (at least, assumed). */
export function withDirectionNote(reason: Message, req: ThresholdReq | ChangeReq): Message {
  const bare = req.kind === 'change' ? req.fromName !== undefined || req.assumed : req.bare === true;
  if (!bare) return reason;
  if (req.fromName !== undefined) {
    const name = req.fromName.length > MAX_NAME ? `${req.fromName.slice(0, MAX_NAME - 1).trimEnd()}…` : req.fromName;
    const direction: MessageParam = { message: { key: req.comparator.startsWith('<') ? 'target.direction.lower' : 'target.direction.higher' } };
    return { key: 'target.reason.directionFromName', params: { reason: { message: reason }, direction, name } };
  }
  return req.assumed ? { key: 'target.reason.directionAssumed', params: { reason: { message: reason } } } : reason;
}

/** The groups that missed, after the reason, when others did not: "…; ej uppfyllt för K". */
export function withMissedGroups(reason: Message, judged: readonly Judged[]): Message {
  const missed = judged.filter((j) => j.verdict === 'missed' && j.label !== undefined).map((j) => j.label as string);
  if (missed.length === 0 || missed.length === judged.length) return reason;
  return { key: 'target.reason.missedFor', params: { reason: { message: reason }, groups: listMessage(missed) } };
}

/** "…, delvis uppfyllt: högst 10 % från målvärdet" when the verdict is partly. */
export function withPartlyNote(reason: Message, verdict: Verdict, tolerance: number | undefined): Message {
  if (verdict !== 'partly' || tolerance === undefined) return reason;
  return { key: 'target.reason.partly', params: { reason: { message: reason }, tolerance: { percent: tolerance } } };
}

function comparison(req: ThresholdReq): MessageParam {
  return { message: comparisonMessage(req.comparator, req.value, req.percent) };
}

/**
 * "utfall 51 % mot mål ≥ 100 %", "M 53 % och K 53 % mot mål ≥ 70 %", "utfall M 18 % mot ≥ 17,2 % och K 15 % mot ≥ 16 %".
 * `reqs` holds each judged figure's requirement (one for all, or a split target's part for each group).
 */
export function thresholdReason(judged: readonly Judged[], reqs: readonly ThresholdReq[], splitTarget: boolean): Message {
  const first = judged[0];
  const req = reqs[0];
  if (judged.length === 1 && first.label === undefined) {
    const target: MessageParam = req.group
      ? { message: { key: 'target.explain.part', params: { group: req.group, target: comparison(req) } } }
      : comparison(req);
    return { key: 'target.reason.outcomeVsTarget', params: { outcome: figureParam(first.figure, req.percent, first.total), target } };
  }
  if (splitTarget) {
    const pairs = judged.map((j, i) => ({
      message: {
        key: 'target.reason.groupVsPart' as const,
        params: { group: j.label ?? '', outcome: figureParam(j.figure, reqs[i].percent), target: comparison(reqs[i]) },
      },
    }));
    return { key: 'target.reason.groupsVsParts', params: { pairs: listMessage(pairs) } };
  }
  const groups = judged.map((j) => groupFigureParam(j.label ?? '', j.figure, req.percent));
  return { key: 'target.reason.groupsVsTarget', params: { groups: listMessage(groups), target: comparison(req) } };
}

/** "utfall 286 mot referensvärde 301, mål högre än referensvärdet", or group by group. */
export function changeReason(judged: readonly Judged[], references: readonly OutcomeFigure[], req: ChangeReq): Message {
  const target: MessageParam = { message: changeMessage(req) };
  if (judged.length === 1 && judged[0].label === undefined) {
    const [j] = judged;
    return {
      key: 'target.reason.outcomeVsReference',
      params: { outcome: figureParam(j.figure, j.figure.percent, j.total), reference: figureParam(references[0], j.figure.percent), target },
    };
  }
  const items = judged.map((j, i) => ({
    message: {
      key: 'target.reason.groupVsReference' as const,
      params: { group: j.label ?? '', outcome: figureParam(j.figure, j.figure.percent), reference: figureParam(references[i], j.figure.percent) },
    },
  }));
  return { key: 'target.reason.groupsVsReference', params: { pairs: listMessage(items), target } };
}
