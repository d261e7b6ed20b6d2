/**
 * What the settlement workbook holds, sheet by sheet, as plain cells: an overview per hospital, the rows
 * (hospital × section × group × specialty), the findings, the indicators (indicator × hospital) and the
 * rules it was settled by (month, rule, price mapping and prices). Texts are catalogue messages that the
 * edge renders in the reader's language; figures are numbers with a style that the writer gives a
 * Swedish number format. Every table sheet has a title row, then its header (frozen and filterable).
 */
import type { Message, MessageKey } from '../types';
import { shown } from './settleFigures';
import { rulesSheet, indicatorsSheet } from './workbookPlanMore';
import type { Settlement, SettledHospital, SettlementTotals } from './types';

/** How a column's figures are shown: the writer gives each a Swedish number format (general: as the value comes). */
export type PlanStyle = 'text' | 'general' | 'int' | 'kronor' | 'decimal' | 'percent';
export type PlanValue = string | number | Message | null;

export interface PlanColumn {
  /** Stable id: the settlement is read back by the rows sheet's columns (see previous.ts). */
  id: string;
  header: Message;
  style: PlanStyle;
  /** Width in characters. */
  width: number;
}

export interface SheetPlan {
  id: 'overview' | 'rows' | 'findings' | 'indicators' | 'rules';
  name: Message;
  title: Message;
  columns: PlanColumn[];
  rows: PlanValue[][];
  /** Rows under the table (a region total), outside its filter. */
  footer?: PlanValue[][];
  /** False for the rules sheet: a list of settings, not a table to filter. */
  table: boolean;
}

const col = (id: string, style: PlanStyle, width: number): PlanColumn => ({ id, header: { key: `settle.column.${id}` as MessageKey }, style, width });
const msg = (key: string, params?: Message['params']): Message => (params ? { key: key as MessageKey, params } : { key: key as MessageKey });

/**
 * The overview's columns, in order. Another column (a submission's stamp) goes in after `file`: nothing
 * else depends on the positions.
 */
export const OVERVIEW_COLUMNS: readonly PlanColumn[] = [
  col('hospital', 'text', 28),
  col('file', 'text', 28),
  col('status', 'text', 14),
  col('errors', 'int', 8),
  col('warnings', 'int', 10),
  col('planToDate', 'decimal', 14),
  col('performed', 'int', 12),
  col('fulfilment', 'percent', 14),
  col('reimbursement', 'kronor', 18),
  col('settledBefore', 'kronor', 18),
  col('toSettle', 'kronor', 18),
];

export const ROW_COLUMNS: readonly PlanColumn[] = [
  col('hospital', 'text', 24),
  col('section', 'text', 12),
  col('group', 'text', 18),
  col('specialty', 'text', 22),
  col('uppdrag', 'int', 10),
  col('bas', 'int', 10),
  col('tillagg', 'int', 10),
  col('performed', 'int', 10),
  col('planToDate', 'decimal', 12),
  col('fulfilment', 'percent', 14),
  col('additional', 'decimal', 14),
  col('priceKind', 'text', 12),
  col('price', 'kronor', 12),
  col('reimbursement', 'kronor', 16),
  col('settledBefore', 'kronor', 16),
  col('toSettle', 'kronor', 16),
  col('status', 'text', 14),
];

const FINDING_COLUMNS: readonly PlanColumn[] = [
  col('hospital', 'text', 24),
  col('file', 'text', 24),
  col('sheet', 'text', 18),
  col('cell', 'text', 8),
  col('severity', 'text', 10),
  col('code', 'text', 22),
  col('message', 'text', 80),
  col('assigned', 'int', 10),
  col('submitted', 'int', 10),
];

/** The title of every sheet: what was settled, for which month, by which rule. */
export function settlementTitle(s: Settlement): Message {
  return msg('settle.title', { month: { message: msg(`settle.month.${s.month}`) }, rule: { message: msg(`settle.rule.${s.rule}`) } });
}

/**
 * The settlement workbook's sheets.
 *
 * @example
 * settlementPlan(settlement).map((s) => s.id) // → ['overview', 'rows', 'findings', 'indicators', 'rules']
 */
export function settlementPlan(s: Settlement, generatedBy?: string): SheetPlan[] {
  const title = settlementTitle(s);
  return [
    {
      id: 'overview',
      name: msg('settle.sheet.overview'),
      title,
      columns: [...OVERVIEW_COLUMNS],
      rows: s.hospitals.map(overviewRow),
      footer: [[], regionRow(s.region)],
      table: true,
    },
    { id: 'rows', name: msg('settle.sheet.rows'), title, columns: [...ROW_COLUMNS], rows: s.hospitals.flatMap(rowLines), table: true },
    { id: 'findings', name: msg('settle.sheet.findings'), title, columns: [...FINDING_COLUMNS], rows: findingLines(s), table: true },
    indicatorsSheet(s, title),
    rulesSheet(s, title, generatedBy),
  ];
}

const status = (h: SettledHospital): Message => msg(`settle.status.${h.status}`);
const money = (n: number): number => shown(n, 0);

function overviewRow(h: SettledHospital): PlanValue[] {
  const errors = h.own.errors + h.findings.filter((f) => f.severity === 'error').length;
  const warnings = h.own.warnings + h.findings.filter((f) => f.severity === 'warning').length;
  const file = h.file ?? (h.files ? h.files.join(', ') : null);
  return [h.hospital, file, status(h), errors, warnings, ...totalCells(h.totals)];
}

function totalCells(t: SettlementTotals): PlanValue[] {
  return [
    shown(t.planToDate, 2),
    t.performed,
    t.fulfilment === null ? null : shown(t.fulfilment, 4),
    money(t.reimbursement),
    money(t.settledBefore),
    money(t.toSettle),
  ];
}

function regionRow(t: SettlementTotals): PlanValue[] {
  return [msg('settle.region'), null, null, null, null, ...totalCells(t)];
}

function rowLines(h: SettledHospital): PlanValue[][] {
  return h.rows.map((r) => [
    h.hospital,
    r.section,
    r.group,
    r.specialty,
    r.uppdrag,
    r.bas,
    r.tillagg,
    r.performed,
    shown(r.planToDate, 2),
    r.fulfilment === null ? null : shown(r.fulfilment, 4),
    shown(r.additional, 2),
    r.priceKind === null ? null : msg(`settle.kind.${r.priceKind}`),
    r.price,
    r.reimbursement,
    r.settledBefore,
    r.toSettle,
    status(h),
  ]);
}

function findingLines(s: Settlement): PlanValue[][] {
  const severity = (v: 'error' | 'warning'): Message => msg(`settle.severity.${v}`);
  const out: PlanValue[][] = [];
  const round = (hospital: string | null, f: Settlement['findings'][number]): PlanValue[] => [
    hospital,
    f.file ?? null,
    f.sheet ?? null,
    f.cell ?? null,
    severity(f.severity),
    f.code,
    f.message,
    f.assigned ?? null,
    typeof f.submitted === 'number' ? f.submitted : null,
  ];
  for (const f of s.findings) out.push(round(null, f));
  for (const h of s.hospitals) {
    for (const f of h.findings) out.push(round(h.hospital, f));
    for (const f of h.own.findings)
      out.push([h.hospital, h.file ?? null, f.sheet ?? null, f.cell ?? null, severity(f.severity), f.code, f.message, null, null]);
  }
  for (const file of s.files) for (const f of file.findings) out.push(round(null, f));
  return out;
}
