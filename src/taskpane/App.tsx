/**
 * The task pane: wires the views to the Excel adapter and the core. It holds state and decides what to
 * show; the core decides everything about the tables, the adapter does every Excel round trip.
 */
import {
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { a1Range } from '../core/address';
import { HOSPITALS_2025, type HospitalCode } from '../core/prices/priceList2025';
import type { IndicatorTable, VolumeTable } from '../core/tables/types';
import type { Message } from '../core/types';
import * as excel from './excel';
import type { Outcome, SheetBlock, ValueChange, WorkbookRecords } from './excel';
import { calculationsBlock, statusColumnBlock } from './model/blocks';
import { calculationMapping } from './model/calculationMapping';
import { checkReads, type CheckRun } from './model/checkRun';
import { EMPTY_CHECKLIST, updateChecklist, workbookVerdict, type ChecklistState } from './model/checklist';
import { findingItems, markRequests, textNumberChanges, type FindingItem } from './model/findingItems';
import { pluralKey } from './model/plural';
import { qualifiedAddress } from './model/rangeAddress';
import { readForCheck } from './readForCheck';
import { clockTime, fulfilmentChart, reportInput } from './model/reportContent';
import {
  CalculationsView,
  CheckActions,
  Checklist,
  ConfirmDialog,
  FindingsList,
  IndicatorsView,
  keepNumbersTogether,
  NoTableMessage,
  ResultActions,
  StatusArea,
  SummaryCard,
  useTexts,
  type IndicatorTableView,
  type Notice,
  type Phase,
  type SummaryTable,
} from './views';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: '640px',
  },
  header: { display: 'flex', flexDirection: 'column' },
  tabPanel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  // Three tabs fit a 320-pixel pane; a narrower one wraps them rather than scrolling sideways.
  tabs: { flexWrap: 'wrap' },
});


type TabName = 'findings' | 'indicators' | 'calculations';
type Pending =
  | { kind: 'status-column' | 'calculations'; block: SheetBlock }
  | { kind: 'convert'; changes: ValueChange[] }
  | null;

/** Lets the progress text paint before a long synchronous check starts. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function tablesOf<K extends 'volumes' | 'indicators'>(run: CheckRun | null, kind: K) {
  type T = K extends 'volumes' ? VolumeTable : IndicatorTable;
  return (run?.results ?? []).flatMap((r) =>
    r.check.tables.filter((t): t is T => t.kind === kind).map((table) => ({ sheet: r.sheet, table })),
  );
}

export interface AppProps {
  /** Whether Excel's API is there (false in a plain browser): the pane still renders and says it needs Excel. */
  excelAvailable: boolean;
  /** Office has not said it is ready yet: the pane says it is starting and offers nothing to click. */
  starting?: boolean;
}

export function App({ excelAvailable, starting = false }: AppProps) {
  const styles = useStyles();
  const { text, locale } = useTexts();
  const [busy, setBusy] = useState<Phase | null>(null);
  const [run, setRun] = useState<CheckRun | null>(null);
  const [checklist, setChecklist] = useState<ChecklistState>(EMPTY_CHECKLIST);
  const [records, setRecords] = useState<WorkbookRecords>({ marks: null, statusColumn: null, calculations: null });
  const [sheetNames, setSheetNames] = useState<string[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [tab, setTab] = useState<TabName>('findings');
  const [hospital, setHospital] = useState<HospitalCode>('SV');
  const [month, setMonth] = useState<number>(() => new Date().getMonth() + 1);
  // Whether the controller chose the month (else it is today's): the report says which.
  const [monthChosen, setMonthChosen] = useState(false);
  const [sheetIds, setSheetIds] = useState<Record<string, string>>({});
  // Ignores a second click while an action runs, before React has rendered the buttons disabled.
  const running = useRef(false);
  // The button that opened the confirmation, to give focus back to when it closes.
  const opener = useRef<HTMLElement | null>(null);
  const checkButton = useRef<HTMLButtonElement | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [lastScope, setLastScope] = useState<'range' | 'workbook'>('range');

  const items = useMemo(() => (run ? findingItems(run.results.map((r) => ({ ...r.check, sheet: r.check.sheet ?? r.sheet }))) : []), [run]);
  const volumeTables = useMemo(() => tablesOf(run, 'volumes'), [run]);
  const indicatorTables: IndicatorTableView[] = useMemo(() => tablesOf(run, 'indicators'), [run]);
  const indicatorFindings = useMemo(
    () => items.filter((i) => indicatorTables.some((v) => v.sheet === i.sheet && v.table.findings.includes(i.finding))),
    [items, indicatorTables],
  );
  const conversions = useMemo(() => textNumberChanges(items), [items]);
  const severalSheets = new Set(items.map((i) => i.sheet)).size > 1;
  const enabled = excelAvailable && busy === null;
  const verdict = workbookVerdict(checklist);
  const idOf = (sheet: string) => sheetIds[sheet] ?? sheet;

  const fail = (message: Message) => setNotice({ intent: 'error', messages: [message] });

  /** Runs a write to the workbook with the progress shown, and reports a refusal as a notice. */
  async function writing<T>(action: () => Promise<Outcome<T>>): Promise<T | null> {
    if (running.current) return null;
    running.current = true;
    setBusy('writing');
    setNotice(null);
    try {
      const result = await action();
      if (!result.ok) {
        fail(result.message);
        return null;
      }
      return result.value;
    } finally {
      running.current = false;
      setBusy(null);
    }
  }

  // Focus back to the button that opened a confirmation once it closes (or to Kontrollera, when that
  // button is gone: the convert button disappears once nothing is left to convert).
  useEffect(() => {
    if (pending !== null || !opener.current) return;
    const target = opener.current;
    opener.current = null;
    const timer = setTimeout(() => (target.isConnected ? target : checkButton.current)?.focus(), 0);
    return () => clearTimeout(timer);
  }, [pending]);

  function ask(p: NonNullable<Pending>) {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setPending(p);
  }

  const check = useCallback(async (scope: 'range' | 'workbook', keepNotice = false) => {
    if (running.current) return;
    running.current = true;
    if (!keepNotice) setNotice(null);
    setLastScope(scope);
    setBusy(scope === 'range' ? 'reading' : 'reading-workbook');
    try {
      const input = await readForCheck(scope);
      if (!input.ok) {
        // On Målkoll's own report the last check's results stay: the controller only has to go back.
        const onReport = input.message.key === 'pane.read.reportSheet';
        if (!onReport) setRun(null);
        setNotice({ intent: onReport ? 'info' : 'error', messages: [input.message] });
        return;
      }
      setBusy('checking');
      await nextPaint();
      const { reads, notes, records: found, sheetNames: names, sheetIds: ids, wholeSheet } = input.value;
      const newRun = checkReads(scope, reads, notes, new Date());
      setRecords(found);
      setSheetNames(names);
      setSheetIds(ids);
      setRun(newRun);
      setChecklist((prev) => updateChecklist(prev, newRun, wholeSheet));
      setTab('findings');
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, []);

  async function selectFinding(item: FindingItem) {
    const result = await excel.selectRange(idOf(item.sheet), item.finding.cell);
    if (!result.ok) fail(result.message);
  }

  async function selectIndicator(view: IndicatorTableView, row: number) {
    const result = await excel.selectRange(idOf(view.sheet), a1Range(row, view.table.left, row, view.table.right));
    if (!result.ok) fail(result.message);
  }

  async function mark() {
    const requests = markRequests(items).map((q) => ({ ...q, ...(sheetIds[q.sheet] ? { sheetId: sheetIds[q.sheet] } : {}) }));
    if (requests.length === 0) {
      setNotice({ intent: 'info', messages: [{ key: 'pane.marks.nothing' }] });
      return;
    }
    const done = await writing(() => excel.markCells(requests, records.marks));
    if (!done) return;
    setRecords((r) => ({ ...r, marks: done.record }));
    setNotice({ intent: 'success', messages: [{ key: pluralKey('pane.marks.done', done.marked), params: { count: done.marked } }] });
  }

  async function clearMarks() {
    const done = await writing(() => excel.clearMarks());
    if (!done) return;
    setRecords((r) => ({ ...r, marks: null }));
    setNotice({ intent: 'success', messages: [{ key: done.removed > 0 ? 'pane.marks.cleared' : 'pane.marks.none' }] });
  }

  async function report() {
    if (!run) return;
    const volumes = volumeTables.find((v) => v.table.columns.outcome !== undefined);
    const chart = volumes ? fulfilmentChart(locale, volumes.table, month) : undefined;
    const input = reportInput(locale, run, sheetNames, chart, { month, chosen: monthChosen }, verdict);
    const done = await writing(() => excel.createReport(input));
    if (!done) return;
    setSheetNames((names) => [...names, done.sheetName]);
    setNotice({ intent: 'success', messages: [{ key: 'pane.report.created', params: { sheet: done.sheetName } }] });
  }

  function askStatusColumn() {
    const view = indicatorTables[0];
    const block = view && statusColumnBlock(view.sheet, view.table);
    if (!block) {
      fail({ key: 'pane.indicators.none' });
      return;
    }
    ask({ kind: 'status-column', block: { ...block, ...(sheetIds[view.sheet] ? { sheetId: sheetIds[view.sheet] } : {}) } });
  }

  function askCalculations() {
    const view = volumeTables.find((v) => v.table.columns.outcome !== undefined);
    const block = view && calculationsBlock(view.sheet, view.table, { hospital, month }, locale);
    if (!block) {
      fail({ key: 'pane.calc.unavailable' });
      return;
    }
    ask({ kind: 'calculations', block: { ...block, ...(sheetIds[view.sheet] ? { sheetId: sheetIds[view.sheet] } : {}) } });
  }

  async function confirmPending() {
    const p = pending;
    setPending(null);
    if (!p) return;
    if (p.kind === 'convert') {
      const done = await writing(() => excel.replaceValues(p.changes));
      if (!done) return;
      const messages: Message[] = [{ key: pluralKey('pane.convert.done', done.changed), params: { count: done.changed } }];
      if (done.skipped > 0) messages.push({ key: pluralKey('pane.convert.skipped', done.skipped), params: { count: done.skipped } });
      setNotice({ intent: 'success', messages });
      // The findings changed with the values: check again, as the controller would.
      await check(lastScope, true);
      return;
    }
    const done = await writing(() => excel.writeBlock(p.kind, p.block));
    if (!done) return;
    const record = { ...(p.block.sheetId ? { sheetId: p.block.sheetId } : {}), sheet: p.block.sheet, address: p.block.address, written: p.block.cells };
    setRecords((r) => (p.kind === 'status-column' ? { ...r, statusColumn: record } : { ...r, calculations: record }));
    // The controller confirmed the month with the calculations: the report's chart uses it as chosen.
    if (p.kind === 'calculations') setMonthChosen(true);
    const key = p.kind === 'status-column' ? 'pane.status.added' : 'pane.calc.added';
    const added: Message = { key, params: { range: qualifiedAddress(p.block.sheet, p.block.address) } };
    setNotice(done.functionsUnknown ? { intent: 'warning', messages: [added, { key: 'pane.block.functionsUnknown' }] } : { intent: 'success', messages: [added] });
  }

  async function removePending(kind: 'status-column' | 'calculations') {
    const done = await writing(() => excel.removeBlock(kind));
    if (!done) return;
    setRecords((r) => (kind === 'status-column' ? { ...r, statusColumn: null } : { ...r, calculations: null }));
    const range = done.address ?? '';
    if (done.notFound) {
      // Nothing of ours was where Målkoll wrote it: say what is left, never "removed".
      setNotice({ intent: 'warning', messages: [{ key: 'pane.block.notFound', params: { range } }] });
      return;
    }
    const messages: Message[] = [{ key: done.cleared + done.kept === 0 ? 'pane.block.nothing' : kind === 'status-column' ? 'pane.status.removed' : 'pane.calc.removed' }];
    if (done.moved) messages.push({ key: 'pane.block.moved', params: { range } });
    if (done.kept > 0) messages.push({ key: pluralKey('pane.block.kept', done.kept), params: { count: done.kept, range } });
    setNotice({ intent: done.kept > 0 ? 'warning' : 'success', messages });
  }

  /** What the confirmation says before Målkoll writes anything. */
  function confirmTexts(p: Pending): { title: string; body: string; confirmLabel: string } {
    if (p?.kind === 'convert') {
      return { title: text('pane.convert.confirmTitle'), body: text('pane.convert.confirmText'), confirmLabel: text('pane.convert.confirm') };
    }
    if (p?.kind === 'calculations') {
      return {
        title: text('pane.calc.confirmTitle'),
        body: text('pane.calc.confirmText', {
          range: qualifiedAddress(p.block.sheet, p.block.address),
          hospital: HOSPITALS_2025.find((h) => h.code === hospital)?.name ?? hospital,
          month: text(`pane.month.${month}`),
        }),
        confirmLabel: text('pane.calc.confirm'),
      };
    }
    return {
      title: text('pane.status.confirmTitle'),
      body: text('pane.status.confirmText', { range: p ? qualifiedAddress(p.block.sheet, p.block.address) : '' }),
      confirmLabel: text('pane.status.confirm'),
    };
  }

  const calcView = volumeTables.find((v) => v.table.columns.outcome !== undefined) ?? volumeTables[0];
  const calcAvailability = !calcView ? 'no-table' : calcView.table.columns.outcome === undefined ? 'no-outcome' : 'ready';
  const firstTable = run?.results.flatMap((r) => r.check.tables.map((t) => qualifiedAddress(r.sheet, t.range))) ?? [];
  const summaryTables: SummaryTable[] =
    run?.results.flatMap((r) =>
      r.check.tables.map((t) => ({
        kind: t.kind,
        errors: t.findings.filter((f) => f.severity === 'error').length,
        address: qualifiedAddress(r.sheet, t.range),
      })),
    ) ?? [];

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{text('pane.title')}</Title3>
        <Caption1>{text('pane.subtitle')}</Caption1>
      </header>
      {starting && (
        <MessageBar intent="info" data-testid="starting">
          <MessageBarBody>{text('pane.starting')}</MessageBarBody>
        </MessageBar>
      )}
      {!excelAvailable && !starting && (
        <MessageBar intent="warning" data-testid="needs-excel">
          <MessageBarBody>{text('pane.needsExcel')}</MessageBarBody>
        </MessageBar>
      )}
      <CheckActions enabled={enabled} checkRef={checkButton} onCheck={() => void check('range')} onCheckWorkbook={() => void check('workbook')} />
      {run?.noTable && <NoTableMessage lookedIn={run.noTable.lookedIn} messages={run.noTable.messages} />}
      {run && !run.noTable && (
        <>
          <SummaryCard
            summary={run.summary}
            verdict={verdict}
            tables={summaryTables}
            checked={{ address: (firstTable.length > 0 ? firstTable : run.results.map((r) => r.address)).join(', '), time: clockTime(run.checkedAt) }}
            notes={run.notes}
          />
          <Checklist state={checklist} showVerdict={false} />
          <TabList size="small" className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabName)}>
            <Tab value="findings" data-testid="tab-findings">
              {text('pane.tab.findings')}
            </Tab>
            <Tab value="indicators" data-testid="tab-indicators">
              {text('pane.tab.indicators')}
            </Tab>
            <Tab value="calculations" data-testid="tab-calculations">
              {text('pane.tab.calculations')}
            </Tab>
          </TabList>
          {tab === 'findings' && (
            <div className={styles.tabPanel} role="tabpanel">
              <ResultActions
                enabled={enabled}
                canMark={items.some((i) => i.finding.code !== 'no-table')}
                onMark={() => void mark()}
                onClearMarks={() => void clearMarks()}
                onReport={() => void report()}
                convertCount={conversions.length}
                onConvert={() => ask({ kind: 'convert', changes: conversions })}
              />
              <FindingsList items={items} showSheet={severalSheets} onSelect={excelAvailable ? (i) => void selectFinding(i) : undefined} />
            </div>
          )}
          {tab === 'indicators' && (
            <div className={styles.tabPanel} role="tabpanel">
              <IndicatorsView
                tables={indicatorTables}
                findings={indicatorFindings}
                onSelectRow={excelAvailable ? (view, i) => void selectIndicator(view, i.row) : undefined}
                onSelectFinding={excelAvailable ? (i) => void selectFinding(i) : undefined}
                statusColumn={{
                  present: records.statusColumn !== null,
                  enabled,
                  onAdd: askStatusColumn,
                  onRemove: () => void removePending('status-column'),
                }}
              />
            </div>
          )}
          {tab === 'calculations' && (
            <div className={styles.tabPanel} role="tabpanel">
              <CalculationsView
                availability={calcAvailability}
                hospitals={HOSPITALS_2025}
                hospital={hospital}
                month={month}
                onHospital={setHospital}
                onMonth={(m) => {
                  setMonth(m);
                  setMonthChosen(true);
                }}
                mapping={calcView ? calculationMapping(calcView.table, hospital) : []}
                present={records.calculations !== null}
                enabled={enabled}
                onAdd={askCalculations}
                onRemove={() => void removePending('calculations')}
              />
            </div>
          )}
        </>
      )}
      {(!run || run.noTable) && <Checklist state={checklist} />}
      <StatusArea busy={busy} notice={notice} />
      <ConfirmDialog
        open={pending !== null}
        {...confirmTexts(pending)}
        onConfirm={() => void confirmPending()}
        onCancel={() => setPending(null)}
      >
        {pending?.kind === 'convert' && (
          <ul data-testid="convert-list">
            {pending.changes.map((c) => (
              <li key={`${c.sheet}!${c.cell}`}>
                {text('pane.convert.change', { cell: severalSheets ? qualifiedAddress(c.sheet, c.cell) : c.cell, from: keepNumbersTogether(c.from), to: c.to })}
              </li>
            ))}
          </ul>
        )}
      </ConfirmDialog>
    </main>
  );
}
