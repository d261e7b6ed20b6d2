/** The two counted forms of the catalogue: `.one` for exactly 1, `.other` otherwise (Swedish and English agree on that). */
import type { MessageKey } from './message';

/** Every key that has a `.one` form, without it: 'pane.summary.errors', 'cli.count.files', … */
export type PluralBase = MessageKey extends infer K ? (K extends `${infer B}.one` ? B : never) : never;

/**
 * The catalogue key for a count.
 *
 * @example
 * pluralKey('pane.summary.errors', 1) // → 'pane.summary.errors.one'
 * pluralKey('pane.summary.errors', 3) // → 'pane.summary.errors.other'
 */
export function pluralKey<B extends PluralBase>(key: B, count: number): Extract<MessageKey, `${B}.one` | `${B}.other`> {
  return `${key}.${count === 1 ? 'one' : 'other'}` as Extract<MessageKey, `${B}.one` | `${B}.other`>;
}
