/**
 * Why reading a workbook stopped, as errors the reader throws and catches itself: a damaged part (the
 * message names it), a limit passed, the time allowed used up. Nothing here carries a library's own words.
 */
import type { Message, MessageKey, MessageParams } from '../core';

/** A part of the package is missing or damaged; `reason` says which and how, in the catalogue's words. */
export class DamagedPart extends Error {
  constructor(readonly reason: Message) {
    super(reason.key);
    this.name = 'DamagedPart';
  }
}

/** The workbook passes one of the read limits; `limit` names it. */
export class LimitPassed extends Error {
  constructor(readonly limit: Message) {
    super(limit.key);
    this.name = 'LimitPassed';
  }
}

/** Reading took longer than the time allowed. */
export class TimeLimitPassed extends Error {
  constructor(readonly seconds: number) {
    super('time limit');
    this.name = 'TimeLimitPassed';
  }
}

/**
 * A damaged-part error with its catalogue key and parameters.
 *
 * @example
 * throw damaged('read.part.missing', { part: 'xl/workbook.xml' });
 */
export function damaged(key: MessageKey, params?: MessageParams): DamagedPart {
  return new DamagedPart(params ? { key, params } : { key });
}
