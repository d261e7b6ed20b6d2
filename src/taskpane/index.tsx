/**
 * The task pane's entry: renders the pane into #root once Office is ready. Outside Office (a plain
 * browser: Office.onReady gives host null and there is no Excel) the pane still renders and says it
 * needs Excel. The language is Office's display language, else the browser's.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { localeFromLanguageTag } from '../i18n/format';
import { App } from './App';
import { excelAvailable } from './excel/availability';
import { LocaleProvider } from './views';

function displayLanguage(): string | undefined {
  try {
    const tag = typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined;
    if (typeof tag === 'string' && tag !== '') return tag;
  } catch {
    // Outside Office, Office.context may not be there at all.
  }
  return typeof navigator !== 'undefined' ? navigator.language : undefined;
}

let started = false;
function start(): void {
  if (started) return;
  started = true;
  const element = document.getElementById('root');
  if (!element) return;
  const locale = localeFromLanguageTag(displayLanguage());
  document.documentElement.lang = locale;
  createRoot(element).render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider locale={locale}>
        <App excelAvailable={excelAvailable()} />
      </LocaleProvider>
    </FluentProvider>,
  );
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  Office.onReady().then(start, start);
  // If Office never answers (office.js could not reach its host), show the pane anyway.
  setTimeout(start, 3000);
} else {
  start();
}
