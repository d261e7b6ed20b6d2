/**
 * The status and calculation columns in Swedish, English and Finnish-Swedish Excel, before and after Excel 2607.
 * The fake binds as office-js issues 891, 6614, 6611 and 6395 report: `range.formulas` binds none of our functions
 * in a localized Excel before 2607, `range.formulasLocal` binds the names of the display language written in the
 * user's notation, and a #NAME? cell stays so. Every formula the pane writes must bind, or nothing is written.
 */
import { checkSheet } from '../../src/core/tables';
import type { IndicatorTable, VolumeTable } from '../../src/core/tables';
import { readTable, removeBlock, writeBlock } from '../../src/taskpane/excel';
import { STATUS_COLUMN_KEY } from '../../src/taskpane/excel/records';
import { calculationsBlock, statusColumnBlock } from '../../src/taskpane/model/blocks';
import type { FakeConfig, FakeCustomFunctions, FakeExcel } from '../fakes/fake-excel';
import { customFunctionsOfBuild } from '../support/customFunctionNames';
import { indicatorRows, installFake, rowOf, volumeRowsWithOutcome } from './workbooks';

/** Excel in a display language, knowing the built functions as Excel would with the manifest. */
function excelIn(displayLanguage: string, config: FakeConfig, functions: FakeCustomFunctions = customFunctionsOfBuild()): FakeExcel {
  return installFake({ ...config, office: { displayLanguage }, customFunctions: functions });
}

async function tableOf<T extends IndicatorTable | VolumeTable>(kind: T['kind']): Promise<T> {
  const read = await readTable();
  if (!read.ok) throw new Error('read failed');
  const table = checkSheet(read.value.grid).tables.find((t) => t.kind === kind);
  if (!table) throw new Error(`no ${kind} table`);
  return table as T;
}

/** What a range reads as: its values, formulas and formulas in the user's notation. */
async function readBack(fake: FakeExcel, sheet: string, address: string) {
  return fake.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address).load('values,formulas,formulasLocal');
    await context.sync();
    return { values: range.values, formulas: range.formulas, local: range.formulasLocal };
  });
}

async function nameErrors(fake: FakeExcel, sheet: string, address: string): Promise<number> {
  return (await readBack(fake, sheet, address)).values.flat().filter((v) => v === '#NAME?').length;
}

const indicators = { sheets: [{ name: 'Indikatorer', rows: indicatorRows() }] };
const statusBlock = async () => statusColumnBlock('Indikatorer', await tableOf<IndicatorTable>('indicators'))!;

describe('the status column in Swedish, Finnish-Swedish and English Excel', () => {
  it('in Swedish Excel before 2607 binds MÅLSTATUS through formulasLocal, learning ";" from Excel: three syncs', async () => {
    const fake = excelIn('sv-SE', indicators);
    const block = await statusBlock();
    fake.log.syncs = 0;
    expect(await writeBlock('status-column', block)).toEqual({ ok: true, value: { address: 'F3:F12' } });
    expect(fake.log.syncs).toBe(3);
    const back = await readBack(fake, 'Indikatorer', 'F3:F4');
    expect(back.local).toEqual([['Status'], ['=MALKOLL.MÅLSTATUS(D4;C4;E4;;MALKOLL.RIKTNING(B4))']]);
    expect(await nameErrors(fake, 'Indikatorer', 'F3:F12')).toBe(0);
    // The record keeps the formulas in the invariant notation with our ids: the same in every Excel.
    expect(JSON.parse(String(fake.snapshot().settings[STATUS_COLUMN_KEY])).written[1]).toEqual(['=MALKOLL.TARGET_STATUS(D4,C4,E4,,MALKOLL.DIRECTION(B4))']);
  });

  it('from Excel 2607 on binds through formulas at once: two syncs', async () => {
    const fake = excelIn('sv-SE', indicators, { ...customFunctionsOfBuild(), fixedIn2607: true });
    const block = await statusBlock();
    fake.log.syncs = 0;
    expect(await writeBlock('status-column', block)).toEqual({ ok: true, value: { address: 'F3:F12' } });
    expect(fake.log.syncs).toBe(2);
    expect((await readBack(fake, 'Indikatorer', 'F4')).local).toEqual([['=MALKOLL.MÅLSTATUS(D4;C4;E4;;MALKOLL.RIKTNING(B4))']]);
    expect(await nameErrors(fake, 'Indikatorer', 'F3:F12')).toBe(0);
  });

  it.each([
    ['en-GB', ',', 2, '=MALKOLL.TARGET_STATUS(D4,C4,E4,,MALKOLL.DIRECTION(B4))'],
    ['en-US', ';', 2, '=MALKOLL.TARGET_STATUS(D4;C4;E4;;MALKOLL.DIRECTION(B4))'],
    ['sv-FI', ';', 3, '=MALKOLL.MÅLSTATUS(D4;C4;E4;;MALKOLL.RIKTNING(B4))'],
    ['sv-AX', ';', 3, '=MALKOLL.TARGET_STATUS(D4;C4;E4;;MALKOLL.DIRECTION(B4))'],
    ['de-DE', ';', 3, '=MALKOLL.TARGET_STATUS(D4;C4;E4;;MALKOLL.DIRECTION(B4))'],
  ] as const)('in %s Excel with the list separator "%s": %i syncs, %s', async (language, listSeparator, syncs, local) => {
    const fake = excelIn(language, { ...indicators, listSeparator });
    const block = await statusBlock();
    fake.log.syncs = 0;
    expect(await writeBlock('status-column', block)).toMatchObject({ ok: true });
    expect(fake.log.syncs).toBe(syncs);
    expect((await readBack(fake, 'Indikatorer', 'F4')).local).toEqual([[local]]);
    expect(await nameErrors(fake, 'Indikatorer', 'F3:F12')).toBe(0);
  });

  it('writes the English names through formulasLocal when a Swedish Excel has only the English metadata', async () => {
    const englishOnly = customFunctionsOfBuild();
    for (const f of Object.values(englishOnly.functions)) for (const k of Object.keys(f)) if (k !== 'default') delete f[k];
    const fake = excelIn('sv-SE', indicators, englishOnly);
    const block = await statusBlock();
    fake.log.syncs = 0;
    expect(await writeBlock('status-column', block)).toEqual({ ok: true, value: { address: 'F3:F12' } });
    expect(fake.log.syncs).toBe(3);
    expect((await readBack(fake, 'Indikatorer', 'F4')).local).toEqual([['=MALKOLL.TARGET_STATUS(D4;C4;E4;;MALKOLL.DIRECTION(B4))']]);
    expect(await nameErrors(fake, 'Indikatorer', 'F3:F12')).toBe(0);
  });

  it('writes nothing when Excel knows the functions by neither name, and says so: no #NAME? left behind', async () => {
    const fake = excelIn('sv-SE', indicators, { ...customFunctionsOfBuild(), loaded: false });
    const block = await statusBlock();
    const before = fake.snapshot();
    fake.log.syncs = 0;
    expect(await writeBlock('status-column', block)).toEqual({ ok: false, message: { key: 'pane.block.functionsUnknown' } });
    expect(fake.log.syncs).toBe(3);
    expect(fake.snapshot()).toEqual(before);
  });

  it.each([
    ['sv-SE', 'en-US'],
    ['en-US', 'sv-SE'],
    ['sv-FI', 'en-GB'],
  ])('written in %s Excel, is found and removed whole in %s Excel', async (from, to) => {
    const fake = excelIn(from, indicators);
    const before = fake.snapshot();
    await writeBlock('status-column', await statusBlock());
    // The controller sends the workbook to a colleague whose Excel speaks the other language.
    fake.setDisplayLanguage(to);
    (globalThis as unknown as { Office: unknown }).Office = fake.Office;
    expect(await removeBlock('status-column')).toEqual({ ok: true, value: { cleared: 10, kept: 0, address: 'Indikatorer!F3:F12' } });
    fake.setDisplayLanguage(from);
    expect(fake.snapshot()).toEqual(before);
  });

  it('takes over cells that still hold its own formulas showing #NAME? (written before), and mends them', async () => {
    const fake = excelIn('sv-SE', indicators);
    const block = await statusBlock();
    // Someone wrote the column through range.formulas, as the pane once did: Excel left #NAME? there.
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Indikatorer').getRange('F3:F12').formulas = block.cells as unknown as string[][];
    });
    expect(await nameErrors(fake, 'Indikatorer', 'F3:F12')).toBe(9);
    expect(await writeBlock('status-column', block)).toEqual({ ok: true, value: { address: 'F3:F12', alreadyThere: true } });
    expect(await nameErrors(fake, 'Indikatorer', 'F3:F12')).toBe(0);
  });
});

describe('the calculation columns in Swedish and German Excel', () => {
  it.each([
    ['sv-SE', 'TILLÄGGSVOLYM', 'TILLÄGGSERSÄTTNING', 'STYCKPRIS', 'MÅLUPPFYLLELSE', 'SUMMA'],
    ['de-DE', 'ADDITIONAL_VOLUME', 'REIMBURSEMENT', 'UNIT_PRICE', 'FULFILMENT', 'SUMME'],
  ])('in %s Excel name %s, %s with %s, and %s; the sums are %s, as Excel renders them', async (language, additional, reimbursement, price, fulfilment, sum) => {
    const rows = volumeRowsWithOutcome();
    const fake = excelIn(language, { sheets: [{ name: 'Volymer 2025', rows }] });
    const block = calculationsBlock('Volymer 2025', await tableOf<VolumeTable>('volumes'), { hospital: 'SV', month: 8 }, 'sv')!;
    fake.log.syncs = 0;
    expect(await writeBlock('calculations', block)).toEqual({ ok: true, value: { address: 'F1:H61' } });
    expect(fake.log.syncs).toBe(3);
    const k = rowOf(rows, 'Koloskopi');
    expect((await readBack(fake, 'Volymer 2025', `F${k}:H${k}`)).local).toEqual([
      [
        `=MALKOLL.${additional}(E${k};C${k};D${k})`,
        `=MALKOLL.${reimbursement}(E${k};C${k};D${k};MALKOLL.${price}("koloskopi";"SV"))`,
        `=MALKOLL.${fulfilment}(E${k};B${k};8)`,
      ],
    ]);
    expect((await readBack(fake, 'Volymer 2025', 'F61:G61')).local).toEqual([[`=${sum}(F4:F60)`, `=${sum}(G4:G60)`]]);
    expect(await nameErrors(fake, 'Volymer 2025', 'F1:H61')).toBe(0);
    fake.setDisplayLanguage('en-GB');
    expect(await removeBlock('calculations')).toMatchObject({ ok: true, value: { kept: 0 } });
    expect(
      fake
        .sheetValues('Volymer 2025', 'F1:H61')
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
  });
});
