/**
 * /check.html: a workbook dropped or chosen (or the sample, one click away) is read here in the browser
 * with the command line's own reader (src/xlsx, within the same read limits), in a worker, and checked by the
 * same core as the task pane and the command line; the task pane's own views show the result. Nothing is
 * uploaded: the only request the page makes is for the sample, to the server that served the page.
 */
import { Body1, Button, Caption1, Link, makeStyles, Subtitle2, Text, Title3, tokens } from '@fluentui/react-components';
import { startTransition, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { Locale } from '../core';
import { checklistOf } from '../core/workbook';
import { checkResult } from '../taskpane/model/checkResult';
import { clockTime } from '../taskpane/model/reportContent';
import { InfoBar, NoticeBar, ProgressView, ResultView, useTexts, type Notice, type Phase, type ResultTab } from '../taskpane/views';
import { readFailureMessage } from '../xlsx/readFailureMessage';
import type { PageResult } from './checkWorkbookBytes';
import { checkInWorker, warmUp } from './checkInWorker';
import { StampNotice } from '../taskpane/views/StampNotice';

const useStyles = makeStyles({
  root: {
    maxWidth: '960px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
  },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalL },
  headerText: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  drop: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: 'center',
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  buttons: { display: 'flex', flexWrap: 'wrap', justifyContent: 'center', alignItems: 'center', gap: tokens.spacingHorizontalM },
  hiddenInput: { display: 'none' },
  result: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  footer: { color: tokens.colorNeutralForeground3 },
});

export interface CheckPageProps {
  /** Where the sample workbook is served, relative to the page. */
  sampleUrl: string;
  onLocale: (locale: Locale) => void;
}

export function CheckPage({ sampleUrl, onLocale }: CheckPageProps) {
  const styles = useStyles();
  const { text, locale } = useTexts();
  const [busy, setBusy] = useState<Phase | null>(null);
  const [result, setResult] = useState<PageResult | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dragging, setDragging] = useState(false);
  const [tab, setTab] = useState<ResultTab>('findings');
  const input = useRef<HTMLInputElement>(null);

  // The worker starts once the page is up, so that the first file does not wait for it.
  useEffect(() => {
    const timer = setTimeout(warmUp, 0);
    return () => clearTimeout(timer);
  }, []);

  // A file dropped beside the drop zone would make the browser open it instead of the page checking it.
  useEffect(() => {
    const prevent = (e: globalThis.DragEvent) => e.preventDefault();
    window.addEventListener('dragover', prevent);
    window.addEventListener('drop', prevent);
    return () => {
      window.removeEventListener('dragover', prevent);
      window.removeEventListener('drop', prevent);
    };
  }, []);

  async function open(file: string, bytes: () => Promise<ArrayBuffer>, extra: Notice | null = null): Promise<void> {
    if (busy !== null) return;
    setResult(null);
    setNotice(extra);
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
    }
  }

  function openFiles(files: FileList | null): void {
    const first = files?.[0];
    if (!first) return;
    const extra: Notice | null =
      files.length > 1 ? { intent: 'info', messages: [{ key: 'check.oneAtATime', params: { file: first.name } }] } : null;
    void open(first.name, () => first.arrayBuffer(), extra);
  }

  function openSample(): void {
    const name = sampleUrl.split('/').pop() ?? sampleUrl;
    void open(name, async () => {
      const response = await fetch(sampleUrl);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.arrayBuffer();
    });
  }

  function onDrop(e: DragEvent<HTMLDivElement>): void {
    e.preventDefault();
    setDragging(false);
    openFiles(e.dataTransfer.files);
  }

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <div className={styles.headerText}>
          <Title3 as="h1">{text('check.title')}</Title3>
          <Body1>{text('check.intro')}</Body1>
          <Caption1 data-testid="private">{text('check.private')}</Caption1>
        </div>
        <Button appearance="transparent" onClick={() => onLocale(locale === 'sv' ? 'en' : 'sv')} lang={locale === 'sv' ? 'en' : 'sv'}>
          {text('check.language')}
        </Button>
      </header>

      <div
        className={dragging ? `${styles.drop} ${styles.dropActive}` : styles.drop}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Subtitle2>{text('check.drop')}</Subtitle2>
        <div className={styles.buttons}>
          <Button appearance="primary" disabledFocusable={busy !== null} onClick={() => input.current?.click()} data-testid="choose">
            {text('check.choose')}
          </Button>
          <Text>{text('check.or')}</Text>
          <Button disabledFocusable={busy !== null} onClick={openSample} data-testid="open-sample">
            {text('check.sample')}
          </Button>
        </div>
        <input
          ref={input}
          className={styles.hiddenInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="file-input"
          onChange={(e) => {
            openFiles(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
        <Link href={sampleUrl} download>
          {text('check.sampleDownload')}
        </Link>
      </div>

      {busy && <ProgressView phase={busy} />}
      {notice && <NoticeBar notice={notice} />}
      {result && !result.ok && <NoticeBar notice={{ intent: 'error', messages: [result.message] }} />}
      {result?.ok && <WorkbookResult result={result} tab={tab} onTab={setTab} />}

      <Caption1 className={styles.footer}>{text('check.cli')}</Caption1>
    </main>
  );
}

function hasFindings(result: Extract<PageResult, { ok: true }>): boolean {
  return result.check.summary.errors + result.check.summary.warnings > 0;
}

interface WorkbookResultProps {
  result: Extract<PageResult, { ok: true }>;
  tab: ResultTab;
  onTab: (tab: ResultTab) => void;
}

/** The task pane's own result view, for one workbook; findings on the workbook rather than in a table go on the summary card. */
function WorkbookResult({ result, tab, onTab }: WorkbookResultProps) {
  const styles = useStyles();
  const { text, message } = useTexts();
  const { check } = result;
  const view = useMemo(
    () => checkResult({ sheets: check.sheets.map((s) => ({ sheet: s.sheet, check: s })), findings: check.allFindings, problems: check.problems, tables: check.tables, summary: check.summary }),
    [check],
  );
  const workbookMessages = check.workbookFindings.map((f) => f.message);
  return (
    <section className={styles.result} data-testid="result" aria-label={text('check.file', { file: result.file })}>
      <Subtitle2 as="h2">{text('check.file', { file: result.file })}</Subtitle2>
      {result.stamp && <StampNotice stamp={result.stamp} />}
      {check.noTable ? (
        <InfoBar intent="error" testId="no-table" text={workbookMessages.map((m) => message(m)).join(' ')} />
      ) : (
        <ResultView
          result={view}
          header={{
            checklist: checklistOf(check),
            checked: { address: check.tables.map((t) => t.address).join(', ') || result.file, time: clockTime(result.checkedAt) },
            notes: workbookMessages,
          }}
          headingLevel={3}
          tab={tab}
          onTab={onTab}
        />
      )}
    </section>
  );
}
