/**
 * The reader's language for the views. Every text comes from the catalogue through these hooks; the
 * host (the task pane, or /check.html) decides the locale and wraps the views in <LocaleProvider>.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Locale, Message, MessageKey, MessageParams } from '../../core';
import { formatMessage, formatNumber, keepNumbersTogether, t } from '../../i18n/format';

const LocaleContext = createContext<Locale>('sv');

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

export { keepNumbersTogether };

export interface Texts {
  locale: Locale;
  /** A catalogue text: text('pane.action.check') → "Kontrollera". */
  text(key: MessageKey, params?: MessageParams): string;
  /** A core message (finding, reason) in the reader's language. */
  message(message: Message): string;
  number(value: number): string;
}

/**
 * @example
 * const { text } = useTexts();
 * <Button>{text('pane.action.check')}</Button>
 */
export function useTexts(): Texts {
  const locale = useLocale();
  return {
    locale,
    text: (key, params) => keepNumbersTogether(t(locale, key, params)),
    message: (m) => keepNumbersTogether(formatMessage(locale, m)),
    number: (v) => keepNumbersTogether(formatNumber(locale, v)),
  };
}
