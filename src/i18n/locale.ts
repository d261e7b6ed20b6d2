/** Which of the catalogue's languages a reader gets: on its own, so that a page can decide before it loads any text. */
import type { Locale } from './message';

/**
 * Office's display language or a browser's ("sv-SE", "en-US", …) to the catalogue's locale: Swedish for
 * sv-*, English otherwise.
 *
 * @example
 * localeFromLanguageTag('sv-FI') // → 'sv'
 */
export function localeFromLanguageTag(tag: string | null | undefined): Locale {
  return typeof tag === 'string' && /^sv\b/i.test(tag) ? 'sv' : 'en';
}
