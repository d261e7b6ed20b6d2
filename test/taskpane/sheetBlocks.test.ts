import { checkSheet } from '../../src/core/tables';
import type { IndicatorTable } from '../../src/core/tables';
import type { VolumeTable } from '../../src/core/tables';
import { readTable, removeBlock, writeBlock } from '../../src/taskpane/excel';
import { CALCULATIONS_KEY, STATUS_COLUMN_KEY } from '../../src/taskpane/excel/records';
import { calculationsBlock, statusColumnBlock } from '../../src/taskpane/model/blocks';
import { indicatorRows, installFake, rowOf, volumeRowsWithOutcome } from './workbooks';

async function readIndicatorTable(): Promise<IndicatorTable> {
  const read = await readTable();
  if (!read.ok) throw new Error('read failed');
  const table = checkSheet(read.value.grid).tables.find((t): t is IndicatorTable => t.kind === 'indicators');
  if (!table) throw new Error('no indicator table');
  return table;
}

async function readVolumeTable(): Promise<VolumeTable> {
  const read = await readTable();
  if (!read.ok) throw new Error('read failed');
  const table = checkSheet(read.value.grid).tables.find((t): t is VolumeTable => t.kind === 'volumes');
  if (!table) throw new Error('no volume table');
  return table;
}

const indicatorWorkbook = () => ({
  sheets: [
    {
      name: 'Indikatorer',
      rows: indicatorRows(),
      formats: { A3: { bold: true }, F3: { fill: '#EEEEEE' } },
      conditionalFormats: [{ ranges: ['D4:D12'], type: 'Custom', formula: '=D4<0', fill: '#FF0000' }],
    },
  ],
});

describe('the status column', () => {
  it("writes live TARGET_STATUS formulas referencing each row's own cells, coloured by status, in two syncs", async () => {
    const fake = installFake(indicatorWorkbook());
    const table = await readIndicatorTable();
    const block = statusColumnBlock('Indikatorer', table);
    if (!block) throw new Error('no block');
    fake.log.syncs = 0;
    expect(await writeBlock('status-column', block)).toEqual({ ok: true, value: { address: 'F3:F12' } });
    expect(fake.log.syncs).toBe(2);

    // Outcome D, target C, reference E of the same row (docs/functions.md: outcome, target, [reference], …).
    expect(fake.sheetValues('Indikatorer', 'F3:F12')).toEqual([
      ['Status'],
      ['=MALKOLL.TARGET_STATUS(D4,C4,E4,,MALKOLL.DIRECTION(B4))'],
      ['=MALKOLL.TARGET_STATUS(D5,C5,E5,,MALKOLL.DIRECTION(B5))'],
      ['=MALKOLL.TARGET_STATUS(D6,C6,E6,,MALKOLL.DIRECTION(B6))'],
      ['=MALKOLL.TARGET_STATUS(D7,C7,E7,,MALKOLL.DIRECTION(B7))'],
      ['=MALKOLL.TARGET_STATUS(D8,C8,E8,,MALKOLL.DIRECTION(B8))'],
      ['=MALKOLL.TARGET_STATUS(D9,C9,E9,,MALKOLL.DIRECTION(B9))'],
      ['=MALKOLL.TARGET_STATUS(D10,C10,E10,,MALKOLL.DIRECTION(B10))'],
      ['=MALKOLL.TARGET_STATUS(D11,C11,E11,,MALKOLL.DIRECTION(B11))'],
      ['=MALKOLL.TARGET_STATUS(D12,C12,E12,,MALKOLL.DIRECTION(B12))'],
    ]);
    const rules = fake.snapshot().sheets[0].conditionalFormats.filter((cf) => cf.formula?.includes('Målkoll'));
    expect(rules.map((r) => [r.ranges, r.formula, r.fill]).sort()).toEqual(
      [
        [['F4:F12'], '=AND(N("Målkoll:status")=0,OR(F4="Uppfyllt",F4="Met"))', '#C6EFCE'],
        [['F4:F12'], '=AND(N("Målkoll:status")=0,OR(F4="Ej uppfyllt",F4="Not met"))', '#FFC7CE'],
        [['F4:F12'], '=AND(N("Målkoll:status")=0,OR(F4="Delvis uppfyllt",F4="Partly met"))', '#FFEB9C'],
        [['F4:F12'], '=AND(N("Målkoll:status")=0,OR(F4="Ej bedömbart",F4="Not assessable"))', '#D9D9D9'],
      ].sort(),
    );
    expect(JSON.parse(String(fake.snapshot().settings[STATUS_COLUMN_KEY])).address).toBe('F3:F12');
  });

  it("is removed in one click, leaving the sheet deep-equal to before (the user's rule and formats too)", async () => {
    const fake = installFake(indicatorWorkbook());
    const before = fake.snapshot();
    const block = statusColumnBlock('Indikatorer', await readIndicatorTable());
    await writeBlock('status-column', block!);
    expect(fake.snapshot()).not.toEqual(before);
    fake.log.syncs = 0;
    expect(await removeBlock('status-column')).toEqual({ ok: true, value: { cleared: 10, kept: 0, address: 'Indikatorer!F3:F12' } });
    expect(fake.log.syncs).toBe(4);
    expect(fake.snapshot()).toEqual(before);
  });

  it('is removed after the sheet was renamed and rows were inserted above the table', async () => {
    const written = installFake(indicatorWorkbook());
    await writeBlock('status-column', statusColumnBlock('Indikatorer', await readIndicatorTable())!);
    written.renameSheet('Indikatorer', 'Indikatorer augusti');
    written.insertRows('Indikatorer augusti', 1, 2);
    // Excel moved the column and its colours two rows down, and the formulas' references with them.
    expect(written.sheetValues('Indikatorer augusti', 'F5:F6')).toEqual([['Status'], ['=MALKOLL.TARGET_STATUS(D6,C6,E6,,MALKOLL.DIRECTION(B6))']]);
    written.log.syncs = 0;
    expect(await removeBlock('status-column')).toEqual({
      ok: true,
      value: { cleared: 10, kept: 0, address: "'Indikatorer augusti'!F5:F14", moved: true },
    });
    expect(written.log.syncs).toBe(4);

    // The same workbook renamed and moved the same way, never given a status column.
    const never = installFake(indicatorWorkbook());
    never.renameSheet('Indikatorer', 'Indikatorer augusti');
    never.insertRows('Indikatorer augusti', 1, 2);
    expect(written.snapshot()).toEqual(never.snapshot());
  });

  it('says what it could not remove when nothing of the column is left as written, and forgets it', async () => {
    const fake = installFake(indicatorWorkbook());
    await writeBlock('status-column', statusColumnBlock('Indikatorer', await readIndicatorTable())!);
    // The controller typed their own statuses over Målkoll's.
    for (let row = 3; row <= 12; row++) fake.setCell('Indikatorer', `F${row}`, row === 3 ? 'Egen status' : 'OK');
    expect(await removeBlock('status-column')).toEqual({
      ok: true,
      value: { cleared: 0, kept: 10, address: 'Indikatorer!F3:F12', notFound: true },
    });
    expect(fake.sheetValues('Indikatorer', 'F3:F4')).toEqual([['Egen status'], ['OK']]);
    // The colours were Målkoll's, found by their marker: gone.
    expect(fake.snapshot().sheets[0].conditionalFormats.filter((cf) => cf.formula?.includes('Målkoll'))).toEqual([]);
    expect(fake.snapshot().settings[STATUS_COLUMN_KEY]).toBeUndefined();
  });

  it('refuses, writing nothing, when the column next to the table holds anything', async () => {
    const config = indicatorWorkbook();
    const fake = installFake(config);
    const block = statusColumnBlock('Indikatorer', await readIndicatorTable());
    fake.setCell('Indikatorer', 'F9', 'anteckning');
    const before = fake.snapshot();
    expect(await writeBlock('status-column', block!)).toEqual({
      ok: false,
      message: { key: 'pane.block.notEmpty', params: { cell: 'F9', range: 'F3:F12' } },
    });
    expect(fake.snapshot()).toEqual(before);
  });

  it('refuses a second status column, and leaves a cell the user has overwritten since', async () => {
    const fake = installFake(indicatorWorkbook());
    const block = statusColumnBlock('Indikatorer', await readIndicatorTable());
    await writeBlock('status-column', block!);
    expect(await writeBlock('status-column', block!)).toEqual({ ok: false, message: { key: 'pane.status.already' } });
    fake.setCell('Indikatorer', 'F7', 'Uppfyllt enligt verksamheten');
    expect(await removeBlock('status-column')).toEqual({ ok: true, value: { cleared: 9, kept: 1, address: 'Indikatorer!F3:F12' } });
    expect(fake.sheetValues('Indikatorer', 'F6:F8')).toEqual([[''], ['Uppfyllt enligt verksamheten'], ['']]);
    expect(fake.snapshot().settings[STATUS_COLUMN_KEY]).toBeUndefined();
  });
});

describe('the calculation columns', () => {
  it('writes additional volume, reimbursement and fulfilment formulas per data row and the sums, in two syncs', async () => {
    const rows = volumeRowsWithOutcome();
    const fake = installFake({ sheets: [{ name: 'Volymer 2025', rows }] });
    const table = await readVolumeTable();
    const block = calculationsBlock('Volymer 2025', table, { hospital: 'SV', month: 8 }, 'sv');
    if (!block) throw new Error('no block');
    fake.log.syncs = 0;
    expect(await writeBlock('calculations', block)).toEqual({ ok: true, value: { address: 'F1:H61' } });
    expect(fake.log.syncs).toBe(2);

    const kirurgi = rowOf(rows, 'Allmän kirurgi'); // first visits: paid as besök
    const koloskopi = rowOf(rows, 'Koloskopi'); // examinations: colonoscopy at the hospital's price
    const sheet = fake.snapshot().sheets[0];
    expect(fake.sheetValues('Volymer 2025', `F${kirurgi}:H${kirurgi}`)).toEqual([
      [
        `=MALKOLL.ADDITIONAL_VOLUME(E${kirurgi},C${kirurgi},D${kirurgi})`,
        `=MALKOLL.REIMBURSEMENT(E${kirurgi},C${kirurgi},D${kirurgi},MALKOLL.UNIT_PRICE("besök","SV"))`,
        `=MALKOLL.FULFILMENT(E${kirurgi},B${kirurgi},8)`,
      ],
    ]);
    expect(fake.sheetValues('Volymer 2025', `G${koloskopi}`)).toEqual([
      [`=MALKOLL.REIMBURSEMENT(E${koloskopi},C${koloskopi},D${koloskopi},MALKOLL.UNIT_PRICE("koloskopi","SV"))`],
    ]);
    // The table's own totals row (Totalsumma, row 61) gets the sums of the first two columns.
    expect(fake.sheetValues('Volymer 2025', 'F61:G61')).toEqual([['=SUM(F4:F60)', '=SUM(G4:G60)']]);
    expect(sheet.cells[`G${kirurgi}`].format.numberFormat).toBe('#,##0 "kr"');
    expect(sheet.cells[`H${kirurgi}`].format.numberFormat).toBe('0%');
    // Section and group rows stay empty.
    expect(fake.sheetValues('Volymer 2025', 'F2:H3')).toEqual([
      ['', '', ''],
      ['', '', ''],
    ]);
    expect(JSON.parse(String(fake.snapshot().settings[CALCULATIONS_KEY])).numberFormatsBefore[kirurgi - 1]).toEqual(['General', 'General', 'General']);
  });

  it('is removed in one click: formulas gone, number formats back, the sheet deep-equal to before', async () => {
    const fake = installFake({
      sheets: [{ name: 'Volymer 2025', rows: volumeRowsWithOutcome(), formats: { G20: { numberFormat: '0.0' }, F1: { bold: true } } }],
    });
    const before = fake.snapshot();
    const block = calculationsBlock('Volymer 2025', await readVolumeTable(), { hospital: 'NU', month: 4 }, 'en');
    expect(await writeBlock('calculations', block!)).toMatchObject({ ok: true });
    expect(fake.snapshot().sheets[0].cells.G20.format.numberFormat).toBe('#,##0 "kr"');
    expect(await removeBlock('calculations')).toMatchObject({ ok: true, value: { kept: 0 } });
    expect(fake.snapshot()).toEqual(before);
  });

  it('is removed in three syncs after a row was inserted inside the table, leaving only the sums Excel widened', async () => {
    const rows = volumeRowsWithOutcome();
    const fake = installFake({ sheets: [{ name: 'Volymer 2025', rows }] });
    const block = calculationsBlock('Volymer 2025', await readVolumeTable(), { hospital: 'SV', month: 8 }, 'sv');
    await writeBlock('calculations', block!);
    fake.insertRows('Volymer 2025', 20, 1);
    // The sums of the totals row (now row 62) were widened by Excel to take the new row in: no longer what
    // Målkoll wrote, so they stay, and are counted.
    expect(fake.sheetValues('Volymer 2025', 'F62:G62')).toEqual([['=SUM(F4:F61)', '=SUM(G4:G61)']]);
    fake.log.syncs = 0;
    expect(await removeBlock('calculations')).toEqual({
      ok: true,
      value: { cleared: block!.cells.flat().filter((c) => c !== null).length - 2, kept: 2, address: "'Volymer 2025'!F1:H62", moved: true },
    });
    expect(fake.log.syncs).toBe(3);
    expect(
      fake
        .sheetValues('Volymer 2025', 'F1:H61')
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
    expect(fake.sheetValues('Volymer 2025', 'F62:H62')).toEqual([['=SUM(F4:F61)', '=SUM(G4:G61)', '']]);
    // Number formats are back where the cells were emptied (row 21 is the data row that was row 20).
    expect(fake.snapshot().sheets[0].cells.G21).toBeUndefined();
  });

  it('writes to the sheet the check read even after it was renamed, and remembers it by id', async () => {
    const fake = installFake({ sheets: [{ name: 'Volymer 2025', rows: volumeRowsWithOutcome() }] });
    const read = await readTable();
    if (!read.ok) throw new Error('read failed');
    const block = calculationsBlock('Volymer 2025', await readVolumeTable(), { hospital: 'SV', month: 11 }, 'sv')!;
    fake.renameSheet('Volymer 2025', 'Volymer');
    expect(await writeBlock('calculations', { ...block, sheetId: read.value.sheetId })).toMatchObject({ ok: true });
    expect(JSON.parse(String(fake.snapshot().settings[CALCULATIONS_KEY]))).toMatchObject({ sheetId: read.value.sheetId, sheet: 'Volymer' });
    // The heading names the month, not its number.
    expect(fake.sheetValues('Volymer', 'H1')).toEqual([['Måluppfyllelse t.o.m. november']]);
  });

  it('is not planned for a volume table without an outcome column', async () => {
    installFake({ sheets: [{ name: 'V', rows: volumeRowsWithOutcome().map((r) => r.slice(0, 4)) }] });
    expect(calculationsBlock('V', await readVolumeTable(), { hospital: 'SV', month: 8 }, 'sv')).toBeNull();
  });
});
