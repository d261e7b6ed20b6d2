/**
 * The shape of user-facing text as the core and the edges pass it around: a key of the catalogue and its
 * parameters, rendered in the reader's language only at the edge (./format).
 */
import type { MessageKey } from './catalog';

export type { MessageKey };

export type Locale = 'sv' | 'en';

/** A parameter of a message: plain text, a number (formatted in the reader's locale), or a fraction shown as a percentage. */
export type MessageParam = string | number | { percent: number } | { message: Message };

/** User-facing text is never built in the core: it returns a key of the catalogue and its parameters. */
export interface Message {
  key: MessageKey;
  params?: Record<string, MessageParam>;
}
