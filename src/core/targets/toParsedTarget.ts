/**
 * The target argument as a cell or a caller gives it: text (the usual case), a number typed into the
 * target cell, a boolean, a blank, an error, or an already parsed target.
 */
import { plainValue } from '../numbers/plainValue';
import { isCellError } from '../types';
import { parseTargetCached } from './parseTarget';
import { PARSED_TARGET_KINDS, type ParsedTarget } from './types';

function isThreshold(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as { comparator?: unknown; value?: unknown; percent?: unknown };
  return (
    (t.comparator === null || ['>=', '<=', '>', '<', '='].includes(t.comparator as string)) &&
    typeof t.value === 'number' &&
    Number.isFinite(t.value) &&
    typeof t.percent === 'boolean'
  );
}

/** True for a ParsedTarget as parseTarget makes it (checked field by field: callers may hand over anything). */
export function isParsedTarget(v: unknown): v is ParsedTarget {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as {
    readonly text?: unknown;
    readonly kind?: unknown;
    readonly threshold?: unknown;
    readonly direction?: unknown;
    readonly parts?: unknown;
    readonly expected?: unknown;
  };
  if (typeof t.text !== 'string' || !PARSED_TARGET_KINDS.includes(t.kind as ParsedTarget['kind'])) return false;
  switch (t.kind) {
    case 'threshold':
      return isThreshold(t.threshold);
    case 'change':
      return ['increase', 'decrease', 'improve', 'maintain'].includes(t.direction as string);
    case 'split':
      return (
        Array.isArray(t.parts) &&
        t.parts.every(
          (p: unknown) =>
            typeof p === 'object' && p !== null && typeof (p as { key?: unknown }).key === 'string' && isThreshold((p as { threshold?: unknown }).threshold),
        )
      );
    case 'yes-no':
      return typeof t.expected === 'boolean';
    default:
      return true;
  }
}

/**
 * @example
 * toParsedTarget('≥ 90 %')          // the parsed text (cached)
 * toParsedTarget(0.9)               // { kind: 'threshold', threshold: { comparator: null, value: 0.9, percent: false }, text: '0.9' }
 * toParsedTarget(true)              // { kind: 'yes-no', expected: true, text: 'TRUE' }
 * toParsedTarget(null)              // { kind: 'none', why: 'blank', text: '' }
 * toParsedTarget({ error: '#REF!' }) // { kind: 'unreadable', why: 'error', text: '#REF!' }
 * toParsedTarget({ type: 'String', basicValue: '≥ 90 %' }) // as '≥ 90 %' (an Excel data type)
 */
export function toParsedTarget(raw: unknown): ParsedTarget {
  // A data-typed cell or a 1×1 range means its plain value.
  const v = plainValue(raw);
  if (typeof v === 'string') return parseTargetCached(v);
  if (v === null || v === undefined) return { kind: 'none', text: '', why: 'blank' };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'unreadable', text: String(v), why: 'error' };
    // A number typed into the target cell: its format (%) is not visible here, so it is read as written.
    return { kind: 'threshold', text: String(v), threshold: { comparator: null, value: v, percent: false } };
  }
  if (typeof v === 'boolean') return { kind: 'yes-no', text: v ? 'TRUE' : 'FALSE', expected: v };
  if (isCellError(v)) return { kind: 'unreadable', text: String(v.error), why: 'error' };
  if (isParsedTarget(v)) return v;
  return { kind: 'unreadable', text: '', why: 'error' };
}
