/**
 * /check.html?mode=settle: a round's settlement (./settle/SettlePage.tsx), with a way back to checking one
 * workbook. A chunk of its own: the page's first screen for checking (./shell.ts) never waits for it.
 */
import { FluentProvider, Tab, TabList, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Locale } from '../core';
import { loadTexts, t, type LazyArea } from '../i18n/format';
import { LocaleProvider } from '../results/views';
import { SettlePage } from './settle/SettlePage';

/** The settlement's texts, the views it shares with the checks, reading files (the cli area). */
const AREAS: LazyArea[] = ['settle', 'check', 'pane', 'workbook', 'reading', 'cli'];

function Settle({ initial }: { initial: Locale }) {
  const [locale, setLocale] = useState<Locale>(initial);
  const change = (next: Locale) => {
    void loadTexts(next, AREAS).then(() => {
      document.documentElement.lang = next;
      document.title = t(next, 'settle.page.title');
      setLocale(next);
    });
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider locale={locale}>
        <nav aria-label={t(locale, 'settle.page.modeSettle')} style={{ maxWidth: 960, margin: '0 auto', padding: '8px 16px 0' }}>
          <TabList
            selectedValue="settle"
            onTabSelect={(_, d) => {
              if (d.value === 'check') window.location.search = `?lang=${locale}`;
            }}
          >
            <Tab value="check" data-testid="mode-check">
              {t(locale, 'settle.page.modeCheck')}
            </Tab>
            <Tab value="settle" data-testid="mode-settle">
              {t(locale, 'settle.page.modeSettle')}
            </Tab>
          </TabList>
        </nav>
        <SettlePage onLocale={change} />
      </LocaleProvider>
    </FluentProvider>
  );
}

/**
 * Draws the settlement into `root` once its texts are there (keys show if they could not load).
 *
 * @example
 * import('./settleMode').then((m) => m.startSettle(root, 'sv'));
 */
export function startSettle(root: HTMLElement, locale: Locale): Promise<void> {
  document.documentElement.lang = locale;
  const render = () => {
    document.title = t(locale, 'settle.page.title');
    createRoot(root).render(<Settle initial={locale} />);
  };
  return loadTexts(locale, AREAS).then(render, render);
}
