/**
 * One rule for markup in targets: a target cell read by the table engine (the task pane, the CLI) and the
 * same target given to TARGET_MET through the built bundle are read alike, pasted HTML dropped and a `<`
 * that starts no tag kept as a comparator.
 */
import { checkSheet } from '../../src/core/tables';
import type { Grid } from '../../src/core';
import { isExcelError, loadFunctionsBundle } from '../support/functionsHarness';

const sv = loadFunctionsBundle({ displayLanguage: 'sv-SE' });

const CASES: Array<[target: string, outcome: number | string]> = [
  ['Väntetid <tre månader för >90 % av patienterna', 0.93],
  ['Väntetid <tre månader för >90 % av patienterna', 0.85],
  ['<b>≥ 90 %</b>', 0.93],
  ['<b>≥ 90 %</b>', 0.8],
  ['&lt; 5 %', 0.04],
  ['&lt; 5 %', 0.06],
  ['< 2,5 per 100 vårdplatser', 3],
  ['Minst 80 % &amp; ska öka', 0.9],
];

describe('a target with markup-like text', () => {
  const grid: Grid = {
    sheet: 'Indikatorer',
    top: 1,
    left: 1,
    cells: [['Indikator', 'Målvärde', 'Utfall'], ...CASES.map(([target, outcome], i) => [`Indikator ${i + 1}`, target, outcome])],
  };
  const tables = checkSheet(grid).tables;

  it('is judged by TARGET_MET as the indicator table judges it', () => {
    expect(tables).toHaveLength(1);
    const table = tables[0];
    if (table.kind !== 'indicators') throw new Error('expected an indicator table');
    const fromTable = table.indicators.map((i) => i.status);
    const fromFunction = CASES.map(([target, outcome]) => {
      const answer = sv.call('TARGET_MET', outcome, target);
      return isExcelError(answer) ? 'not-assessable' : answer ? 'met' : 'missed';
    });
    expect(fromTable).toEqual(fromFunction);
    // The rule keeps the comparators: the first target is a judged requirement, not "90 %" alone.
    expect(fromTable.slice(0, 6)).toEqual(['met', 'missed', 'met', 'missed', 'met', 'missed']);
  });
});
