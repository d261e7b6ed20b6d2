/**
 * An indicator table's columns chosen by what their cells hold as well as by their headings: the header
 * says which columns may be what (./indicatorHeader), the rows under it decide between them.
 *
 * - Target: of several columns headed as targets ("Mål" beside "Målvärde 2025"), the one whose cells read
 *   as measurable targets; a column headed otherwise whose cells are comparisons and changes ("≥ 90 %",
 *   "Ska öka") when no target heading has any.
 * - Indicator: of several indicator headings, the one with a name of its own on most rows (a column that
 *   repeats the same sentence row after row groups the indicators, it does not name them).
 * - Outcome and reference: of several outcome columns without a period, the one that holds figures.
 * - Status and development: a column headed as one holds marks (■ ● ▲, "Uppfyllt", ↑ → ↓) or nothing yet;
 *   one of sentences is a comment column, not the table's own. A column headed otherwise whose cells are
 *   such marks is one.
 * A header that names two of indicator, target and outcome is completed by content the same way: a column
 * of comparisons is the target, a column of figures under a period ("2025", "T2 2025") the outcome.
 */
import type { Grid } from '../../types';
import { columnContent, mostly, type ColumnContent } from './columnContent';
import { headingPeriod } from './headingPeriod';
import { columnsOf, type HeadingCell, type IndicatorRole, type RequiredIndicatorRole } from './indicatorHeader';
import type { ColumnChoice, IndicatorColumns } from './types';

export interface ChosenColumns {
  columns: IndicatorColumns;
  chosen: ColumnChoice[];
}

/** Target headings by how exactly they name a target value: "Målvärde" before "Mål". */
const TARGET_PRECISION = /m[aå]lv[aä]rde|m[aå]lniv[aå]|target value/i;

/**
 * The table's columns, decided by its rows (sheet rows `rows`, the header's excluded).
 *
 * @example
 * chooseColumns(grid, [5, 6, 7], readHeadings(['Mål', 'Indikator', 'Målvärde 2025', 'Utfall'], 1))
 * // → { columns: { indicator: 2, target: 3, outcome: 4, … }, chosen: [… { role: 'target', column: 3, by: 'targets', over: { column: 1, heading: 'Mål' } } …] }
 */
export function chooseColumns(grid: Grid, rows: readonly number[], headings: readonly HeadingCell[]): ChosenColumns | null {
  const memo = new Map<number, ColumnContent>();
  const content = (h: HeadingCell): ColumnContent => {
    let c = memo.get(h.column);
    if (!c) memo.set(h.column, (c = columnContent(grid, rows, h.column)));
    return c;
  };
  const reasons = new Map<number, Pick<ColumnChoice, 'by' | 'over'>>();
  const named = (role: IndicatorRole): HeadingCell[] => headings.filter((h) => h.role === role);
  const unnamed = headings.filter((h) => h.role === null);
  const roles = new Map<HeadingCell, IndicatorRole | null>(headings.map((h) => [h, h.role]));
  const assign = (h: HeadingCell, role: IndicatorRole | null, by?: ColumnChoice['by'], over?: HeadingCell): void => {
    roles.set(h, role);
    if (by) reasons.set(h.column, over ? { by, over: { column: over.column, heading: over.text } } : { by });
  };

  // Target: the heading whose cells are measurable targets; the most exact heading on a tie.
  const targets = named('target');
  const bestTarget = best(targets, (h) => [content(h).targets, TARGET_PRECISION.test(h.text) ? 1 : 0]);
  const byContent = unnamed.find((h) => mostly(content(h).strongTargets, content(h)));
  if (bestTarget && (content(bestTarget).targets > 0 || !byContent)) {
    for (const h of targets) if (h !== bestTarget) assign(h, null);
    if (bestTarget !== targets[0] && content(bestTarget).targets > content(targets[0]).targets) assign(bestTarget, 'target', 'targets', targets[0]);
  } else if (byContent) {
    for (const h of targets) assign(h, null);
    assign(byContent, 'target', 'targets', targets[0]);
  }

  // Indicator: a name on most rows.
  const indicators = named('indicator');
  const bestIndicator = best(indicators, (h) => [content(h).distinct]);
  if (bestIndicator && bestIndicator !== indicators[0]) {
    for (const h of indicators) if (h !== bestIndicator) assign(h, null);
    assign(bestIndicator, 'indicator', 'names', indicators[0]);
  }

  // Outcome: of several without a period, the one with figures.
  const current = named('outcome').filter((h) => headingPeriod(h.text).key === null);
  const withFigures = best(current, (h) => [content(h).figures]);
  if (withFigures && current.length > 1 && content(withFigures).figures > 0 && withFigures !== current[current.length - 1]) {
    for (const h of current) if (h !== withFigures) assign(h, null);
    assign(withFigures, 'outcome', 'figures', current[current.length - 1]);
  }
  if (!named('outcome').some((h) => roles.get(h) === 'outcome')) {
    const figures = unnamed.find((h) => headingPeriod(h.text).key !== null && mostly(content(h).figures, content(h)));
    if (figures) assign(figures, 'outcome', 'figures');
  }

  // The table's own status and development columns: marks, or nothing yet.
  for (const [role, count, by] of [
    ['status', (c: ColumnContent) => c.marks, 'marks'],
    ['development', (c: ColumnContent) => c.arrows, 'arrows'],
  ] as const) {
    const own = named(role).filter((h) => content(h).filled === 0 || count(content(h)) * 2 >= content(h).filled);
    for (const h of named(role)) if (!own.includes(h)) assign(h, null);
    const free = unnamed.filter((h) => roles.get(h) === null);
    if (own.length === 0) {
      const found = free.find((h) => mostly(count(content(h)), content(h)));
      if (found) assign(found, role, by);
    }
  }

  const kept = headings.flatMap((h) => {
    const role = roles.get(h) ?? null;
    return role === null ? [] : [{ ...h, role }];
  });
  const required: RequiredIndicatorRole[] = ['indicator', 'target', 'outcome'];
  if (!required.every((r) => kept.some((h) => h.role === r))) return null;
  const { columns, chosen } = columnsOf(kept);
  for (const choice of chosen) {
    const reason = reasons.get(choice.column);
    if (reason && choice.by === 'heading') Object.assign(choice, reason);
  }
  columns.chosen = chosen;
  return { columns, chosen };
}

/** The item with the highest scores (compared in order), the first on a tie; undefined for none. */
function best<T>(items: readonly T[], score: (item: T) => number[]): T | undefined {
  let top: T | undefined;
  let topScore: number[] = [];
  for (const item of items) {
    const s = score(item);
    if (top === undefined || greater(s, topScore)) {
      top = item;
      topScore = s;
    }
  }
  return top;
}

function greater(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}
