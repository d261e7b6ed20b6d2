/**
 * The pane's texts, asked for first: index.tsx imports this module before React and Fluent, so the small
 * download of its language's texts runs while they are being set up, not after.
 */
import { loadTexts, localeFromLanguageTag } from '../i18n/format';

/** Office's display language, else the browser's (outside Office, or before Office is ready). */
export function displayLanguage(): string | undefined {
  try {
    const tag = typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined;
    if (typeof tag === 'string' && tag !== '') return tag;
  } catch {
    // Outside Office, or before it is ready, Office.context may not be there at all.
  }
  return typeof navigator !== 'undefined' ? navigator.language : undefined;
}

/** The texts of the language known at start, on their way. */
export const firstTexts: Promise<void> = loadTexts(localeFromLanguageTag(displayLanguage()), ['pane', 'workbook']);
