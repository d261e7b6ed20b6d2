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
});
