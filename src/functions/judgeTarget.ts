import { evaluateTarget, type Development, type TargetEvaluation, type TargetStatus } from '../core/targets';
import type { MessageKey, Result } from '../core';
import { allArgs, scalarArg, singleValue } from './coerce';

/**
 * TARGET_MET's and TARGET_STATUS's arguments, each one value: a range of several cells or an entity is
 * #VALUE! naming the argument ("Målvärde ska vara en enda cell, men ett område med 2 celler angavs"),
 * rather than an outcome or target that "could not be read".
 *
 * @example
 * targetArgs(0.93, [['≥ 90 %']], null, null, null) // → ok([0.93, '≥ 90 %', null, null, null])
 */
export function targetArgs(
  outcome: unknown,
  target: unknown,
  reference: unknown,
  group: unknown,
  direction: unknown,
): Result<[unknown, unknown, unknown, unknown, unknown]> {
  return allArgs<[unknown, unknown, unknown, unknown, unknown]>(
    singleValue(outcome, 'arg.outcome'),
    singleValue(target, 'arg.target'),
    singleValue(reference, 'arg.reference'),
    singleValue(group, 'arg.group'),
    singleValue(direction, 'arg.direction'),
  );
}

/**
 * TARGET_MET's and TARGET_STATUS's common step: the arguments, each unwrapped from a 1×1 range or an
 * Excel data type, handed to the core as Excel gave them. The core reads them itself (a target may be a
 * number such as 0.9, an outcome Ja/Nej or TRUE), so they are not coerced to text here.
 *
 * @example
 * judgeTarget(0.93, '≥90 % inom 20 minuter', null, null, null).status // → 'met'
 */
export function judgeTarget(outcome: unknown, target: unknown, reference: unknown, group: unknown, direction: unknown, tolerance?: number): TargetEvaluation {
  return evaluateTarget(scalarArg(target), {
    outcome: scalarArg(outcome),
    reference: scalarArg(reference),
    group: scalarArg(group),
    direction: scalarArg(direction),
    ...(tolerance !== undefined ? { tolerance } : {}),
  });
}

/**
 * judgeTarget over the arguments as targetArgs gives them.
 *
 * @example
 * judgeTargetArgs([0.93, '≥ 90 %', null, null, null]).status // → 'met'
 */
export function judgeTargetArgs(args: readonly [unknown, unknown, unknown, unknown, unknown], tolerance?: number): TargetEvaluation {
  return judgeTarget(args[0], args[1], args[2], args[3], args[4], tolerance);
}

const STATUS_LABEL: Record<TargetStatus, MessageKey> = {
  met: 'function.status.met',
  partly: 'function.status.partly',
  missed: 'function.status.missed',
  'not-assessable': 'function.status.notAssessable',
};

/** The legend's order: DEVELOPMENT's labels argument is three cells for these, in this order. */
export const DEVELOPMENT_ORDER: readonly Development[] = ['better', 'unchanged', 'worse'];

/** The legend's order: TARGET_STATUS's labels argument is four cells for these, in this order. */
export const STATUS_ORDER: readonly TargetStatus[] = ['met', 'partly', 'missed', 'not-assessable'];

/**
 * The catalogue key of TARGET_STATUS's label: "Uppfyllt" / "Ej uppfyllt" / "Ej bedömbart" in Swedish,
 * "Met" / "Not met" / "Not assessable" in English; partly met is "Delvis uppfyllt" / "Partly met".
 *
 * @example
 * statusLabelKey('missed') // → 'function.status.missed'
 */
export function statusLabelKey(status: TargetStatus): MessageKey {
  return STATUS_LABEL[status];
}
