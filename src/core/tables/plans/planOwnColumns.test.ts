import { checkSheet } from '../checkSheet';
import type { CellValue, Grid } from '../../types';
import type { IndicatorTable } from '../indicators/types';
import { interimReportWithReference, PLAN_ROWS } from '../../../../test/fixtures/regionLayouts';
import { developmentConvention, statusConvention } from './ownConvention';
import { planOwnColumns } from './planOwnColumns';

function tablesOf(rows: (CellValue | undefined)[][], options?: { tolerance?: number }): IndicatorTable[] {
  const width = Math.max(...rows.map((r) => r.length));
  const grid: Grid = { cells: rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)), top: 1, left: 1 };
  return checkSheet(grid, options).tables as IndicatorTable[];
}

describe('statusConvention and developmentConvention', () => {
  test.each<[string, CellValue[], unknown]>([
    ['Mål-uppfyllelse ▲ □ ● ◆', [], { kind: 'symbols', legend: { met: '■', partly: '●', missed: '▲', notAssessable: '◆' } }],
    ['Mål-uppfyllelse ▲ □ ● ◆', ['□', null], { kind: 'symbols', legend: { met: '□', partly: '●', missed: '▲', notAssessable: '◆' } }],
    ['Måluppfyllelse', ['▲', '■'], { kind: 'symbols', legend: { met: '■', partly: '●', missed: '▲', notAssessable: '◆' } }],
    ['Status (grön/gul/röd)', [], { kind: 'colours', legend: { met: 'Grön', partly: 'Gul', missed: 'Röd', notAssessable: 'Grå' } }],
    ['Status', ['Green'], { kind: 'colours', legend: { met: 'Green', partly: 'Yellow', missed: 'Red', notAssessable: 'Grey' } }],
    ['Måluppfyllelse', ['Uppfyllt', null], { kind: 'words' }],
    ['Status', [], { kind: 'words' }],
  ])('status %s with cells %j', (heading, cells, expected) => {
    expect(statusConvention(heading, cells)).toEqual(expected);
  });

  test.each<[string, CellValue[], unknown]>([
    ['Utveck-ling ↓ ↑ →', [], { kind: 'symbols', legend: { better: '↑', unchanged: '→', worse: '↓' } }],
    ['Trend', ['⬆'], { kind: 'symbols', legend: { better: '⬆', unchanged: '→', worse: '↓' } }],
    ['Utveckling', ['Bättre'], { kind: 'words' }],
  ])('development %s with cells %j', (heading, cells, expected) => {
    expect(developmentConvention(heading, cells)).toEqual(expected);
  });
});

describe('planOwnColumns', () => {
  const tables = tablesOf(interimReportWithReference(), { tolerance: 0.1 });

  test('live formulas on every indicator row of every table on the sheet, reading a legend beside them', () => {
    const plan = planOwnColumns(tables, { tolerance: 0.1 })!;
    expect(plan.status).toEqual({ kind: 'symbols', legend: { met: '■', partly: '●', missed: '▲', notAssessable: '◆' } });
    expect(plan.development).toEqual({ kind: 'symbols', legend: { better: '↑', unchanged: '→', worse: '↓' } });
    // The tables reach column H; the legend starts two columns further, at J (labels) and K (symbols), from row 4.
    expect(plan.legend).toMatchObject({ top: 4, labelColumn: 10, symbolColumn: 11 });
    expect(plan.legend!.rows.map((r) => (r.kind === 'heading' ? 'heading' : `${r.key} ${r.symbol}`))).toEqual([
      'heading',
      'met ■',
      'partly ●',
      'missed ▲',
      'notAssessable ◆',
      'better ↑',
      'unchanged →',
      'worse ↓',
    ]);
    const at = (address: string) => plan.formulas.find((f) => f.address === address)?.formula;
    expect(at('F5')).toBe('=MALKOLL.TARGET_STATUS(E5,C5,H5,,MALKOLL.DIRECTION(B5),0.1,$K$5:$K$8)');
    // The development's direction as the engine took it: the name (row 7), the target's own comparator (row 14: "Högst 3 dagar"), none (row 17).
    expect(at('G7')).toBe('=MALKOLL.DEVELOPMENT(E7,H7,MALKOLL.DIRECTION(B7),,$K$9:$K$11)');
    expect(at('G14')).toBe('=MALKOLL.DEVELOPMENT(E14,H14,"≤",,$K$9:$K$11)');
    expect(at('G17')).toBe('=MALKOLL.DEVELOPMENT(E17,H17,,,$K$9:$K$11)');
    // "Bearbetas" has no development: its cell is left alone.
    expect(at('F23')).toBeDefined();
    expect(at('G23')).toBeUndefined();
    expect(plan.statusAreas).toEqual(['F5:F8', 'F13:F17', 'F21:F23', 'F27:F28']);
    expect(plan.overwrites).toEqual([]);
    expect(plan.range).toBe('F4:K28');
  });

  test('cells that hold something are listed, to be shown first', () => {
    const rows = interimReportWithReference();
    rows[6][5] = '▲'; // F7
    rows[6][6] = '↓'; // G7
    const plan = planOwnColumns(tablesOf(rows), {})!;
    expect(plan.overwrites).toEqual([
      { address: 'F7', value: '▲' },
      { address: 'G7', value: '↓' },
    ]);
    // Without a tolerance the argument is left out.
    expect(plan.formulas.find((f) => f.address === 'F7')?.formula).toBe('=MALKOLL.TARGET_STATUS(E7,C7,H7,,MALKOLL.DIRECTION(B7),,$K$5:$K$8)');
  });

  test('words need no legend; a development column without a reference column is said', () => {
    const rows: CellValue[][] = [
      ['Indikator', 'Mål', 'Utfall', 'Status', 'Trend'],
      ['Sjukfrånvaro', '7 %', 0.069, 'Uppfyllt', null],
    ];
    const plan = planOwnColumns(tablesOf(rows), {})!;
    expect(plan.status).toEqual({ kind: 'words' });
    expect(plan.legend).toBeUndefined();
    expect(plan.developmentWithoutReference).toBe(true);
    expect(plan.formulas).toEqual([{ address: 'D2', formula: '=MALKOLL.TARGET_STATUS(C2,B2,,,MALKOLL.DIRECTION(A2))' }]);
    expect(plan.overwrites).toEqual([{ address: 'D2', value: 'Uppfyllt' }]);
  });

  test('tables without columns of their own: nothing to plan', () => {
    expect(planOwnColumns(tablesOf(PLAN_ROWS))).toBeNull();
  });
});
