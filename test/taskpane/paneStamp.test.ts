/**
 * The pane's stamp through the adapter against the fake Excel: the stamp parts read with "Kontrollera" (no
 * round trip more), what they say of the values checked, and when the pane refuses to stamp.
 */
import { readForCheck } from '../../src/taskpane/hooks/readForCheck';
import { checkReads, type CheckRun } from '../../src/taskpane/model/checkRun';
import { paneStampOf, paneStampRefusal, stampOfRun } from '../../src/taskpane/model/paneStamp';
import { checkAndStamp, stampableSheets } from './stampFlow';
import { installFake } from './workbooks';

async function check(scope: 'range' | 'workbook'): Promise<{ run: CheckRun; stampXml: string[] }> {
  const input = await readForCheck(scope);
  if (!input.ok) throw new Error('read failed');
  return { run: checkReads(scope, input.value.reads, input.value.notes, new Date(), input.value.records.settings), stampXml: input.value.stampXml };
}

describe('the stamp as the pane reads it with a check', () => {
  it("reads the stamp parts in the check's own syncs: three for the workbook, two for a sheet", async () => {
    const fake = installFake({ sheets: stampableSheets(), selection: 'A1' });
    expect((await checkAndStamp()).ok).toBe(true);
    fake.log.syncs = 0;
    const whole = await check('workbook');
    expect(fake.log.syncs).toBe(3);
    fake.log.syncs = 0;
    const sheet = await check('range');
    expect(fake.log.syncs).toBe(2);
    expect(whole.stampXml).toHaveLength(1);
    expect(await paneStampOf(whole.stampXml, whole.run)).toMatchObject({ status: 'unchanged', checkedAt: '2025-09-05T14:02:11Z', source: 'pane' });
    // One sheet of two seen: the stamp is there, and not compared.
    expect(await paneStampOf(sheet.stampXml, sheet.run)).toEqual({ status: 'unverified', checkedAt: '2025-09-05T14:02:11Z', version: '0.1.0', source: 'pane' });
  });

  it('says changed, on its row, after an edit; and none without a stamp', async () => {
    const fake = installFake({ sheets: stampableSheets() });
    const { run: none, stampXml: noXml } = await check('workbook');
    expect(await paneStampOf(noXml, none)).toEqual({ status: 'none' });
    await checkAndStamp();
    fake.setCell('Volymer 2025', 'C30', 8134);
    const { run, stampXml } = await check('workbook');
    expect(await paneStampOf(stampXml, run)).toMatchObject({
      status: 'changed',
      tables: [{ sheet: 'Volymer 2025', status: 'changed', rows: [30] }, { status: 'unchanged' }],
    });
  });

  it('refuses a check with errors, of one sheet only, or with a sheet left unread, before Excel is asked', async () => {
    const sheets = stampableSheets();
    sheets[0].rows[29][2] = 8134;
    installFake({ sheets, selection: 'A1' });
    const broken = (await check('workbook')).run;
    expect(paneStampRefusal(broken)).toEqual({ key: 'stamp.refused.errors', params: { count: 1 } });
    expect(await stampOfRun(broken, broken.grids, '0.1.0', new Date())).toEqual({ key: 'stamp.refused.errors', params: { count: 1 } });
    installFake({ sheets: stampableSheets(), selection: 'A1' });
    const sheet = (await check('range')).run;
    expect(paneStampRefusal(sheet)).toEqual({ key: 'stamp.refused.notWorkbook' });
    const whole = (await check('workbook')).run;
    expect(paneStampRefusal(whole)).toBeNull();
    expect(paneStampRefusal({ ...whole, notes: [{ key: 'pane.read.skippedSheet', params: { sheet: 'Stor', cells: 300000 } }] })).toEqual({
      key: 'stamp.refused.skippedSheets',
    });
  });
});
