/**
 * The task pane's entry: renders the pane into #root at once, saying it is starting, and again once Office
 * is ready. It waits for Office.onReady however long Office takes (Excel desktop can take seconds to start
 * the shared runtime, which never reloads: a give-up would last the whole session). Outside Office (a plain
 * browser: Office.onReady gives host null and there is no Excel) the pane says it needs Excel; without
 * office.js at all, at once. The language is Office's display language, else the browser's.
 */
// First: starts the download of the pane's texts before the modules below are set up.
import { displayLanguage, firstTexts } from './earlyTexts';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot, type Root } from 'react-dom/client';
import { loadTexts, localeFromLanguageTag } from '../i18n/format';
import { excelAvailable } from './excel/availability';
import { LocaleProvider } from '../results/views';
import { PaneTabs } from './PaneTabs';

/** Renders the pane once its texts in the reader's language are there (one small download, the first time). */
async function render(root: Root, starting: boolean): Promise<void> {
  const locale = localeFromLanguageTag(displayLanguage());
  // Texts that could not be loaded show as their keys: a pane with odd words beats a blank one.
  await firstTexts.catch(() => undefined);
  await loadTexts(locale, ['pane', 'workbook']).catch(() => undefined);
  document.documentElement.lang = locale;
  root.render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider locale={locale}>
        <PaneTabs excelAvailable={!starting && excelAvailable()} starting={starting} />
      </LocaleProvider>
    </FluentProvider>,
  );
}

const element = document.getElementById('root');
if (element) {
  const root = createRoot(element);
  if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
    // "Starting" first, then the pane once Office is ready, in that order whatever loads first.
    const first = render(root, true);
    const ready = () => void first.then(() => render(root, false));
    Office.onReady().then(ready, ready);
  } else {
    void render(root, false);
  }
}
