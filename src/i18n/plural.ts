/** The two counted forms of the catalogue: `.one` for exactly 1, `.other` otherwise (Swedish and English agree on that). */
import type { MessageKey } from './message';

/** Every key that has a `.one` form, without it: 'pane.summary.errors', 'cli.count.files', … */
export type PluralBase = MessageKey extends infer K ? (K extends `${infer B}.one` ? B : never) : never;

/**
 * The catalogue key for a count. Every `.one` key has its `.other` beside it (./plural.test.ts), so the result
 * is a key of the catalogue. It is typed as any key on purpose: narrowing it to the two forms of `key` made the
 * type-checker match every call against the whole catalogue, some twenty seconds a call.
 *
 * @example
 * pluralKey('pane.summary.errors', 1) // → 'pane.summary.errors.one'
 * pluralKey('pane.summary.errors', 3) // → 'pane.summary.errors.other'
 */
export function pluralKey(key: PluralBase, count: number): MessageKey {
  return `${key}.${count === 1 ? 'one' : 'other'}` as MessageKey;
}
