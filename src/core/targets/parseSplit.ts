/**
 * Reads a target split by group: by sex ("M: 17,2 % K: 16 %") or by unit
 * ("VGR: 140 SU: 76 SKAS: 18 SÅS: 16 NU: 16 SV: 14"). Each part is a threshold of its own.
 */
import { parseThreshold } from './parseThreshold';
import { firstDigit } from './readThresholdNumber';
import { groupKey, KNOWN_GROUP_NAMES, SEX_KEYS } from './groupKey';
import { isLetter, lowerSameLength } from './targetText';
import type { ParsedTarget, SplitPart } from './types';

interface Label {
  label: string;
  /** Where the label starts and where the text after its colon starts. */
  start: number;
  valueStart: number;
}

const WORD_BEFORE = /([\p{L}][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*)$/u;

/**
 * The label that ends right before a colon: a known group name (which may have several words:
 * "Sjukhusen i väster"), else one word, with capitalised words before it ("Region Halland").
 */
function labelBefore(text: string, lower: string, colon: number): Label | null {
  const head = lower.slice(0, colon).trimEnd();
  if (!isLetter(head[head.length - 1])) return null;
  for (const name of KNOWN_GROUP_NAMES) {
    if (!head.endsWith(name)) continue;
    const start = head.length - name.length;
    if (start === 0 || !/[\p{L}\p{N}-]/u.test(head[start - 1])) {
      return { label: text.slice(start, head.length), start, valueStart: colon + 1 };
    }
  }
  const w = WORD_BEFORE.exec(head);
  if (!w) return null;
  let start = head.length - w[1].length;
  for (;;) {
    const more = WORD_BEFORE.exec(text.slice(0, start).trimEnd());
    const spaceBefore = start - text.slice(0, start).trimEnd().length;
    if (!more || spaceBefore !== 1 || !/^\p{Lu}/u.test(more[1])) break;
    start = start - 1 - more[1].length;
  }
  return { label: text.slice(start, head.length), start, valueStart: colon + 1 };
}

/**
 * Reads `text` (normalised) as a split target; null when it is not one (fewer than two labelled parts),
 * 'unreadable' when it has the shape of one but a part cannot be read.
 *
 * @example
 * parseSplit('M: 17,2 % K: 16 %')
 * // { kind: 'split', by: 'sex', parts: [ { label: 'M', key: 'm', threshold: { comparator: null, value: 0.172, percent: true } }, { label: 'K', … } ] }
 */
export function parseSplit(text: string): ParsedTarget | 'unreadable' | null {
  if (firstDigit(text) < 0 || !text.includes(':')) return null;
  const lower = lowerSameLength(text);
  const labels: Label[] = [];
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    const label = labelBefore(text, lower, colon);
    if (label && (labels.length === 0 || label.start >= labels[labels.length - 1].valueStart)) labels.push(label);
  }
  if (labels.length < 2) return null;
  if (firstDigit(text.slice(0, labels[0].start)) >= 0) return 'unreadable';

  const parts: SplitPart[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < labels.length; i++) {
    const end = i + 1 < labels.length ? labels[i + 1].start : text.length;
    const value = text
      .slice(labels[i].valueStart, end)
      .replace(/[\s,;/|]+(?:och|and|samt)?[\s,;/|]*$/i, '')
      .trim();
    const reading = parseThreshold(value, 'any');
    if (reading === null || reading === 'unreadable' || reading.label !== undefined) return 'unreadable';
    const key = groupKey(labels[i].label);
    if (seen.has(key)) return 'unreadable';
    seen.add(key);
    parts.push({
      label: labels[i].label,
      key,
      threshold: reading.threshold,
      ...(reading.context ? { context: reading.context } : {}),
    });
  }
  const by = parts.every((p) => SEX_KEYS.has(p.key)) ? 'sex' : 'unit';
  return { kind: 'split', text, by, parts };
}
