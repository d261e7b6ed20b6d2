/**
 * The status and calculation columns in Swedish and English Excel: Excel binds Målkoll's functions by the
 * names of its display language (office-js issue 891), so a formula must name them that way or it shows
 * #NAME?. The fake binds the way Excel does, with the names of the built metadata and the manifest's overrides.
 */
import { checkSheet } from '../../src/core/tables';
import type { IndicatorTable, VolumeTable } from '../../src/core/tables';
import { readTable, removeBlock, writeBlock } from '../../src/taskpane/excel';
import { STATUS_COLUMN_KEY } from '../../src/taskpane/excel/records';
import { calculationsBlock, statusColumnBlock } from '../../src/taskpane/model/blocks';
import type { FakeConfig, FakeExcel } from '../fakes/fake-excel';
import { customFunctionsOfBuild } from '../support/customFunctionNames';
import { indicatorRows, installFake, rowOf, volumeRowsWithOutcome } from './workbooks';

/** Excel in a display language, knowing the built functions as Excel would with the manifest. */
function excelIn(displayLanguage: string, config: FakeConfig, functions = customFunctionsOfBuild()): FakeExcel {
  return installFake({ ...config, office: { displayLanguage }, customFunctions: functions });
}

async function tableOf<T extends IndicatorTable | VolumeTable>(kind: T['kind']): Promise<T> {
  const read = await readTable();
  if (!read.ok) throw new Error('read failed');
  const table = checkSheet(read.value.grid).tables.find((t) => t.kind === kind);
  if (!table) throw new Error(`no ${kind} table`);
  return table as T;
}

/** The cells of a range that read as #NAME? (Excel did not know a function). */
async function nameErrors(fake: FakeExcel, sheet: string, address: string): Promise<number> {
  return fake.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address).load('values');
    await context.sync();
    return range.values.flat().filter((v) => v === '#NAME?').length;
  });
}

const indicators = { sheets: [{ name: 'Indikatorer', rows: indicatorRows() }] };

describe('the status column in Swedish and English Excel', () => {
  it('names MÅLSTATUS in Swedish Excel, so that Excel knows it, in two syncs', async () => {
    const fake = excelIn('sv-SE', indicators);
    const block = statusColumnBlock('Indikatorer', await tableOf<IndicatorTable>('indicators'))!;
    fake.log.syncs = 0;
    expect(await writeBlock('status-column', block)).toEqual({ ok: true, value: { address: 'F3:F12' } });
    expect(fake.log.syncs).toBe(2);
    expect(fake.sheetValues('Indikatorer', 'F3:F5')).toEqual([['Status'], ['=MALKOLL.MÅLSTATUS(D4,C4,E4,,MALKOLL.RIKTNING(B4))'], ['=MALKOLL.MÅLSTATUS(D5,C5,E5,,MALKOLL.RIKTNING(B5))']]);
    expect(await nameErrors(fake, 'Indikatorer', 'F3:F12')).toBe(0);
    // What the record says was written is what the cells hold.
    expect(JSON.parse(String(fake.snapshot().settings[STATUS_COLUMN_KEY])).written[1]).toEqual(['=MALKOLL.MÅLSTATUS(D4,C4,E4,,MALKOLL.RIKTNING(B4))']);
  });

  it.each([['sv-FI', 'MÅLSTATUS', 'RIKTNING'], ['en-GB', 'TARGET_STATUS', 'DIRECTION'], ['sv-AX', 'TARGET_STATUS', 'DIRECTION'], ['de-DE', 'TARGET_STATUS', 'DIRECTION']])(
    'in %s Excel names %s and %s',
    async (language, name, direction) => {
      const fake = excelIn(language, indicators);
      await writeBlock('status-column', statusColumnBlock('Indikatorer', await tableOf<IndicatorTable>('indicators'))!);
      expect(fake.sheetValues('Indikatorer', 'F4')).toEqual([[`=MALKOLL.${name}(D4,C4,E4,,MALKOLL.${direction}(B4))`]]);
      expect(await nameErrors(fake, 'Indikatorer', 'F3:F12')).toBe(0);
    },
  );

  it('rewrites in English, one sync more, when Swedish Excel turns out to know only the English names', async () => {
    // A manifest without the Swedish metadata for this Excel: Excel shows (and binds) the English names.
    const englishOnly = customFunctionsOfBuild();
    for (const f of Object.values(englishOnly.functions)) for (const k of Object.keys(f)) if (k !== 'default') delete f[k];
    const fake = excelIn('sv-SE', indicators, englishOnly);
    const block = statusColumnBlock('Indikatorer', await tableOf<IndicatorTable>('indicators'))!;
    fake.log.syncs = 0;
    expect(await writeBlock('status-column', block)).toEqual({ ok: true, value: { address: 'F3:F12' } });
    expect(fake.log.syncs).toBe(3);
    expect(fake.sheetValues('Indikatorer', 'F4')).toEqual([['=MALKOLL.TARGET_STATUS(D4,C4,E4,,MALKOLL.DIRECTION(B4))']]);
    expect(await nameErrors(fake, 'Indikatorer', 'F3:F12')).toBe(0);
    expect(JSON.parse(String(fake.snapshot().settings[STATUS_COLUMN_KEY])).written[1]).toEqual(['=MALKOLL.TARGET_STATUS(D4,C4,E4,,MALKOLL.DIRECTION(B4))']);
  });

  it('says so when Excel knows the functions in neither language, and leaves them named as Excel displays', async () => {
    const fake = excelIn('sv-SE', indicators, { namespace: 'MALKOLL', functions: { OTHER: { default: 'OTHER' } } });
    const block = statusColumnBlock('Indikatorer', await tableOf<IndicatorTable>('indicators'))!;
    expect(await writeBlock('status-column', block)).toEqual({ ok: true, value: { address: 'F3:F12', functionsUnknown: true } });
    expect(fake.sheetValues('Indikatorer', 'F4')).toEqual([['=MALKOLL.MÅLSTATUS(D4,C4,E4,,MALKOLL.RIKTNING(B4))']]);
    expect(JSON.parse(String(fake.snapshot().settings[STATUS_COLUMN_KEY])).written[1]).toEqual(['=MALKOLL.MÅLSTATUS(D4,C4,E4,,MALKOLL.RIKTNING(B4))']);
    // Still removable: the record says what is there.
    expect(await removeBlock('status-column')).toMatchObject({ ok: true, value: { cleared: 10, kept: 0 } });
  });

  it.each([['sv-SE', 'en-US'], ['en-US', 'sv-SE']])('written in %s Excel, is found and removed whole in %s Excel', async (from, to) => {
    const fake = excelIn(from, indicators);
    const before = fake.snapshot();
    await writeBlock('status-column', statusColumnBlock('Indikatorer', await tableOf<IndicatorTable>('indicators'))!);
    // The controller sends the workbook to a colleague whose Excel speaks the other language.
    fake.setDisplayLanguage(to);
    (globalThis as unknown as { Office: unknown }).Office = fake.Office;
    expect(await removeBlock('status-column')).toEqual({ ok: true, value: { cleared: 10, kept: 0, address: 'Indikatorer!F3:F12' } });
    fake.setDisplayLanguage(from);
    expect(fake.snapshot()).toEqual(before);
  });
});

describe('the calculation columns in Swedish Excel', () => {
  it('name TILLÄGGSVOLYM, TILLÄGGSERSÄTTNING with STYCKPRIS, and MÅLUPPFYLLELSE; Excel\'s SUM stays as the API takes it', async () => {
    const rows = volumeRowsWithOutcome();
    const fake = excelIn('sv-SE', { sheets: [{ name: 'Volymer 2025', rows }] });
    const block = calculationsBlock('Volymer 2025', await tableOf<VolumeTable>('volumes'), { hospital: 'SV', month: 8 }, 'sv')!;
    fake.log.syncs = 0;
    expect(await writeBlock('calculations', block)).toEqual({ ok: true, value: { address: 'F1:H61' } });
    expect(fake.log.syncs).toBe(2);
    const k = rowOf(rows, 'Koloskopi');
    expect(fake.sheetValues('Volymer 2025', `F${k}:H${k}`)).toEqual([
      [`=MALKOLL.TILLÄGGSVOLYM(E${k},C${k},D${k})`, `=MALKOLL.TILLÄGGSERSÄTTNING(E${k},C${k},D${k},MALKOLL.STYCKPRIS("koloskopi","SV"))`, `=MALKOLL.MÅLUPPFYLLELSE(E${k},B${k},8)`],
    ]);
    expect(fake.sheetValues('Volymer 2025', 'F61:G61')).toEqual([['=SUM(F4:F60)', '=SUM(G4:G60)']]);
    expect(await nameErrors(fake, 'Volymer 2025', 'F1:H61')).toBe(0);
    fake.setDisplayLanguage('en-GB');
    expect(await removeBlock('calculations')).toMatchObject({ ok: true, value: { kept: 0 } });
    expect(fake.sheetValues('Volymer 2025', 'F1:H61').flat().every((v) => v === '')).toBe(true);
  });
});
