/**
 * axe-core over every state of the task pane and of /check.html a controller can reach: before and after a
 * check, each tab, a long list, a confirmation, a notice, progress, no table, outside Excel, both languages.
 * Zero violations (WCAG 2.x A/AA and best practices), tabster's dummy inputs aside (see support/axe.ts).
 */
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { launchChromium, watchedPage } from '../support/browser';
import { openPane } from '../support/pane';
import { serveDirectory, type StaticServer } from '../support/staticServer';
import { bigVolumeRows, indicatorRows, rowOf, seedVolumeRows, volumeRowsWithOutcome } from '../taskpane/workbooks';

const DIST = path.resolve(__dirname, '..', '..', 'dist');

function brokenRowsWithOutcome() {
  const rows = volumeRowsWithOutcome();
  rows[rowOf(rows, 'Ortopedi') - 1][2] = 8134;
  return rows;
}

describe('accessibility (axe-core)', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDirectory(DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Every state's violations, named by state, so that a failure says where. */
  async function expectClean(page: Page, state: string): Promise<void> {
    expect({ state, violations: await axeViolations(page) }).toEqual({ state, violations: [] });
  }

  it('the task pane, in every state, in Swedish', async () => {
    const { page } = await openPane(browser, server, {
      sheets: [
        { name: 'Volymer 2025', rows: brokenRowsWithOutcome() },
        { name: 'Indikatorer', rows: indicatorRows() },
      ],
      selection: 'A1',
    });
    await expectClean(page, 'before a check');
    await page.getByTestId('check').click();
    await page.getByTestId('finding').first().waitFor();
    await expectClean(page, 'findings');
    await page.getByTestId('tab-calculations').click();
    await page.getByTestId('calculations').waitFor();
    await expectClean(page, 'calculations');
    await page.getByTestId('add-calculations').click();
    await page.getByTestId('confirm-dialog').waitFor();
    await expectClean(page, 'confirmation');
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByTestId('tab-findings').click();
    await page.getByTestId('mark').click();
    await page.getByTestId('notice').waitFor();
    await expectClean(page, 'notice');

    await page.getByTestId('check-workbook').click();
    await page.getByTestId('checklist-indicators').filter({ hasText: 'Indikatortabellen: 1 fel' }).waitFor();
    await page.getByTestId('tab-indicators').click();
    await page.getByTestId('indicators').waitFor();
    await expectClean(page, 'indicators');

    // Progress, while Excel is held.
    await page.evaluate(() => {
      const g = globalThis as unknown as { Excel: { run: (batch: unknown) => Promise<unknown> }; __releaseExcel?: () => void };
      const run = g.Excel.run;
      const gate = new Promise<void>((release) => (g.__releaseExcel = release));
      g.Excel.run = (batch: unknown) => gate.then(() => run(batch));
    });
    await page.getByTestId('check').click();
    await page.getByRole('progressbar').waitFor();
    await expectClean(page, 'progress');
    await page.evaluate(() => (globalThis as unknown as { __releaseExcel: () => void }).__releaseExcel());
    await page.context().close();
  });

  it('the task pane with a long list, with no table, outside Excel, starting, and in English', async () => {
    const rows = bigVolumeRows(200);
    for (let r = 4; r < 64; r++) (rows[r - 1] as number[])[1] = (rows[r - 1][1] as number) + 1;
    const long = await openPane(browser, server, { sheets: [{ name: 'Volymer', rows }] });
    await long.page.getByTestId('check').click();
    await long.page.getByTestId('show-more').click();
    await expectClean(long.page, 'long list, more shown');
    await long.page.context().close();

    const none = await openPane(browser, server, { sheets: [{ name: 'Anteckningar', rows: [['Möte 3 maj']] }] });
    await none.page.getByTestId('check').click();
    await none.page.getByTestId('no-table').waitFor();
    await expectClean(none.page, 'no table');
    await none.page.context().close();

    const outside = await openPane(browser, server, null);
    await outside.page.getByTestId('needs-excel').waitFor();
    await expectClean(outside.page, 'outside Excel');
    await outside.page.context().close();

    const starting = await openPane(browser, server, { sheets: [{ name: 'Volymer 2025', rows: seedVolumeRows() }], office: { readyAfterMs: 60000 } });
    await starting.page.getByTestId('starting').waitFor();
    await expectClean(starting.page, 'starting');
    await starting.page.context().close();

    const english = await openPane(browser, server, { sheets: [{ name: 'Volumes', rows: brokenRowsWithOutcome() }] }, 'en-GB');
    await english.page.getByTestId('check').click();
    await english.page.getByTestId('finding').first().waitFor();
    await expectClean(english.page, 'English findings');
    await english.page.context().close();
  });

  it('/check.html: before a file, with the sample, on each tab, with an unreadable file, in English', async () => {
    const { page } = await watchedPage(browser, { locale: 'sv-SE' });
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(`${server.url}check.html`);
    await page.getByTestId('open-sample').waitFor();
    await expectClean(page, 'check page, start');
    await page.getByTestId('open-sample').click();
    await page.getByTestId('result').waitFor();
    await expectClean(page, 'check page, sample');
    await page.getByTestId('tab-findings').click();
    await expectClean(page, 'check page, sample findings');
    await page.getByTestId('file-input').setInputFiles({ name: 'a.csv', mimeType: 'text/csv', buffer: Buffer.from('a;b\n1;2\n') });
    await page.getByTestId('notice').waitFor();
    await expectClean(page, 'check page, unreadable');
    await page.goto(`${server.url}check.html?lang=en`);
    await page.getByTestId('open-sample').waitFor();
    await expectClean(page, 'check page, English');
    await page.context().close();
  });
});
