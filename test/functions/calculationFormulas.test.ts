/**
 * "Lägg till beräkningar" end to end, without Excel: the sample workbook (seed 000's volume table with an
 * Utfört column) is read as the CLI reads it, the core plans the formula columns, and every planned formula is
 * evaluated with the built custom functions as Excel would. The results must agree with the rules of
 * the prices and rules of docs/functions.md worked out independently here, row by row, to the krona.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseA1 } from '../../src/core';
import { checkIndicators } from '../../src/core/tables';
import { checkVolumes } from '../../src/core/tables';
import { planCalculations } from '../../src/core/tables';
import { planStatusColumn } from '../../src/core/tables';
import type { VolumeTable } from '../../src/core/tables';
import type { CellValue, Grid } from '../../src/core';
import { readWorkbookBytes } from '../../src/xlsx/readWorkbookBytes';
import { evaluateFormula } from '../support/formulaEvaluator';
import { isExcelError, loadFunctionsBundle } from '../support/functionsHarness';

const SAMPLE = path.resolve(__dirname, '..', '..', 'samples', 'malkoll-exempel.xlsx');

/** docs/functions.md: first visits 2 449 kr, treatments/operations 35 025 kr, colonoscopy/gastroscopy per hospital (SV 4 363). */
function expectedPrice(group: string | undefined, label: string): number {
  const g = (group ?? '').toLowerCase();
  if (g.startsWith('förstab')) return 2449;
  if (['behandling', 'utredning', 'operation/åtgärd'].includes(g)) return 35025;
  if (g === 'undersökning' && /^(koloskopi|gastroskopi)$/i.test(label)) return 4363;
  throw new Error(`no price rule for ${group} / ${label}`);
}

describe('the calculation columns agree with the functions and the rules', () => {
  const functions = loadFunctionsBundle({ displayLanguage: 'sv-SE' });
  let grid: Grid;
  let table: VolumeTable;

  beforeAll(async () => {
    const read = await readWorkbookBytes(fs.readFileSync(SAMPLE));
    if (!read.ok) throw new Error(`sample unreadable: ${read.code}`);
    grid = read.grids.find((g) => g.sheet === 'Volymer 2025')!;
    const check = checkVolumes(grid);
    table = check.tables[0] as VolumeTable;
    expect(table.columns.outcome).toBeDefined();
  });

  it('gives every data row its additional volume, reimbursement to the krona, and fulfilment to August', () => {
    const plan = planCalculations(table, { hospital: 'SV', month: 8 });
    if (!plan.ok) throw new Error('no plan');
    // The sheet after writing: the planned formulas evaluated in order, so the totals see the rows' results.
    const width = Math.max(...plan.value.columns.map((c) => c.column)) - grid.left + 1;
    const sheet: Grid = { ...grid, cells: grid.cells.map((row) => [...row, ...new Array(Math.max(0, width - row.length)).fill(null)]) };
    const results = new Map<string, unknown>();
    for (const { address, formula } of plan.value.cells) {
      const value = evaluateFormula(formula, sheet, functions);
      results.set(address, value);
      const p = parseA1(address)!;
      sheet.cells[p.row - sheet.top][p.column - sheet.left] = value as CellValue;
    }
    const col = (role: string) => plan.value.columns.find((c) => c.role === role)!.column;
    const at = (row: number, column: number) => results.get(`${String.fromCharCode(64 + column)}${row}`);

    let additionalSum = 0;
    let reimbursementSum = 0;
    const data = table.rows.filter((r) => r.kind === 'data');
    expect(data).toHaveLength(49); // 6 psychiatry, 22 first-visit, 19 operation, 2 examination rows in the seed
    for (const r of data) {
      const performed = r.outcome!;
      const additional = Math.min(Math.max(performed - r.base!, 0), r.additional!);
      const reimbursement = additional * expectedPrice(r.group, r.label);
      additionalSum += additional;
      reimbursementSum += reimbursement;
      expect([r.label, at(r.row, col('additional'))]).toEqual([r.label, additional]);
      expect([r.label, at(r.row, col('reimbursement'))]).toEqual([r.label, reimbursement]);
      const fulfilment = at(r.row, col('fulfilment'));
      if (r.total === 0)
        expect(isExcelError(fulfilment, '#N/A')).toBe(true); // no plan to compare with
      else expect(fulfilment).toBeCloseTo(performed / ((r.total! * 8) / 12), 12);
    }
    expect(at(plan.value.totalsRow, col('additional'))).toBe(additionalSum);
    expect(at(plan.value.totalsRow, col('reimbursement'))).toBe(reimbursementSum);
    expect(reimbursementSum).toBeGreaterThan(0);
  });

  it('prices colonoscopy by the hospital the controller picks', () => {
    const koloskopi = table.rows.find((r) => r.label === 'Koloskopi')!;
    for (const [hospital, price] of [
      ['SV', 4363],
      ['NU', 4848],
      ['SKAS', 4667],
      ['SU', 4808],
      ['SÄS', 4889],
    ] as const) {
      const plan = planCalculations(table, { hospital, month: 8 });
      if (!plan.ok) throw new Error('no plan');
      const column = plan.value.columns.find((c) => c.role === 'reimbursement')!.column;
      const cell = plan.value.cells.find((c) => parseA1(c.address)!.row === koloskopi.row && parseA1(c.address)!.column === column)!;
      const additional = Math.min(Math.max(koloskopi.outcome! - koloskopi.base!, 0), koloskopi.additional!);
      expect(evaluateFormula(cell.formula, grid, functions)).toBe(additional * price);
    }
  });
});

describe('the status column agrees with the task pane’s own evaluation', () => {
  it('gives every indicator of the sample the status the pane lists, through =MALKOLL.TARGET_STATUS', async () => {
    const read = await readWorkbookBytes(fs.readFileSync(SAMPLE));
    if (!read.ok) throw new Error('sample unreadable');
    const grid = read.grids.find((g) => g.sheet === 'Indikatorer')!;
    const table = checkIndicators(grid).tables[0];
    if (table.kind !== 'indicators') throw new Error('no indicator table');
    const plan = planStatusColumn(table);
    const functions = loadFunctionsBundle({ displayLanguage: 'sv-SE' });
    const label = { met: 'Uppfyllt', partly: 'Delvis uppfyllt', missed: 'Ej uppfyllt', 'not-assessable': 'Ej bedömbart' } as const;
    expect(table.indicators.length).toBeGreaterThan(20);
    for (const indicator of table.indicators) {
      const cell = plan.cells.find((c) => parseA1(c.address)!.row === indicator.row)!;
      expect([indicator.indicator, evaluateFormula(cell.formula, grid, functions)]).toEqual([indicator.indicator, label[indicator.status]]);
    }
  });
});
