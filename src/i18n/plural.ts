/**
 * The catalogue key for a count: `.one` for exactly 1, `.other` otherwise (Swedish and English agree on that).
 *
 * @example
 * pluralKey('pane.summary.errors', 1) // → 'pane.summary.errors.one'
 * pluralKey('pane.summary.errors', 3) // → 'pane.summary.errors.other'
 */
export function pluralKey(key: string, count: number): string {
  return `${key}.${count === 1 ? 'one' : 'other'}`;
}
