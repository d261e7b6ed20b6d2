/**
 * What an adapter call gives back: a value, or a message for the user. Excel's own exceptions are turned
 * into a message here, so no stack trace reaches the pane.
 */
import type { Message, MessageKey } from '../../core';

/**
 * Why an action did not happen, where the pane acts on the reason itself rather than only showing the
 * message: 'report-sheet' (a check started on Målkoll's own report sheet) keeps the last check's results.
 */
export type FailureReason = 'report-sheet';

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: Message; reason?: FailureReason };

export function succeeded<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function failed<T = never>(key: MessageKey, params?: Message['params']): Outcome<T> {
  return { ok: false, message: params ? { key, params } : { key } };
}

/**
 * Excel's error codes a controller meets in practice, each with what to do about it. Any other code gets
 * the general message; every message names the code, which is what Microsoft's documentation looks up.
 */
const ADVICE: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ['InvalidSelection', 'pane.error.invalidSelection'],
  ['AccessDenied', 'pane.error.accessDenied'],
  ['ItemNotFound', 'pane.error.itemNotFound'],
  ['ResponsePayloadSizeLimitExceeded', 'pane.error.payloadTooLarge'],
  ['RequestPayloadSizeLimitExceeded', 'pane.error.payloadTooLarge'],
  ['InvalidOperationInCellEditMode', 'pane.error.cellEditMode'],
]);

/**
 * An exception from Excel.run as a message: specific advice for the common codes, else a general one
 * naming Excel's error code (e.g. "InvalidArgument").
 *
 * @example
 * excelFailure(Object.assign(new Error('…'), { code: 'AccessDenied' }))
 * // → { ok: false, message: { key: 'pane.error.accessDenied', params: { code: 'AccessDenied' } } }
 * excelFailure(Object.assign(new Error('…'), { code: 'InvalidArgument' }))
 * // → { ok: false, message: { key: 'pane.error.excel', params: { code: 'InvalidArgument' } } }
 */
export function excelFailure<T = never>(error: unknown): Outcome<T> {
  const code =
    typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
      ? (error as { code: string }).code
      : 'GeneralException';
  return failed(ADVICE.get(code) ?? 'pane.error.excel', { code });
}
