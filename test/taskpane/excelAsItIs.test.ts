/**
 * What Excel gives back otherwise than documented, read as what it is (office-js 2824, 3558, 5611, 1390, 360,
 * 2940; Microsoft's pages on #PYTHON! and #TIMEOUT!): number formats in the user's notation, newer error values,
 * our formulas as `_xldudf_…` before the functions load, sheet ids renumbered and settings lost on reopening.
 */
import { checkSheet, type IndicatorTable } from '../../src/core/tables';
import { clearMarks, createReport, markCells, readTable, readWorkbook, removeBlock, toCells, writeBlock } from '../../src/taskpane/excel';
import { statusColumnBlock } from '../../src/taskpane/model/blocks';
import { customFunctionsOfBuild } from '../support/customFunctionNames';
import { indicatorRows, installFake } from './workbooks';

describe('read as it is', () => {
  it("reads number formats Excel on the web gives in the user's notation as the invariant ones", async () => {
    const formats = { B2: { numberFormat: '0.0%' }, C2: { numberFormat: '#,##0.00' } };
    for (const apiSets of [undefined, { ExcelApi: '1.9' }]) {
      installFake({
        sheets: [
          {
            name: 'Blad1',
            rows: [
              ['a', 'b', 'c'],
              ['x', 0.123, 1234.5],
            ],
            formats,
          },
        ],
        office: { displayLanguage: 'sv-SE', ...(apiSets ? { apiSets } : {}) },
        localizedNumberFormats: true,
      });
      const read = await readTable();
      if (!read.ok) throw new Error('read failed');
      expect(read.value.grid.formats?.[1]).toEqual([null, '0.0%', '#,##0.00']);
    }
  });

  it('reads #PYTHON!, #TIMEOUT! and #EXTERNAL! as errors, and an error value it does not know as an error too', async () => {
    installFake({
      sheets: [
        {
          name: 'Blad1',
          rows: [
            ['a', 'b', 'c'],
            ['#PYTHON!', '#TIMEOUT!', '#EXTERNAL!'],
          ],
        },
      ],
    });
    const read = await readTable();
    if (!read.ok) throw new Error('read failed');
    expect(read.value.grid.cells[1]).toEqual([{ error: '#PYTHON!' }, { error: '#TIMEOUT!' }, { error: '#EXTERNAL!' }]);
    expect(toCells([['#NEWER!', 'text']], [['Error', 'String']])).toEqual([[{ error: '#UNKNOWN!' }, 'text']]);
  });
});

describe('reopened, perhaps elsewhere', () => {
  const indicators = { sheets: [{ name: 'Indikatorer', rows: indicatorRows() }], office: { displayLanguage: 'sv-SE' } };
  async function status() {
    const read = await readTable();
    if (!read.ok) throw new Error('read failed');
    const table = checkSheet(read.value.grid).tables.find((t): t is IndicatorTable => t.kind === 'indicators')!;
    return { ...statusColumnBlock('Indikatorer', table)!, sheetId: read.value.sheetId };
  }

  it('removes the status column after the sheet ids were renumbered, while Excel shows its formulas as _xldudf_…', async () => {
    const fake = installFake({
      ...indicators,
      sheets: [{ name: 'Anteckningar' }, ...indicators.sheets],
      active: 'Indikatorer',
      customFunctions: customFunctionsOfBuild(),
    });
    const before = fake.snapshot();
    expect((await writeBlock('status-column', await status())).ok).toBe(true);
    // Opened again in another Excel: the ids are numbered by position, so the recorded id now names the other sheet.
    fake.reopen({ functionsLoaded: false });
    expect(fake.sheetValues('Indikatorer', 'F4')[0][0]).toMatch(/^=_xldudf_MALKOLL_TARGET_STATUS\(/);
    expect(await removeBlock('status-column')).toMatchObject({ ok: true, value: { cleared: 10, kept: 0, address: 'Indikatorer!F3:F12' } });
    fake.loadFunctions();
    const after = fake.snapshot();
    expect(after.sheets).toEqual(before.sheets);
  });

  it('with its record lost, still knows its status column by its defined name, and removes it whole', async () => {
    const fake = installFake({ ...indicators, customFunctions: customFunctionsOfBuild() });
    const before = fake.snapshot();
    expect((await writeBlock('status-column', await status())).ok).toBe(true);
    fake.reopen({ settingsLost: true });
    // The check still sees the column as Målkoll's (so the pane offers to remove it)…
    const read = await readTable();
    expect(read.ok && read.value.blocks['status-column']).toMatchObject({ sheet: 'Indikatorer', address: 'F3:F12' });
    // …after rows were inserted above it, too.
    fake.insertRows('Indikatorer', 1, 2);
    expect(await removeBlock('status-column')).toEqual({ ok: true, value: { cleared: 10, kept: 0, address: 'Indikatorer!F5:F14' } });
    fake.log.syncs = 0;
    const again = await readTable();
    expect(again.ok && again.value.blocks['status-column']).toBeNull();
    const after = fake.snapshot();
    expect(after.names).toEqual([]);
    expect(after.sheets[0].conditionalFormats).toEqual(before.sheets[0].conditionalFormats);
    expect(
      fake
        .sheetValues('Indikatorer', 'F1:F14')
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
  });

  it('with its record lost, leaves what is not its own in the named cells, and counts it', async () => {
    const fake = installFake({ ...indicators, customFunctions: customFunctionsOfBuild() });
    expect((await writeBlock('status-column', await status())).ok).toBe(true);
    fake.reopen({ settingsLost: true });
    fake.setCell('Indikatorer', 'F6', 'granskad');
    expect(await removeBlock('status-column')).toMatchObject({ ok: true, value: { cleared: 9, kept: 1 } });
    expect(fake.sheetValues('Indikatorer', 'F6')).toEqual([['granskad']]);
  });

  it('still knows its report sheets once their ids were renumbered (whether one is a report, its content decides: ownReports.test.ts)', async () => {
    const fake = installFake({ sheets: [{ name: 'Indikatorer', rows: indicatorRows() }] });
    const made = await createReport({
      sheetName: 'Kontroll 1',
      title: 'Kontrollrapport',
      lines: [['Tabell', 'Indikatorer!A3:E12']],
      headers: ['Cell', 'Fel'],
      rows: [['C4', 'x']],
    });
    expect(made.ok).toBe(true);
    // Reopened: the report is now the second sheet by position, and ids are numbered by position.
    fake.reopen();
    const read = await readWorkbook();
    if (!read.ok) throw new Error('not read');
    expect(read.value.sheets.map((s) => [s.sheet, s.listedAsReport ?? false])).toEqual([
      ['Indikatorer', false],
      ['Kontroll 1', true],
    ]);
  });

  it('clears its marks with the record lost, by their markers', async () => {
    const fake = installFake({ sheets: [{ name: 'Blad1', rows: [[1, 2]] }] });
    const before = fake.snapshot();
    expect((await markCells([{ sheet: 'Blad1', errors: ['A1'], warnings: ['B1'] }], null)).ok).toBe(true);
    fake.reopen({ settingsLost: true });
    expect(await clearMarks()).toEqual({ ok: true, value: { removed: 2 } });
    expect(fake.snapshot()).toEqual({ ...before, settings: {} });
  });
});
