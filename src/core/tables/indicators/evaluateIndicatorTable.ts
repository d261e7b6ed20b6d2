/**
 * Evaluates every row of a detected indicator table the way TARGET_MET does, and turns what matters into
 * findings: a missed target, a target the parser could not read, a measurable target with no outcome
 * (blank, an error value, a placeholder such as "-", or words such as "Under utredning" where the target
 * needs a figure or a yes/no), an outcome that cannot be read one way only, an outcome with no target,
 * and an outcome that looks like a percentage typed as a whole number.
 *
 * Outcomes are read as reports write them (units, a total and groups: see targets/readOutcome), so a
 * readable outcome is never "missing". In a table without a direction column a bare target takes its
 * direction from the indicator's name, as DIRECTION reads it, and the reason says so.
 *
 * A row with an indicator's name and neither a target nor an outcome is listed as not assessable; rows of
 * headings, footnotes and notes ("Indikatorer … är under framtagande", "Se nedan", "Indikator pausas 2025")
 * are not indicators and are left out. A header with no indicator under it is no table (a section whose
 * indicators are not ready yet), and says nothing: a workbook or range in which nothing at all is found is
 * the `no-table` error of the workbook or the range. An outcome cell holding an error value is reported
 * like a missing outcome: there is nothing to assess, and a table with it is not ready to submit.
 */
import { pushAll } from '../../arrays';
import type { CellValue, Finding, Grid } from '../../types';
import { cellAt, cellText } from '../shared/cellText';
import type { IndicatorTableLayout } from './detectIndicatorTable';
import { byPosition, onSheet } from '../shared/finding';
import type { IndicatorResult, IndicatorTable } from './types';
import { tablePlace, type CheckOptions } from '../shared/tableKind';
import { indicatorDevelopment } from './indicatorDevelopment';
import { judgeIndicator } from './judgeIndicator';
import { indicatorFindings } from './indicatorFindings';

/** A cell as an argument of evaluateTarget: text without the tags a pasted document left, everything else as it is. */
function argument(v: CellValue): CellValue {
  return typeof v === 'string' ? cellText(v) : v;
}

/**
 * The indicator's name and the column it is in: its own cell, or, where that is empty (a continuation row,
 * a row the PDF shifted), the nearest text to its left inside the table (the area, "Förstärkt
 * intensivvård"); '' in the indicator column when there is none.
 */
function indicatorName(grid: Grid, layout: IndicatorTableLayout, row: number): { name: string; column: number } {
  for (let c = layout.columns.indicator; c >= layout.left; c--) {
    const text = cellText(cellAt(grid.cells, row - grid.top, c - grid.left));
    if (text !== '') return { name: text, column: c };
  }
  return { name: '', column: layout.columns.indicator };
}

/**
 * The checked table: one result per indicator row, and the findings in reading order.
 *
 * @example
 * const { tables } = detectIndicatorTables(grid);
 * evaluateIndicatorTable(grid, tables[0]).indicators[0]
 * // 'Beläggningsgrad, somatisk vård | ≤ 90 % | 0,95' → { status: 'missed', reason: 'utfall 95 % mot mål ≤ 90 %', … }
 */
export function evaluateIndicatorTable(grid: Grid, layout: IndicatorTableLayout, options?: CheckOptions): IndicatorTable | null {
  const tolerance = options?.tolerance;
  const band = options?.band ?? 0;
  const { columns } = layout;
  const headerRows = new Set(layout.headerRows);
  const at = (row: number, column: number | undefined): CellValue => (column === undefined ? null : cellAt(grid.cells, row - grid.top, column - grid.left));
  const indicators: IndicatorResult[] = [];
  const findings: Finding[] = [];

  for (let row = layout.top + 1; row <= layout.bottom; row++) {
    if (headerRows.has(row)) continue;
    const targetCell = at(row, columns.target);
    const outcomeCell = at(row, columns.outcome);
    const outcome = argument(outcomeCell);
    const target = argument(targetCell);
    const { name: indicator, column: nameColumn } = indicatorName(grid, layout, row);
    const judged = judgeIndicator({
      target,
      outcome,
      reference: argument(at(row, columns.reference)),
      group: argument(at(row, columns.group)),
      direction: argument(at(row, columns.direction)),
      name: indicator,
      ownName: nameColumn === columns.indicator,
      hasDirectionColumn: columns.direction !== undefined,
      ...(tolerance !== undefined ? { tolerance } : {}),
    });
    if (!judged) continue;
    const { evaluation, cause } = judged;
    const targetText = cellText(targetCell);
    const result: IndicatorResult = {
      row,
      indicator,
      nameColumn,
      target: targetText,
      outcome: outcomeCell,
      status: evaluation.status,
      reason: evaluation.reason,
    };
    const reference = columns.reference === undefined ? null : argument(at(row, columns.reference));
    if (reference !== null && cellText(reference) !== '') {
      const dev = indicatorDevelopment({
        target: evaluation.target,
        outcome,
        reference,
        directionCell: argument(at(row, columns.direction)),
        hasDirectionColumn: columns.direction !== undefined,
        name: indicator,
        band,
      });
      if (dev) {
        result.development = dev.development;
        if (dev.byGroup) result.developmentByGroup = dev.byGroup;
        result.developmentFrom = dev.from;
        result.developmentDirection = dev.higher ? 'higher' : 'lower';
      }
    }
    if (columns.status !== undefined || columns.development !== undefined) {
      result.own = {
        ...(columns.status !== undefined ? { status: at(row, columns.status) } : {}),
        ...(columns.development !== undefined ? { development: at(row, columns.development) } : {}),
      };
    }
    indicators.push(result);
    pushAll(
      findings,
      indicatorFindings(columns, { row, indicator, targetText, targetCell, outcomeCell, status: evaluation.status, reason: evaluation.reason, cause }),
    );
  }

  // A header with nothing but notes under it ("Indikatorer … tas fram under hösten") is no table yet.
  if (indicators.length === 0) return null;
  findings.sort(byPosition);
  onSheet(findings, grid.sheet);
  return {
    kind: 'indicators',
    ...tablePlace(grid, layout),
    columns,
    indicators,
    findings,
  };
}
