/**
 * The task pane's entry: renders the pane into #root at once, saying it is starting, and again once Office
 * is ready. It waits for Office.onReady however long Office takes (Excel desktop can take seconds to start
 * the shared runtime, which never reloads: a give-up would last the whole session). Outside Office (a plain
 * browser: Office.onReady gives host null and there is no Excel) the pane says it needs Excel; without
 * office.js at all, at once. The language is Office's display language, else the browser's.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot, type Root } from 'react-dom/client';
import { localeFromLanguageTag } from '../i18n/format';
import { App } from './App';
import { excelAvailable } from './excel/availability';
import { LocaleProvider } from './views';

function displayLanguage(): string | undefined {
  try {
    const tag = typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined;
    if (typeof tag === 'string' && tag !== '') return tag;
  } catch {
    // Outside Office, or before it is ready, Office.context may not be there at all.
  }
  return typeof navigator !== 'undefined' ? navigator.language : undefined;
}

function render(root: Root, starting: boolean): void {
  const locale = localeFromLanguageTag(displayLanguage());
  document.documentElement.lang = locale;
  root.render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider locale={locale}>
        <App excelAvailable={!starting && excelAvailable()} starting={starting} />
      </LocaleProvider>
    </FluentProvider>,
  );
}

const element = document.getElementById('root');
if (element) {
  const root = createRoot(element);
  if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
    render(root, true);
    const ready = () => render(root, false);
    Office.onReady().then(ready, ready);
  } else {
    render(root, false);
  }
}
