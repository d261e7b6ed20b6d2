import { readWorkbook } from '../../src/taskpane/excel';
import { MARKS_KEY } from '../../src/taskpane/excel/records';
import { bigVolumeRows, indicatorRows, installFake, seedVolumeRows } from './workbooks';

describe('readWorkbook', () => {
  it('reads every sheet\'s used range in three syncs, skipping blank sheets', async () => {
    const fake = installFake({
      sheets: [
        { name: 'Volymer 2025', rows: seedVolumeRows() },
        { name: 'Tomt' },
        { name: 'Indikatorer', rows: indicatorRows(), top: 2, left: 2 },
      ],
      settings: { [MARKS_KEY]: JSON.stringify({ sheets: [{ sheet: 'Volymer 2025', cells: ['B30'] }] }) },
    });
    const read = await readWorkbook();
    if (!read.ok) throw new Error('read failed');
    expect(fake.log.syncs).toBe(3);
    expect(read.value.sheets.map((s) => [s.sheet, s.address])).toEqual([
      ['Volymer 2025', "'Volymer 2025'!A1:D61"],
      // The title row's trailing blanks are not part of the used range; the table's five columns are.
      ['Indikatorer', 'Indikatorer!B2:F13'],
    ]);
    expect(read.value.sheets[1].grid.top).toBe(2);
    expect(read.value.sheets[1].grid.left).toBe(2);
    expect(read.value.sheets[1].grid.cells[2]).toEqual(['Uppdrag', 'Indikator', 'Målvärde', 'Utfall', 'Föregående']);
    expect(read.value.sheetNames).toEqual(['Volymer 2025', 'Tomt', 'Indikatorer']);
    expect(read.value.marks).toEqual({ sheets: [{ sheet: 'Volymer 2025', cells: ['B30'] }] });
    expect(read.value.skipped).toEqual([]);
  });

  it('names a sheet too large to read at once instead of reading part of it', async () => {
    // A stray formula in the sheet's last column makes the used range 200 rows × 16 384 columns.
    const fake = installFake({ sheets: [{ name: 'Stor', rows: bigVolumeRows(100), formulas: { XFD200: '=1' } }, { name: 'Liten', rows: [['a', 1]] }] });
    const read = await readWorkbook();
    if (!read.ok) throw new Error('read failed');
    expect(read.value.skipped).toEqual([{ sheet: 'Stor', cells: 200 * 16_384 }]);
    expect(read.value.sheets.map((s) => s.sheet)).toEqual(['Liten']);
    expect(fake.log.maxCellsRead).toBe(2);
  });
});
