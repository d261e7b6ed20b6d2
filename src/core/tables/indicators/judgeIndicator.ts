/**
 * One indicator row judged the way TARGET_MET judges it, with the cause of what the table should say about
 * it: the outcome is read here once, and the table turns the cause into its finding (./indicatorFindings)
 * without reading the cells again.
 */
import { readCell } from '../../numbers/readCell';
import { quoteReading } from '../../numbers/toNumber';
import { evaluateTarget, type TargetEvaluation } from '../../targets/evaluateTarget';
import { hasFigure, readOutcome, type OutcomeReading } from '../../targets/readOutcome';
import { readYesNo } from '../../targets/readYesNo';
import type { UnreadableReason } from '../../targets/types';
import type { CellValue, MessageParam } from '../../types';
import { cellText } from '../shared/cellText';
import { isIndicatorNote } from './indicatorNotes';

/** Why an indicator row is what it is, in the order the table decides it. */
export type IndicatorCause =
  /** The target has digits the parser could not place ("80–90 %"), or holds an error value. */
  | { kind: 'target-unreadable'; why: UnreadableReason }
  /** An outcome and no target (blank, or words saying there is none yet: `said`): nothing to judge it by. */
  | { kind: 'target-missing'; said: boolean }
  /** No measurable target and no outcome to hold against one (a description, "Se nedan"): nothing to say. */
  | { kind: 'not-measurable' }
  /** A measurable target and a blank outcome. */
  | { kind: 'outcome-blank' }
  /** A measurable target and an error value where the outcome should be. */
  | { kind: 'outcome-error'; code: string }
  /** Figures that can be read more than one way ("M: 53 % K: 203"). */
  | { kind: 'outcome-ambiguous' }
  /** A placeholder or words ("Under utredning") where the target needs a figure, or a yes/no; `shown` quotes it. */
  | { kind: 'outcome-not-readable'; yesNo: boolean; shown: MessageParam }
  /** An indicator's name and nothing else: listed as not assessable, nothing to say. */
  | { kind: 'name-only' }
  /** Judged: met, partly, missed, or not assessable for another reason (no reference, no such group). */
  | { kind: 'judged'; percentScale?: number };

export interface IndicatorCells {
  target: CellValue;
  outcome: CellValue;
  reference: CellValue;
  group: CellValue;
  direction: CellValue;
  /** The indicator's name: a bare target takes its direction from it when the table has no direction column. */
  name: string;
  /** Whether the name stands in the indicator column itself (not to its left, where a group's name may stand). */
  ownName: boolean;
  hasDirectionColumn: boolean;
  tolerance?: number;
}

export interface IndicatorJudgement {
  evaluation: TargetEvaluation;
  cause: IndicatorCause;
}

/**
 * The row judged, with its cause; null for a row with neither a target nor an outcome that is no
 * indicator's name (a heading, a footnote, a note).
 *
 * @example
 * judgeIndicator({ target: '≤ 90 %', outcome: 0.95, reference: null, group: null, direction: null, name: 'Beläggningsgrad', hasDirectionColumn: false })
 * // → { evaluation: { status: 'missed', … }, cause: { kind: 'judged' } }
 * judgeIndicator({ target: '≤ 90 %', outcome: 'Under utredning', … }).cause // → { kind: 'outcome-not-readable', yesNo: false, shown: 'Under utredning' }
 */
export function judgeIndicator(cells: IndicatorCells): IndicatorJudgement | null {
  const { outcome } = cells;
  const reading = readOutcome(outcome);
  // Neither a target nor an outcome: an indicator's name alone, or a heading, a footnote, a note ("Se nedan").
  if (reading.kind === 'blank' && cellText(cells.target) === '') {
    if (!cells.ownName || cells.name === '' || isIndicatorNote(cells.name)) return null;
    const evaluation: TargetEvaluation = {
      status: 'not-assessable',
      reason: { key: 'table.indicatorNameOnly' },
      target: { kind: 'none', text: '', why: 'blank' },
      percentScaleSuspect: false,
    };
    return { evaluation, cause: { kind: 'name-only' } };
  }
  const evaluation = evaluateTarget(cells.target, {
    outcome,
    reference: cells.reference,
    group: cells.group,
    direction: cells.direction,
    // Without a direction column the name says which way is better (DIRECTION in the sheet).
    ...(cells.hasDirectionColumn ? {} : { indicator: cells.name }),
    ...(cells.tolerance !== undefined ? { tolerance: cells.tolerance } : {}),
  });
  return { evaluation, cause: causeOf(evaluation, outcome, reading) };
}

function causeOf(evaluation: TargetEvaluation, outcome: CellValue, reading: OutcomeReading): IndicatorCause {
  const parsed = evaluation.target;
  if (parsed.kind === 'unreadable') return { kind: 'target-unreadable', why: parsed.why };
  if (parsed.kind === 'none') {
    const noTarget = parsed.why === 'blank' || parsed.why === 'no-target';
    if (noTarget && (hasFigure(reading) || reading.kind === 'ambiguous' || readYesNo(outcome) !== null))
      return { kind: 'target-missing', said: parsed.text !== '' };
    return { kind: 'not-measurable' };
  }
  if (reading.kind === 'blank') return { kind: 'outcome-blank' };
  if (reading.kind === 'error') return { kind: 'outcome-error', code: reading.code };
  const yesNo = parsed.kind === 'yes-no';
  if (!yesNo && reading.kind === 'ambiguous') return { kind: 'outcome-ambiguous' };
  if (yesNo ? readYesNo(outcome) === null : !hasFigure(reading)) return { kind: 'outcome-not-readable', yesNo, shown: quoteReading(readCell(outcome)) };
  return evaluation.percentScaleSuspect && evaluation.percentScaleValue !== undefined
    ? { kind: 'judged', percentScale: evaluation.percentScaleValue }
    : { kind: 'judged' };
}
