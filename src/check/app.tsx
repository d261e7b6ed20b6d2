/**
 * /check.html's checks and their result, under the first screen the shell has drawn (./shell.ts): a
 * workbook chosen there is read and checked in a worker with the command line's own reader (src/xlsx, within
 * the page's limits, ./pageLimits.ts) and the same core as the task pane, and the task pane's own views show
 * the result. Nothing is uploaded: the only request the page makes is for the sample, to the server that
 * served the page. A chunk of the page's script, fetched as soon as the shell is drawn.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { startTransition, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Locale } from '../core';
import { loadTexts, type LazyArea } from '../i18n/format';
import { LocaleProvider } from '../results/views/i18n';
import type { Notice } from '../results/views/NoticeBar';
import type { Phase } from '../results/views/ProgressView';
import type { ResultTab } from '../results/views/ResultView';
import { readFailureMessage } from '../xlsx/readFailureMessage';
import type { PageResult } from './checkWorkbookBytes';
import { checkInWorker, warmUp } from './checkInWorker';
import { NoticeBar, ProgressView, WorkbookResult } from './resultViews';
import type { Opener, Shell } from './shell';

/** The page's texts beyond the engine's: the page's own, the pane's views, the workbook's notes, reading files (the cli area). */
const AREAS: LazyArea[] = ['check', 'pane', 'workbook', 'reading', 'cli', 'stamp'];

interface OpenRequest {
  file: string;
  bytes: () => Promise<ArrayBuffer>;
  oneOf?: number;
}

/**
 * Starts the checks under the shell: the worker and the texts of the shell's language load at once.
 *
 * @example
 * drawShell(root, 'sv', SAMPLE_URL, (shell) => import('./app').then((m) => m.startChecks(shell)));
 */
export function startChecks(shell: Shell): Promise<Opener> {
  warmUp();
  let deliver: ((request: OpenRequest) => void) | null = null;
  const waiting: OpenRequest[] = [];
  let changeLocale: ((locale: Locale) => void) | null = null;
  const opener: Opener = {
    open: (file, bytes, oneOf) => {
      const request = oneOf === undefined ? { file, bytes } : { file, bytes, oneOf };
      if (deliver) deliver(request);
      else waiting.push(request);
    },
    setLocale: (locale) => {
      void loadTexts(locale, AREAS).then(() => changeLocale?.(locale));
    },
  };

  function Checks({ initial }: { initial: Locale }) {
    const [locale, setLocale] = useState<Locale>(initial);
    const [busy, setBusy] = useState<Phase | null>(null);
    const [result, setResult] = useState<PageResult | null>(null);
    const [notice, setNotice] = useState<Notice | null>(null);
    const [tab, setTab] = useState<ResultTab>('findings');

    useEffect(() => {
      changeLocale = setLocale;
      let running = false;
      const open = async ({ file, bytes, oneOf }: OpenRequest): Promise<void> => {
        if (running) return;
        running = true;
        shell.setBusy(true);
        setResult(null);
        setNotice(oneOf !== undefined && oneOf > 1 ? { intent: 'info', messages: [{ key: 'check.oneAtATime', params: { file } }] } : null);
        setBusy('reading-workbook');
        try {
          // Read and checked in the worker: the page stays responsive however large the workbook.
          const checked = await checkInWorker(file, await bytes(), setBusy);
          // Rendered as a transition: React yields to the browser while it builds a large result.
          startTransition(() => {
            setResult(checked);
            setTab(checked.ok && !hasFindings(checked) && checked.check.tables.some((t) => t.kind === 'indicators') ? 'indicators' : 'findings');
          });
        } catch (error) {
          setResult({ file, ok: false, message: readFailureMessage(file, 'read-failed', error instanceof Error ? error.message : String(error)) });
        } finally {
          setBusy(null);
          shell.setBusy(false);
          running = false;
        }
      };
      deliver = (request) => void open(request);
      for (const request of waiting.splice(0)) deliver(request);
      return () => {
        deliver = null;
      };
    }, []);

    return (
      <FluentProvider theme={webLightTheme}>
        <LocaleProvider locale={locale}>
          {busy && <ProgressView phase={busy} />}
          {notice && <NoticeBar notice={notice} />}
          {result && !result.ok && <NoticeBar notice={{ intent: 'error', messages: [result.message] }} />}
          {result?.ok && <WorkbookResult result={result} tab={tab} onTab={setTab} />}
        </LocaleProvider>
      </FluentProvider>
    );
  }

  const initial = shell.locale;
  const render = () => createRoot(shell.results).render(<Checks initial={initial} />);
  // Texts that could not be loaded show as their keys: a page with odd words beats no result at all.
  return loadTexts(initial, AREAS)
    .then(render, render)
    .then(() => opener);
}

function hasFindings(result: Extract<PageResult, { ok: true }>): boolean {
  return result.check.summary.errors + result.check.summary.warnings > 0;
}
