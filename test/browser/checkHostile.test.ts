/**
 * /check.html (dist/) in headless Chromium on workbooks built to fool it (issue 23): names that are
 * Object.prototype's own, sheet names far past Excel's 31 characters, a zip that understates its entries.
 * Each is read by the page's worker within the limits, and a damaged workbook is never called ready.
 */
import type { Page } from 'playwright-core';
import { hugeSheetNamesWorkbook, prototypeNamesWorkbook } from '../fixtures/prototypeNames';
import { understatedZip } from '../support/zipWriter';
import { sheetXml, workbookParts, zipParts, type TestCell } from '../support/xlsxParts';
import seed from '../../samples/seed-000-volymer-2025.json';
import { useCheckPage } from '../support/checkPage';

async function choose(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
}

describe('/check.html on hostile workbooks', () => {
  const suite = useCheckPage({ needs: ['check.html'], viewport: { width: 1000, height: 900 }, open: 'check.html' });

  it('never calls ready a workbook whose unreadable sheet is named __proto__, its other names constructor, hasOwnProperty, toString', async () => {
    const { page } = suite.watched;
    await choose(page, 'prototyp.xlsx', prototypeNamesWorkbook({ onlyTheDamagedSheet: true }));
    await page.getByTestId('result').waitFor();
    await expect(page.getByTestId('verdict').getAttribute('data-verdict')).resolves.toBe('errors');
    await expect(page.getByTestId('verdict').textContent()).resolves.toBe('1 fel måste rättas');
    await expect(page.getByTestId('summary').textContent()).resolves.toContain('Bladet ”__proto__” kunde inte läsas och kontrollerades inte');
    await page.getByTestId('tab-indicators').click();
    await expect(page.getByTestId('count-met').textContent()).resolves.toMatch(/3$/);
    await expect(page.getByTestId('count-missed').textContent()).resolves.toMatch(/1$/);
    await expect(page.getByTestId('indicators-missed').textContent()).resolves.toContain('constructor');
  });

  it('names 50 sheets of a million characters each by their first 31, as damage, and stays small', async () => {
    const { page } = suite.watched;
    await choose(page, 'långa namn.xlsx', hugeSheetNamesWorkbook(50));
    await page.getByTestId('result').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('verdict').textContent()).resolves.toBe('50 fel måste rättas');
    expect((await page.getByTestId('summary').textContent())?.replace(/\u00a0/g, ' ')).toContain(
      `Bladet ”Blad 1 ${'x'.repeat(24)}…” kunde inte läsas och kontrollerades inte: dess namn är 1 000 000 tecken långt, och Excel tillåter högst 31`,
    );
    expect(await page.evaluate(() => document.body.innerText.length)).toBeLessThan(50_000);
  });

  it('refuses a zip declaring 5 entries and holding 20 000, naming the parts limit', async () => {
    const { page } = suite.watched;
    await choose(page, 'fem poster.xlsx', understatedZip(20_000));
    const notice = page.getByTestId('notice');
    await notice.waitFor();
    expect((await notice.textContent())?.replace(/\u00a0/g, ' ')).toContain(
      'fem poster.xlsx: är för stor för att kontrolleras: den består av fler än 10 000 delar.',
    );
  });

  it('stops a check that takes longer than the time limit, says so, and checks the next file with a fresh worker', async () => {
    const { page } = suite.watched;
    // The worker as built, except that it never answers for fastnar.xlsx once it has begun checking: a check
    // that does not end. The page's clock is moved past the limit rather than waited for.
    await page.route('**/check-worker.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `
          var post = self.postMessage.bind(self), held = null;
          self.addEventListener('message', function (e) { if (e.data && e.data.file === 'fastnar.xlsx') held = e.data.id; });
          self.postMessage = function (m, t) { if (m && m.type === 'done' && m.id === held) return; post(m, t); };
          importScripts('check-worker.js?as-built');`,
      }),
    );
    await page.clock.install();
    await page.goto(`${suite.server.url}check.html`);
    const rows = seed.rows.map((r) => [...r]) as TestCell[][];
    await choose(page, 'fastnar.xlsx', zipParts(workbookParts([{ name: 'Volymer 2025', xml: sheetXml(rows) }])));
    await page.getByText('Kontrollerar…').waitFor();
    await page.clock.fastForward(60_000);
    const notice = page.getByTestId('notice');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toBe(
      'fastnar.xlsx: kontrollen avbröts efter 52 sekunder, den tid en fil får ta. Arbetsboken är ovanligt stor eller skadad.',
    );
    await page.getByRole('button', { name: 'Öppna exempelarbetsboken' }).click();
    await page.getByTestId('result').waitFor();
    await expect(page.getByTestId('verdict').textContent()).resolves.toBe('Klar för inlämning');
  });

  it('checks at most two million cells: a sheet whose used range is larger is named, not held, and the others are checked', async () => {
    const { page } = suite.watched;
    const sparse = sheetXml([]).replace(
      '<sheetData></sheetData>',
      '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="600000"><c r="D600000"><v>1</v></c></row></sheetData>',
    );
    const rows = seed.rows.map((r) => [...r]) as TestCell[][];
    await choose(
      page,
      'gles.xlsx',
      zipParts(
        workbookParts([
          { name: 'Stor', xml: sparse },
          { name: 'Volymer 2025', xml: sheetXml(rows) },
        ]),
      ),
    );
    await page.getByTestId('result').waitFor();
    await expect(page.getByTestId('verdict').textContent()).resolves.toBe('1 fel måste rättas');
    expect((await page.getByTestId('summary').textContent())?.replace(/\u00a0/g, ' ')).toContain(
      'Bladet ”Stor” kontrollerades inte: det använda området A1:D600000 är för stort (2 400 000 celler; en arbetsbok får ha högst 2 000 000).',
    );
  });
});
