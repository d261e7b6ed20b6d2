/**
 * The workbook's tolerance for "partly met", as the pane offers and names it: off by default, or a band of
 * the target's value (an outcome that misses the target by no more than that is partly met).
 */
import type { Locale } from '../../core';

/** The bands offered, as fractions of the target (0.1 = within 10 % of it). */
export const TOLERANCE_CHOICES = [0.05, 0.1, 0.2] as const;

/**
 * A band as a percentage in the reader's notation.
 *
 * @example
 * percentText('sv', 0.1)  // → '10 %' (with a no-break space)
 * percentText('en', 0.05) // → '5%'
 */
export function percentText(locale: Locale, fraction: number): string {
  const n = Math.round(fraction * 1000) / 10;
  const figure = locale === 'sv' ? String(n).replace('.', ',') : String(n);
  return locale === 'sv' ? `${figure}\u00a0%` : `${figure}%`;
}
