/**
 * The shape of user-facing text as the core and the edges pass it around: a key of the catalogue and its
 * parameters, rendered in the reader's language only at the edge (./format).
 */
import type { MessageKey } from './catalog';

export type { MessageKey };

export type Locale = 'sv' | 'en';

/** A parameter of a message: plain text, a number (formatted in the reader's locale), or a fraction shown as a percentage. */
export type MessageParam = string | number | { percent: number } | { message: Message };

/**
 * A message's parameters by the names of the catalogue's placeholders (`{sheet}`, `{count}`): keys of
 * Målkoll's own, never a workbook's text (which may be a parameter's value, never its name).
 */
// eslint-disable-next-line no-restricted-syntax -- keyed by the catalogue's placeholder names only
export type MessageParams = Record<string, MessageParam>;

/** User-facing text is never built in the core: it returns a key of the catalogue and its parameters. */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}
