import { checkSheet, checkVolumes } from '../../src/core/tables';
import { formatMessage } from '../../src/i18n/format';
import { createReport, readTable, selectRange } from '../../src/taskpane/excel';
import { markCells } from '../../src/taskpane/excel';
import { bigVolumeRows, installFake, rowOf, seedVolumeRows } from './workbooks';
import type { FakeCellValue } from '../fakes/fake-excel';

describe('readTable', () => {
  it('reads the seed table from the used range in two syncs, figures as numbers and blanks as null', async () => {
    const rows = seedVolumeRows();
    const fake = installFake({ sheets: [{ name: 'Volymer 2025', rows }], selection: 'F3' });
    const read = await readTable();
    if (!read.ok) throw new Error(JSON.stringify(read.message));
    expect(fake.log.syncs).toBe(2);
    expect(read.value.source).toBe('used-range');
    expect(read.value.range).toBe('A1:D61');
    expect(read.value.address).toBe("'Volymer 2025'!A1:D61");
    expect(read.value.grid.top).toBe(1);
    expect(read.value.grid.left).toBe(1);
    expect(read.value.grid.sheet).toBe('Volymer 2025');
    expect(read.value.grid.cells[0]).toEqual([null, 'uppdrag', 'SV bas', 'tillägg']);
    const ortopedi = rowOf(rows, 'Ortopedi');
    expect(read.value.grid.cells[ortopedi - 1]).toEqual(['Ortopedi', 11080, 8143, 2937]);
    expect(read.value.grid.cells[60]).toEqual(['Totalsumma', 82605, 59297, 23308]);
    expect(read.value.sheetNames).toEqual(['Volymer 2025']);
    expect(read.value.marks).toBeNull();
  });

  it('gives the core a grid in which the seed table is clean and one broken figure is flagged at its cell', async () => {
    const rows = seedVolumeRows();
    installFake({ sheets: [{ name: 'Volymer 2025', rows }] });
    const clean = await readTable();
    if (!clean.ok) throw new Error('read failed');
    const cleanCheck = checkVolumes(clean.value.grid);
    expect(cleanCheck.tables).toHaveLength(1);
    expect(cleanCheck.tables[0].findings.filter((f) => f.severity === 'error')).toEqual([]);

    const ortopedi = rowOf(rows, 'Ortopedi');
    rows[ortopedi - 1][2] = 8134; // bas 8 143 mistyped: 8 134 + 2 937 = 11 071 ≠ 11 080
    installFake({ sheets: [{ name: 'Volymer 2025', rows }] });
    const broken = await readTable();
    if (!broken.ok) throw new Error('read failed');
    const errors = checkVolumes(broken.value.grid).tables[0].findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.code)).toContain('sum-mismatch');
    expect(errors.find((f) => f.code === 'sum-mismatch')?.row).toBe(ortopedi);
  });

  it('reads a multi-cell selection, not the whole sheet', async () => {
    const fake = installFake({ sheets: [{ name: 'Blad1', rows: seedVolumeRows() }], selection: 'A1:D10' });
    const read = await readTable();
    if (!read.ok) throw new Error('read failed');
    expect(read.value.source).toBe('selection');
    expect(read.value.range).toBe('A1:D10');
    expect(read.value.grid.cells).toHaveLength(10);
    expect(read.value.clippedFrom).toBeUndefined();
    expect(fake.log.maxCellsRead).toBe(40);
  });

  it('reads the first area of a selection of several (Excel refuses getSelectedRange for it) and says how many there were', async () => {
    const fake = installFake({ sheets: [{ name: 'Blad1', rows: seedVolumeRows() }], selection: 'A1:D10,F3,A20:B21' });
    const read = await readTable();
    if (!read.ok) throw new Error(`read failed: ${JSON.stringify(read.message)}`);
    expect(read.value.source).toBe('selection');
    expect(read.value.range).toBe('A1:D10');
    expect(read.value.selectedAreas).toBe(3);
    expect(fake.log.maxCellsRead).toBe(40);
    expect(fake.log.syncs).toBe(2);
  });

  it('clips a selection of whole columns to the used range before reading a single value', async () => {
    const fake = installFake({ sheets: [{ name: 'Blad1', rows: seedVolumeRows(), top: 3, left: 2 }], selection: 'A:E' });
    const read = await readTable();
    if (!read.ok) throw new Error('read failed');
    expect(read.value.range).toBe('B3:E63');
    expect(read.value.clippedFrom).toBe('Blad1!A:E');
    expect(read.value.grid.top).toBe(3);
    expect(read.value.grid.left).toBe(2);
    // 61 rows × 4 columns, not 1 048 576 rows × 5.
    expect(fake.log.maxCellsRead).toBe(61 * 4);
    expect(fake.log.syncs).toBe(2);
  });

  it("turns error cells into the core's error values and leaves text that only looks like one alone", async () => {
    installFake({
      sheets: [
        {
          name: 'Blad1',
          rows: [
            [null, 'uppdrag', 'bas', 'tillägg'],
            ['BUP', '#REF!', 516, '8 100'],
          ],
        },
      ],
    });
    const read = await readTable();
    if (!read.ok) throw new Error('read failed');
    expect(read.value.grid.cells[1]).toEqual(['BUP', { error: '#REF!' }, 516, '8 100']);
  });

  it('says so when the selection holds nothing, and when the sheet is empty', async () => {
    installFake({ sheets: [{ name: 'Blad1', rows: [['a', 1]] }], selection: 'F10:G20' });
    const outside = await readTable();
    expect(outside).toEqual({ ok: false, message: { key: 'pane.read.emptySelection', params: { address: 'Blad1!F10:G20' } } });
    installFake({ sheets: [{ name: 'Tomt' }] });
    expect(await readTable()).toEqual({ ok: false, message: { key: 'pane.read.emptySheet', params: { sheet: 'Tomt' } } });
  });

  it.each([
    ['InvalidSelection', 'pane.error.invalidSelection', 'Markera celler (inte ett diagram eller en bild)'],
    ['AccessDenied', 'pane.error.accessDenied', 'bladet eller arbetsboken är skyddad'],
    ['ItemNotFound', 'pane.error.itemNotFound', 'finns inte längre'],
    ['ResponsePayloadSizeLimitExceeded', 'pane.error.payloadTooLarge', 'Markera tabellen i stället för hela bladet'],
    ['InvalidOperationInCellEditMode', 'pane.error.cellEditMode', 'Tryck Enter eller Esc'],
    ['InvalidArgument', 'pane.error.excel', 'Försök igen'],
  ])("turns Excel's %s into advice naming the code, never a throw", async (code, key, advice) => {
    (globalThis as unknown as { Excel: unknown }).Excel = {
      run: () => Promise.reject(Object.assign(new Error('boom'), { code })),
    };
    const read = await readTable();
    expect(read).toEqual({ ok: false, message: { key, params: { code } } });
    if (read.ok) return;
    expect(formatMessage('sv', read.message)).toContain(advice);
    expect(formatMessage('sv', read.message)).toContain(code);
    expect(formatMessage('en', read.message)).toContain(code);
  });

  it('refuses a range too large to read in one round trip, without loading a value', async () => {
    // A stray note in Z12000 makes the used range 26 columns × 12 000 rows: 312 000 cells.
    const fake = installFake({ sheets: [{ name: 'Blad1', rows: seedVolumeRows(), formulas: { Z12000: '="notering"' } }] });
    expect(await readTable()).toEqual({
      ok: false,
      message: { key: 'pane.read.tooLarge', params: { address: 'Blad1!A1:Z12000', cells: 312_000 } },
    });
    expect(fake.log.cellsRead).toBe(0);
    expect(fake.log.syncs).toBe(1);
  });

  it("reads a sheet the settings list as Målkoll's report like any other, in two syncs, and marks it: its content decides", async () => {
    const fake = installFake({ sheets: [{ name: 'Volymer 2025', rows: seedVolumeRows() }] });
    await createReport({ sheetName: 'Kontroll 2026-11-23 14.05', title: 'Kontrollrapport', lines: [], headers: ['Cell'], rows: [['C31']] });
    expect(fake.snapshot().active).toBe('Kontroll 2026-11-23 14.05');
    fake.log.syncs = 0;
    const read = await readTable();
    expect(read.ok && [read.value.sheet, read.value.listedAsReport, read.value.grid.cells[0][0]]).toEqual([
      'Kontroll 2026-11-23 14.05',
      true,
      'Kontrollrapport',
    ]);
    expect(fake.log.syncs).toBe(2);
    // Renamed, it is still the sheet the settings list.
    fake.renameSheet('Kontroll 2026-11-23 14.05', 'Till ekonomichefen');
    expect(await readTable()).toMatchObject({ ok: true, value: { sheet: 'Till ekonomichefen', listedAsReport: true } });
  });

  it('checks a 10 000-row table and marks its problems in at most 3 syncs in all', async () => {
    const rows = bigVolumeRows(10_000);
    rows[5000][1] = 999_999; // uppdrag ≠ bas + tillägg on one data row
    const fake = installFake({ sheets: [{ name: 'Stor', rows }], selection: 'A:D' });
    const read = await readTable();
    if (!read.ok) throw new Error('read failed');
    expect(read.value.grid.cells).toHaveLength(10_004);
    const check = checkVolumes(read.value.grid);
    const errors = check.tables.flatMap((t) => t.findings).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.cell)).toContain('B5001');
    const marked = await markCells([{ sheet: 'Stor', sheetId: read.value.sheetId, errors: errors.map((f) => f.cell), warnings: [] }], read.value.marks);
    expect(marked.ok).toBe(true);
    expect(fake.log.syncs).toBe(3);
    expect(fake.log.maxCellsRead).toBe(10_004 * 4);
    // Values, value types and number formats: three properties a cell, in the same sync.
    expect(fake.log.maxCellsPerSync).toBe(10_004 * 4 * 3);
  });
});

describe('selectRange', () => {
  it("activates the finding's sheet and selects its cell there, in one sync", async () => {
    // Excel ignores a selection on a sheet that is not active: the sheet must be activated first.
    const fake = installFake({
      sheets: [
        { name: 'Andra', rows: [[1]] },
        { name: 'Volymer 2025', rows: seedVolumeRows() },
      ],
      active: 'Andra',
    });
    expect(await selectRange('Volymer 2025', 'C31')).toEqual({ ok: true, value: undefined });
    expect(fake.log.activations).toEqual(['Volymer 2025']);
    expect(fake.log.selects).toEqual(["'Volymer 2025'!C31"]);
    expect(fake.log.ignoredSelects).toEqual([]);
    expect(fake.snapshot().active).toBe('Volymer 2025');
    expect(fake.log.syncs).toBe(1);
  });

  it('says what went wrong when the sheet no longer exists', async () => {
    installFake({ sheets: [{ name: 'Blad1' }] });
    expect(await selectRange('Borta', 'A1')).toEqual({ ok: false, message: { key: 'pane.error.itemNotFound', params: { code: 'ItemNotFound' } } });
  });
});

describe('number formats', () => {
  it('ride in the same sync as the values, General left out, and say what a figure shows', async () => {
    // Amounts kept to the öre but shown in whole kronor; the total typed as shown. Parts shown 1 235 and
    // 2 346 make 3 580 once rounded: no error, because the format says only whole kronor are shown.
    const rows: FakeCellValue[][] = [
      ['Kostnad', '2025', '2024'],
      ['Somatik', 1234.56, 1100.4],
      ['Psykiatri', 2345.67, 2200.2],
      ['Totalt', 3580, 3301],
    ];
    const formats = {
      B2: { numberFormat: '#,##0' },
      C2: { numberFormat: '#,##0' },
      B3: { numberFormat: '#,##0' },
      C3: { numberFormat: '#,##0' },
      B4: { numberFormat: '#,##0' },
      C4: { numberFormat: '#,##0' },
    };
    const fake = installFake({ sheets: [{ name: 'Kostnader', rows, formats }], selection: 'A1' });
    const read = await readTable();
    if (!read.ok) throw new Error('read failed');
    expect(fake.log.syncs).toBe(2);
    expect(read.value.grid.formats).toEqual([
      [null, null, null],
      [null, '#,##0', '#,##0'],
      [null, '#,##0', '#,##0'],
      [null, '#,##0', '#,##0'],
    ]);
    const check = checkSheet(read.value.grid);
    expect(check.tables.map((t) => (t.kind === 'production' ? t.subtotals.map((s) => [s.row, s.parts]) : t.kind))).toEqual([[[4, [2, 3]]]]);
    expect(check.tables[0].findings).toEqual([]);
    // Without them, the figures' own decimals ask for the öre, which the total does not give: no sum is seen.
    expect(checkSheet({ ...read.value.grid, formats: undefined }).tables).toEqual([]);
  });
});
