/**
 * Issue 21's tables through the built functions bundle, the way Excel calls it: CHECK_TABLE on a column
 * that is the sum of others, a share of the total row and a bridge (each clean, then with a planted error
 * found on its row), and on seed 000's price table where nothing adds up; the status column the pane plans
 * for a plan's follow-up whose target column is found by its content and whose reference is named for a
 * period ("Utfall T2 2024"), evaluated cell by cell, agreeing with the engine.
 */
import { parseA1 } from '../../src/core';
import type { CellValue, Grid } from '../../src/core';
import { checkSheet, gridFromText, planStatusColumn, type IndicatorTable } from '../../src/core/tables';
import { bridgeTable, careColumnsTable, careColumnsTotalFirst, shareOfTotalTable } from '../fixtures/columnTables';
import { PLAN_FOLLOW_UP_ROWS, PLAN_FOLLOW_UP_STATUS } from '../fixtures/contentLayouts';
import { fixtureText } from '../fixtures/grids';
import type { Rows } from '../fixtures/productionTables';
import { evaluateFormula } from '../support/formulaEvaluator';
import { loadFunctionsBundle } from '../support/functionsHarness';

const sv = loadFunctionsBundle({ displayLanguage: 'sv-SE' });

const changed = (rows: Rows, address: string, value: number): Rows => {
  const copy = rows.map((r) => r.slice());
  copy[Number(address.slice(1)) - 1][address.charCodeAt(0) - 65] = value;
  return copy;
};
/** [row within the range, code] of each spilled error. */
const errorsOf = (answer: unknown): [unknown, unknown][] => (answer as unknown[][]).filter((r) => r[2] === 'Fel').map((r) => [r[0], r[3]]);

describe('CHECK_TABLE on arithmetic across the columns', () => {
  it.each([
    ['"Totalt" beside its parts', careColumnsTable],
    ['"Totalt" first, no total row', careColumnsTotalFirst],
    ['a share of the total row', shareOfTotalTable],
    ['a bridge from one year’s reimbursement to the next', bridgeTable],
  ])('%s, clean: "Inga fel"', async (_, table) => {
    expect(await sv.call('CHECK_TABLE', table())).toEqual([['Inga fel']]);
  });

  it.each([
    ['a part of a row’s total, at its row', careColumnsTable, 'C3', 6881, [[3, 'subtotal-mismatch']]],
    ['a row’s total, at its row', careColumnsTable, 'E4', 23745, [[4, 'subtotal-mismatch']]],
    ['a part with the total first, at its row', careColumnsTotalFirst, 'D3', 6881, [[3, 'subtotal-mismatch']]],
    ['a share of the total row', shareOfTotalTable, 'C3', 0.315, [[3, 'share-mismatch']]],
    ['a change in the bridge, at the row its names close on', bridgeTable, 'B5', 1250, [[7, 'subtotal-mismatch']]],
  ])('%s', async (_, table, cell, value, expected) => {
    expect(errorsOf(await sv.call('CHECK_TABLE', changed(table(), cell, value)))).toEqual(expected);
  });

  it('seed 000’s price table by hospital, with "-" for none, has no wrong figure', async () => {
    const text = fixtureText('seed-000.txt').split('\n');
    const start = text.findIndex((l) => l.includes('Belopp (kr)'));
    const end = text.findIndex((l, i) => i > start && l.includes('Pris/vårddygn R-vård'));
    const rows = gridFromText(text.slice(start, end + 1).join('\n'), 1, 1, 'Priser').cells;
    const answer = (await sv.call('CHECK_TABLE', rows)) as unknown[][];
    // Nothing in it is a sum or a share of anything: no figure is called wrong; the range is said to hold no
    // production table, as for any range that is none.
    expect(answer.map((r) => r[3])).toEqual(['no-table']);
  });
});

describe('the status column planned for a plan’s follow-up read by content', () => {
  const width = Math.max(...PLAN_FOLLOW_UP_ROWS.map((r) => r.length)) + 1;
  const g: Grid = { cells: PLAN_FOLLOW_UP_ROWS.map((r) => Array.from({ length: width }, (_, i) => (r[i] ?? null) as CellValue)), top: 1, left: 1 };
  const tables = checkSheet(g).tables as IndicatorTable[];

  it('agrees with the engine row by row: targets from "Målvärde 2025", change targets against "Utfall T2 2024"', () => {
    const functions = loadFunctionsBundle({ displayLanguage: 'sv-SE' });
    const labels = { met: 'Uppfyllt', missed: 'Ej uppfyllt', 'not-assessable': 'Ej bedömbart' } as const;
    const seen: Record<number, unknown> = {};
    for (const cell of tables.flatMap((t) => planStatusColumn(t).cells)) seen[parseA1(cell.address)!.row] = evaluateFormula(cell.formula, g, functions);
    expect(seen).toEqual(Object.fromEntries(Object.entries(PLAN_FOLLOW_UP_STATUS).map(([row, status]) => [Number(row), labels[status]])));
  });
});
