/**
 * What a parsed target requires of one indicator row, once its group and direction are known:
 * the single comparison TARGET_MET makes and TARGET_EXPLAIN describes. Both go through here, so the
 * explanation always says what the evaluation does.
 */
import type { Message, MessageParam } from '../types';
import { plainValue } from '../numbers/plainValue';
import { readCell, type CellReading } from '../numbers/readCell';
import { quoteReading } from '../numbers/toNumber';
import { comparatorSymbol } from './comparatorWords';
import { groupKey } from './groupKey';
import { indicatorDirection } from './indicatorDirection';
import { readDirection } from './readDirection';
import type { ChangeAmount, Comparator, ParsedTarget, Threshold } from './types';

export type Requirement =
  | {
      kind: 'threshold';
      comparator: Comparator;
      value: number;
      percent: boolean;
      /** The comparator came from no direction at all: at least (≥) was assumed. */
      assumed: boolean;
      /** The comparator came from the indicator's name, this one (the table engine's direction without a direction column). */
      fromName?: string;
      /** The target gave no comparator of its own: the direction decided it. */
      bare?: boolean;
      context?: string;
      /** The split part's label, "K" in "K: ≥ 16 %". */
      group?: string;
    }
  | {
      kind: 'change';
      comparator: Comparator;
      up: boolean;
      amount?: ChangeAmount;
      assumed: boolean;
      fromName?: string;
      context?: string;
    }
  | { kind: 'yes-no'; expected: boolean }
  | { kind: 'not-assessable'; reason: Message; explanation: Message };

function notAssessable(reason: Message, explanation: Message = reason): Requirement {
  return { kind: 'not-assessable', reason, explanation };
}

/**
 * The group argument: the text it is matched by, and how a message quotes it (a boolean as SANT /
 * TRUE, a long text cut), or null when blank. A group may be a code, so a number is matched by its digits.
 */
export function groupText(group: unknown): { match: string; shown: MessageParam } | null {
  const r = readCell(group);
  switch (r.kind) {
    case 'blank':
      return null;
    case 'number': {
      // A code written as text is matched as written ("012"); a number typed as such by its digits.
      const v = plainValue(group);
      return { match: typeof v === 'string' ? v.trim() : String(r.value), shown: quoteReading(r) };
    }
    case 'text':
    case 'placeholder':
      return { match: r.text, shown: quoteReading(r) };
    case 'boolean':
      // No group is called TRUE: nothing to match.
      return { match: '', shown: quoteReading(r) };
    case 'error':
      return { match: r.code, shown: quoteReading(r) };
  }
}

type Polarity = { higher: boolean; assumed: boolean; fromName?: string } | { unknown: CellReading };

/**
 * Which way is better: the direction given; with none, the indicator's name when the caller passes one
 * (the table engine, in a table without a direction column); else higher, assumed.
 */
export function polarity(direction: unknown, indicator?: unknown): Polarity {
  const d = readDirection(direction);
  if (d) return { higher: d === 'higher', assumed: false };
  const r = readCell(direction);
  // A dash in a direction column says "none", like a blank; #N/A is DIRECTION's "the name does not say".
  if (r.kind === 'blank' || r.kind === 'placeholder' || (r.kind === 'error' && r.code === '#N/A')) {
    const named = typeof indicator === 'string' ? indicatorDirection(indicator) : null;
    if (named) return { higher: named === 'higher', assumed: false, fromName: indicator as string };
    return { higher: true, assumed: true };
  }
  return { unknown: r };
}

function unknownDirection(direction: CellReading): Requirement {
  const m: Message = { key: 'target.reason.unknownDirection', params: { direction: quoteReading(direction) } };
  return notAssessable(m);
}

function fromThreshold(t: Threshold, direction: unknown, extra: { context?: string; group?: string }, indicator?: unknown): Requirement {
  if (t.comparator !== null) return { kind: 'threshold', comparator: t.comparator, value: t.value, percent: t.percent, assumed: false, ...extra };
  const p = polarity(direction, indicator);
  if ('unknown' in p) return unknownDirection(p.unknown);
  return {
    kind: 'threshold',
    comparator: p.higher ? '>=' : '<=',
    value: t.value,
    percent: t.percent,
    assumed: p.assumed,
    bare: true,
    ...(p.fromName !== undefined ? { fromName: p.fromName } : {}),
    ...extra,
  };
}

/**
 * Resolves a parsed target for one row: picks the group's part of a split target and applies the
 * direction to a bare value, "Förbättring" or "Bibehålla".
 *
 * @example
 * targetRequirement(parseTarget('M: 17,2 % K: 16 %'), 'kvinnor', null)
 * // { kind: 'threshold', comparator: '>=', value: 0.16, percent: true, assumed: true, group: 'K' }
 */
export function targetRequirement(target: ParsedTarget, group: unknown, direction: unknown, indicator?: unknown): Requirement {
  switch (target.kind) {
    case 'none':
      return notAssessable({ key: 'target.reason.noTarget' }, { key: 'target.explain.none' });
    case 'unreadable':
      return notAssessable(
        { key: 'target.reason.unreadable', params: { text: target.text } },
        { key: 'target.explain.unreadable', params: { text: target.text } },
      );
    case 'yes-no':
      return { kind: 'yes-no', expected: target.expected };
    case 'threshold':
      return fromThreshold(target.threshold, direction, target.context ? { context: target.context } : {}, indicator);
    case 'split': {
      const groups = target.parts.map((p) => p.label).join(', ');
      const g = groupText(group);
      if (g === null) {
        return notAssessable({ key: 'target.reason.noGroup', params: { groups } }, listParts(target, direction));
      }
      const part = target.parts.find((p) => p.key === groupKey(g.match));
      if (!part) return notAssessable({ key: 'target.reason.unknownGroup', params: { group: g.shown, groups } });
      return fromThreshold(part.threshold, direction, { group: part.label, ...(part.context ? { context: part.context } : {}) }, indicator);
    }
    case 'change': {
      let up = target.direction === 'increase';
      let assumed = false;
      let fromName: string | undefined;
      if (target.direction === 'improve' || target.direction === 'maintain') {
        const p = polarity(direction, indicator);
        if ('unknown' in p) return unknownDirection(p.unknown);
        up = p.higher;
        assumed = p.assumed;
        fromName = p.fromName;
      }
      const inclusive = target.amount !== undefined || target.direction === 'maintain';
      const comparator: Comparator = up ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<';
      return {
        kind: 'change',
        comparator,
        up,
        assumed,
        ...(fromName !== undefined ? { fromName } : {}),
        ...(target.amount ? { amount: target.amount } : {}),
        ...(target.context ? { context: target.context } : {}),
      };
    }
  }
}

/** The value a change requirement compares the outcome with, for a given reference. */
export function changeBound(req: Extract<Requirement, { kind: 'change' }>, reference: number): number {
  const a = req.amount;
  if (!a) return reference;
  if (a.kind === 'relative') return reference * (req.up ? 1 + a.fraction : 1 - a.fraction);
  return req.up ? reference + a.value : reference - a.value;
}

/** A number as a message parameter: a fraction shown as a percentage when the target is in percent. */
export function valueParam(value: number, percent: boolean): MessageParam {
  return percent ? { percent: value } : value;
}

/** "≥ 90 %": the comparison alone, without context or notes. */
export function comparisonMessage(comparator: Comparator, value: number, percent: boolean): Message {
  return { key: 'target.explain.threshold', params: { comparator: comparatorSymbol(comparator), value: valueParam(value, percent) } };
}

/** "högre än referensvärdet", "≤ 50 % av referensvärdet", "≥ referensvärdet + 5 procentenheter". */
export function changeMessage(req: Extract<Requirement, { kind: 'change' }>): Message {
  const comparator = comparatorSymbol(req.comparator);
  const a = req.amount;
  if (!a) {
    if (req.comparator === '>') return { key: 'target.explain.increase' };
    if (req.comparator === '<') return { key: 'target.explain.decrease' };
    return { key: 'target.explain.reference', params: { comparator } };
  }
  if (a.kind === 'relative') {
    return { key: 'target.explain.relative', params: { comparator, share: { percent: req.up ? 1 + a.fraction : 1 - a.fraction } } };
  }
  const sign = req.up ? '+' : '\u2212';
  if (a.points) return { key: 'target.explain.points', params: { comparator, sign, amount: Math.round(a.value * 100 * 1e9) / 1e9 } };
  return { key: 'target.explain.absolute', params: { comparator, sign, amount: a.value } };
}

/** How the requirement reads in full: comparison, group, context and the assumed direction. */
export function requirementMessage(req: Requirement): Message {
  switch (req.kind) {
    case 'not-assessable':
      return req.explanation;
    case 'yes-no':
      return { key: req.expected ? 'target.explain.yes' : 'target.explain.no' };
    case 'threshold': {
      let m = comparisonMessage(req.comparator, req.value, req.percent);
      if (req.group) m = { key: 'target.explain.part', params: { group: req.group, target: { message: m } } };
      return withNotes(m, req.context, req.assumed);
    }
    case 'change':
      // A written baseline ("jmf med 2020") is worth repeating; a plain description is not.
      return withNotes(changeMessage(req), req.context && /\d/.test(req.context) ? req.context : undefined, req.assumed);
  }
}

/**
 * Adds the context and the assumed direction after the comparison, in one pair of parentheses:
 * "≥ 100 % (av ST-läkarna …; ingen riktning angiven, …)". A context with parentheses of its own
 * follows after a comma instead: "≥ 90 %, inom 20 minuter (regionalt mål)".
 */
function withNotes(target: Message, context: string | undefined, assumed: boolean): Message {
  const t = { message: target };
  if (context && /[()]/.test(context)) {
    const m: Message = { key: 'target.explain.withLongContext', params: { target: t, context } };
    return assumed ? { key: 'target.explain.assumedHigher', params: { target: { message: m } } } : m;
  }
  if (context && assumed) return { key: 'target.explain.withContextAssumed', params: { target: t, context } };
  if (context) return { key: 'target.explain.withContext', params: { target: t, context } };
  if (assumed) return { key: 'target.explain.assumedHigher', params: { target: t } };
  return target;
}

/** "VGR: ≥ 140; SU: ≥ 76; …" for a split target read without a group. */
function listParts(target: Extract<ParsedTarget, { kind: 'split' }>, direction: unknown): Message {
  const messages = target.parts.map((part) => {
    const req = fromThreshold(part.threshold, direction, { group: part.label, ...(part.context ? { context: part.context } : {}) });
    if (req.kind !== 'threshold') return requirementMessage(req);
    return requirementMessage({ ...req, assumed: false });
  });
  let m = messages[messages.length - 1];
  for (let i = messages.length - 2; i >= 0; i--) m = { key: 'target.explain.list', params: { first: { message: messages[i] }, rest: { message: m } } };
  const p = polarity(direction);
  const assumed = 'higher' in p && p.assumed && target.parts.some((part) => part.threshold.comparator === null);
  return { key: assumed ? 'target.explain.chooseGroupAssumed' : 'target.explain.chooseGroup', params: { parts: { message: m } } };
}
