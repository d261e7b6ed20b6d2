/**
 * /check.html (dist/, as `npm run build` makes it) in headless Chromium: the sample workbook one click
 * away, a workbook chosen or dropped, a file that is not a workbook. Every request that would leave the
 * machine is aborted and recorded: there must be none.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import seed from '../../samples/seed-000-volymer-2025.json';
import { launchChromium, watchedPage, type WatchedPage } from '../support/browser';
import { serveDirectory, type StaticServer } from '../support/staticServer';

const ROOT = path.resolve(__dirname, '..', '..');
/** dist/ as `npm run build` makes it; MALKOLL_DIST points the test at another build of the page. */
const DIST = process.env.MALKOLL_DIST ?? path.join(ROOT, 'dist');

/** Seed 000's table with Ortopedi's bas (C30) typed 8 134 instead of 8 143. */
async function brokenSeedWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Volymer 2025');
  for (const row of seed.rows) sheet.addRow(row);
  sheet.getCell('C30').value = 8134;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const findings = (page: Page) =>
  page.getByTestId('finding').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-cell')} ${e.getAttribute('data-code')}`));

describe('/check.html in headless Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let watched: WatchedPage;

  beforeAll(async () => {
    for (const file of ['check.html', 'check.js', path.join('samples', 'malkoll-exempel.xlsx')]) {
      if (!fs.existsSync(path.join(DIST, file))) throw new Error(`dist/${file} is missing: run \`npm run build\` first`);
    }
    server = await serveDirectory(DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    watched = await watchedPage(browser, { locale: 'sv-SE' });
    await watched.page.setViewportSize({ width: 1000, height: 900 });
  });
  afterEach(async () => {
    // Nothing left the machine, and nothing broke (a blocked request or a CSP violation is a console error).
    expect(watched.outside).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.page.context().close();
  });

  it('opens the sample workbook in one click and shows its findings with the task pane’s views', async () => {
    const { page } = watched;
    await page.goto(`${server.url}check.html`);
    await expect(page.title()).resolves.toBe('Målkoll: kontrollera en arbetsbok');
    await expect(page.getByTestId('private').textContent()).resolves.toContain('Inget laddas upp');
    await page.getByRole('button', { name: 'Öppna exempelarbetsboken' }).click();
    await page.getByTestId('result').waitFor();

    // The volume table adds up; 13 indicators miss their targets (samples/make-sample.js), each a warning.
    await expect(page.getByTestId('verdict').textContent()).resolves.toBe('Klar för inlämning');
    await expect(page.getByTestId('summary').textContent()).resolves.toContain('14 varningar att se över');
    const found = await findings(page);
    expect(found).toHaveLength(14);
    expect(found).toContain('D14 target-missed'); // Beläggningsgrad, somatisk vård: 93,4 % against ≤ 90 %
    expect(found).toContain('C17 target-missing'); // Medelvårdtid på sjukhus: an outcome and no target
    expect(new Set(found.map((f) => f.split(' ')[1]))).toEqual(new Set(['target-missed', 'target-missing']));

    await page.getByTestId('tab-indicators').click();
    await expect(page.getByTestId('count-met').textContent()).resolves.toMatch(/10$/);
    await expect(page.getByTestId('count-missed').textContent()).resolves.toMatch(/13$/);
    await expect(page.getByTestId('count-notAssessable').textContent()).resolves.toMatch(/2$/);
    await expect(page.getByTestId('indicators-missed').textContent()).resolves.toContain('utfall 93,4\u00a0% mot mål ≤ 90\u00a0%');
  });

  it('checks a chosen workbook and names the broken cells', async () => {
    const { page } = watched;
    await page.goto(`${server.url}check.html`);
    await page.getByTestId('file-input').setInputFiles({
      name: 'Volymer SV.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await brokenSeedWorkbook(),
    });
    await page.getByTestId('result').waitFor();
    await expect(page.getByTestId('verdict').textContent()).resolves.toBe('2 fel måste rättas');
    // Ortopedi's bas (C30) no longer makes 11 080 with 2 937, and the bas column no longer adds up to 59 297 (C61).
    expect(await findings(page)).toEqual(['C30 sum-mismatch', 'C61 total-mismatch']);
    await expect(page.getByTestId('result').textContent()).resolves.toContain('Arbetsbok: Volymer SV.xlsx');
  });

  it('checks a dropped workbook, in English when asked', async () => {
    const { page } = watched;
    await page.goto(`${server.url}check.html?lang=en`);
    await expect(page.title()).resolves.toBe('Målkoll: check a workbook');
    const bytes = [...(await brokenSeedWorkbook())];
    await page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'dropped.xlsx'));
      const zone = document.querySelector('[data-testid="drop-zone"]') as HTMLElement;
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await page.getByTestId('result').waitFor();
    await expect(page.getByTestId('verdict').textContent()).resolves.toBe('2 errors must be fixed');
    expect(await findings(page)).toEqual(['C30 sum-mismatch', 'C61 total-mismatch']);
  });

  it('says in words why a file that is not a workbook cannot be checked', async () => {
    const { page } = watched;
    await page.goto(`${server.url}check.html`);
    await page.getByTestId('file-input').setInputFiles({ name: 'volymer.csv', mimeType: 'text/csv', buffer: Buffer.from('uppdrag;bas;tillägg\n760;516;244\n') });
    const notice = page.getByTestId('notice');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toBe(
      'volymer.csv: är inte en Excel-arbetsbok i .xlsx-format (filen ser ut att vara text). Spara den som .xlsx i Excel och kör igen.',
    );
    await expect(page.getByTestId('result').count()).resolves.toBe(0);
  });
});
