/**
 * Everything the pane writes into the workbook, each only when the controller asks and each undoable:
 * marks, the report sheet, the status column, the calculation columns, numbers stored as text converted.
 * Writes that change cells are shown in a confirmation first (`pending`).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { a1Range, qualifiedAddress, type Message } from '../../core';
import type { HospitalCode } from '../../core/prices';
import { pluralKey } from '../../i18n/plural';
import type { BlockKind, Outcome, ValueChange } from '../excel';
import { t } from '../../i18n/format';
import { calculationsBlock, statusColumnBlock, type SheetBlock } from '../model/blocks';
import { describeOffer, ownColumnsBlock, type OwnColumnsOffer } from '../model/ownColumnsBlock';
import { percentText } from '../model/tolerance';
import type { IndicatorTableView } from '../model/checkResult';
import { markRequests, textNumberChanges, type FindingItem } from '../model/findingItems';
import { fulfilmentChart, reportInput, statusChart } from '../model/reportContent';
import type { Locale } from '../../core';
import type { Activity } from './useActivity';
import type { CheckRunState } from './useCheckRun';

/** Where each kind of block is remembered among the workbook's records. */
const RECORD_OF = { 'status-column': 'statusColumn', calculations: 'calculations', 'own-columns': 'ownColumns' } as const;

export type Pending =
  | { kind: 'status-column' | 'calculations'; block: SheetBlock }
  | { kind: 'own-columns'; block: SheetBlock; offer: OwnColumnsOffer }
  | { kind: 'convert'; changes: ValueChange[] }
  | null;

/** The hospital and month the calculation columns and the report's chart use. */
export function useCalculationSettings() {
  const [hospital, setHospital] = useState<HospitalCode>('SV');
  const [month, setMonth] = useState<number>(() => new Date().getMonth() + 1);
  // Whether the controller chose the month (else it is today's): the report says which.
  const [monthChosen, setMonthChosen] = useState(false);
  const chooseMonth = (m: number) => {
    setMonth(m);
    setMonthChosen(true);
  };
  return { hospital, setHospital, month, chooseMonth, monthChosen, setMonthChosen };
}

export type CalculationSettings = ReturnType<typeof useCalculationSettings>;

export function useWorkbookWrites(activity: Activity, checks: CheckRunState, settings: CalculationSettings, locale: Locale) {
  const { exclusive, setNotice, fail } = activity;
  const { run, result, records, setRecords, sheetIdOf } = checks;
  // The adapter's writes come with the checks (./engine.ts), which a result's actions always follow.
  const adapter = () => checks.load().then((engine) => engine.excel);
  const [pending, setPending] = useState<Pending>(null);
  // The button that opened the confirmation, to give focus back to when it closes.
  const opener = useRef<HTMLElement | null>(null);
  const checkButton = useRef<HTMLButtonElement | null>(null);
  const items = useMemo(() => result?.items ?? [], [result]);
  const conversions = useMemo(() => textNumberChanges(items), [items]);
  const tolerance = run?.options?.tolerance;
  // The first sheet whose indicator tables have a status or development column of their own, and what filling them takes.
  const ownOffer = useMemo(() => {
    const views = result?.indicatorTables ?? [];
    const first = views.find((v) => v.table.columns.status !== undefined || v.table.columns.development !== undefined);
    if (!first) return null;
    const tables = views.filter((v) => v.sheet === first.sheet).map((v) => v.table);
    return ownColumnsBlock(first.sheet, tables, tolerance !== undefined ? { tolerance } : {}, locale);
  }, [result, tolerance, locale]);
  const withSheetId = <T extends { sheet: string }>(x: T): T & { sheetId?: string } => {
    const id = sheetIdOf(x.sheet);
    return id !== undefined ? { ...x, sheetId: id } : x;
  };

  /** Runs a write with the progress shown; a refusal becomes a notice. */
  async function writing<T>(action: () => Promise<Outcome<T>>): Promise<T | null> {
    let value: T | null = null;
    await exclusive('writing', async () => {
      setNotice(null);
      const outcome = await action();
      if (outcome.ok) value = outcome.value;
      else fail(outcome.message);
    });
    return value;
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

  async function select(sheet: string, address: string) {
    const outcome = await (await adapter()).selectRange(sheetIdOf(sheet) ?? sheet, address);
    if (!outcome.ok) fail(outcome.message);
  }

  async function mark() {
    const requests = markRequests(items).map(withSheetId);
    if (requests.length === 0) {
      setNotice({ intent: 'info', messages: [{ key: 'pane.marks.nothing' }] });
      return;
    }
    const done = await writing(async () => (await adapter()).markCells(requests, records.marks));
    if (!done) return;
    setRecords((r) => ({ ...r, marks: done.record }));
    setNotice({ intent: 'success', messages: [{ key: pluralKey('pane.marks.done', done.marked), params: { count: done.marked } }] });
  }

  async function clearMarks() {
    const done = await writing(async () => (await adapter()).clearMarks());
    if (!done) return;
    setRecords((r) => ({ ...r, marks: null }));
    setNotice({ intent: 'success', messages: [{ key: done.removed > 0 ? 'pane.marks.cleared' : 'pane.marks.none' }] });
  }

  async function report() {
    if (!run || !result) return;
    const volumes = result.volumeTables.find((v) => v.table.columns.outcome !== undefined);
    const fulfilment = volumes ? fulfilmentChart(locale, volumes.table, settings.month) : undefined;
    // Without a volume table to chart, the chart counts the indicators by the four statuses.
    const chart = fulfilment ?? statusChart(locale, run);
    const period = fulfilment ? { month: settings.month, chosen: settings.monthChosen } : undefined;
    const input = reportInput(locale, run, checks.sheetNames, chart, period, checks.verdict);
    const done = await writing(async () => (await adapter()).createReport(input));
    if (!done) return;
    checks.setSheetNames((names) => [...names, done.sheetName]);
    setNotice({ intent: 'success', messages: [{ key: 'pane.report.created', params: { sheet: done.sheetName } }] });
  }

  function askStatusColumn() {
    const view = result?.indicatorTables[0];
    const block = view && statusColumnBlock(view.sheet, view.table);
    if (!block) return fail({ key: 'pane.indicators.none' });
    ask({ kind: 'status-column', block: withSheetId(block) });
  }

  function askCalculations() {
    const view = result?.volumeTables.find((v) => v.table.columns.outcome !== undefined);
    const block = view && calculationsBlock(view.sheet, view.table, { hospital: settings.hospital, month: settings.month }, locale);
    if (!block) return fail({ key: 'pane.calc.unavailable' });
    ask({ kind: 'calculations', block: withSheetId(block) });
  }

  function askOwnColumns() {
    if (!ownOffer) return fail({ key: 'pane.indicators.none' });
    ask({ kind: 'own-columns', block: withSheetId(ownOffer.block), offer: ownOffer });
  }

  /** Saves the workbook's tolerance for partly met, then checks again so every verdict follows it. */
  async function setTolerance(value: number | undefined) {
    const saved = await writing(async () => (await adapter()).saveSettings(value !== undefined ? { tolerance: value } : {}));
    if (!saved) return;
    const setting = value !== undefined ? t(locale, 'pane.tolerance.within', { band: percentText(locale, value) }) : t(locale, 'pane.tolerance.off');
    // Formulas already in the table's own columns carry the band they were written with: say so.
    const messages: Message[] = [{ key: 'pane.tolerance.saved', params: { setting } }];
    if (records.ownColumns) messages.push({ key: 'pane.tolerance.refill' });
    setNotice({ intent: records.ownColumns ? 'warning' : 'success', messages });
    if (run) await checks.check(checks.lastScope, true);
  }

  async function confirmPending() {
    const p = pending;
    setPending(null);
    if (!p) return;
    if (p.kind === 'convert') {
      const done = await writing(async () => (await adapter()).replaceValues(p.changes));
      if (!done) return;
      const messages: Message[] = [{ key: pluralKey('pane.convert.done', done.changed), params: { count: done.changed } }];
      if (done.skipped > 0) messages.push({ key: pluralKey('pane.convert.skipped', done.skipped), params: { count: done.skipped } });
      setNotice({ intent: 'success', messages });
      // The findings changed with the values: check again, as the controller would.
      await checks.check(checks.lastScope, true);
      return;
    }
    const done = await writing(async () => (await adapter()).writeBlock(p.kind, p.block));
    if (!done) return;
    const record = { ...(p.block.sheetId ? { sheetId: p.block.sheetId } : {}), sheet: p.block.sheet, address: p.block.address, written: p.block.cells };
    setRecords((r) => ({ ...r, [RECORD_OF[p.kind]]: record }));
    // The controller confirmed the month with the calculations: the report's chart uses it as chosen.
    if (p.kind === 'calculations') settings.setMonthChosen(true);
    const key = ({ 'status-column': 'pane.status.added', calculations: 'pane.calc.added', 'own-columns': 'pane.own.added' } as const)[p.kind];
    const added: Message = { key, params: { range: qualifiedAddress(p.block.sheet, p.block.address) } };
    // The block was there already and only Målkoll's record of it was lost: say so, it can be removed again.
    setNotice({ intent: 'success', messages: done.alreadyThere ? [added, { key: 'pane.block.alreadyThere' }] : [added] });
  }

  async function removeBlock(kind: BlockKind) {
    const done = await writing(async () => (await adapter()).removeBlock(kind));
    if (!done) return;
    setRecords((r) => ({ ...r, [RECORD_OF[kind]]: null }));
    const range = done.address ?? '';
    if (done.notFound) {
      // Nothing of ours was where Målkoll wrote it: say what is left, never "removed".
      setNotice({ intent: 'warning', messages: [{ key: 'pane.block.notFound', params: { range } }] });
      return;
    }
    const removed = ({ 'status-column': 'pane.status.removed', calculations: 'pane.calc.removed', 'own-columns': 'pane.own.removed' } as const)[kind];
    const messages: Message[] = [{ key: done.cleared + done.kept === 0 ? 'pane.block.nothing' : removed }];
    if (done.moved) messages.push({ key: 'pane.block.moved', params: { range } });
    if (done.kept > 0) messages.push({ key: pluralKey('pane.block.kept', done.kept), params: { count: done.kept, range } });
    if (done.functionsUnknown) messages.push({ key: 'pane.block.restoredUnknown' });
    setNotice({ intent: done.kept > 0 || done.functionsUnknown ? 'warning' : 'success', messages });
  }

  return {
    pending,
    cancel: () => setPending(null),
    checkButton,
    conversions,
    selectFinding: (item: FindingItem) => select(item.sheet, item.finding.cell),
    selectIndicator: (view: IndicatorTableView, row: number) => select(view.sheet, a1Range(row, view.table.left, row, view.table.right)),
    mark,
    clearMarks,
    report,
    askStatusColumn,
    askCalculations,
    askOwnColumns,
    ownOffer: ownOffer ? describeOffer(locale, ownOffer.plan) : null,
    tolerance,
    setTolerance,
    askConvert: () => ask({ kind: 'convert', changes: conversions }),
    confirmPending,
    removeBlock,
  };
}
