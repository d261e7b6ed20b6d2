/**
 * What an adapter call gives back: a value, or a message for the user. Excel's own exceptions are turned
 * into a message here, so no stack trace reaches the pane.
 */
import type { Message } from '../../core/types';

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: Message };

export function succeeded<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function failed<T = never>(key: string, params?: Message['params']): Outcome<T> {
  return { ok: false, message: params ? { key, params } : { key } };
}

/**
 * An exception from Excel.run as a message naming Excel's error code (e.g. "ItemAlreadyExists"), which is
 * what Microsoft's documentation and support look up.
 *
 * @example
 * excelFailure(Object.assign(new Error('…'), { code: 'InvalidArgument' }))
 * // → { ok: false, message: { key: 'pane.error.excel', params: { code: 'InvalidArgument' } } }
 */
export function excelFailure<T = never>(error: unknown): Outcome<T> {
  const code =
    typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
      ? (error as { code: string }).code
      : 'GeneralException';
  return failed('pane.error.excel', { code });
}
