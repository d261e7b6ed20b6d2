/** `--require-stamp`: a workbook that is not stamped, or changed since its stamp, is an error. */
import type { Message } from '../types';
import type { StampStatus } from './types';

export type StampFindingCode = 'stamp-missing' | 'stamp-changed' | 'stamp-unreadable';

export interface StampFinding {
  code: StampFindingCode;
  severity: 'error';
  message: Message;
}

/**
 * The error a required stamp gives, or null when the workbook is stamped and unchanged since.
 *
 * @example
 * requiredStampFinding({ status: 'none' }) // → { code: 'stamp-missing', severity: 'error', message: { key: 'stamp.required.none' } }
 */
export function requiredStampFinding(stamp: StampStatus): StampFinding | null {
  switch (stamp.status) {
    case 'unchanged':
      return null;
    case 'none':
      return { code: 'stamp-missing', severity: 'error', message: { key: 'stamp.required.none' } };
    case 'unreadable':
      return { code: 'stamp-unreadable', severity: 'error', message: { key: 'stamp.required.unreadable', params: { reason: { message: stamp.reason } } } };
    default:
      return { code: 'stamp-changed', severity: 'error', message: { key: 'stamp.required.changed', params: { checkedAt: stamp.checkedAt } } };
  }
}
