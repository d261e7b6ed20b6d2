/** `--require-stamp`: a workbook that is not stamped, or changed since its stamp, is an error. */
import type { Message } from '../types';
import type { StampStatus } from './types';

export type StampFindingCode = 'stamp-missing' | 'stamp-changed' | 'stamp-unreadable';

export interface StampFinding {
  code: StampFindingCode;
  severity: 'error';
  message: Message;
}

/** What the requirement looks at: the status, the stamp's time, and why it could not be read (as a message or its text). */
export interface StampSummary {
  status: StampStatus['status'];
  checkedAt?: string;
  reason?: Message | string;
}

/**
 * The error a required stamp gives, or null when the workbook is stamped and unchanged since.
 *
 * @example
 * requiredStampFinding({ status: 'none' }) // → { code: 'stamp-missing', severity: 'error', message: { key: 'stamp.required.none' } }
 */
export function requiredStampFinding(stamp: StampSummary): StampFinding | null {
  switch (stamp.status) {
    case 'unchanged':
      return null;
    case 'none':
      return { code: 'stamp-missing', severity: 'error', message: { key: 'stamp.required.none' } };
    case 'unreadable': {
      const reason = typeof stamp.reason === 'object' ? { message: stamp.reason } : (stamp.reason ?? '');
      return { code: 'stamp-unreadable', severity: 'error', message: { key: 'stamp.required.unreadable', params: { reason } } };
    }
    default:
      return { code: 'stamp-changed', severity: 'error', message: { key: 'stamp.required.changed', params: { checkedAt: stamp.checkedAt ?? '' } } };
  }
}
