import type { Locale, Message, MessageKey, MessageParam, MessageParams } from './message';
import { catalog } from './catalog';

/** Loads the texts a page needs in the reader's language (the built pages download them; in Node they are here). */
export { loadTexts, type LazyArea } from './catalog';

const numberFormats: Record<Locale, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 6 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 }),
};

/**
 * Formats a number the way a reader of `locale` writes it: sv "11 080" / "8,5" / "−630", en "11,080" / "8.5".
 * Swedish thousands are separated by a plain space, as the contract's messages write them
 * ("uppdrag 11 080 ≠ bas 8 134 + tillägg 2 937"), so a text copied out of a cell compares equal to what a
 * controller types; Intl's no-break spaces are replaced. The minus stays U+2212, as Swedish Excel shows it.
 */
export function formatNumber(locale: Locale, value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = numberFormats[locale].format(value);
  return locale === 'sv' ? text.replace(/[\u00a0\u202f]/g, ' ') : text;
}

/**
 * On screen a number never breaks across lines: the spaces inside "11 080" and before "%" become no-break
 * spaces. The catalogue writes plain spaces, as the contract and the cells do; this is typography only.
 *
 * @example
 * keepNumbersTogether('uppdrag 11 080 ≠ bas 8 134, 51 %') // 'uppdrag 11\u00a0080 ≠ bas 8\u00a0134, 51\u00a0%'
 */
export function keepNumbersTogether(text: string): string {
  return text.replace(/(\d) (?=\d|%)/g, '$1\u00a0');
}

/** Formats a fraction as a percentage: 0.085 → sv "8,5 %", en "8.5%". */
export function formatPercent(locale: Locale, fraction: number): string {
  const n = formatNumber(locale, Math.round(fraction * 100 * 1e6) / 1e6);
  return locale === 'sv' ? `${n} %` : `${n}%`;
}

function formatParam(locale: Locale, p: MessageParam): string {
  if (typeof p === 'string') return p;
  if (typeof p === 'number') return formatNumber(locale, p);
  if ('percent' in p) return formatPercent(locale, p.percent);
  return formatMessage(locale, p.message);
}

/** Renders a message of the catalogue in the reader's language. An unknown key renders as itself, never as a crash. */
export function formatMessage(locale: Locale, message: Message): string {
  // A key not in the catalogue (or whose texts a page has not loaded) renders as itself, never as a crash.
  // eslint-disable-next-line no-restricted-syntax -- the catalogue, keyed by Målkoll's own message keys
  const template: string = (catalog as Record<string, Partial<Record<Locale, string>> | undefined>)[message.key]?.[locale] ?? message.key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const p = message.params?.[name];
    return p === undefined ? whole : formatParam(locale, p);
  });
}

/** Shorthand for a message with no parameters. */
export function t(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return formatMessage(locale, params ? { key, params } : { key });
}

export { localeFromLanguageTag } from './locale';
