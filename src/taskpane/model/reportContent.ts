/** The report sheet's content, in the reader's language: the adapter only lays it out. */
import { fulfilment } from '../../core/volumes';
import { countIndicatorStatuses, tablesStatusConvention, type IndicatorTable, type StatusKey, type VolumeTable } from '../../core/tables';
import { partlyLabel } from './ownColumnsBlock';
import type { WorkbookVerdict } from '../../core/workbook';
import type { Locale } from '../../core';
import { formatMessage, t } from '../../i18n/format';
import { qualifiedAddress } from './rangeAddress';
import type { CheckRun } from './checkRun';
import { findingItems } from '../../results/model/findingItems';
import { pluralKey } from '../../i18n/plural';
import { monthKey } from '../../i18n/months';
import { uniqueSheetName } from './sheetName';
import { verdictMessage } from '../../results/model/verdictMessage';

export type ReportCell = string | number;

export interface ReportChart {
  title: string;
  /** Column headings of the chart's data, e.g. ["Specialitet", "Måluppfyllelse"]. */
  headers: [string, string];
  /** One bar per row: label and value (a fraction for a percentage). */
  rows: [string, number][];
  /** Excel number format of the values, in Excel's invariant (English) notation, e.g. "0%". */
  numberFormat: string;
}

export interface ReportInput {
  /** A sheet name not used in the workbook (at most 31 characters). */
  sheetName: string;
  title: string;
  /** Label and value lines under the title: the checked table, the time, the summary. */
  lines: [string, string][];
  /** The findings table. */
  headers: string[];
  rows: ReportCell[][];
  chart?: ReportChart;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "2026-11-23" */
export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "14:05" for reading; sheet names cannot hold a colon, so they get "14.05" (Swedish clock notation). */
export function clockTime(d: Date, separator = ':'): string {
  return `${pad(d.getHours())}${separator}${pad(d.getMinutes())}`;
}

/**
 * What this check found, as one line: "2 fel måste rättas, 1 varning att se över", or "Inga fel eller
 * varningar". Whether the workbook is ready to submit is the workbook's verdict, not this line's.
 *
 * @example
 * summaryLine('sv', { errors: 1, warnings: 0, readyToSubmit: false, … }) // → '1 fel måste rättas'
 */
export function summaryLine(locale: Locale, summary: CheckRun['check']['summary']): string {
  const parts: string[] = [];
  if (summary.errors > 0) parts.push(t(locale, pluralKey('pane.summary.errors', summary.errors), { count: summary.errors }));
  if (summary.warnings > 0) parts.push(t(locale, pluralKey('pane.summary.warnings', summary.warnings), { count: summary.warnings }));
  if (parts.length === 0) parts.push(t(locale, 'pane.report.noFindings'));
  return parts.join(', ');
}

/** "augusti" / "August": a month by its name, never its number. */
export function monthName(locale: Locale, month: number): string {
  return t(locale, monthKey(month));
}

/** The month goal fulfilment is computed to, and whether the controller chose it (else it is today's month). */
export interface FulfilmentPeriod {
  month: number;
  chosen: boolean;
}

/**
 * Goal fulfilment per specialty of a volume table with an outcome column, as the core computes it
 * (outcome against the assignment pro-rated to `month`), titled with the month by name. Rows without a
 * plan to date are left out; a specialty that appears under several groups is named with its group.
 *
 * @example
 * fulfilmentChart('sv', table, 8)
 * // → { title: 'Måluppfyllelse per specialitet t.o.m. augusti', rows: [['Allmän kirurgi (Förstabetesök)', 1.0019], …] }
 */
export function fulfilmentChart(locale: Locale, table: VolumeTable, month: number): ReportChart | undefined {
  if (table.columns.outcome === undefined) return undefined;
  const data = table.rows.filter((r) => r.kind === 'data' && typeof r.outcome === 'number' && typeof r.total === 'number');
  const count = new Map<string, number>();
  for (const r of data) count.set(r.label, (count.get(r.label) ?? 0) + 1);
  const rows: [string, number][] = [];
  for (const r of data) {
    const f = fulfilment(r.outcome as number, r.total as number, month, null);
    if (!f.ok) continue;
    rows.push([(count.get(r.label) ?? 0) > 1 && r.group ? `${r.label} (${r.group})` : r.label, f.value]);
  }
  if (rows.length === 0) return undefined;
  return {
    title: t(locale, 'pane.report.chartTitleToMonth', { month: monthName(locale, month) }),
    headers: [t(locale, 'pane.report.chartSpecialty'), t(locale, 'pane.report.chartFulfilment')],
    rows,
    numberFormat: '0%',
  };
}

const STATUS_LABEL = {
  met: 'function.status.met',
  missed: 'function.status.missed',
  notAssessable: 'function.status.notAssessable',
} as const;

/**
 * The indicators by the four statuses, as the pane's chart counts them: each status named as the sheet's
 * legend names it (the table's own symbol before it, and partly met with its band), with its count.
 *
 * @example
 * indicatorStatusLines('sv', run) // → [['■ Uppfyllt', '4'], ['● Delvis uppfyllt (inom 10 % av målet)', '1'], ['▲ Ej uppfyllt', '2'], ['◆ Ej bedömbart', '1']]
 */
export function indicatorStatusLines(locale: Locale, run: CheckRun): [string, string][] {
  const tables = run.check.sheets.flatMap((s) => s.tables.filter((tb): tb is IndicatorTable => tb.kind === 'indicators'));
  const indicators = tables.flatMap((tb) => tb.indicators);
  if (indicators.length === 0) return [];
  const counts = countIndicatorStatuses(indicators);
  const convention = tablesStatusConvention(tables);
  const symbol = (k: StatusKey) => (convention && convention.kind !== 'words' ? `${convention.legend[k]} ` : '');
  const tolerance = run.options?.tolerance;
  const keys: StatusKey[] = tolerance || counts.partly > 0 ? ['met', 'partly', 'missed', 'notAssessable'] : ['met', 'missed', 'notAssessable'];
  return keys.map((k) => [`${symbol(k)}${k === 'partly' ? partlyLabel(locale, tolerance) : t(locale, STATUS_LABEL[k])}`, String(counts[k])]);
}

/**
 * The indicators by status as the report's chart, when there is no volume table to chart: one bar per
 * status, named as the legend names it.
 *
 * @example
 * statusChart('sv', run) // → { title: 'Indikatorer per status', headers: ['Status', 'Antal'], rows: [['■ Uppfyllt', 4], …], numberFormat: '0' }
 */
export function statusChart(locale: Locale, run: CheckRun): ReportChart | undefined {
  const lines = indicatorStatusLines(locale, run);
  if (lines.length === 0) return undefined;
  return {
    title: t(locale, 'pane.report.statusChartTitle'),
    headers: [t(locale, 'pane.report.statusChartStatus'), t(locale, 'pane.report.statusChartCount')],
    rows: lines.map(([label, count]) => [label, Number(count)]),
    numberFormat: '0',
  };
}

/**
 * Everything the report sheet says, for `createReport`. With the workbook's verdict, a line says whether
 * the workbook (both tables) is ready to submit. With a fulfilment chart, a line states the month it is
 * computed to, and says so when that month is only today's, not one the controller chose.
 *
 * @example
 * reportInput('sv', run, ['Volymer 2025'], undefined).sheetName // → 'Kontroll 2026-11-23 14.05'
 * reportInput('sv', run, [], chart, { month: 8, chosen: true }, { kind: 'ready' }).lines.slice(3)
 * // → [['Arbetsboken', 'Klar för inlämning'], ['Måluppfyllelse', 't.o.m. augusti']]
 */
export function reportInput(
  locale: Locale,
  run: CheckRun,
  sheetNames: string[],
  chart: ReportChart | undefined,
  period?: FulfilmentPeriod,
  verdict?: WorkbookVerdict,
): ReportInput {
  const at = run.checkedAt;
  const sheetName = uniqueSheetName(t(locale, 'pane.report.sheetName', { date: isoDate(at), time: clockTime(at, '.') }), sheetNames);
  const tables = run.check.tables.map((tb) => tb.address);
  const looked = tables.length > 0 ? tables : run.reads.map((r) => r.address);
  const items = findingItems(run.check.sheets);
  const several = new Set(items.map((i) => i.sheet)).size > 1;
  const rows = items.map(({ sheet, finding: f }) => [
    several ? qualifiedAddress(sheet, f.cell) : f.cell,
    t(locale, `pane.severity.${f.severity}`),
    f.code,
    formatMessage(locale, f.message),
    f.rowLabel ?? '',
    f.columnHeader ?? '',
  ]);
  return {
    sheetName,
    title: t(locale, 'pane.report.title'),
    lines: [
      [t(locale, 'pane.report.table'), looked.join(', ')],
      [t(locale, 'pane.report.time'), `${isoDate(at)} ${clockTime(at)}`],
      [t(locale, 'pane.report.summary'), summaryLine(locale, run.check.summary)],
      ...(verdict ? [[t(locale, 'pane.report.workbook'), formatMessage(locale, verdictMessage(verdict))] as [string, string]] : []),
      ...(chart && period
        ? [
            [
              t(locale, 'pane.report.fulfilment'),
              t(locale, period.chosen ? 'pane.report.toMonth' : 'pane.report.toMonthDefault', { month: monthName(locale, period.month) }),
            ] as [string, string],
          ]
        : []),
      ...indicatorStatusLines(locale, run),
    ],
    headers: (['cell', 'severity', 'code', 'message', 'label', 'column'] as const).map((k) => t(locale, `pane.report.col.${k}`)),
    rows: rows.length > 0 ? rows : [['', '', '', t(locale, 'pane.report.noFindings'), '', '']],
    ...(chart ? { chart } : {}),
  };
}
