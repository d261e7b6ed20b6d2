/**
 * /check.html's entry. The language is ?lang=sv|en when given, else the browser's; the page can switch it.
 */
import { FluentProvider, Tab, TabList, webLightTheme } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Locale } from '../core';
import { loadTexts, localeFromLanguageTag, t, type LazyArea } from '../i18n/format';
import { LocaleProvider } from '../taskpane/views';
import { CheckPage } from './CheckPage';

/** The settlement's views come as a chunk when the tab is first chosen: the check page starts without them. */
const SettlePage = lazy(() => import(/* webpackChunkName: "settle-page" */ './settle/SettlePage').then((m) => ({ default: m.SettlePage })));

/** The page's texts beyond the engine's: the pane's views, the workbook's notes, reading files (the cli area). */
const AREAS: LazyArea[] = ['pane', 'workbook', 'reading', 'cli', 'settle'];

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

/** The page checks one workbook, or settles a round (?mode=settle opens it there). */
type Mode = 'check' | 'settle';

function Root() {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [mode, setMode] = useState<Mode>(() => (new URLSearchParams(window.location.search).get('mode') === 'settle' ? 'settle' : 'check'));
  const change = (next: Locale) => {
    void loadTexts(next, AREAS).then(() => {
      showLocale(next);
      setLocale(next);
    });
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider locale={locale}>
        <nav aria-label={t(locale, 'settle.page.modeSettle')} style={{ maxWidth: 960, margin: '0 auto', padding: '8px 16px 0' }}>
          <TabList selectedValue={mode} onTabSelect={(_, d) => setMode(d.value as Mode)}>
            <Tab value="check" data-testid="mode-check">
              {t(locale, 'settle.page.modeCheck')}
            </Tab>
            <Tab value="settle" data-testid="mode-settle">
              {t(locale, 'settle.page.modeSettle')}
            </Tab>
          </TabList>
        </nav>
        {mode === 'check' ? (
          <CheckPage sampleUrl={SAMPLE_URL} onLocale={change} />
        ) : (
          <Suspense fallback={null}>
            <SettlePage onLocale={change} />
          </Suspense>
        )}
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
