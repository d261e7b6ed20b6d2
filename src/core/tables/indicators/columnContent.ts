/**
 * What the cells of an indicator table's column hold, counted over its rows: measurable targets, figures,
 * status and development marks, names. A column's heading says what it is meant to be; its cells say what
 * it is (a column of goal statements headed "Mål" beside "Målvärde 2025" is no target column).
 */
import { parseTargetCached } from '../../targets/parseTarget';
import { hasFigure, readOutcome } from '../../targets/readOutcome';
import type { CellValue, Grid } from '../../types';
import { cellAt, cellText } from '../shared/cellText';
import { markKind } from '../shared/statusMarks';

export interface ColumnContent {
  /** Cells that hold anything. */
  filled: number;
  /** Cells that read as a measurable target: a threshold, a change, a split by group, yes/no. */
  targets: number;
  /** Of those, the ones only a target is written as: a comparison or a change ("≥ 90 %", "max 2 %", "Ska öka"). */
  strongTargets: number;
  /** Numbers, and texts read as an outcome with a figure ("6,9 %", "M: 135 K: 203") that are no comparison. */
  figures: number;
  /** Status marks (■ ● ▲ ◆, "Uppfyllt", "Grön") and development marks (↑ → ↓, "Bättre"). */
  marks: number;
  arrows: number;
  /** Texts, and how many of them differ from every other one in the column. */
  texts: number;
  distinct: number;
}

/**
 * The content of sheet column `column` over the sheet rows `rows`.
 *
 * @example
 * columnContent(grid, [5, 6, 7], 3) // a column of "≥ 90 %", "Ska öka", "≤ 8,5%" → { filled: 3, targets: 3, strongTargets: 3, … }
 */
export function columnContent(grid: Grid, rows: readonly number[], column: number): ColumnContent {
  const out: ColumnContent = { filled: 0, targets: 0, strongTargets: 0, figures: 0, marks: 0, arrows: 0, texts: 0, distinct: 0 };
  const seen = new Map<string, number>();
  for (const row of rows) {
    const v: CellValue = cellAt(grid.cells, row - grid.top, column - grid.left);
    const text = cellText(v);
    if (text === '') continue;
    out.filled++;
    if (typeof v === 'number') {
      out.figures++;
      continue;
    }
    if (typeof v !== 'string') continue;
    out.texts++;
    seen.set(text, (seen.get(text) ?? 0) + 1);
    const mark = markKind(text);
    if (mark === 'status') out.marks++;
    else if (mark === 'development') out.arrows++;
    if (mark !== null) continue;
    const target = parseTargetCached(text);
    const comparison = (target.kind === 'threshold' && target.threshold.comparator !== null) || target.kind === 'change';
    if (target.kind === 'threshold' || target.kind === 'change' || target.kind === 'split' || target.kind === 'yes-no') out.targets++;
    if (comparison) out.strongTargets++;
    else if (hasFigure(readOutcome(text))) out.figures++;
  }
  for (const count of seen.values()) if (count === 1) out.distinct++;
  return out;
}

/** True when most of a column's filled cells (and at least two) are of the kind counted. */
export function mostly(count: number, content: ColumnContent): boolean {
  return count >= 2 && count * 2 > content.filled;
}
