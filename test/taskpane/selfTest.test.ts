/**
 * The self-test against the fake Excel: every operation passes in a working Excel, in Swedish and English, and
 * each failure Excel can answer with is named, never thrown, with the workbook left as it was.
 */
import { runSelfTest } from '../../src/taskpane/excel/selfTest';
import { selfTestText } from '../../src/taskpane/model/selfTestText';
import { customFunctionsOfBuild } from '../support/customFunctionNames';
import type { FakeConfig } from '../fakes/fake-excel';
import { installFake } from './workbooks';

const workbook = (extra: Partial<FakeConfig> = {}): FakeConfig => ({
  sheets: [{ name: 'Volymer', rows: [['Ortopedi', 11080]] }],
  settings: { 'malkoll.settings': '{"tolerance":0.1}' },
  customFunctions: customFunctionsOfBuild(),
  ...extra,
});
const fetched = () => Promise.resolve();
const outcome = (report: Awaited<ReturnType<typeof runSelfTest>>) => Object.fromEntries(report.steps.map((s) => [s.step, s.ok]));

describe('the self-test', () => {
  it('passes every step in Swedish Excel before 2607, learns ";" and "," from Excel, and leaves the workbook as it was', async () => {
    const fake = installFake(workbook({ office: { displayLanguage: 'sv-SE', version: '16.0.19127.20192' } }));
    const before = fake.snapshot();
    const report = await runSelfTest(fetched);
    expect(outcome(report)).toEqual({ read: true, formula: true, rules: true, settings: true, chunk: true, cleanup: true });
    expect(report.environment).toMatchObject({
      version: '16.0.19127.20192',
      platform: 'PC',
      displayLanguage: 'sv-SE',
      listSeparator: ';',
      decimalSeparator: ',',
    });
    expect(report.steps.find((s) => s.step === 'formula')?.detail).toEqual({
      key: 'pane.selftest.detail.formula',
      params: { formulas: '=MALKOLL.TAL("8,5 %")  =AVRUNDA(B2;1)' },
    });
    expect(fake.snapshot()).toEqual(before);
    const text = selfTestText('sv', report, new Date(2026, 4, 4, 10, 5), '1.2.3');
    expect(text.split('\n').slice(0, 5)).toEqual([
      'Självtest 2026-05-04 10:05',
      'Målkoll 1.2.3 · Excel 16.0.19127.20192 (PC) · visningsspråk sv-SE',
      'Listavgränsare ; · decimaltecken ,',
      'Stöds: ExcelApi 1.9 ✓, ExcelApi 1.11 ✓, SharedRuntime 1.1 ✓, CustomFunctionsRuntime 1.3 ✓, CustomFunctionsRuntime 1.4 ✓',
      'Allt fungerade.',
    ]);
    expect(text).toContain('✓ Skriva en formel med Målkolls funktioner på Excels språk — Excel visar: =MALKOLL.TAL("8,5 %")  =AVRUNDA(B2;1)');
  });

  it('passes in English Excel on the web, in English', async () => {
    installFake(workbook({ office: { displayLanguage: 'en-GB', platform: 'OfficeOnline' } }));
    const report = await runSelfTest(fetched);
    expect(report.steps.every((s) => s.ok)).toBe(true);
    expect(report.environment).toMatchObject({ platform: 'OfficeOnline', listSeparator: ',', decimalSeparator: '.' });
    expect(selfTestText('en', report, new Date(2026, 4, 4, 10, 5))).toContain(
      '✓ Write a formula with Målkoll’s functions in Excel’s language — Excel shows: =MALKOLL.NUMBER("8,5 %")  =ROUND(B2,1)',
    );
  });

  it("names the formula step as failing when Excel does not know Målkoll's functions, and still removes its sheet", async () => {
    const fake = installFake(workbook({ office: { displayLanguage: 'sv-SE' }, customFunctions: { ...customFunctionsOfBuild(), loaded: false } }));
    const before = fake.snapshot();
    const report = await runSelfTest(fetched);
    expect(outcome(report)).toEqual({ read: true, formula: false, rules: true, settings: true, chunk: true, cleanup: true });
    expect(report.steps.find((s) => s.step === 'formula')?.detail?.key).toBe('pane.selftest.detail.nameError');
    expect(fake.snapshot()).toEqual(before);
  });

  it('says what Excel refused in a workbook opened read-only, and changes nothing', async () => {
    const fake = installFake(workbook({ readOnly: true }));
    const before = fake.snapshot();
    const report = await runSelfTest(fetched);
    expect(report.steps).toEqual([
      { step: 'read', ok: false, detail: { key: 'pane.selftest.detail.excel', params: { code: 'AccessDenied' } } },
      { step: 'formula', ok: false, detail: { key: 'pane.selftest.detail.noSheet' } },
      { step: 'rules', ok: false, detail: { key: 'pane.selftest.detail.noSheet' } },
      { step: 'settings', ok: false, detail: { key: 'pane.selftest.detail.excel', params: { code: 'AccessDenied' } } },
      { step: 'chunk', ok: true },
    ]);
    expect(fake.snapshot()).toEqual(before);
  });

  it('names a chunk that cannot be fetched', async () => {
    installFake(workbook());
    const report = await runSelfTest(() => Promise.reject(new Error('ChunkLoadError')));
    expect(report.steps.find((s) => s.step === 'chunk')).toEqual({ step: 'chunk', ok: false, detail: { key: 'pane.selftest.detail.chunk' } });
  });

  it("in an Excel without ExcelApi 1.11 still passes, the decimal separator unknown, and leaves a sheet of the user's own name alone", async () => {
    const fake = installFake(
      workbook({
        sheets: [{ name: 'Målkoll självtest', rows: [['mine']] }],
        office: { displayLanguage: 'sv-SE', apiSets: { ExcelApi: '1.9', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.3' } },
      }),
    );
    const before = fake.snapshot();
    const report = await runSelfTest(fetched);
    expect(report.steps.every((s) => s.ok)).toBe(true);
    expect(report.environment).toMatchObject({ listSeparator: ';', decimalSeparator: null });
    expect(report.environment.sets).toMatchObject({ 'ExcelApi 1.11': false, 'CustomFunctionsRuntime 1.4': false });
    expect(fake.snapshot()).toEqual(before);
  });
});
