import { settlementPlan } from '../../core/settlement';
import { renderPlan } from '../../settle/renderPlan';
import { cleanRound, settled } from '../../../test/fixtures/roundWorkbooks';
import { jsonBytes } from '../excel/payload';
import { writeRequests } from '../excel/settlementRequests';
import { digestText, freeSheetNames, layoutRange, sheetLayout } from './settlementSheets';

describe('the settlement as sheets of the open workbook', () => {
  const settlement = settled({ ...cleanRound(8), month: 8 });
  const sheets = renderPlan(settlementPlan(settlement, 'Målkoll test'), 'sv');

  it("never takes a sheet's name: a taken one (in any case) gets a number, within 31 characters and without the characters Excel refuses", () => {
    expect(freeSheetNames(['Översikt', 'Rader', 'Avvikelser'], ['översikt', 'SU', 'Rader', 'Rader (2)'])).toEqual(['Översikt (2)', 'Rader (3)', 'Avvikelser']);
    const long = freeSheetNames(['Avräkning: 2025/08 [alla sjukhus i regionen]'], ['Avräkning- 2025-08 -alla sjukhus'])[0];
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long).not.toMatch(/[\\/?*[\]:]/);
    // Two names of the settlement that would come out alike are told apart too.
    expect(freeSheetNames(['Regler', 'regler'], [])).toEqual(['Regler', 'regler (2)']);
  });

  it('lays each sheet out as the .xlsx writer does: title, header, rows, footer; figures formatted by their column, text kept as text', () => {
    const overview = sheetLayout(sheets[0], 'Översikt');
    expect(overview.cells[0][0]).toBe('Avräkning t.o.m. augusti, proportionell regel');
    expect(overview.cells[1].slice(0, 3)).toEqual(['Sjukhus', 'Fil', 'Status']);
    const sv = overview.cells.find((r) => r[0] === 'SV')!;
    expect(sv[8]).toBe(settlement.hospitals.find((h) => h.hospital === 'SV')!.totals.reimbursement);
    const at = overview.cells.indexOf(sv);
    expect(overview.formats[at][0]).toBe('@');
    expect(overview.formats[at][8]).toBe('#,##0 "kr"');
    expect(overview.formats[at][7]).toBe('0.0 %');
    expect(overview.formats[0][0]).toBe('@');
    const region = overview.cells.length;
    expect(overview.cells[region - 1][0]).toBe('Regionen');
    expect(overview.boldRows).toEqual([1, 2, region - 1, region]);
    expect(overview.filter).toBe(`A2:K${2 + settlement.hospitals.length}`);
    expect(overview.frozenRows).toBe(2);
    expect(layoutRange(overview)).toBe(`A1:K${region}`);
    expect(overview.cells.every((r) => r.length === overview.width)).toBe(true);
    const rules = sheetLayout(sheets[4], 'Regler');
    expect(rules.filter).toBeNull();
  });

  it('cuts the cells into requests under the budget, every row once and in order', () => {
    const layouts = sheets.map((s) => sheetLayout(s, s.name));
    expect(writeRequests(layouts, 4_000_000)).toHaveLength(1);
    const budget = 6_000;
    const requests = writeRequests(layouts, budget);
    expect(requests.length).toBeGreaterThan(3);
    for (const pieces of requests) {
      const bytes = pieces.reduce((n, p) => n + p.cells.reduce((m, r, i) => m + jsonBytes(r) + jsonBytes(p.formats[i]) + r.length, 0), 0);
      expect(bytes).toBeLessThanOrEqual(budget);
    }
    layouts.forEach((layout, sheet) => {
      const rows = requests.flat().filter((p) => p.sheet === sheet);
      expect(rows.flatMap((p) => p.cells)).toEqual(layout.cells);
      expect(rows.map((p) => p.firstRow)).toEqual(rows.map((_, i) => 1 + rows.slice(0, i).reduce((n, p) => n + p.cells.length, 0)));
    });
  });

  it("takes the digest's text without the sheet's name, so that a renamed sheet is not a changed one", () => {
    expect(digestText("'Översikt (2)'!A1:K8", [['a', 1]])).toBe(digestText('Ny!$A$1:$K$8', [['a', 1]]));
    expect(digestText('X!A1:K8', [['a', 1]])).not.toBe(digestText('X!A1:K8', [['a', 2]]));
  });
});
