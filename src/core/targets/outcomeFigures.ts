/**
 * The figures of an outcome (a total and groups) paired with what they are judged against: one target
 * value, a target split by group, or a reference value that may be split too. The pairing rules of the
 * contract live here once: a single target is judged against the total, or against every group when only
 * groups are given; split against split goes group by group.
 */
import type { Message, MessageParam } from '../types';
import { quoteReading } from '../numbers/toNumber';
import { groupKey } from './groupKey';
import type { OutcomeFigure, OutcomePart, OutcomeReading } from './readOutcome';

/** An outcome's figures: a single number is a total without groups. */
export interface Figures {
  total?: OutcomeFigure;
  parts: OutcomePart[];
}

/**
 * One comparison to make: a figure (of a group, when labelled) and what it is compared with. Every field is
 * always present (undefined when not): these objects are made for every TARGET_MET call, and objects of one
 * shape keep V8 on its fast path (a spread of optional fields made the call thirty times slower).
 */
export interface Pair<T> {
  label: string | undefined;
  /** The figure is the total of a split outcome ("51 % totalt"). */
  total: boolean;
  figure: OutcomeFigure;
  against: T;
}

const NO_PARTS: OutcomePart[] = [];

export type FiguresOrWhy = { ok: true; figures: Figures } | { ok: false; reason: Message };

/** Texts quoted in a reason are cut here. */
const MAX_QUOTED = 40;

function quoted(text: string): string {
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
}

/**
 * The figures of an outcome or reference reading, narrowed to one group when `group` is given, or why
 * there are none. `role` picks the wording of the reasons.
 *
 * @example
 * figuresOf(readOutcome('51 % M: 60 % K:45 %'), null, 'outcome') // ok: total 0.51, parts M 0.6, K 0.45
 * figuresOf(readOutcome('M: 135 K: 203'), 'K', 'outcome')          // ok: total 203 (K's figure)
 * figuresOf(readOutcome('Under utredning'), null, 'outcome')      // reason "utfallet ”Under utredning” är inte ett tal"
 */
export function figuresOf(reading: OutcomeReading, group: string | null, role: 'outcome' | 'reference'): FiguresOrWhy {
  const fail = (reason: Message): FiguresOrWhy => ({ ok: false, reason });
  const outcome = role === 'outcome';
  switch (reading.kind) {
    case 'number':
      return { ok: true, figures: { total: { value: reading.value, percent: reading.percent, unit: reading.unit }, parts: NO_PARTS } };
    case 'split': {
      if (group === null) return { ok: true, figures: { total: reading.total, parts: reading.parts } };
      const part = reading.parts.find((p) => p.key === groupKey(group));
      if (!part) {
        const groups = reading.parts.map((p) => p.label).join(', ');
        return fail({ key: outcome ? 'target.reason.outcomeNoGroup' : 'target.reason.referenceNoGroup', params: { group, groups } });
      }
      return { ok: true, figures: { total: { value: part.value, percent: part.percent, unit: part.unit }, parts: NO_PARTS } };
    }
    case 'ambiguous':
      return fail({
        key: outcome ? `target.reason.outcomeAmbiguous.${reading.why}` : `target.reason.referenceAmbiguous.${reading.why}`,
        params: { text: quoted(reading.text) },
      });
    case 'blank':
      return fail({ key: outcome ? 'target.reason.noOutcome' : 'target.reason.noReference' });
    case 'error':
      return fail({ key: outcome ? 'target.reason.outcomeError' : 'target.reason.referenceError', params: { code: reading.code } });
    case 'text':
      if (reading.notAValue?.kind === 'range') {
        return fail({ key: outcome ? 'target.reason.outcomeRange' : 'target.reason.referenceRange', params: { cells: reading.notAValue.cells } });
      }
      if (reading.notAValue) return fail({ key: outcome ? 'target.reason.outcomeNotNumberValue' : 'target.reason.referenceNotNumberValue' });
      return fail({ key: outcome ? 'target.reason.outcomeNotNumber' : 'target.reason.referenceNotNumber', params: { text: quoteReading(reading) } });
    default:
      return fail({
        key: outcome ? 'target.reason.outcomeNotNumber' : 'target.reason.referenceNotNumber',
        params: { text: quoteReading(reading) },
      });
  }
}

/**
 * Figures judged against one value: the total when there is one, else every group.
 *
 * @example
 * againstOne({ total: 0.51, parts: [M, K] }, '≥ 70 %') // [{ total: true, figure: 0.51, … }]
 * againstOne({ parts: [M, K] }, '≥ 70 %')              // [{ label: 'M', … }, { label: 'K', … }]
 */
export function againstOne<T>(figures: Figures, against: T): Pair<T>[] {
  if (figures.total) return [{ label: undefined, total: figures.parts.length > 0, figure: figures.total, against }];
  return figures.parts.map((p) => ({ label: p.label, total: false, figure: p, against }));
}

/**
 * Figures judged against split values (a split target's parts, a split reference), group by group where
 * both name the group; else total against total, or every group against a lone total. Empty when
 * nothing pairs.
 *
 * @example
 * againstSplit(readFigures('M: 18 % K: 15 %'), { parts: [{ key: 'm', label: 'M', against: t1 }, { key: 'k', label: 'K', against: t2 }] })
 * // [{ label: 'M', figure: 0.18, against: t1 }, { label: 'K', figure: 0.15, against: t2 }]
 */
export function againstSplit<T>(figures: Figures, others: { total?: T; parts: { key: string; label: string; against: T }[] }): Pair<T>[] {
  if (figures.parts.length > 0 && others.parts.length > 0) {
    const pairs: Pair<T>[] = [];
    for (const p of figures.parts) {
      const o = others.parts.find((x) => x.key === p.key);
      if (o) pairs.push({ label: p.label, total: false, figure: p, against: o.against });
    }
    if (pairs.length > 0) return pairs;
  }
  if (figures.total && others.total !== undefined) return [{ label: undefined, total: figures.parts.length > 0, figure: figures.total, against: others.total }];
  if (!figures.total && others.total !== undefined) return figures.parts.map((p) => ({ label: p.label, total: false, figure: p, against: others.total as T }));
  return [];
}

/**
 * "A", "A och B", "A, B och C" (en "A and B", "A, B and C").
 *
 * @example
 * listMessage(['M 53 %', 'K 53 %']) // sv "M 53 % och K 53 %"
 */
export function listMessage(items: readonly MessageParam[]): MessageParam {
  if (items.length === 0) return '';
  if (items.length === 1) return items[0];
  if (items.length === 2) return { message: { key: 'target.list.two', params: { first: items[0], last: items[1] } } };
  return { message: { key: 'target.list.more', params: { first: items[0], rest: listMessage(items.slice(1)) } } };
}

/** A figure as a message parameter: a percentage when it or the target is in percent, with its unit word, "totalt" for a total. */
export function figureParam(figure: OutcomeFigure, percent: boolean, total = false): MessageParam {
  const value: MessageParam = percent || figure.percent ? { percent: figure.value } : figure.value;
  const withUnit: MessageParam =
    figure.unit && !(percent || figure.percent) ? { message: { key: 'target.value.withUnit', params: { value, unit: figure.unit } } } : value;
  return total ? { message: { key: 'target.value.total', params: { value: withUnit } } } : withUnit;
}

/** "M 53 %": a group's figure. */
export function groupFigureParam(label: string, figure: OutcomeFigure, percent: boolean): MessageParam {
  return { message: { key: 'target.value.group', params: { group: label, value: figureParam(figure, percent) } } };
}
