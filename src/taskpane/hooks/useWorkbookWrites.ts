/**
 * Everything the pane writes into the workbook, each only when the controller asks and each undoable: marks,
 * the report sheet, the blocks beside a table (../model/blockKinds.ts), numbers stored as text converted, the
 * tolerance. Each is a command (../commands) run with the pane's progress shown; a write that changes cells
 * waits for the controller's confirmation first (./pendingWrite.ts).
 */
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { a1Range, type Locale } from '../../core';
import type { HospitalCode } from '../../core/prices';
import * as commands from '../commands';
import type { BlockKind } from '../model/blockKinds';
import { offerBlock, ownColumnsOffer } from '../model/blockOffers';
import { describeOffer } from '../model/ownColumnsBlock';
import type { IndicatorTableView } from '../../results/model/checkView';
import { markRequests, textNumberChanges, type FindingItem } from '../../results/model/findingItems';
import { fulfilmentChart, reportInput, statusChart } from '../model/reportContent';
import { NO_PENDING, pendingWrite, type Pending } from './pendingWrite';
import type { Activity } from './useActivity';
import type { CheckRunState } from './useCheckRun';

export type { Pending } from './pendingWrite';

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
  const [{ pending, opener }, dispatch] = useReducer(pendingWrite, NO_PENDING);
  const checkButton = useRef<HTMLButtonElement | null>(null);
  const items = useMemo(() => result?.items ?? [], [result]);
  const conversions = useMemo(() => textNumberChanges(items), [items]);
  const tolerance = run?.options?.tolerance;
  const offerInput = (r: NonNullable<typeof result>) => ({
    result: r,
    hospital: settings.hospital,
    month: settings.month,
    locale,
    ...(tolerance !== undefined ? { tolerance } : {}),
  });
  // The table's own status and development columns, when a table has them: offered instead of a status column beside it.
  const ownOffer = useMemo(
    () => (result ? ownColumnsOffer({ result, locale, ...(tolerance !== undefined ? { tolerance } : {}) }) : null),
    [result, tolerance, locale],
  );
  const withSheetId = <T extends { sheet: string }>(x: T): T & { sheetId?: string } => {
    const id = sheetIdOf(x.sheet);
    return id !== undefined ? { ...x, sheetId: id } : x;
  };

  /**
   * Runs a command with the progress shown, then does what it says: the notice, the records, a report sheet,
   * the month confirmed, and a new check when the findings changed.
   */
  async function perform(command: (excel: commands.Adapter) => Promise<commands.CommandResult>): Promise<void> {
    let recheck = false;
    await exclusive('writing', async () => {
      setNotice(null);
      const excel = (await checks.load()).excel;
      const done = await command(excel);
      setNotice(done.notice);
      if (done.records) setRecords(done.records);
      if (done.reportSheet !== undefined) checks.setSheetNames((names) => [...names, done.reportSheet as string]);
      if (done.monthChosen) settings.setMonthChosen(true);
      recheck = done.recheck === true && done.notice?.intent !== 'error';
    });
    if (recheck && run) await checks.check(checks.lastScope, true);
  }

  // Focus back to the button that opened a confirmation once it closes (or to Kontrollera, when that
  // button is gone: the convert button disappears once nothing is left to convert).
  useEffect(() => {
    if (pending !== null || !opener) return;
    const timer = setTimeout(() => {
      dispatch({ type: 'focused' });
      (opener.isConnected ? opener : checkButton.current)?.focus();
    }, 0);
    return () => clearTimeout(timer);
  }, [pending, opener]);

  function ask(p: NonNullable<Pending>) {
    dispatch({ type: 'ask', pending: p, opener: document.activeElement instanceof HTMLElement ? document.activeElement : null });
  }

  async function select(sheet: string, address: string) {
    const outcome = await (await checks.load()).excel.selectRange(sheetIdOf(sheet) ?? sheet, address);
    if (!outcome.ok) fail(outcome.message);
  }

  function report() {
    if (!run || !result) return Promise.resolve();
    const volumes = result.volumeTables.find((v) => v.table.columns.outcome !== undefined);
    const fulfilment = volumes ? fulfilmentChart(locale, volumes.table, settings.month) : undefined;
    // Without a volume table to chart, the chart counts the indicators by the four statuses.
    const chart = fulfilment ?? statusChart(locale, run);
    const period = fulfilment ? { month: settings.month, chosen: settings.monthChosen } : undefined;
    const input = reportInput(locale, run, checks.sheetNames, chart, period, checks.verdict);
    return perform((excel) => commands.createReport(excel, input));
  }

  /** The block of `kind` for the current result, shown for confirmation; or why there is none. */
  function askBlock(kind: BlockKind) {
    const made = result ? offerBlock(kind, offerInput(result)) : null;
    if (!made || 'refused' in made) return fail(made ? made.refused : { key: 'pane.indicators.none' });
    ask({ kind, block: withSheetId(made.block), ...(made.offer ? { offer: made.offer } : {}) });
  }

  function confirmPending() {
    const p = pending;
    dispatch({ type: 'close' });
    if (!p) return Promise.resolve();
    if (p.kind === 'convert') return perform((excel) => commands.convertNumbers(excel, p.changes));
    return perform((excel) => commands.writeBlock(excel, p.kind, p.block));
  }

  return {
    pending,
    checkButton,
    /** What the result's actions offer: numbers to convert, the table's own columns, the tolerance in force. */
    offers: { conversions, ownColumns: ownOffer ? describeOffer(locale, ownOffer.plan) : null, tolerance },
    select: {
      finding: (item: FindingItem) => select(item.sheet, item.finding.cell),
      indicatorRow: (view: IndicatorTableView, row: number) => select(view.sheet, a1Range(row, view.table.left, row, view.table.right)),
    },
    /** Commands that ask for no confirmation. */
    run: {
      mark: () => perform((excel) => commands.markCells(excel, markRequests(items).map(withSheetId), records)),
      clearMarks: () => perform((excel) => commands.clearMarks(excel)),
      report,
      removeBlock: (kind: BlockKind) => perform((excel) => commands.removeBlock(excel, kind)),
      setTolerance: (value: number | undefined) => perform((excel) => commands.setTolerance(excel, value, records, locale)),
    },
    /** Writes shown for confirmation first. */
    ask: { block: askBlock, convert: () => ask({ kind: 'convert', changes: conversions }) },
    confirmPending,
    cancel: () => dispatch({ type: 'close' }),
  };
}
