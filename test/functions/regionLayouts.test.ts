/**
 * The two regions' layouts (test/fixtures/regionLayouts) through the built functions bundle, the way Excel
 * calls it: the status column the pane plans (TARGET_STATUS with DIRECTION(name) where the table has no
 * direction column) evaluated cell by cell gives the status the engine gives, in Swedish and English Excel.
 */
import { parseA1 } from '../../src/core';
import type { CellValue, Grid } from '../../src/core';
import { checkSheet, planOwnColumns, planStatusColumn, type IndicatorTable } from '../../src/core/tables';
import { EXPECTED_INTERIM, EXPECTED_PLAN, INTERIM_REPORT_ROWS, interimReportWithReference, PLAN_ROWS } from '../fixtures/regionLayouts';
import { evaluateFormula } from '../support/formulaEvaluator';
import { loadFunctionsBundle } from '../support/functionsHarness';

function grid(rows: (CellValue | undefined)[][]): Grid {
  const width = Math.max(...rows.map((r) => r.length)) + 1;
  return { cells: rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)), top: 1, left: 1 };
}

const LABELS = {
  'sv-SE': { met: 'Uppfyllt', missed: 'Ej uppfyllt', 'not-assessable': 'Ej bedömbart' },
  'en-US': { met: 'Met', missed: 'Not met', 'not-assessable': 'Not assessable' },
} as const;

describe.each([
  ['the interim report', INTERIM_REPORT_ROWS, EXPECTED_INTERIM],
  ['the planning document', PLAN_ROWS, EXPECTED_PLAN],
])('%s', (_name, rows, expected) => {
  const g = grid(rows);
  const tables = checkSheet(g).tables as IndicatorTable[];

  it.each(['sv-SE', 'en-US'] as const)('the planned status formulas agree with the engine, row by row, in %s Excel', (language) => {
    const functions = loadFunctionsBundle({ displayLanguage: language });
    const seen: Record<number, string> = {};
    for (const table of tables) {
      for (const cell of planStatusColumn(table).cells) {
        const row = parseA1(cell.address)!.row;
        seen[row] = evaluateFormula(cell.formula, g, functions) as string;
      }
    }
    const want = Object.fromEntries(Object.entries(expected).map(([row, status]) => [Number(row), LABELS[language][status]]));
    expect(seen).toEqual(want);
  });

  it('every formula passes DIRECTION of the row’s name', () => {
    const formulas = tables.flatMap((t) => planStatusColumn(t).cells.map((c) => c.formula));
    expect(formulas.length).toBe(Object.keys(expected).length);
    for (const f of formulas) expect(f).toMatch(/^=MALKOLL\.TARGET_STATUS\(E\d+,[BC]\d+,,,MALKOLL\.DIRECTION\([AB]\d+\)\)$/);
  });
});

describe('the table’s own columns, filled as the pane plans them', () => {
  const rows = interimReportWithReference();
  const g = grid(rows);
  // The legend sits two columns right of the tables: widen the grid to hold it.
  for (const row of g.cells) while (row.length < 12) row.push(null);
  const tables = checkSheet(g, { tolerance: 0.1 }).tables as IndicatorTable[];
  const plan = planOwnColumns(tables, { tolerance: 0.1 })!;
  // The legend's symbols, written as the pane writes them.
  plan.legend!.rows.forEach((r, k) => {
    if (r.kind !== 'heading') g.cells[plan.legend!.top + k - 1][plan.legend!.symbolColumn - 1] = r.symbol;
  });
  const SYMBOL = { met: '■', partly: '●', missed: '▲', 'not-assessable': '◆' } as const;
  const ARROW = { better: '↑', unchanged: '→', worse: '↓' } as const;

  it.each(['sv-SE', 'en-US'] as const)('■ ● ▲ ◆ and ↑ → ↓ that agree with the engine, row by row, in %s Excel', (language) => {
    const functions = loadFunctionsBundle({ displayLanguage: language });
    const sheet: Record<string, unknown> = {};
    for (const cell of plan.formulas) sheet[cell.address] = evaluateFormula(cell.formula, g, functions);
    for (const i of tables.flatMap((t) => t.indicators)) {
      expect([i.row, sheet[`F${i.row}`]]).toEqual([i.row, SYMBOL[i.status]]);
      if (i.development === undefined) continue;
      const arrows = i.developmentByGroup
        ? i.developmentByGroup.map((d) => `${d.group}: ${ARROW[d.development]}`).join(', ')
        : ARROW[i.development as keyof typeof ARROW];
      expect([i.row, sheet[`G${i.row}`]]).toEqual([i.row, arrows]);
    }
    // With the tolerance: the near misses are partly met (●).
    expect(sheet.F5).toBe('●');
    expect(sheet.F15).toBe('●');
  });
});
