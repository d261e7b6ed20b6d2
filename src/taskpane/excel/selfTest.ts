/**
 * "Självtest": every kind of Excel operation the pane relies on, run once on a scratch sheet that is removed
 * afterwards, for the first controller in a real Excel (no machine Målkoll is built on has one). Each step passes
 * or fails on its own, with Excel's error code, and the result names Excel's version, platform, display language
 * and the notation it writes formulas in: what a support message needs.
 */
import { queueBoundWrite } from './boundWrite';
import { loadDecimalSeparator, invariantFormat } from './numberFormats';
import { queueDeleteRules } from './ourRules';

export type { SelfTestStep, StepResult, SelfTestEnvironment, SelfTestReport } from '../model/selfTestReport';
import type { SelfTestEnvironment, SelfTestReport, SelfTestStep, StepResult } from '../model/selfTestReport';

const SETS: [string, string][] = [
  ['ExcelApi', '1.9'],
  ['ExcelApi', '1.11'],
  ['SharedRuntime', '1.1'],
  ['CustomFunctionsRuntime', '1.3'],
  ['CustomFunctionsRuntime', '1.4'],
];
const MARKER = 'N("Målkoll:selftest")';
const SETTING = 'malkoll.selftest';
/** A formula of ours and a built-in with two arguments: Excel's rendering of them shows its names and separators. */
const FORMULAS = [['=MALKOLL.NUMBER("8,5 %")'], ['=ROUND(B2,1)']];

function code(error: unknown): string {
  const c = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof c === 'string' ? c : 'GeneralException';
}

const failedWith = (step: SelfTestStep, error: unknown): StepResult => ({
  step,
  ok: false,
  detail: { key: 'pane.selftest.detail.excel', params: { code: code(error) } },
});

function environment(): SelfTestEnvironment {
  const context = typeof Office !== 'undefined' ? Office.context : undefined;
  // eslint-disable-next-line no-restricted-syntax -- keyed by the requirement sets above, never by a workbook's names
  const sets: Record<string, boolean> = {};
  for (const [name, version] of SETS) {
    try {
      sets[`${name} ${version}`] = context?.requirements?.isSetSupported(name, version) === true;
    } catch {
      sets[`${name} ${version}`] = false;
    }
  }
  return {
    version: context?.diagnostics?.version ?? '?',
    platform: String(context?.diagnostics?.platform ?? context?.platform ?? '?'),
    displayLanguage: context?.displayLanguage ?? '?',
    listSeparator: null,
    decimalSeparator: null,
    sets,
  };
}

/** The list separator in Excel's rendering of ROUND(B2,1): whatever stands between its arguments. */
function separatorOf(local: unknown): string | null {
  const m = typeof local === 'string' ? /\(B2(.)1\)/.exec(local) : null;
  return m ? m[1] : null;
}

/**
 * Runs the steps in order, each in its own Excel.run: values and number formats written and read back; a formula
 * of ours and a built-in written as the pane writes them (./boundWrite.ts) and read back; a colouring rule added,
 * found by its marker and removed; a setting saved, read and deleted; a chunk of the pane fetched (`fetchChunk`);
 * the scratch sheet removed. Never throws.
 *
 * @example
 * const report = await runSelfTest(() => loadChecking());
 * report.steps.every((s) => s.ok) // → true in a working Excel
 */
export async function runSelfTest(fetchChunk: () => Promise<unknown>): Promise<SelfTestReport> {
  const env = environment();
  const steps: StepResult[] = [];
  let sheetName: string | null = null;

  try {
    await Excel.run(async (context) => {
      const names = context.workbook.worksheets.load('items/name');
      const separator = loadDecimalSeparator(context);
      await context.sync();
      env.decimalSeparator = separator();
      const taken = new Set(names.items.map((s) => s.name.toLowerCase()));
      let name = 'Målkoll självtest';
      for (let n = 2; taken.has(name.toLowerCase()); n++) name = `Målkoll självtest ${n}`;
      const sheet = context.workbook.worksheets.add(name);
      const cells = sheet.getRange('A1:B2');
      cells.numberFormat = [
        ['General', '0.0%'],
        ['@', '#,##0.00'],
      ];
      cells.values = [
        ['Målkoll', 0.085],
        ['0123', 1234.5],
      ];
      const back = sheet.getRange('A1:B2').load('values,numberFormat');
      await context.sync();
      sheetName = name;
      const values =
        JSON.stringify(back.values) ===
        JSON.stringify([
          ['Målkoll', 0.085],
          ['0123', 1234.5],
        ]);
      const formats =
        back.numberFormat
          .flat()
          .map((f) => invariantFormat(String(f), env.decimalSeparator))
          .join('|') === 'General|0.0%|@|#,##0.00';
      steps.push(values && formats ? { step: 'read', ok: true } : { step: 'read', ok: false, detail: { key: 'pane.selftest.detail.mismatch' } });
    });
  } catch (error) {
    steps.push(failedWith('read', error));
  }

  const onScratch = async (step: SelfTestStep, run: (context: Excel.RequestContext, sheet: Excel.Worksheet) => Promise<StepResult>) => {
    if (sheetName === null) {
      steps.push({ step, ok: false, detail: { key: 'pane.selftest.detail.noSheet' } });
      return;
    }
    const name = sheetName;
    try {
      steps.push(await Excel.run((context) => run(context, context.workbook.worksheets.getItem(name))));
    } catch (error) {
      steps.push(failedWith(step, error));
    }
  };

  await onScratch('formula', async (context, sheet) => {
    const write = queueBoundWrite(sheet, 'C1:C2', { row: 1, column: 3 }, FORMULAS);
    await context.sync();
    let outcome = write.outcome();
    if (!outcome.bound && outcome.language) {
      const bound = write.queueLocal(outcome.language);
      await context.sync();
      if (bound()) outcome = { bound: true };
    }
    const shown = sheet.getRange('C1:C2').load('formulasLocal');
    await context.sync();
    env.listSeparator = separatorOf(shown.formulasLocal[1]?.[0]);
    const formulas = shown.formulasLocal.map((row) => String(row[0])).join('  ');
    return outcome.bound
      ? { step: 'formula', ok: true, detail: { key: 'pane.selftest.detail.formula', params: { formulas } } }
      : { step: 'formula', ok: false, detail: { key: 'pane.selftest.detail.nameError', params: { formulas } } };
  });

  await onScratch('rules', async (context, sheet) => {
    const cf = sheet.getRange('A1:B2').conditionalFormats.add('Custom');
    cf.custom.rule.formula = `=${MARKER}=0`;
    cf.custom.format.fill.color = '#FFEB9C';
    await context.sync();
    const removed = await queueDeleteRules(context, [sheet], [MARKER]);
    await context.sync();
    const left = await queueDeleteRules(context, [sheet], [MARKER]);
    return removed === 1 && left === 0 ? { step: 'rules', ok: true } : { step: 'rules', ok: false, detail: { key: 'pane.selftest.detail.mismatch' } };
  });

  try {
    steps.push(
      await Excel.run(async (context) => {
        const token = `selftest-${Date.now()}`;
        context.workbook.settings.add(SETTING, token);
        const saved = context.workbook.settings.getItemOrNullObject(SETTING).load('value');
        await context.sync();
        const same = !saved.isNullObject && saved.value === token;
        context.workbook.settings.getItemOrNullObject(SETTING).delete();
        const gone = context.workbook.settings.getItemOrNullObject(SETTING).load('value');
        await context.sync();
        return same && gone.isNullObject
          ? { step: 'settings' as const, ok: true }
          : { step: 'settings' as const, ok: false, detail: { key: 'pane.selftest.detail.mismatch' as const } };
      }),
    );
  } catch (error) {
    steps.push(failedWith('settings', error));
  }

  try {
    await fetchChunk();
    steps.push({ step: 'chunk', ok: true });
  } catch {
    steps.push({ step: 'chunk', ok: false, detail: { key: 'pane.selftest.detail.chunk' } });
  }

  if (sheetName !== null) {
    const name = sheetName;
    try {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem(name).delete();
        const gone = context.workbook.worksheets.getItemOrNullObject(name).load('name');
        await context.sync();
        steps.push(gone.isNullObject ? { step: 'cleanup', ok: true } : { step: 'cleanup', ok: false, detail: { key: 'pane.selftest.detail.mismatch' } });
      });
    } catch (error) {
      steps.push(failedWith('cleanup', error));
    }
  }
  return { environment: env, steps };
}
