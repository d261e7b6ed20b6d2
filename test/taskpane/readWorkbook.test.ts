import { createReport, readWorkbook } from '../../src/taskpane/excel';
import { MARKS_KEY } from '../../src/taskpane/excel/records';
import { bigVolumeRows, indicatorRows, installFake, seedVolumeRows } from './workbooks';

describe('readWorkbook', () => {
  it("reads every sheet's used range in three syncs, skipping blank sheets", async () => {
    const fake = installFake({
      sheets: [{ name: 'Volymer 2025', rows: seedVolumeRows() }, { name: 'Tomt' }, { name: 'Indikatorer', rows: indicatorRows(), top: 2, left: 2 }],
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
    // A record written before sheet ids were stored still reads.
    expect(read.value.marks).toEqual({ sheets: [{ sheet: 'Volymer 2025', cells: ['B30'] }] });
    // Each sheet comes with its id, which stays when the sheet is renamed.
    expect(new Set(read.value.sheets.map((s) => s.sheetId)).size).toBe(2);
    expect(read.value.skipped).toEqual([]);
  });

  it('names a sheet too large to read at once instead of reading part of it', async () => {
    // A stray formula in the sheet's last column makes the used range 200 rows × 16 384 columns.
    const fake = installFake({
      sheets: [
        { name: 'Stor', rows: bigVolumeRows(100), formulas: { XFD200: '=1' } },
        { name: 'Liten', rows: [['a', 1]] },
      ],
    });
    const read = await readWorkbook();
    if (!read.ok) throw new Error('read failed');
    expect(read.value.skipped).toEqual([{ sheet: 'Stor', cells: 200 * 16_384, reason: 'too-large' }]);
    expect(read.value.sheets.map((s) => s.sheet)).toEqual(['Liten']);
    expect(fake.log.maxCellsRead).toBe(2);
  });

  it('loads at most 750 000 cell properties in one sync, skipping and naming the sheets past that', async () => {
    // Three sheets of 100 000 cells each (a note in CV1000 stretches the used range to 100 columns × 1 000
    // rows): values, types and formats of two fill 600 000 of the 750 000 a sync may carry, so the third is skipped.
    const sheet = (name: string) => ({ name, rows: seedVolumeRows(), formulas: { CV1000: '="notering"' } });
    const fake = installFake({ sheets: [sheet('Jan'), sheet('Feb'), sheet('Mar'), { name: 'Liten', rows: [['a', 1]] }] });
    const read = await readWorkbook();
    if (!read.ok) throw new Error('read failed');
    expect(read.value.sheets.map((s) => s.sheet)).toEqual(['Jan', 'Feb', 'Liten']);
    expect(read.value.skipped).toEqual([{ sheet: 'Mar', cells: 100_000, reason: 'over-budget' }]);
    expect(fake.log.maxCellsPerSync).toBeLessThanOrEqual(750_000);
    expect(fake.log.syncs).toBe(3);
  });

  it('reads the report sheets Målkoll created too, marked as the settings list them (even renamed): their content decides', async () => {
    const fake = installFake({ sheets: [{ name: 'Volymer 2025', rows: seedVolumeRows() }] });
    await createReport({
      sheetName: 'Kontroll',
      title: 'Kontrollrapport',
      lines: [['Tabell', "'Volymer 2025'!A1:D61"]],
      headers: ['Cell', 'Kod'],
      rows: [['C31', 'sum-mismatch']],
    });
    fake.renameSheet('Kontroll', 'Rapport till ekonomichefen');
    const read = await readWorkbook();
    if (!read.ok) throw new Error('read failed');
    expect(read.value.sheets.map((s) => [s.sheet, s.listedAsReport ?? false])).toEqual([
      ['Volymer 2025', false],
      ['Rapport till ekonomichefen', true],
    ]);
    expect(read.value.skipped).toEqual([]);
    expect(read.value.sheetNames).toEqual(['Volymer 2025', 'Rapport till ekonomichefen']);
  });
});
