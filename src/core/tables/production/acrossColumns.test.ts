/**
 * Production arithmetic across the columns (test/fixtures/columnTables): a column that is the sum of
 * others, checked row by row with the wrong cell found on its row; a share of the total row; a bridge from
 * one year's figure to the next; and the tables of seed 000 where nothing is meant to add up.
 */
import { checkSheet } from '../checkSheet';
import { gridFromText } from '../shared/gridFromText';
import { formatMessage } from '../../../i18n/format';
import type { CellValue, Finding, Grid } from '../../types';
import type { ProductionTable } from './types';
import { fixtureText } from '../../../../test/fixtures/grids';
import { bridgeTable, careColumnsTable, careColumnsTotalFirst, shareOfTotalTable } from '../../../../test/fixtures/columnTables';
import { formats, type Rows } from '../../../../test/fixtures/productionTables';

const grid = (rows: Rows, withFormats = true): Grid => ({
  cells: rows,
  top: 1,
  left: 1,
  sheet: 'Produktion',
  ...(withFormats ? { formats: formats(rows) } : {}),
});
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
const production = (g: Grid): ProductionTable[] => checkSheet(g).tables.filter((t): t is ProductionTable => t.kind === 'production');

describe('a column that is the sum of other columns', () => {
  test('"Totalt" beside "Somatik", "Psykiatri" and "Primärvård" is checked on every row, clean', () => {
    const [table] = production(grid(careColumnsTable()));
    expect(table.columnSums).toEqual([{ column: 5, parts: [2, 3, 4], rows: [2, 3, 4, 5, 6] }]);
    expect(table.subtotals.map((s) => [s.row, s.parts])).toEqual([[6, [2, 3, 4, 5]]]);
    expect(where(errors(grid(careColumnsTable())))).toEqual([]);
    expect(where(errors(grid(careColumnsTable(), false)))).toEqual([]);
  });

  test('a mistyped part is found at its cell, on its row, not at its column’s total', () => {
    const found = errors(grid(changed(careColumnsTable(), 'C3', 6881)));
    expect(where(found)).toEqual(['C3 subtotal-mismatch']);
    expect(found[0].expected).toBe(6818);
    expect(sv(found[0])).toBe(
      'Psykiatri: ”Sjuksköterskebesök” anger 6 881 men ser felskrivet ut: med 6 818 stämmer summan ”Totalt antal besök” (12 009), och radens summa stämmer också med 6 818',
    );
  });

  test('a mistyped total of a row, and a mistyped figure of the total row, each at its cell', () => {
    expect(where(errors(grid(changed(careColumnsTable(), 'E4', 23745))))).toEqual(['E4 subtotal-mismatch']);
    expect(where(errors(grid(changed(careColumnsTable(), 'B6', 67260))))).toEqual(['B6 subtotal-mismatch']);
  });

  test('with the total first and no total row, the wrong row is found at its total, naming the parts', () => {
    expect(production(grid(careColumnsTotalFirst()))[0].columnSums).toEqual([{ column: 2, parts: [3, 4, 5], rows: [2, 3, 4, 5] }]);
    const found = errors(grid(changed(careColumnsTotalFirst(), 'D3', 6881)));
    expect(where(found)).toEqual(['B3 subtotal-mismatch']);
    expect(sv(found[0])).toBe('Totalt: ”Sjuksköterskebesök” anger 72 353, men ”Somatik” 24 310 + ”Psykiatri” 6 881 + ”Primärvård” 41 225 = 72 416');
  });

  test('periods beside each other are no sum of each other', () => {
    const rows: Rows = [
      ['Besök', 'Antal 2025', 'Antal 2024', 'Antal 2023'],
      ['Somatik', 29752, 27864, 26120],
      ['Psykiatri', 1428, 1821, 1755],
      ['Totalt', 31180, 29685, 27875],
    ];
    expect(production(grid(rows))[0].columnSums).toEqual([]);
  });
});

describe('a share of the total row', () => {
  test('each row divided by the total row, the wrong share found at its cell', () => {
    const [table] = production(grid(shareOfTotalTable()));
    expect(table.derived).toEqual([{ kind: 'share', column: 3, from: [2, 2], scale: 1, formula: 'ratio', wholeRow: 6 }]);
    expect(where(errors(grid(shareOfTotalTable())))).toEqual([]);
    const found = errors(grid(changed(shareOfTotalTable(), 'C3', 0.315)));
    expect(where(found)).toEqual(['C3 share-mismatch']);
    expect(sv(found[0])).toBe('Andel av totalen: 31,5 %, men 2 215 (2025) av 7 000 (”Totalt”) ger 31,6 %');
  });

  test('a mistyped total under it is the one finding: the shares it breaks are not reported again', () => {
    expect(where(errors(grid(changed(shareOfTotalTable(), 'B6', 7100))))).toEqual(['B6 subtotal-mismatch']);
  });
});

describe('a bridge from one year’s figure to the next', () => {
  test('adds up where its names show it: the closing row is the opening row and the changes between', () => {
    const [table] = production(grid(bridgeTable(), false));
    expect(table.subtotals.map((s) => [s.row, s.parts])).toEqual([[7, [2, 3, 4, 5, 6]]]);
    const found = errors(grid(changed(bridgeTable(), 'B5', 1250), false));
    expect(where(found)).toEqual(['B7 subtotal-mismatch']);
    expect(sv(found[0])).toContain('”Ersättning uppdrag 2025” anger 2 999 410, men ”Ersättning uppdrag 2025 (Dnr OSN-2024-00190)” 2 948 310 + ');
  });

  test('where the names do not show it, a sum that does not hold in its one column is no relation', () => {
    const rows = changed(changed(bridgeTable(), 'A7', 'Ersättning länssjukvård'), 'B5', 1250);
    expect(errors(grid(rows, false))).toEqual([]);
  });
});

describe('seed 000’s tables where nothing is meant to add up', () => {
  const text = fixtureText('seed-000.txt').split('\n');
  const excerpt = (from: string, to: string): string => {
    const start = text.findIndex((l) => l.includes(from));
    const end = text.findIndex((l, i) => i > start && l.includes(to));
    return text.slice(start, end + 1).join('\n');
  };

  test.each([
    ['the price table by hospital, with "-" for none', excerpt('Belopp (kr)', 'Pris/vårddygn R-vård')],
    ['the reimbursement table with its "Varav" rows', excerpt('<b>Ersättning 2025 (tusen kronor)</b>', '<b>Ersättning uppdrag 2025</b>')],
    ['the hospital prices for colonoscopy', excerpt('Sjukhusen i väster\tNU-sjukvården', '4 363')],
  ])('%s gives no finding', (_, table) => {
    const check = checkSheet(gridFromText(table, 1, 1, 'Seed 000'));
    expect([...check.findings, ...check.tables.flatMap((t) => t.findings)]).toEqual([]);
  });

  test('the whole seed: its reimbursement bridge is checked, nothing else is a finding of a production table', () => {
    const check = checkSheet(gridFromText(text.join('\n'), 1, 1, 'Uppdrag 2025'));
    expect(check.tables.filter((t) => t.kind === 'production').flatMap((t) => t.findings)).toEqual([]);
  });
});
