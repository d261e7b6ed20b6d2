/**
 * /check.html's entry. The language is ?lang=sv|en when given, else the browser's; the page can switch it.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Locale } from '../core';
import { loadTexts, localeFromLanguageTag, t, type LazyArea } from '../i18n/format';
import { LocaleProvider } from '../taskpane/views';
import { CheckPage } from './CheckPage';

/** The page's texts beyond the engine's: the pane's views, the workbook's notes, reading files (the cli area), the stamp. */
const AREAS: LazyArea[] = ['pane', 'workbook', 'reading', 'cli', 'stamp'];

/** Served beside the page by the build (webpack copies samples/*.xlsx to dist/samples/). */
const SAMPLE_URL = 'samples/malkoll-exempel.xlsx';

function initialLocale(): Locale {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (asked === 'sv' || asked === 'en') return asked;
  return localeFromLanguageTag(navigator.language);
}

function showLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  document.title = t(locale, 'check.title');
}

function Root() {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const change = (next: Locale) => {
    void loadTexts(next, AREAS).then(() => {
      showLocale(next);
      setLocale(next);
    });
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider locale={locale}>
        <CheckPage sampleUrl={SAMPLE_URL} onLocale={change} />
      </LocaleProvider>
    </FluentProvider>
  );
}

const element = document.getElementById('root');
if (element) {
  const locale = initialLocale();
  const start = () => {
    showLocale(locale);
    createRoot(element).render(<Root />);
  };
  // Texts that could not be loaded show as their keys: a page with odd words beats a blank one.
  loadTexts(locale, AREAS).then(start, start);
}
