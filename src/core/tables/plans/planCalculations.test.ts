import { checkVolumes } from '../volumes';
import { describeRowPriceKind, planCalculations } from './planCalculations';
import type { CalculationPlan } from './types';
import type { VolumeTable } from '../volumes/types';
import type { Grid, Result } from '../../types';
import { formatMessage } from '../../../i18n/format';
import { asExcelWouldHold, pastedGrid, withCell } from '../../../../test/fixtures/grids';

/** The seed 000 table as Excel holds it, with an "Utfört" column E (outcomes not filled in: formulas do not need them). */
function seedWithOutcomeColumn(): Grid {
  const grid = asExcelWouldHold(pastedGrid('seed-000-volumes.tsv'));
  return withCell({ ...grid, cells: grid.cells.map((row) => [...row, null]) }, 'E1', 'Utfört');
}
const tableOf = (grid: Grid) => checkVolumes(grid).tables[0] as VolumeTable;
function planOf(result: Result<CalculationPlan>): CalculationPlan {
  if (!result.ok) throw new Error(`expected a plan, got ${result.message.key}`);
  return result.value;
}
const formulaAt = (plan: CalculationPlan, address: string) => plan.cells.find((c) => c.address === address)?.formula;

describe('planCalculations on the seed table', () => {
  const plan = planOf(planCalculations(tableOf(seedWithOutcomeColumn()), { hospital: 'SV', month: 8 }));

  test('three columns right of the table, headings in the header row', () => {
    expect(plan.columns.map((c) => [c.role, c.column, c.header.address])).toEqual([
      ['additional', 6, 'F1'],
      ['reimbursement', 7, 'G1'],
      ['fulfilment', 8, 'H1'],
    ]);
    expect(formatMessage('sv', plan.columns[2].header.message)).toBe('Måluppfyllelse t.o.m. månad 8');
    expect(plan.range).toBe('F1:H61');
  });

  test('first visits: Allmän kirurgi paid as a visit', () => {
    expect(formulaAt(plan, 'F15')).toBe('=MALKOLL.ADDITIONAL_VOLUME(E15,C15,D15)');
    expect(formulaAt(plan, 'G15')).toBe('=MALKOLL.REIMBURSEMENT(E15,C15,D15,MALKOLL.UNIT_PRICE("besök","SV"))');
    expect(formulaAt(plan, 'H15')).toBe('=MALKOLL.FULFILMENT(E15,B15,8)');
  });

  test('operations as treatments, psychiatric investigations as treatments (the default reading), endoscopies by name', () => {
    expect(formulaAt(plan, 'G40')).toBe('=MALKOLL.REIMBURSEMENT(E40,C40,D40,MALKOLL.UNIT_PRICE("behandling","SV"))');
    expect(formulaAt(plan, 'G7')).toBe('=MALKOLL.REIMBURSEMENT(E7,C7,D7,MALKOLL.UNIT_PRICE("behandling","SV"))');
    expect(formulaAt(plan, 'G59')).toBe('=MALKOLL.REIMBURSEMENT(E59,C59,D59,MALKOLL.UNIT_PRICE("gastroskopi","SV"))');
    expect(formulaAt(plan, 'G60')).toBe('=MALKOLL.REIMBURSEMENT(E60,C60,D60,MALKOLL.UNIT_PRICE("koloskopi","SV"))');
  });

  test("formulas on data rows only; the sums on the table's own totals row", () => {
    expect(plan.cells.filter((c) => /^[FGH](2|3|12|13|36|37|38|58)$/.test(c.address))).toEqual([]);
    expect(plan.totalsRow).toBe(61);
    expect(formulaAt(plan, 'F61')).toBe('=SUM(F4:F60)');
    expect(formulaAt(plan, 'G61')).toBe('=SUM(G4:G60)');
    expect(formulaAt(plan, 'H61')).toBeUndefined();
    expect(plan.cells).toHaveLength(49 * 3 + 2);
  });

  test('the report states the price kind of every row', () => {
    expect(plan.priceKinds).toHaveLength(49);
    const count = (kind: string) => plan.priceKinds.filter((p) => p.kind === kind).length;
    // Psykiatri: 2 first visits; 2 + 2 investigations and treatments. Somatik: 22 first visits, 19 operations, 2 endoscopies.
    expect([count('besök'), count('behandling'), count('gastroskopi'), count('koloskopi')]).toEqual([24, 23, 1, 1]);
    expect(plan.unpriced).toEqual([]);
    expect(plan.priceKinds[0]).toEqual({ row: 4, label: 'BUP', section: 'Psykiatri', group: 'Förstabetesök', kind: 'besök' });
    expect(formatMessage('en', describeRowPriceKind(plan.priceKinds[0]))).toBe('BUP (Förstabetesök): paid as visit');
  });
});

describe('planCalculations options', () => {
  test('no hospital: visits priced without one, endoscopies listed as needing one; no month: the whole year', () => {
    const plan = planOf(planCalculations(tableOf(seedWithOutcomeColumn()), { hospital: null, month: null }));
    expect(formulaAt(plan, 'G15')).toBe('=MALKOLL.REIMBURSEMENT(E15,C15,D15,MALKOLL.UNIT_PRICE("besök"))');
    expect(formulaAt(plan, 'H15')).toBe('=MALKOLL.FULFILMENT(E15,B15)');
    expect(formulaAt(plan, 'G60')).toBeUndefined();
    expect(formulaAt(plan, 'F60')).toBe('=MALKOLL.ADDITIONAL_VOLUME(E60,C60,D60)');
    expect(plan.unpriced.map((p) => [p.row, p.kind, p.unpriced])).toEqual([
      [59, 'gastroskopi', 'no-hospital'],
      [60, 'koloskopi', 'no-hospital'],
    ]);
    expect(formatMessage('sv', describeRowPriceKind(plan.unpriced[1]))).toBe(
      'Koloskopi (Undersökning): koloskopi har pris per sjukhus; välj sjukhus för att räkna ersättning',
    );
  });

  test('a changed mapping: psychiatric investigations paid as visits', () => {
    const mapping = [
      { group: 'Förstabetesök', kind: 'besök' as const },
      { group: 'Utredning', kind: 'besök' as const },
    ];
    const plan = planOf(planCalculations(tableOf(seedWithOutcomeColumn()), { hospital: 'SÄS', month: 4, mapping }));
    expect(formulaAt(plan, 'G7')).toBe('=MALKOLL.REIMBURSEMENT(E7,C7,D7,MALKOLL.UNIT_PRICE("besök","SÄS"))');
    expect(formulaAt(plan, 'G10')).toBeUndefined(); // Behandling is not in this mapping
    expect(plan.unpriced.find((p) => p.row === 10)).toMatchObject({ label: 'BUP', group: 'Behandling', kind: null, unpriced: 'no-price-kind' });
    expect(plan.mapping).toBe(mapping);
  });

  test('a table without a totals row gets its sums just below; quotes in a hospital name are doubled', () => {
    const grid: Grid = {
      cells: [
        ['Specialitet', 'Uppdrag', 'Bas', 'Tillägg', 'Utfört'],
        ['Förstabesök', null, null, null, null],
        ['Allmän kirurgi', 8100, 6336, 1764, 7000],
        ['Hud', 5500, 3858, 1642, 4000],
      ],
      top: 2,
      left: 1,
    };
    const plan = planOf(planCalculations(tableOf(grid), { hospital: 'Sjukhus "Väst"', month: 12 }));
    expect(plan.totalsRow).toBe(6);
    expect(formulaAt(plan, 'F6')).toBe('=SUM(F4:F5)');
    expect(formulaAt(plan, 'G4')).toBe('=MALKOLL.REIMBURSEMENT(E4,C4,D4,MALKOLL.UNIT_PRICE("besök","Sjukhus ""Väst"""))');
  });

  test('no outcome column, or a bad month: a failure with a message, not a plan', () => {
    const noOutcome = planCalculations(tableOf(asExcelWouldHold(pastedGrid('seed-000-volumes.tsv'))), { hospital: 'SV', month: 8 });
    expect(noOutcome).toMatchObject({ ok: false, error: 'value', message: { key: 'table.calc.noOutcomeColumn' } });
    const badMonth = planCalculations(tableOf(seedWithOutcomeColumn()), { hospital: 'SV', month: 13 });
    expect(badMonth).toMatchObject({ ok: false, message: { key: 'table.calc.badMonth' } });
  });
});
