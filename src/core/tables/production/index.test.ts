import { checkSheet } from '../checkSheet';
import { gridFromText } from '../shared/gridFromText';
import { formatMessage } from '../../../i18n/format';
import type { CellValue, Finding, Grid } from '../../types';
import { checkProduction } from '.';
import type { ProductionTable } from './types';
import { asPastedText, formats, hospitalTable, inpatientTable, readmissionTable, visitsTable, type Rows } from '../../../../test/fixtures/productionTables';

const grid = (rows: Rows, withFormats = true): Grid => ({
  cells: rows,
  top: 1,
  left: 1,
  sheet: 'Produktion',
  ...(withFormats ? { formats: formats(rows) } : {}),
});
const productionTables = (g: Grid): ProductionTable[] => checkSheet(g).tables.filter((t): t is ProductionTable => t.kind === 'production');
const errors = (g: Grid): Finding[] => {
  const check = checkSheet(g);
  return [...check.findings, ...check.tables.flatMap((t) => t.findings)].filter((f) => f.severity === 'error');
};
const where = (fs: Finding[]): string[] => fs.map((f) => `${f.cell} ${f.code}`);
const sv = (f: Finding): string => formatMessage('sv', f.message);
const changed = (rows: Rows, address: string, value: CellValue): Rows => {
  const copy = rows.map((r) => r.slice());
  copy[Number(address.slice(1)) - 1][address.charCodeAt(0) - 65] = value;
  return copy;
};

describe('the tables of the interim report, clean', () => {
  test.each([
    ['visits by period', visitsTable],
    ['inpatient care, total first, an empty group row', inpatientTable],
    ['per hospital, with a Summa: row', hospitalTable],
    ['readmissions by year', readmissionTable],
  ])('%s: one production table, no error, with formats, without them, and pasted as text', (_, table) => {
    for (const g of [grid(table()), grid(table(), false), gridFromText(asPastedText(table()), 1, 1, 'Produktion')]) {
      expect(productionTables(g)).toHaveLength(1);
      expect(where(errors(g))).toEqual([]);
    }
  });

  test('visits: each group is the sum of its two rows and the total the sum of the groups; two changes and a share', () => {
    const [table] = productionTables(grid(visitsTable()));
    expect(table.range).toBe('A1:H8');
    expect(table.subtotals.map((s) => [s.row, s.parts])).toEqual([
      [2, [3, 4]],
      [5, [6, 7]],
      [8, [2, 5]],
    ]);
    expect(table.subtotals[0].columns).toEqual([2, 3, 5, 6]);
    expect(table.derived).toEqual([
      { kind: 'change', column: 4, from: [2, 3], scale: 1, formula: 'change' },
      { kind: 'change', column: 7, from: [5, 6], scale: 1, formula: 'change' },
      { kind: 'share', column: 8, from: [5, 2], scale: 1, formula: 'ratio' },
    ]);
  });

  test('inpatient care: the total first sums the rows under it, the empty group row adding nothing', () => {
    const [table] = productionTables(grid(inpatientTable()));
    expect(table.subtotals.map((s) => [s.row, s.parts])).toEqual([[2, [3, 4, 5]]]);
  });

  test('per hospital and by year: the year and the hospital are labels, never summed', () => {
    const [hospital] = productionTables(grid(hospitalTable()));
    expect(hospital.columns.labels).toEqual([1, 2, 3]);
    expect(hospital.columns.figures).toEqual([4, 5, 6]);
    expect(hospital.subtotals.map((s) => [s.row, s.columns])).toEqual([[7, [4, 5]]]);
    expect(hospital.derived).toEqual([{ kind: 'share', column: 6, from: [5, 4], scale: 1, formula: 'ratio' }]);
    const [years] = productionTables(grid(readmissionTable()));
    expect(years.columns.labels).toEqual([1]);
    expect(years.subtotals).toEqual([]);
    expect(years.derived).toEqual([{ kind: 'share', column: 4, from: [3, 2], scale: 1, formula: 'ratio' }]);
  });
});

describe('each planted error is found at its row, with the figure expected', () => {
  test('a mistyped part whose own change also disagrees: at the part, naming its sum', () => {
    const found = errors(grid(changed(visitsTable(), 'B3', 29725)));
    expect(where(found)).toEqual(['B3 subtotal-mismatch']);
    expect(found[0].expected).toBe(29752);
    expect(sv(found[0])).toBe(
      '202204: ”Somatik” anger 29 725 men ser felskrivet ut: med 29 752 stämmer summan ”Läkarbesök” (31 180), och radens förändring stämmer också med 29 752',
    );
  });

  test('a mistyped part that nothing else gives away: at its sum, naming the parts', () => {
    const found = errors(grid(changed(visitsTable(), 'B3', 29753)));
    expect(where(found)).toEqual(['B2 subtotal-mismatch']);
    expect(found[0].expected).toBe(31181);
    expect(sv(found[0])).toBe(
      '202204: ”Läkarbesök” anger 31 180, men ”Somatik” 29 753 + ”Psykiatri” 1 428 = 31 181. Summan ”Totalt Antal besök” stämmer med 31 180, så troligen är en av delarna felskriven',
    );
  });

  test('a hard-coded total off by a digit: at the total', () => {
    const found = errors(grid(changed(visitsTable(), 'B8', 62309)));
    expect(where(found)).toEqual(['B8 subtotal-mismatch']);
    expect(found[0]).toMatchObject({ expected: 62308, actual: 62309, rowLabel: 'Totalt Antal besök', columnHeader: '202204' });
  });

  test('a mistyped subtotal: at the subtotal, its own total agreeing with its parts', () => {
    const found = errors(grid(changed(visitsTable(), 'E5', 8545)));
    expect(where(found)).toEqual(['E5 subtotal-mismatch']);
    expect(sv(found[0])).toContain('och summan ”Totalt Antal besök” stämmer också med 8 455');
  });

  test('a wrong change %', () => {
    const found = errors(grid(changed(visitsTable(), 'D3', 0.086)));
    expect(where(found)).toEqual(['D3 change-mismatch']);
    expect(found[0].expected).toBe(0.068);
    expect(sv(found[0])).toBe('Förändring %: 8,6 %, men 29 752 (202204) mot 27 864 (202104) ger 6,8 %');
  });

  test('a wrong share', () => {
    const found = errors(grid(changed(visitsTable(), 'H5', 0.282)));
    expect(where(found)).toEqual(['H5 share-mismatch']);
    expect(sv(found[0])).toBe('Distansbesök % av totalen 202204: 28,2 %, men 8 455 (Varav antal distansbesök 202204) av 31 128 (202204) ger 27,2 %');
  });

  test('a wrong Summa: figure: at the Summa: row, its share agreeing with the sum', () => {
    const found = errors(grid(changed(hospitalTable(), 'E7', 3386)));
    expect(where(found)).toEqual(['E7 subtotal-mismatch']);
    expect(found[0].expected).toBe(3368);
    expect(sv(found[0])).toBe(
      'Antal med LM-berättelse: ”Summa:” anger 3 386, men de 5 raderna ovanför (rad 2–6) = 3 368, och radens andel stämmer också med 3 368',
    );
  });

  test('a wrong yearly rate', () => {
    const found = errors(grid(changed(readmissionTable(), 'D4', 0.081)));
    expect(where(found)).toEqual(['D4 share-mismatch']);
    expect(found[0].expected).toBe(0.079);
  });

  test('a mistyped total written first, and a mistyped part under it', () => {
    expect(where(errors(grid(changed(inpatientTable(), 'B2', 9521))))).toEqual(['B2 subtotal-mismatch']);
    expect(where(errors(grid(changed(inpatientTable(), 'C4', 8601))))).toEqual(['C4 subtotal-mismatch']);
  });

  test('pasted as text, the same errors in the same cells', () => {
    const text = asPastedText(changed(visitsTable(), 'D3', 0.086));
    expect(where(errors(gridFromText(text)))).toEqual(['D3 change-mismatch']);
  });
});

describe('rounding: half a unit of the last digit shown is no error', () => {
  test('a share shown with one decimal, the exact figure 0,049 points away', () => {
    // 5 438 / 29 752 = 18,277 %: 18,3 % is right, 18,2 % is not.
    expect(where(errors(grid(changed(visitsTable(), 'H3', 0.183))))).toEqual([]);
    expect(where(errors(grid(changed(visitsTable(), 'H3', 0.182))))).toEqual(['H3 share-mismatch']);
  });

  test('a change shown without decimals by its format: 5 % for 5,036 % is right', () => {
    const rows = changed(visitsTable(), 'D2', 0.05);
    const fmt = formats(rows).map((r) => r.map((f, c) => (c === 3 && f ? '0%' : f)));
    expect(where(errors({ cells: rows, top: 1, left: 1, formats: fmt }))).toEqual([]);
  });

  test('amounts in thousands, rounded: parts that do not add up to the last digit are no error', () => {
    const rows: Rows = [
      ['Kostnad (mnkr)', '2025', '2024'],
      ['Somatik', 12.4, 11.9],
      ['Psykiatri', 3.4, 3.2],
      ['Primärvård', 5.1, 4.8],
      ['Totalt', 21.0, 19.8],
    ];
    // Typed in as shown: each figure's own decimals say what is shown.
    const [table] = productionTables(grid(rows, false));
    expect(table.subtotals.map((s) => [s.row, s.parts])).toEqual([[5, [2, 3, 4]]]);
    expect(where(errors(grid(rows, false)))).toEqual([]);
    expect(where(errors(grid(changed(rows, 'B5', 22.0), false)))).toEqual(['B5 subtotal-mismatch']);
  });
});

describe('never arithmetic on labels, and no relation where the figures show none', () => {
  test('hospital codes and row numbers are labels', () => {
    const rows: Rows = [
      ['Nr', 'Kod', 'Sjukhus', 'Antal 2025', 'Antal 2024'],
      [1, 51010, 'Sahlgrenska', 1200, 1100],
      [2, 51012, 'Östra', 800, 900],
      [3, 102022, 'Mölndal', 2000, 2000],
      [null, null, 'Summa', 4000, 4000],
    ];
    const [table] = productionTables(grid(rows));
    expect(table.columns.labels).toEqual([1, 2, 3]);
    expect(table.columns.figures).toEqual([4, 5]);
    expect(where(errors(grid(rows)))).toEqual([]);
  });

  test('averages and rates are not summed: a mean stay is days ÷ stays on every row, the total too', () => {
    const rows: Rows = [
      ['Klinik', 'Vårddagar', 'Vårdtillfällen', 'Medelvårdtid'],
      ['Medicin', 12400, 2480, 5.0],
      ['Kirurgi', 8100, 2700, 3.0],
      ['Ortopedi', 5200, 1300, 4.0],
      ['Totalt', 25700, 6480, 4.0],
    ];
    const [table] = productionTables(grid(rows, false));
    expect(table.derived).toEqual([{ kind: 'share', column: 4, from: [2, 3], scale: 1, formula: 'ratio' }]);
    expect(table.subtotals.map((s) => [s.row, s.columns])).toEqual([[5, [2, 3]]]);
    expect(where(errors(grid(rows, false)))).toEqual([]);
  });

  test('a table of figures with no sum, change or share in it is not a production table', () => {
    const rows: Rows = [
      ['Enhet', 'Antal 2025', 'Antal 2024'],
      ['Medicin', 1240, 1190],
      ['Kirurgi', 860, 910],
      ['Ortopedi', 1530, 1499],
    ];
    const check = checkSheet(grid(rows));
    expect(check.tables).toEqual([]);
    expect(check.lookedFor?.map((m) => m.key)).toEqual(['table.noVolumeTable', 'table.noIndicatorTable', 'table.noProductionTable']);
    expect(checkProduction(grid(rows)).findings.map((f) => `${f.cell} ${f.code} ${f.message.key}`)).toEqual(['A1 no-table table.noProductionTable']);
  });

  test('a sum a heading does not make an average of: a column that breaks every sum is no sum', () => {
    const rows: Rows = [
      ['Klinik', '2025', '2024', 'Vårdtid 2025'],
      ['Medicin', 2480, 2400, 5.1],
      ['Akut', 1200, 1100, 2.2],
      ['Summa medicin', 3680, 3500, 4.1],
      ['Kirurgi', 2700, 2600, 3.2],
      ['Ortopedi', 1300, 1350, 4.4],
      ['Summa kirurgi', 4000, 3950, 3.6],
    ];
    expect(where(errors(grid(rows, false)))).toEqual([]);
  });

  test('an error value in a figure column is an error of its own; the rest is still checked', () => {
    const found = errors(grid(changed(changed(visitsTable(), 'D4', { error: '#DIV/0!' }), 'H5', 0.282)));
    expect(where(found)).toEqual(['D4 formula-error', 'H5 share-mismatch']);
  });
});

describe('kinds do not share cells', () => {
  test('a volume table is checked as a volume table only; a production table beside it as a production table', () => {
    const volumes: Rows = [
      [null, 'uppdrag', 'bas', 'tillägg'],
      ['BUP', 760, 516, 244],
      ['VUP', 1200, 1000, 200],
      ['Totalsumma', 1960, 1516, 444],
    ];
    const visits = visitsTable();
    const cells: CellValue[][] = [
      ...volumes.map((r) => [...r, null, null, null, null]),
      [null, null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null],
      ...visits,
    ];
    const check = checkSheet({ cells, top: 1, left: 1 });
    expect(check.tables.map((t) => [t.kind, t.range])).toEqual([
      ['volumes', 'A1:D4'],
      ['production', 'A7:H14'],
    ]);
    // A wrong total in the volume table is the volume check's finding, not also a production one.
    const broken = cells.map((r) => r.slice());
    broken[3][1] = 1961;
    const found = checkSheet({ cells: broken, top: 1, left: 1 }).tables.flatMap((t) => t.findings.map((f) => `${t.kind} ${f.cell} ${f.code}`));
    expect(found).toEqual(['volumes B4 total-mismatch']);
  });
});

describe('periods written as dates', () => {
  test('month headings that are dates by their format are headings, and a column of dates labels its rows', () => {
    // 2025-01-01 and 2024-01-01 as Excel's serial numbers, shown as months.
    const rows: Rows = [
      ['Besök', 45658, 45292, 'Förändring %'],
      ['Somatik', 29752, 27864, 0.068],
      ['Psykiatri', 1428, 1821, -0.216],
      ['Totalt', 31180, 29685, 0.05],
    ];
    const fmt = rows.map((r, i) => r.map((_, c) => (i === 0 && (c === 1 || c === 2) ? 'mmm yyyy' : i > 0 && c === 3 ? '0.0%' : null)));
    const [table] = productionTables({ cells: rows, top: 1, left: 1, formats: fmt });
    expect(table.subtotals.map((s) => [s.row, s.parts])).toEqual([[4, [2, 3]]]);
    expect(table.derived.map((d) => [d.kind, d.column, d.from])).toEqual([['change', 4, [2, 3]]]);
  });
});

describe('rows that break down the row above them', () => {
  test('"Varav" rows are in no sum: the total is the sum of the rows it sums, and still checked', () => {
    const rows: Rows = [
      ['Besök', '2025', '2024'],
      ['Somatik', 29752, 27864],
      ['Varav akuta', 8120, 7933],
      ['Psykiatri', 1428, 1821],
      ['Varav akuta', 312, 290],
      ['Totalt', 31180, 29685],
    ];
    const [table] = productionTables(grid(rows, false));
    expect(table.subtotals.map((s) => [s.row, s.parts])).toEqual([[6, [2, 4]]]);
    expect(where(errors(grid(changed(rows, 'B6', 31190), false)))).toEqual(['B6 subtotal-mismatch']);
  });
});
