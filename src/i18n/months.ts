import type { MessageKey } from './message';

const MONTHS = [
  'pane.month.1',
  'pane.month.2',
  'pane.month.3',
  'pane.month.4',
  'pane.month.5',
  'pane.month.6',
  'pane.month.7',
  'pane.month.8',
  'pane.month.9',
  'pane.month.10',
  'pane.month.11',
  'pane.month.12',
] as const satisfies readonly MessageKey[];

/**
 * The catalogue key of a month's name (1 = January); a month out of range is read as the nearest one.
 *
 * @example
 * monthKey(8) // → 'pane.month.8' ("augusti" / "August")
 */
export function monthKey(month: number): MessageKey {
  const m = Number.isInteger(month) ? Math.min(12, Math.max(1, month)) : 1;
  return MONTHS[m - 1];
}
