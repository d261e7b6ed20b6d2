/**
 * /check.html: a workbook dropped or chosen (or the sample, one click away) is read here in the browser
 * with the command line's own reader (src/xlsx, within the same read limits) and checked by the same core
 * as the task pane and the command line; the task pane's own views show the result. Nothing is uploaded:
 * the only request the page makes is for the sample, to the server that served the page.
 */
import {
  Body1,
  Button,
  Caption1,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Tab,
  TabList,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { CheckedTable, IndicatorTable, SheetCheck } from '../core/tables/types';
import type { Locale, Message } from '../core/types';
import { qualifiedAddress } from '../taskpane/model/rangeAddress';
import {
  FindingsList,
  findingItems,
  IndicatorsView,
  NoticeBar,
  ProgressView,
  SummaryCard,
  useTexts,
  type IndicatorTableView,
  type Notice,
  type Phase,
} from '../taskpane/views';
import { errorText } from '../xlsx/readWorkbookBytes';
import { readFailureMessage } from '../xlsx/readFailureMessage';
import { checkRead, readBytes, type PageResult } from './checkWorkbookBytes';

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

type TabName = 'findings' | 'indicators';

/** Lets the progress text paint before the long synchronous read and check start. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function clockTime(d: Date): string {
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export interface CheckPageProps {
  /** Where the sample workbook is served, relative to the page. */
  sampleUrl: string;
  onLocale: (locale: Locale) => void;
}

export function CheckPage({ sampleUrl, onLocale }: CheckPageProps) {
  const styles = useStyles();
  const { text, message, locale } = useTexts();
  const [busy, setBusy] = useState<Phase | null>(null);
  const [result, setResult] = useState<PageResult | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dragging, setDragging] = useState(false);
  const [tab, setTab] = useState<TabName>('findings');
  const input = useRef<HTMLInputElement>(null);

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
    setResult(null);
    setNotice(extra);
    setBusy('reading-workbook');
    await nextPaint();
    try {
      const step = await readBytes(file, await bytes());
      if (!step.ok) {
        setResult(step.result);
        return;
      }
      setBusy('checking');
      await nextPaint();
      const checked = checkRead(file, step.read, new Date());
      setResult(checked);
      setTab(checked.ok && !hasFindings(checked) && indicatorTablesOf(checked).length > 0 ? 'indicators' : 'findings');
    } catch (error) {
      setResult({ file, ok: false, message: readFailureMessage(file, 'read-failed', errorText(error)) });
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
          <Button appearance="primary" disabled={busy !== null} onClick={() => input.current?.click()} data-testid="choose">
            {text('check.choose')}
          </Button>
          <Text>{text('check.or')}</Text>
          <Button disabled={busy !== null} onClick={openSample} data-testid="open-sample">
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
      {result?.ok && <WorkbookResult result={result} tab={tab} onTab={setTab} message={message} text={text} />}

      <Caption1 className={styles.footer}>{text('check.cli')}</Caption1>
    </main>
  );
}

function indicatorTablesOf(result: Extract<PageResult, { ok: true }>): IndicatorTableView[] {
  return result.check.sheets.flatMap((s) =>
    s.tables.filter((t): t is IndicatorTable => t.kind === 'indicators').map((table) => ({ sheet: sheetName(table, s), table })),
  );
}

function sheetName(table: CheckedTable, sheet: SheetCheck): string {
  return table.sheet ?? sheet.sheet ?? '';
}

function hasFindings(result: Extract<PageResult, { ok: true }>): boolean {
  return result.check.summary.errors + result.check.summary.warnings > 0;
}

interface WorkbookResultProps {
  result: Extract<PageResult, { ok: true }>;
  tab: TabName;
  onTab: (tab: TabName) => void;
  message: (m: Message) => string;
  text: (key: string, params?: Message['params']) => string;
}

/** The task pane's own summary, findings and indicator views, for one workbook. */
function WorkbookResult({ result, tab, onTab, message, text }: WorkbookResultProps) {
  const styles = useStyles();
  const { check } = result;
  const items = useMemo(() => findingItems(check.sheets.map((s) => ({ ...s, sheet: s.sheet ?? '' }))), [check]);
  const indicatorTables = useMemo(() => indicatorTablesOf(result), [result]);
  const indicatorFindings = useMemo(
    () => items.filter((i) => indicatorTables.some((v) => v.sheet === i.sheet && v.table.findings.includes(i.finding))),
    [items, indicatorTables],
  );
  const tables = check.sheets.flatMap((s) => s.tables.map((t) => qualifiedAddress(sheetName(t, s), t.range)));
  // Findings on the workbook rather than in a table (formulas without results, a sheet too large, no table
  // at all) have no cell in the findings list: the summary card carries them. A sheet's own findings
  // (a table that could not be read) are in the list, through findingItems.
  const fromSheets = new Set(check.sheets.flatMap((s) => s.findings.map((f) => f.message)));
  const workbookMessages = check.findings.filter((f) => !fromSheets.has(f.message)).map((f) => f.message);
  const noTable = check.findings.some((f) => f.code === 'no-table' && f.sheet === undefined);
  const severalSheets = new Set(items.map((i) => i.sheet)).size > 1;

  return (
    <section className={styles.result} data-testid="result" aria-label={text('check.file', { file: result.file })}>
      <Subtitle2 as="h2">{text('check.file', { file: result.file })}</Subtitle2>
      {noTable ? (
        <MessageBar intent="error" data-testid="no-table">
          <MessageBarBody>{workbookMessages.map((m) => message(m)).join(' ')}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <SummaryCard
            summary={check.summary}
            checked={{ address: tables.join(', ') || result.file, time: clockTime(result.checkedAt) }}
            notes={workbookMessages}
          />
          <TabList selectedValue={tab} onTabSelect={(_, d) => onTab(d.value as TabName)}>
            <Tab value="findings" data-testid="tab-findings">
              {text('pane.tab.findings')}
            </Tab>
            <Tab value="indicators" data-testid="tab-indicators">
              {text('pane.tab.indicators')}
            </Tab>
          </TabList>
          {tab === 'findings' && (
            <div role="tabpanel">
              <FindingsList items={items} showSheet={severalSheets} />
            </div>
          )}
          {tab === 'indicators' && (
            <div role="tabpanel">
              <IndicatorsView tables={indicatorTables} findings={indicatorFindings} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
