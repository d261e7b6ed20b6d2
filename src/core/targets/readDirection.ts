/**
 * Reads an indicator's direction (polarity: which way is better) from a cell.
 */
import { plainValue } from '../numbers/plainValue';

const HIGHER = new Set([
  'högre',
  'hög',
  'höga',
  'higher',
  'high',
  'uppåt',
  'upp',
  'up',
  'öka',
  'ökande',
  'increase',
  'increasing',
  'stigande',
  'större',
  'mer',
  'more',
  'fler',
  '≥',
  '>',
  '↑',
  '⬆',
  '⇧',
]);
const LOWER = new Set([
  'lägre',
  'låg',
  'låga',
  'lower',
  'low',
  'nedåt',
  'ned',
  'ner',
  'down',
  'minska',
  'minskande',
  'decrease',
  'decreasing',
  'sjunkande',
  'mindre',
  'less',
  'färre',
  'fewer',
  '≤',
  '<',
  '↓',
  '⬇',
  '⇩',
]);

/**
 * Reads a direction cell: only the first word counts, so "Lägre är bättre" is 'lower'.
 * Blank, or anything else, is null.
 *
 * @example
 * readDirection('Högre är bättre') // 'higher'
 * readDirection('lower')           // 'lower'
 * readDirection('↓')               // 'lower'
 * readDirection('>=')              // 'higher'
 * readDirection('→')               // null
 * readDirection({ type: 'String', basicValue: 'lägre' }) // 'lower' (an Excel data type)
 */
export function readDirection(raw: unknown): 'higher' | 'lower' | null {
  const v = plainValue(raw);
  if (typeof v !== 'string') return null;
  const s = v.normalize('NFC').trim().toLowerCase();
  if (s === '') return null;
  if (s.startsWith('>=') || s.startsWith('=>')) return 'higher';
  if (s.startsWith('<=') || s.startsWith('=<')) return 'lower';
  // The first word, or a symbol written against the words ("↑ högre").
  const first = /^[\p{L}]+|^\S/u.exec(s)?.[0] ?? '';
  if (HIGHER.has(first)) return 'higher';
  if (LOWER.has(first)) return 'lower';
  return null;
}
