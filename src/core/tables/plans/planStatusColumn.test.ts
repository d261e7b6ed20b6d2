import { checkIndicators } from '../indicators';
import { planStatusColumn } from './planStatusColumn';
import type { IndicatorTable } from '../indicators/types';
import type { CellValue } from '../../types';

function table(rows: CellValue[][], top = 1, left = 1): IndicatorTable {
  return checkIndicators({ cells: rows, top, left }).tables[0] as IndicatorTable;
}

describe('planStatusColumn', () => {
  test("just right of the table, relative references to each row's own cells, the direction read from the name", () => {
    const t = table([
      ['Indikator', 'Målvärde', 'Utfall', 'Källa'],
      ['Beläggningsgrad, somatisk vård', '≤ 90 %', 0.95, 'Power BI'],
      ['Medelvårdtid', null, null, null], // a name alone: listed as not assessable, and given its status too
      ['Digitala kallelser', 'Ska öka', null, null],
    ]);
    expect(planStatusColumn(t)).toEqual({
      column: 5,
      headerCell: { address: 'E1', value: 'Status' },
      cells: [
        { address: 'E2', formula: '=MALKOLL.TARGET_STATUS(C2,B2,,,MALKOLL.DIRECTION(A2))' },
        { address: 'E3', formula: '=MALKOLL.TARGET_STATUS(C3,B3,,,MALKOLL.DIRECTION(A3))' },
        { address: 'E4', formula: '=MALKOLL.TARGET_STATUS(C4,B4,,,MALKOLL.DIRECTION(A4))' },
      ],
      range: 'E1:E4',
    });
  });

  test('a middle argument the table lacks is left empty between commas', () => {
    const t = table(
      [
        ['Styrmått', 'Mål', 'Utfall', 'Riktning'],
        ['Medelvårdtid', '5', 5.3, 'Lägre är bättre'],
      ],
      3,
      2,
    );
    const plan = planStatusColumn(t);
    expect(plan.headerCell.address).toBe('F3');
    expect(plan.cells).toEqual([{ address: 'F4', formula: '=MALKOLL.TARGET_STATUS(D4,C4,,,E4)' }]);
  });

  test('every optional column in its place', () => {
    const t = table([
      ['Indikator', 'Målvärde', 'Utfall', 'Föregående', 'Kön', 'Riktning'],
      ['Andel rökare', 'M: 17,2 % K: 16 %', 0.15, 0.16, 'K', 'Lägre är bättre'],
    ]);
    expect(planStatusColumn(t).cells).toEqual([{ address: 'G2', formula: '=MALKOLL.TARGET_STATUS(C2,B2,D2,E2,F2)' }]);
  });

  test('the name cell is where the name was read: the nearest text left of an empty indicator cell', () => {
    const t = table([
      ['Framgångsfaktor', 'Styrmått', 'Mål', 'Periodens utfall'],
      ['Överbeläggningar', null, '2,5', 3.1],
    ]);
    expect(planStatusColumn(t).cells).toEqual([{ address: 'E2', formula: '=MALKOLL.TARGET_STATUS(D2,C2,,,MALKOLL.DIRECTION(A2))' }]);
  });

  test('a table whose one indicator has a name and nothing else plans its row, and has no finding', () => {
    const t = table([
      ['Indikator', 'Målvärde', 'Utfall'],
      ['Redovisning av hur medlen använts', null, null],
    ]);
    expect(t.findings).toEqual([]);
    expect(planStatusColumn(t)).toEqual({
      column: 4,
      headerCell: { address: 'D1', value: 'Status' },
      cells: [{ address: 'D2', formula: '=MALKOLL.TARGET_STATUS(C2,B2,,,MALKOLL.DIRECTION(A2))' }],
      range: 'D1:D2',
    });
  });
});
