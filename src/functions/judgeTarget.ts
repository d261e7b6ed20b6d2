import { evaluateTarget, type TargetEvaluation, type TargetStatus } from '../core/targets/evaluateTarget';
import { scalarArg } from './coerce';

/**
 * TARGET_MET's and TARGET_STATUS's common step: the arguments, each unwrapped from a 1×1 range, handed
 * to the core as Excel gave them. The core reads them itself (a target may be a number such as 0.9, an
 * outcome Ja/Nej or TRUE), so they are not coerced to text here.
 *
 * @example
 * judgeTarget(0.93, '≥90 % inom 20 minuter', null, null, null).status // → 'met'
 */
export function judgeTarget(outcome: unknown, target: unknown, reference: unknown, group: unknown, direction: unknown): TargetEvaluation {
  return evaluateTarget(scalarArg(target), {
    outcome: scalarArg(outcome),
    reference: scalarArg(reference),
    group: scalarArg(group),
    direction: scalarArg(direction),
  });
}

const STATUS_LABEL: Record<TargetStatus, string> = {
  met: 'function.status.met',
  missed: 'function.status.missed',
  'not-assessable': 'function.status.notAssessable',
};

/**
 * The catalogue key of TARGET_STATUS's label: "Uppfyllt" / "Ej uppfyllt" / "Ej bedömbart" in Swedish,
 * "Met" / "Not met" / "Not assessable" in English.
 *
 * @example
 * statusLabelKey('missed') // → 'function.status.missed'
 */
export function statusLabelKey(status: TargetStatus): string {
  return STATUS_LABEL[status];
}
