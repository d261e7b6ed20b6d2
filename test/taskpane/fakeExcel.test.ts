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

  it("gives null objects for a blank sheet's used range and a missing setting", async () => {
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

  it("refuses a read of a whole column of values, as Excel's payload limit does", async () => {
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

  describe('custom functions as office-js issues 891, 6614, 6611 and 6395 report', () => {
    const customFunctions = { namespace: 'MALKOLL', functions: { TARGET_STATUS: { default: 'TARGET_STATUS', 'sv-SE': 'MÅLSTATUS' } } };
    /** Writes each formula into B1 by `how`, and reads back its value, formula and local formula. */
    const write = (fake: ReturnType<typeof createFakeExcel>, how: 'formulas' | 'formulasLocal', formula: string) =>
      fake.Excel.run(async (context) => {
        const range = context.workbook.worksheets.getActiveWorksheet().getRange('B1');
        range[how] = [[formula]];
        range.load('values,formulas,formulasLocal');
        await context.sync();
        return { value: range.values[0][0], formula: range.formulas[0][0], local: range.formulasLocal[0][0] };
      });

    it('in Swedish Excel before 2607, binds none of ours through formulas, in either language; #NAME? stays once written', async () => {
      const fake = createFakeExcel({ sheets: [{ name: 'Blad1', rows: [[1]] }], office: { displayLanguage: 'sv-SE' }, customFunctions });
      await expect(write(fake, 'formulas', '=MALKOLL.TARGET_STATUS(A1,"≥90 %")')).resolves.toMatchObject({
        value: '#NAME?',
        local: '=MALKOLL.TARGET_STATUS(A1;"≥90 %")',
      });
      await expect(write(fake, 'formulas', '=MALKOLL.MÅLSTATUS(A1,"≥90 %")')).resolves.toMatchObject({ value: '#NAME?' });
      // Excel learning the functions later does not mend a formula that did not bind (6611, 6395).
      fake.loadFunctions();
      const after = await fake.Excel.run(async (context) => {
        const b1 = context.workbook.worksheets.getActiveWorksheet().getRange('B1').load('values');
        await context.sync();
        return b1.values[0][0];
      });
      expect(after).toBe('#NAME?');
    });

    it('binds the Swedish display names through formulasLocal, with ";", the decimal comma and SUMMA; refuses ","', async () => {
      const fake = createFakeExcel({ sheets: [{ name: 'Blad1', rows: [[1]] }], office: { displayLanguage: 'sv-SE' }, customFunctions });
      await expect(write(fake, 'formulasLocal', '=MALKOLL.MÅLSTATUS(A1;"≥90 %";0,1)')).resolves.toEqual({
        value: '',
        formula: '=MALKOLL.MÅLSTATUS(A1,"≥90 %",0.1)',
        local: '=MALKOLL.MÅLSTATUS(A1;"≥90 %";0,1)',
      });
      await expect(write(fake, 'formulasLocal', '=MALKOLL.TARGET_STATUS(A1;"≥90 %")')).resolves.toMatchObject({ value: '#NAME?' });
      await expect(write(fake, 'formulasLocal', '=MALKOLL.MÅLSTATUS(A1,"≥90 %")')).rejects.toMatchObject({ code: 'InvalidArgument' });
      await expect(write(fake, 'formulasLocal', '=SUMMA(A1:A2)')).resolves.toEqual({ value: '', formula: '=SUM(A1:A2)', local: '=SUMMA(A1:A2)' });
      await expect(write(fake, 'formulasLocal', '=SUM(A1:A2)')).resolves.toMatchObject({ value: '#NAME?' });
      // Built-ins are translated through formulas as Excel does (891); a Swedish built-in name is unknown there.
      await expect(write(fake, 'formulas', '=SUM(A1:A2)')).resolves.toEqual({ value: '', formula: '=SUM(A1:A2)', local: '=SUMMA(A1:A2)' });
      await expect(write(fake, 'formulas', '=SUMMA(A1:A2)')).resolves.toMatchObject({ value: '#NAME?' });
    });

    it('binds through formulas in English Excel, and in Swedish Excel from 2607 on by id', async () => {
      const english = createFakeExcel({ sheets: [{ name: 'Blad1' }], office: { displayLanguage: 'en-GB' }, customFunctions });
      await expect(write(english, 'formulas', '=MALKOLL.TARGET_STATUS(A1,"≥90 %")')).resolves.toMatchObject({
        value: '',
        local: '=MALKOLL.TARGET_STATUS(A1,"≥90 %")',
      });
      const fixed = createFakeExcel({
        sheets: [{ name: 'Blad1' }],
        office: { displayLanguage: 'sv-SE' },
        customFunctions: { ...customFunctions, fixedIn2607: true },
      });
      await expect(write(fixed, 'formulas', '=MALKOLL.TARGET_STATUS(A1,"≥90 %")')).resolves.toEqual({
        value: '',
        formula: '=MALKOLL.MÅLSTATUS(A1,"≥90 %")',
        local: '=MALKOLL.MÅLSTATUS(A1;"≥90 %")',
      });
      // The same workbook opened in English Excel shows the bound function by its English name.
      fixed.setDisplayLanguage('en-US');
      expect(fixed.sheetValues('Blad1', 'B1')).toEqual([['=MALKOLL.TARGET_STATUS(A1,"≥90 %")']]);
    });

    it("shows a saved workbook's functions as _xldudf_… until Excel knows them (3558, 5611)", async () => {
      const fake = createFakeExcel({
        sheets: [{ name: 'Blad1', rows: [[0.93, 'Uppfyllt']], formulas: { B1: '=MALKOLL.TARGET_STATUS(A1,"≥90 %")' } }],
        customFunctions: { ...customFunctions, loaded: false },
      });
      const read = () =>
        fake.Excel.run(async (context) => {
          const r = context.workbook.worksheets.getActiveWorksheet().getRange('B1').load('values,formulas');
          await context.sync();
          return [r.values[0][0], r.formulas[0][0]];
        });
      await expect(read()).resolves.toEqual(['#NAME?', '=_xldudf_MALKOLL_TARGET_STATUS(A1,"≥90 %")']);
      fake.loadFunctions();
      // Its computed value, as the workbook saved it.
      await expect(read()).resolves.toEqual(['Uppfyllt', '=MALKOLL.TARGET_STATUS(A1,"≥90 %")']);
    });
  });

  it("loses a text's leading apostrophe through formulas, as Excel does (6687)", async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Blad1' }] });
    const back = await fake.Excel.run(async (context) => {
      const a1 = context.workbook.worksheets.getActiveWorksheet().getRange('A1');
      a1.values = [["'0123"]];
      a1.load('formulas');
      await context.sync();
      const read = a1.formulas;
      a1.formulas = read;
      a1.load('values,valueTypes');
      await context.sync();
      return [read[0][0], a1.values[0][0], a1.valueTypes[0][0]];
    });
    expect(back).toEqual(['0123', 123, 'Double']);
  });

  it("reads number formats back in the user's notation with localizedNumberFormats (2824), and tells the separators (ExcelApi 1.11)", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: 'Blad1', formats: { A1: { numberFormat: '#,##0.0' } } }],
      office: { displayLanguage: 'sv-SE' },
      localizedNumberFormats: true,
    });
    const read = await fake.Excel.run(async (context) => {
      const a1 = context.workbook.worksheets.getActiveWorksheet().getRange('A1').load('numberFormat');
      const info = context.workbook.application.cultureInfo.numberFormat.load('numberDecimalSeparator,numberGroupSeparator');
      await context.sync();
      return [a1.numberFormat[0][0], info.numberDecimalSeparator, info.numberGroupSeparator];
    });
    expect(read).toEqual(['#\u00a0##0,0', ',', '\u00a0']);
    const old = createFakeExcel({ office: { apiSets: { ExcelApi: '1.9' } } });
    await expect(
      old.Excel.run(async (context) => {
        context.workbook.application.cultureInfo.numberFormat.load('numberDecimalSeparator');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('refuses a request of more than 5 MB on the web, and nothing of it happens', async () => {
    const text = 'y'.repeat(1000);
    const write = (fake: ReturnType<typeof createFakeExcel>, rows: number) =>
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange(`A1:B${rows}`).values = Array.from({ length: rows }, () => [text, text]);
        await context.sync();
      });
    const web = createFakeExcel({ sheets: [{ name: 'Blad1' }], office: { platform: 'OfficeOnline' } });
    await write(web, 2000);
    expect(web.log.maxRequestBytesPerSync).toBeGreaterThan(4_000_000);
    await expect(write(web, 3000)).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(web.sheetValues('Blad1', 'A2001')).toEqual([['']]);
    await expect(write(createFakeExcel({ sheets: [{ name: 'Blad1' }] }), 3000)).resolves.toBeUndefined();
  });

  it('renumbers sheet ids when the workbook is opened again (1390), and may lose the settings (360, 2940)', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'A' }, { name: 'B' }], settings: { k: 'v' } });
    const ids = () =>
      fake.Excel.run(async (context) => {
        const sheets = context.workbook.worksheets.load('items/id');
        await context.sync();
        return sheets.items.map((s) => s.id);
      });
    const before = await ids();
    fake.reopen({ settingsLost: true });
    const after = await ids();
    expect(after).toEqual(['{00000000-0001-0000-0000-000000000000}', '{00000000-0001-0000-0001-000000000000}']);
    expect(after).not.toEqual(before);
    expect(fake.snapshot().settings).toEqual({});
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

  it('freezes top rows (ExcelApi 1.7) and keeps one AutoFilter a sheet on a range of that sheet (ExcelApi 1.9), as Microsoft documents them', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Blad1', rows: [[1, 2]] }, { name: 'Blad2' }] });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blad1');
      sheet.freezePanes.freezeRows(2);
      sheet.autoFilter.apply(sheet.getRange('A1:B1'));
      sheet.autoFilter.apply(sheet.getRange('A2:B5'));
      await context.sync();
    });
    expect(fake.snapshot().sheets.map((s) => [s.frozenRows, s.autoFilter])).toEqual([
      [2, 'A2:B5'],
      [undefined, undefined],
    ]);
    const elsewhere = fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').autoFilter.apply(context.workbook.worksheets.getItem('Blad2').getRange('A1:B2'));
      await context.sync();
    });
    await expect(elsewhere).rejects.toMatchObject({ code: 'InvalidArgument' });
    const old = createFakeExcel({ sheets: [{ name: 'Blad1' }], office: { apiSets: { ExcelApi: '1.6' } } });
    const frozen = old.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').freezePanes.freezeRows(1);
      await context.sync();
    });
    await expect(frozen).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});
