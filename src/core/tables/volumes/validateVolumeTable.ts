/**
 * Validates a detected volume table: every figure cell, every data row's sum, every totals row against
 * the rows above it, and duplicate specialties within a section and group.
 *
 * Totals rows: a totals row is right when, column by column, it equals the sum of the data rows since the
 * previous totals row (a subtotal) or the sum of all data rows since the table's header (a grand total
 * under subtotals). When it equals neither, the finding names the nearer of the two and its rows.
 * A column in which a contributing cell has an error of its own is not summed: that cell is already an
 * error, and a second finding about the same figure would only repeat it.
 * The outcome column ("Utfört"), when there is one, is checked cell by cell and against totals, but may
 * be blank (not yet reported) and is not part of uppdrag = bas + tillägg. A blank uppdrag, bas or tillägg
 * on a totals row is an error: the total could not be verified.
 * Figures within floating-point noise of a whole number (=1,1*3*1000) count as that whole number.
 *
 * A row that does not add up is reported at its uppdrag cell, unless the totals row below it singles out
 * the figure that was mistyped (see locateMistypedFigures): then the finding sits on that figure's cell
 * and names the figure the row and the total both agree on, and the column's total-mismatch names the row.
 */
import { tablePlace, type CheckOptions } from '../shared/tableKind';
import { cellAt, cellText } from '../shared/cellText';
import { classifyVolumeRows } from './classifyVolumeRows';
import { volumeRowShape, type VolumeRowShape } from './volumeRowShape';
import type { VolumeTableLayout } from './detectVolumeTable';
import { byPosition, finding, onSheet } from '../shared/finding';
import { locateMistypedFigures, type ColumnTotalGap, type RowSumGap, type SumRole } from './locateMistypedFigures';
import type { CellValue, Finding, Grid, MessageKey } from '../../types';
import type { CellReading } from '../../numbers/readCell';
import type { VolumeColumns, VolumeRow, VolumeTable } from './types';
import { checkFigureCell, type FigureCheck } from './volumeCellCheck';
import { volumeHeaderRole } from './volumeVocabulary';
import { addsUp, expectedTotal } from '../../volumes/volumeFigures';
import { checkDuplicate, duplicateIndex } from './duplicateRows';

type Role = 'total' | 'base' | 'additional' | 'outcome';

/** Running sums of one column: since the header, and since the previous totals row. */
interface ColumnSums {
  all: number;
  allUsable: boolean;
  allFrom: number | null;
  block: number;
  blockUsable: boolean;
  blockFrom: number | null;
  to: number | null;
}

function freshSums(): ColumnSums {
  return { all: 0, allUsable: true, allFrom: null, block: 0, blockUsable: true, blockFrom: null, to: null };
}

/**
 * The checked table: its rows with kinds and figures, and its findings in reading order. With
 * `keepDataRows: false` its data rows are checked and not kept (see CheckOptions).
 *
 * @example
 * const { tables } = detectVolumeTables(grid);
 * validateVolumeTable(grid, tables[0]).findings // seed 000 as Excel holds it → []
 */
export function validateVolumeTable(grid: Grid, layout: VolumeTableLayout, options?: CheckOptions): VolumeTable {
  const { columns } = layout;
  const roles: Role[] = ['total', 'base', 'additional'];
  if (columns.outcome !== undefined) roles.push('outcome');
  const keepDataRows = options?.keepDataRows !== false;
  const rows: VolumeRow[] = [];
  let checkedAny = false;
  const findings: Finding[] = [];
  const sums: ColumnSums[] = roles.map(freshSums);
  const duplicates = duplicateIndex((row) => volumeRowShape(grid, row - grid.top, columns).label);
  const raw = (row: number, column: number): CellValue => cellAt(grid.cells, row - grid.top, column - grid.left);
  const roleColumn = roles.map((role) => columns[role] as number);
  const roleHeader = roles.map((role) => columns.headers[role] ?? '');
  // Rows that do not add up and totals that do not match, with their findings' places, for locating mistyped figures.
  const rowGaps: PendingRowGap[] = [];
  const totalGaps: PendingTotalGap[] = [];
  let unclosed = 0; // rowGaps from this index on have no totals row below them yet

  for (const c of classifyVolumeRows(grid, layout)) {
    if (keepDataRows || c.kind !== 'data') rows.push(c);
    if (c.kind !== 'data' && c.kind !== 'total') continue;
    checkedAny = true;

    // Read again here rather than kept from finding the table: a shape a row costs more than the grid itself.
    const shape = volumeRowShape(grid, c.row - grid.top, columns);
    const checks: FigureCheck[] = new Array(roles.length);
    for (let k = 0; k < roles.length; k++) {
      const role = roles[k];
      const column = roleColumn[k];
      const check = checkFigureCell({
        reading: readingOf(shape, role),
        raw: raw(c.row, column),
        row: c.row,
        column,
        columnHeader: roleHeader[k],
        rowLabel: c.label,
        // A blank on a totals row is an error too: the total it should hold cannot be verified.
        blankAllowed: role === 'outcome',
        onTotalsRow: c.kind === 'total',
      });
      checks[k] = check;
      if (check.finding) findings.push(check.finding);
    }
    c.total = checks[0].value;
    c.base = checks[1].value;
    c.additional = checks[2].value;
    if (roles.length > 3) c.outcome = checks[3].value;

    if (c.kind === 'data') {
      const gap = checkRowSum(c, checks[0], checks[1], checks[2], columns, findings);
      if (gap) rowGaps.push(gap);
      checkDuplicate(c, columns, duplicates, findings);
      for (let k = 0; k < roles.length; k++) addToSums(sums[k], checks[k], c.row);
    } else {
      for (let k = 0; k < roles.length; k++) {
        const gap = checkTotal(c, roles[k], checks[k], sums[k], columns, findings);
        if (gap) totalGaps.push(gap);
      }
      for (; unclosed < rowGaps.length; unclosed++) rowGaps[unclosed].closedBy = c.row;
    }
  }
  pointAtMistypedFigures(rowGaps, totalGaps, columns, findings);

  if (!checkedAny) {
    // A header with nothing under it was not checked: say so rather than report "no errors".
    findings.push(finding('no-table', 'error', layout.headerRow, columns.total, { key: 'table.noVolumeRows', params: { row: String(layout.headerRow) } }));
  }
  findings.sort(byPosition);
  onSheet(findings, grid.sheet);
  const left = columns.label > 0 ? columns.label : Math.min(columns.total, columns.base, columns.additional, columns.outcome ?? Infinity);
  const right = rightEdge(grid, layout);
  return {
    kind: 'volumes',
    ...tablePlace(grid, { top: layout.top, bottom: layout.bottom, left, right, headerRow: layout.headerRow }),
    columns,
    rows,
    findings,
  };
}

function readingOf(shape: VolumeRowShape, role: Role): CellReading {
  const r = shape.readings;
  const reading = role === 'total' ? r.total : role === 'base' ? r.base : role === 'additional' ? r.additional : r.outcome;
  return reading ?? BLANK;
}
const BLANK: CellReading = { kind: 'blank' };

/** A row that does not add up, and the index of its finding. */
interface PendingRowGap extends RowSumGap {
  label: string;
  index: number;
}

/** A column total that does not match, and the index of its finding. */
interface PendingTotalGap extends ColumnTotalGap {
  index: number;
}

/** Reports a row that does not add up, at its uppdrag cell; returns it for locating the mistyped figure. */
function checkRowSum(
  c: VolumeRow,
  total: FigureCheck,
  base: FigureCheck,
  additional: FigureCheck,
  columns: VolumeColumns,
  findings: Finding[],
): PendingRowGap | undefined {
  if (!total.usable || !base.usable || !additional.usable) return undefined;
  if (total.value === null || base.value === null || additional.value === null) return undefined;
  if (addsUp(total.value, base.value, additional.value)) return undefined;
  const pending: PendingRowGap = {
    row: c.row,
    total: total.value,
    base: base.value,
    additional: additional.value,
    closedBy: null,
    label: c.label,
    index: findings.length,
  };
  findings.push(
    finding(
      'sum-mismatch',
      'error',
      c.row,
      columns.total,
      { key: 'table.sumMismatch', params: { total: total.value, base: base.value, additional: additional.value } },
      { columnHeader: columns.headers.total, rowLabel: c.label, actual: total.value, expected: expectedTotal(base.value, additional.value) },
    ),
  );
  return pending;
}

const MISTYPED_KEY: Record<SumRole, MessageKey> = {
  total: 'table.mistypedTotal',
  base: 'table.mistypedBase',
  additional: 'table.mistypedAdditional',
};

/**
 * Moves each row's sum-mismatch to the figure the totals single out, with the figure it should be, and
 * has the total that pointed there name the row. Findings are replaced in place, so their order holds.
 */
function pointAtMistypedFigures(rowGaps: PendingRowGap[], totalGaps: PendingTotalGap[], columns: VolumeColumns, findings: Finding[]): void {
  if (rowGaps.length === 0 || totalGaps.length === 0) return;
  const { figures, likelyRows } = locateMistypedFigures(rowGaps, totalGaps);
  for (const r of rowGaps) {
    const figure = figures.get(r.row);
    if (figure === undefined) continue;
    const { role, actual, expected } = figure;
    findings[r.index] = finding(
      'sum-mismatch',
      'error',
      r.row,
      columns[role],
      { key: MISTYPED_KEY[role], params: { total: r.total, base: r.base, additional: r.additional, expected } },
      { columnHeader: columns.headers[role], rowLabel: r.label, actual, expected },
    );
  }
  for (const [total, row] of likelyRows) {
    const f = findings[total.index];
    // One row summed is named already ("men rad 7 ovanför anger …").
    if (f.message.key === 'table.totalMismatch') f.message = { key: 'table.totalMismatchLikelyRow', params: { ...f.message.params, likely: String(row) } };
  }
}

function addToSums(s: ColumnSums, check: FigureCheck, row: number): void {
  if (s.allFrom === null) s.allFrom = row;
  if (s.blockFrom === null) s.blockFrom = row;
  s.to = row;
  if (!check.usable) {
    s.allUsable = false;
    s.blockUsable = false;
    return;
  }
  const v = check.value ?? 0; // a blank outcome is not reported yet: it adds nothing
  s.all += v;
  s.block += v;
}

/** Reports a totals-row figure that matches neither its block nor all rows; returns the gap for locating mistyped figures. */
function checkTotal(c: VolumeRow, role: Role, check: FigureCheck, s: ColumnSums, columns: VolumeColumns, findings: Finding[]): PendingTotalGap | undefined {
  const actual = check.value;
  const candidates: { sum: number; from: number | null }[] = [];
  if (s.blockUsable) candidates.push({ sum: s.block, from: s.blockFrom });
  if (s.allUsable && s.allFrom !== s.blockFrom) candidates.push({ sum: s.all, from: s.allFrom });
  const to = s.to;
  // The next totals row sums from here.
  s.block = 0;
  s.blockUsable = true;
  s.blockFrom = null;
  if (!check.usable || actual === null || candidates.length === 0) return undefined;
  if (candidates.some((k) => k.sum === actual)) return undefined;
  const nearest = candidates.reduce((a, b) => (Math.abs(b.sum - actual) < Math.abs(a.sum - actual) ? b : a));
  const column = columns[role] as number;
  const header = columns.headers[role] ?? '';
  const index = findings.length;
  findings.push(
    finding(
      'total-mismatch',
      'error',
      c.row,
      column,
      nearest.from === null || to === null
        ? { key: 'table.totalMismatchNoRows', params: { column: header, actual } }
        : nearest.from === to
          ? { key: 'table.totalMismatchOneRow', params: { column: header, actual, expected: nearest.sum, row: String(to) } }
          : { key: 'table.totalMismatch', params: { column: header, actual, expected: nearest.sum, from: String(nearest.from), to: String(to) } },
      { columnHeader: header, rowLabel: c.label, actual, expected: nearest.sum },
    ),
  );
  if (nearest.from === null || to === null || role === 'outcome') return undefined;
  return { totalsRow: c.row, role, gap: actual - nearest.sum, from: nearest.from, to, index };
}

/**
 * The table's last column: its rightmost figure column, or further right while the header row goes on
 * with headings of its own ("Kommentar"), so that nothing planned to the right of the table overwrites them.
 */
function rightEdge(grid: Grid, layout: VolumeTableLayout): number {
  const { columns } = layout;
  let right = Math.max(columns.total, columns.base, columns.additional, columns.outcome ?? 0);
  const r = layout.headerRow - grid.top;
  for (;;) {
    const text = cellText(cellAt(grid.cells, r, right + 1 - grid.left));
    if (text === '' || volumeHeaderRole(text) !== null) break;
    right++;
  }
  return right;
}
