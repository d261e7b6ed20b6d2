import type { Message, MessageParam, Result } from '../types';
import { fail, ok } from '../types';

/** The volume figures a message can name; each renders as the table's own heading ("bas", "tillägg"). */
export type VolumeField = 'total' | 'base' | 'additional' | 'performed' | 'outcome' | 'plan' | 'price';

/**
 * The field's name as a message parameter, rendered in the reader's language.
 *
 * @example
 * fieldName('base') // → { message: { key: 'volume.field.base' } }, "bas" / "base"
 */
export function fieldName(field: VolumeField): MessageParam {
  const message: Message = { key: `volume.field.${field}` };
  return { message };
}

/**
 * Accepts a finite, non-negative number; anything else is a `value` failure naming the field.
 *
 * @example
 * requireNonNegative(1764, 'additional') // → ok(1764)
 * requireNonNegative(-5, 'base')         // → fail('value', 'volume.negative', …) "bas −5 är mindre än noll"
 */
export function requireNonNegative(value: number, field: VolumeField): Result<number> {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return fail('value', 'volume.notANumber', { what: fieldName(field) });
  }
  if (value < 0) return fail('value', 'volume.negative', { what: fieldName(field), value });
  return ok(value);
}
