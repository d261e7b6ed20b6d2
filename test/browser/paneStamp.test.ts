/**
 * "Stämpla som kontrollerad" in the built task pane (headless Chromium, the fake Excel): a check of the whole
 * workbook, the stamp written only on the click, shown as unchanged, and the workbook Excel would save (laid
 * out as Excel stores custom XML parts, test/support/excelPackage.ts) read by the command line as stamped in
 * the pane and unchanged; after an edit, the pane and the command line both say changed, on its row. A check
 * with errors, of one sheet only, or of values changed before the click is not stamped, and says why.
 */
import { writeFileSync } from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { assertCliBuilt, runCliJson, tempDir } from '../cli/support';
import { axeViolations } from '../support/axe';
import { openPane, servedPane, snapshot, log, type FakeGlobal } from '../support/pane';
import { excelPackage } from '../support/excelPackage';
import { stampableSheets } from '../taskpane/stampFlow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION = (require('../../package.json') as { version: string }).version;

const setCell = (page: Page, sheet: string, address: string, value: number) =>
  page.evaluate(([s, a, v]) => (globalThis as unknown as FakeGlobal).__malkollFake.setCell(s as string, a as string, v as number), [sheet, address, value]);

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f\u2060]/g, ' ');

/** Clicks a check button and waits until the check has read the workbook and the pane is idle again. */
async function checkBy(page: Page, testId: 'check' | 'check-workbook'): Promise<void> {
  const before = (await log(page)).syncs;
  await page.getByTestId(testId).click();
  await page.waitForFunction((n) => (globalThis as unknown as FakeGlobal).__malkollFake.log.syncs >= n, before + 2);
  await page.locator(`[data-testid="${testId}"]:not([aria-disabled="true"])`).waitFor();
  await page.getByTestId('stamp-section').waitFor();
}
const checkWorkbook = (page: Page) => checkBy(page, 'check-workbook');

/** The workbook as Excel would save it, read by `malkoll check --require-stamp --json`. */
async function cliReads(page: Page, file: string) {
  const saved = path.join(tempDir(), file);
  writeFileSync(saved, excelPackage(await snapshot(page)));
  return runCliJson(['check', saved, '--require-stamp']);
}

beforeAll(assertCliBuilt);

describe('the stamp in the task pane', () => {
  const session = servedPane();

  it('stamps on the click, shows it unchanged, and the command line reads the saved workbook as the pane stamped it; changed after an edit', async () => {
    const { page, outside, errors } = await openPane(session.browser, session.server, { sheets: stampableSheets(), selection: 'A1' });
    await checkWorkbook(page);
    const stamp = page.getByTestId('stamp');
    await expect(stamp.getAttribute('data-status')).resolves.toBe('none');
    await expect(stamp.textContent()).resolves.toBe('Inte stämplad som kontrollerad.');
    // Nothing is written until the controller asks.
    expect((await snapshot(page)).customXmlParts).toEqual([]);
    expect({ state: 'not stamped', violations: await axeViolations(page) }).toEqual({ state: 'not stamped', violations: [] });

    const before = (await log(page)).syncs;
    await page.getByRole('button', { name: 'Stämpla som kontrollerad' }).click();
    await page.getByTestId('notice').filter({ hasText: 'Arbetsboken är stämplad som kontrollerad.' }).waitFor();
    // The tables read again and the part written: one Excel.run of two syncs.
    expect((await log(page)).syncs - before).toBe(2);
    // Said under the verdict now, where a stamp the workbook carries is said.
    await page.locator('[data-testid="stamp"][data-status="unchanged"]').waitFor();
    await expect(page.getByTestId('stamp').count()).resolves.toBe(1);
    // (Numbers are kept on one line with no-break spaces: compared as plain spaces.)
    await expect(stamp.textContent().then(plain)).resolves.toMatch(
      new RegExp(
        `^Stämplad som kontrollerad \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d \\(i Excel, Målkoll ${VERSION.replace(/\./g, '\\.')}\\) och oförändrad sedan dess\\.$`,
      ),
    );
    const parts = (await snapshot(page)).customXmlParts;
    expect(parts.map((p) => p.namespaceUri)).toEqual(['urn:malkoll:stamp:1']);
    expect({ state: 'stamped', violations: await axeViolations(page) }).toEqual({ state: 'stamped', violations: [] });

    const read = await cliReads(page, 'SV kontrollerad.xlsx');
    expect(read.report.files[0].stamp).toMatchObject({
      status: 'unchanged',
      version: VERSION,
      source: 'pane',
      tables: [
        { sheet: 'Volymer 2025', range: 'A1:D61', status: 'unchanged' },
        { sheet: 'Indikatorer', range: 'A3:E11', status: 'unchanged' },
      ],
    });
    expect(read.status).toBe(0);

    // A figure edited after the stamp: the pane's next check and the command line both place it on row 6.
    await setCell(page, 'Indikatorer', 'D6', 0.94);
    await checkWorkbook(page);
    await page.locator('[data-testid="stamp"][data-status="changed"]').waitFor();
    await expect(
      page
        .getByTestId('stamp-table')
        .allTextContents()
        .then((t) => t.map(plain)),
    ).resolves.toEqual(['Indikatorer!A3:E11: ändrad på rad 6']);
    expect({ state: 'changed', violations: await axeViolations(page) }).toEqual({ state: 'changed', violations: [] });
    const edited = await cliReads(page, 'SV ändrad.xlsx');
    expect(edited.report.files[0].stamp).toMatchObject({
      status: 'changed',
      tables: [{ status: 'unchanged' }, { sheet: 'Indikatorer', status: 'changed', rows: [6] }],
    });
    expect(edited.status).toBe(1);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('refuses, saying why and writing nothing, a check with errors, a check of one sheet, and values changed since the check', async () => {
    const sheets = stampableSheets();
    sheets[0].rows[29][2] = 8134;
    const { page, errors } = await openPane(session.browser, session.server, { sheets, selection: 'A1' });
    await checkWorkbook(page);
    await page.getByTestId('stamp-button').click();
    await page.getByTestId('notice').filter({ hasText: 'Arbetsboken stämplades inte: kontrollen hittade fel (1); rätta dem och kontrollera igen.' }).waitFor();
    expect({ state: 'refused', violations: await axeViolations(page) }).toEqual({ state: 'refused', violations: [] });

    // Corrected, but only the active sheet checked: a stamp covers the whole workbook.
    await setCell(page, 'Volymer 2025', 'C30', 8143);
    await checkBy(page, 'check');
    await page.locator('[data-testid="stamp"][data-status="none"]').waitFor();
    await page.getByTestId('stamp-button').click();
    await page.getByTestId('notice').filter({ hasText: 'en stämpel gäller hela arbetsboken; välj Kontrollera hela arbetsboken och stämpla sedan' }).waitFor();

    // Checked whole, then a figure typed before the click: the values read again are not the values checked.
    await checkWorkbook(page);
    await setCell(page, 'Volymer 2025', 'C31', 1);
    await page.getByTestId('stamp-button').click();
    await page.getByTestId('notice').filter({ hasText: 'arbetsboken har ändrats sedan kontrollen; kontrollera igen innan du stämplar' }).waitFor();
    expect((await snapshot(page)).customXmlParts).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('speaks English, and after a check of one sheet says the stamp is there without comparing it', async () => {
    const { page, errors } = await openPane(session.browser, session.server, { sheets: stampableSheets(), selection: 'A1' }, 'en-US');
    await checkWorkbook(page);
    await page.getByRole('button', { name: 'Stamp as checked' }).click();
    await page.getByTestId('notice').filter({ hasText: 'The workbook is stamped as checked. Save the workbook for the stamp to go with the file.' }).waitFor();
    await checkBy(page, 'check');
    await page.locator('[data-testid="stamp"][data-status="unverified"]').waitFor();
    await expect(page.getByTestId('stamp').textContent().then(plain)).resolves.toMatch(
      /^Stamped as checked .* \(in Excel, Målkoll .*\)\. Check the whole workbook to see whether it is unchanged since\.$/,
    );
    expect({ state: 'unverified', violations: await axeViolations(page) }).toEqual({ state: 'unverified', violations: [] });
    expect(errors).toEqual([]);
  });
});
