/** The fake must behave like Office where the adapter depends on it, or the adapter tests prove nothing. */
import { createFakeExcel } from '../fakes/fake-excel';

describe('the fake Excel', () => {
  it('gives a property only after load and sync, as Office does', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Blad1', rows: [[1, 'a']] }] });
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1:B1');
      expect(() => range.values).toThrow(/not available/);
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([[1, 'a']]);
      expect(() => range.address).toThrow(/not available/);
    });
    expect(fake.log.syncs).toBe(1);
  });

  it('applies writes only when the batch is sent, and counts a sync Excel.run makes for what is left queued', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Blad1', rows: [[1]] }] });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('B1').values = [[2]];
      expect(fake.sheetValues('Blad1', 'A1:B1')).toEqual([[1, '']]);
    });
    expect(fake.sheetValues('Blad1', 'A1:B1')).toEqual([[1, 2]]);
    expect(fake.log.syncs).toBe(1);
  });

  it('gives null objects for a blank sheet\'s used range and a missing setting', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Tomt' }] });
    await fake.Excel.run(async (context) => {
      const used = context.workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject(true).load('address');
      const setting = context.workbook.settings.getItemOrNullObject('x').load('value');
      await context.sync();
      expect(used.isNullObject).toBe(true);
      expect(setting.isNullObject).toBe(true);
    });
  });

  it('refuses to load custom rule properties of a rule of another type, as Excel does', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Blad1', rows: [[1]], conditionalFormats: [{ ranges: ['A1'], type: 'DataBar' }] }] });
    await expect(
      fake.Excel.run(async (context) => {
        const cfs = context.workbook.worksheets.getActiveWorksheet().getRange('A1').conditionalFormats.load('items/custom/rule/formula');
        await context.sync();
        return cfs.items.length;
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('refuses a read of a whole column of values, as Excel\'s payload limit does', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Blad1', rows: [[1]] }] });
    await expect(
      fake.Excel.run(async (context) => {
        const r = context.workbook.worksheets.getActiveWorksheet().getRange('A:E').load('values');
        await context.sync();
        return r.values;
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('wants the list separator of the regional settings in getRanges, as desktop Excel does', async () => {
    const run = (separator: ',' | ';', address: string) =>
      createFakeExcel({ sheets: [{ name: 'Blad1', rows: [[1, 2]] }], listSeparator: separator }).Excel.run(async (context) => {
        const areas = context.workbook.worksheets.getActiveWorksheet().getRanges(address).load('areaCount');
        await context.sync();
        return areas.areaCount;
      });
    await expect(run(';', 'A1;B2')).resolves.toBe(2);
    await expect(run(';', 'A1,B2')).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(run(',', 'A1,B2')).resolves.toBe(2);
    await expect(run(',', 'A1;B2')).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('refuses Excel.run until Office has started and the page has waited for it with Office.onReady', async () => {
    const fake = createFakeExcel({ office: { readyAfterMs: 30, displayLanguage: 'sv-SE' } });
    expect(fake.Office.context).toBeUndefined();
    await expect(fake.Excel.run(async () => 1)).rejects.toMatchObject({ code: 'GeneralException' });
    const info = await fake.Office.onReady();
    expect(info).toEqual({ host: 'Excel', platform: 'PC' });
    expect(fake.Office.context?.displayLanguage).toBe('sv-SE');
    await expect(fake.Excel.run(async () => 1)).resolves.toBe(1);
  });

  it('binds custom functions by the names of the display language: another language\'s name is #NAME?', async () => {
    const customFunctions = { namespace: 'MALKOLL', functions: { TARGET_STATUS: { default: 'TARGET_STATUS', 'sv-SE': 'MÅLSTATUS' } } };
    const fake = createFakeExcel({ sheets: [{ name: 'Blad1', rows: [[1]] }], office: { displayLanguage: 'sv-SE' }, customFunctions });
    const read = await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('B1:C1');
      range.formulas = [['=MALKOLL.TARGET_STATUS(A1,"≥90 %")', '=MALKOLL.MÅLSTATUS(A1,"≥90 %")']];
      range.load('values,valueTypes,formulas');
      await context.sync();
      return { values: range.values, types: range.valueTypes };
    });
    expect(read).toEqual({ values: [['#NAME?', '']], types: [['Error', 'Empty']] });
    // The same workbook opened in English Excel shows the bound function by its English name.
    fake.setDisplayLanguage('en-US');
    expect(fake.sheetValues('Blad1', 'C1')).toEqual([['=MALKOLL.TARGET_STATUS(A1,"≥90 %")']]);
  });

  it('measures what one sync loads and refuses more than 5 MB of it, as Excel on the web does', async () => {
    const long = 'x'.repeat(1000);
    const rows = Array.from({ length: 3000 }, () => [long, long]);
    const load = (fake: ReturnType<typeof createFakeExcel>, address: string) =>
      fake.Excel.run(async (context) => {
        const r = context.workbook.worksheets.getActiveWorksheet().getRange(address).load('values');
        await context.sync();
        return r.values.length;
      });
    const web = createFakeExcel({ sheets: [{ name: 'Blad1', rows }], office: { platform: 'OfficeOnline' } });
    await expect(load(web, 'A1:B2000')).resolves.toBe(2000);
    expect(web.log.maxBytesPerSync).toBeGreaterThan(4_000_000);
    await expect(load(web, 'A1:B3000')).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(web.log.refusedSyncs).toBe(1);
    // Desktop Excel documents no such limit.
    const desktop = createFakeExcel({ sheets: [{ name: 'Blad1', rows }] });
    await expect(load(desktop, 'A1:B3000')).resolves.toBe(3000);
  });

  it('reads text written into a General cell as Excel reads typing, and leaves it alone in a Text cell', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Blad1', formats: { B1: { numberFormat: '@' } } }] });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange('A1:A3').values = [['2026-11-23 14:05'], ['2025'], ['C31']];
      sheet.getRange('B1').values = [['2026-11-23 14:05']];
    });
    const values = fake.sheetValues('Blad1', 'A1:B3');
    expect(values[0][0]).toBeCloseTo(46349.5868, 3);
    expect(values.map((r) => r[0]).slice(1)).toEqual([2025, 'C31']);
    expect(values[0][1]).toBe('2026-11-23 14:05');
  });

  it('refuses getSelectedRange for a selection of several areas, and gives them through getSelectedRanges', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Blad1', rows: [[1]] }], selection: 'A1:B3,D5' });
    await expect(
      fake.Excel.run(async (context) => {
        const r = context.workbook.getSelectedRange().load('address');
        await context.sync();
        return r.address;
      }),
    ).rejects.toMatchObject({ code: 'InvalidSelection' });
    const areas = await fake.Excel.run(async (context) => {
      const r = context.workbook.getSelectedRanges().load('address,areaCount');
      await context.sync();
      return [r.address, r.areaCount];
    });
    expect(areas).toEqual(['Blad1!A1:B3,Blad1!D5', 2]);
  });
});
