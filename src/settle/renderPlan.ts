/**
 * The settlement workbook's plan with its texts rendered in the reader's language: plain cells, ready for
 * the .xlsx writer (and, in the tests, as the grids a reader would return).
 */
import type { Locale, Message } from '../core';
import type { PlanColumn, PlanStyle, PlanValue, SheetPlan } from '../core/settlement';
import { formatMessage } from '../i18n/format';

export type RenderedValue = string | number | null;

export interface RenderedSheet {
  id: SheetPlan['id'];
  name: string;
  title: string;
  columns: (Omit<PlanColumn, 'header'> & { header: string; style: PlanStyle })[];
  rows: RenderedValue[][];
  footer: RenderedValue[][];
  table: boolean;
}

const isMessage = (v: PlanValue): v is Message => typeof v === 'object' && v !== null;

/**
 * @example
 * renderPlan(settlementPlan(settlement), 'sv')[0].name // → 'Översikt'
 */
export function renderPlan(plan: readonly SheetPlan[], locale: Locale): RenderedSheet[] {
  const render = (v: PlanValue): RenderedValue => (isMessage(v) ? formatMessage(locale, v) : typeof v === 'number' && !Number.isFinite(v) ? null : v);
  return plan.map((sheet) => ({
    id: sheet.id,
    name: formatMessage(locale, sheet.name),
    title: formatMessage(locale, sheet.title),
    columns: sheet.columns.map((c) => ({ ...c, header: formatMessage(locale, c.header) })),
    rows: sheet.rows.map((r) => r.map(render)),
    footer: (sheet.footer ?? []).map((r) => r.map(render)),
    table: sheet.table,
  }));
}

/**
 * The rendered sheets as a reader returns them: a title row, the header, the rows, the footer, from A1.
 *
 * @example
 * sheetCells(renderPlan(plan, 'sv')[1])[1][0] // → 'Sjukhus'
 */
export function sheetCells(sheet: RenderedSheet): RenderedValue[][] {
  return [[sheet.title], sheet.columns.map((c) => c.header), ...sheet.rows, ...sheet.footer];
}
