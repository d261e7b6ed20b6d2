/**
 * Plans what the pane writes into an indicator table's own status column ("Måluppfyllelse", "Status") and
 * development column ("Utveckling", "Trend"): live TARGET_STATUS and DEVELOPMENT formulas on the indicator
 * rows, in the convention the columns show (symbols, colour words or words), and, for symbols and colours, a
 * visible legend beside the tables that the formulas read, so a region can change a symbol in one place.
 * Cells that hold something now are listed, to be shown before anything is written.
 */
import { a1, a1Range, columnLetters, parseA1 } from '../../address';
import { maxOf, minOf } from '../../arrays';
import type { CellValue } from '../../types';
import { cellText } from '../shared/cellText';
import { formulaCall, formulaString } from '../shared/formulaText';
import type { IndicatorResult, IndicatorTable } from '../indicators/types';
import type { PlannedCell } from './types';
import {
  DEVELOPMENT_KEYS,
  developmentConvention,
  STATUS_KEYS,
  tablesStatusConvention,
  type DevelopmentConvention,
  type DevelopmentKey,
  type StatusConvention,
  type StatusKey,
} from './ownConvention';

export type LegendRow = { kind: 'heading' } | { kind: 'status'; key: StatusKey; symbol: string } | { kind: 'development'; key: DevelopmentKey; symbol: string };

export interface OwnColumnsPlan {
  /** The formulas, in Excel's invariant form with our ids (the pane names them as Excel displays). */
  formulas: PlannedCell[];
  /** Cells that hold something now and would be replaced: shown before anything is written. */
  overwrites: { address: string; value: CellValue }[];
  status?: StatusConvention;
  development?: DevelopmentConvention;
  /** The legend beside the tables: a label column and a symbol column the formulas read. */
  legend?: { top: number; labelColumn: number; symbolColumn: number; rows: LegendRow[] };
  /** The status cells of each table, as A1 ranges (what is coloured by status). */
  statusAreas: string[];
  /** The table has a development column but no reference column: development cannot be computed. */
  developmentWithoutReference: boolean;
  tolerance?: number;
  band?: number;
  /** A1 range of everything planned. */
  range: string;
}

/** A fraction as a formula literal, in Excel's invariant notation ("0.1"). */
function fractionLiteral(f: number | undefined): string | null {
  return f === undefined || !(f > 0) ? null : String(Math.round(f * 1e9) / 1e9);
}

function isBlank(v: CellValue | undefined): boolean {
  return v === undefined || cellText(v ?? null) === '';
}

/**
 * The plan for the tables of one sheet that have a status or development column of their own (the others
 * are left out), or null when none has.
 *
 * @example
 * planOwnColumns(interimTables, { tolerance: 0.1 })
 * // → { formulas: [{ address: 'F5', formula: '=MALKOLL.TARGET_STATUS(E5,C5,H5,,MALKOLL.DIRECTION(B5),0.1,$K$5:$K$8)' },
 * //                { address: 'G5', formula: '=MALKOLL.DEVELOPMENT(E5,H5,MALKOLL.DIRECTION(B5),,$K$9:$K$11)' }, …],
 * //     status: { kind: 'symbols', legend: { met: '■', … } }, legend: { top: 4, labelColumn: 10, … }, … }
 */
export function planOwnColumns(tables: readonly IndicatorTable[], options: { tolerance?: number; band?: number } = {}): OwnColumnsPlan | null {
  const own = tables.filter((t) => t.columns.status !== undefined || t.columns.development !== undefined);
  if (own.length === 0) return null;
  const rows = own.flatMap((t) => t.indicators.map((i) => ({ t, i })));
  const hasStatus = own.some((t) => t.columns.status !== undefined);
  const hasDevelopment = own.some((t) => t.columns.development !== undefined);
  // Every table's heading counts: a legend may stand only in the headers of later pages.
  const headings = (role: 'status' | 'development') => own.map((t) => t.columns.headers[role] ?? '').join(' ');
  const status = hasStatus ? tablesStatusConvention(own) : undefined;
  const development = hasDevelopment
    ? developmentConvention(
        headings('development'),
        rows.map(({ i }) => i.own?.development ?? null),
      )
    : undefined;

  // The legend: one column clear of the widest table, from the first table's header row down.
  const top = minOf(own.map((t) => t.headerRow));
  const labelColumn = maxOf(own.map((t) => t.right)) + 2;
  const symbolColumn = labelColumn + 1;
  const legendRows: LegendRow[] = [];
  if (status && status.kind !== 'words') for (const key of STATUS_KEYS) legendRows.push({ kind: 'status', key, symbol: status.legend[key] });
  if (development?.kind === 'symbols') for (const key of DEVELOPMENT_KEYS) legendRows.push({ kind: 'development', key, symbol: development.legend[key] });
  const legend = legendRows.length > 0 ? { top, labelColumn, symbolColumn, rows: [{ kind: 'heading' } as LegendRow, ...legendRows] } : undefined;
  const legendRange = (kind: 'status' | 'development'): string | null => {
    if (!legend) return null;
    const at = legend.rows.map((r, k) => (r.kind === kind ? k : -1)).filter((k) => k >= 0);
    if (at.length === 0) return null;
    const col = columnLetters(symbolColumn);
    return `$${col}$${top + at[0]}:$${col}$${top + at[at.length - 1]}`;
  };
  const statusLegend = legendRange('status');
  const developmentLegend = legendRange('development');
  const tolerance = fractionLiteral(options.tolerance);
  const band = fractionLiteral(options.band);

  const formulas: PlannedCell[] = [];
  const overwrites: OwnColumnsPlan['overwrites'] = [];
  const statusAreas: string[] = [];
  const place = (row: number, column: number, formula: string, now: CellValue | undefined) => {
    const address = a1(row, column);
    formulas.push({ address, formula: `=${formula}` });
    if (!isBlank(now)) overwrites.push({ address, value: now ?? null });
  };
  for (const table of own) {
    const c = table.columns;
    const ref = (column: number | undefined, row: number) => (column === undefined ? null : a1(row, column));
    const direction = (i: IndicatorResult) =>
      c.direction !== undefined ? a1(i.row, c.direction) : formulaCall('MALKOLL.DIRECTION', [a1(i.row, i.nameColumn)]);
    for (const i of table.indicators) {
      if (c.status !== undefined) {
        const args = [a1(i.row, c.outcome), a1(i.row, c.target), ref(c.reference, i.row), ref(c.group, i.row), direction(i), tolerance, statusLegend];
        place(i.row, c.status, formulaCall('MALKOLL.TARGET_STATUS', args), i.own?.status);
      }
      // Development where there is a reference to develop from; a row without one is left as it is.
      if (c.development !== undefined && c.reference !== undefined && i.developmentFrom !== undefined) {
        const from = i.developmentFrom;
        const towards =
          from === 'column' || from === 'name' ? direction(i) : from === 'target' ? formulaString(i.developmentDirection === 'lower' ? '≤' : '≥') : null;
        const args = [a1(i.row, c.outcome), a1(i.row, c.reference), towards, band, developmentLegend];
        place(i.row, c.development, formulaCall('MALKOLL.DEVELOPMENT', args), i.own?.development);
      }
    }
    if (c.status !== undefined && table.indicators.length > 0) {
      const first = table.indicators[0].row;
      const last = table.indicators[table.indicators.length - 1].row;
      statusAreas.push(a1Range(first, c.status, last, c.status));
    }
  }

  const cells = formulas.map((f) => parseA1(f.address) as { row: number; column: number });
  if (legend) cells.push({ row: top, column: labelColumn }, { row: top + legend.rows.length - 1, column: symbolColumn });
  const range =
    cells.length === 0
      ? a1(top, labelColumn)
      : a1Range(minOf(cells.map((p) => p.row)), minOf(cells.map((p) => p.column)), maxOf(cells.map((p) => p.row)), maxOf(cells.map((p) => p.column)));
  return {
    formulas,
    overwrites,
    ...(status ? { status } : {}),
    ...(development ? { development } : {}),
    ...(legend ? { legend } : {}),
    statusAreas,
    developmentWithoutReference: own.some((t) => t.columns.development !== undefined && t.columns.reference === undefined),
    ...(options.tolerance !== undefined && options.tolerance > 0 ? { tolerance: options.tolerance } : {}),
    ...(options.band !== undefined && options.band > 0 ? { band: options.band } : {}),
    range,
  };
}
