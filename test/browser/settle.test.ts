/**
 * /check.html's settlement in headless Chromium, on seed 000's round (test/fixtures/round.ts): the
 * assignment chosen, the five submissions as a folder, each hospital settled to the krona by the stated
 * rules; the settlement workbook downloaded and read back with Målkoll's reader; then every finding of the
 * round planted in files chosen at once, and found at its cell. Nothing leaves the machine.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeWorkbook } from '../support/writeWorkbook';
import { readWorkbookBytes } from '../../src/xlsx/readWorkbookBytes';
import { assignmentSheets, expectedTotal, HOSPITALS, submission, unknownSubmission, type Submission } from '../fixtures/round';
import { axeViolations } from '../support/axe';
import { useCheckPage } from '../support/checkPage';

const digits = (text: string | null) => Number((text ?? '').replace(/[^\d−-]/g, '').replace('−', '-'));

describe('/check.html settles a round', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'malkoll-settle-page-'));
  const suite = useCheckPage({ needs: ['check.html', 'check.js', 'settle-worker.js'], viewport: { width: 1200, height: 900 } });

  it('settles the five hospitals of a folder to the krona, and downloads the settlement workbook', async () => {
    const { page } = suite.watched;
    const assignment = await writeWorkbook(dir, 'uppdrag.xlsx', assignmentSheets());
    const folder = path.join(dir, 'inkommet');
    fs.mkdirSync(folder);
    for (const h of HOSPITALS) {
      const s = submission(h.code, 8);
      await writeWorkbook(folder, s.file, s.sheets);
    }
    fs.writeFileSync(path.join(folder, 'läs mig.txt'), 'inte en arbetsbok');

    await page.goto(`${suite.server.url}check.html?mode=settle`);
    await page.getByTestId('assignment-input').setInputFiles(assignment);
    await page.getByTestId('folder-input').setInputFiles(folder);
    await expect(page.getByTestId('submission-count').textContent()).resolves.toBe('5 arbetsböcker valda');
    await page.getByTestId('overview').waitFor();
    await expect(page.getByTestId('settlement-title').textContent()).resolves.toBe('Avräkning t.o.m. augusti, proportionell regel');

    const rows = await page
      .getByTestId('overview-row')
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-hospital'), e.getAttribute('data-status'), e.querySelector('[data-testid="reimbursement"]')?.textContent ?? '']),
      );
    expect(rows.map(([h, s, kr]) => [h, s, digits(kr)])).toEqual(
      HOSPITALS.map((h) => [h.code === 'NU' || h.code === 'SÄS' ? h.name : h.code, 'settled', expectedTotal(h, 8)]),
    );
    const region = HOSPITALS.reduce((n, h) => n + expectedTotal(h, 8), 0);
    expect(digits(await page.getByTestId('region-reimbursement').textContent())).toBe(region);
    await expect(page.getByTestId('nothing-to-follow').count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Another rule settles again at once, without reading the files twice.
    await page.getByRole('radio', { name: 'helårsregel' }).check();
    await page.waitForFunction(() => document.querySelector('[data-testid="settlement-title"]')?.textContent?.includes('helårsregel'));
    const annual = HOSPITALS.reduce((n, h) => n + expectedTotal(h, 8, 'annual'), 0);
    expect(digits(await page.getByTestId('region-reimbursement').textContent())).toBe(annual);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-settlement').click()]);
    expect(download.suggestedFilename()).toBe('avrakning-augusti.xlsx');
    const read = await readWorkbookBytes(fs.readFileSync(await download.path()));
    if (!read.ok) throw new Error(read.code);
    expect(read.grids.map((g) => g.sheet)).toEqual(['Översikt', 'Rader', 'Avvikelser', 'Indikatorer', 'Regler']);
    const overview = read.grids[0];
    expect(overview.cells.find((r) => r[0] === 'Regionen')?.[8]).toBe(annual);
  }, 180_000);

  it('finds every finding of the round planted in files chosen at once, at its cell', async () => {
    const { page } = suite.watched;
    const assignment = await writeWorkbook(dir, 'uppdrag-2.xlsx', assignmentSheets());
    const planted: Submission[] = [
      submission('SV', 8, { cells: { C20: 3885 } }),
      submission('SU', 8, { dropRow: { group: 'Förstabe', specialty: 'Kardiologi' } }),
      submission('NU', 8, { addRow: ['Smärta', 100, 80, 20, 90], blankPerformed: { group: 'Förstabe', specialty: 'Urologi' } }),
      submission('SÄS', 8),
      submission('SÄS', 8, {}, 'SÄS kopia.xlsx'),
      unknownSubmission(),
    ];
    const sub = path.join(dir, 'planted');
    fs.mkdirSync(sub);
    const files = await Promise.all(planted.map((s) => writeWorkbook(sub, s.file, s.sheets)));

    await page.goto(`${suite.server.url}check.html?lang=en`);
    await page.getByTestId('mode-settle').click();
    await page.getByTestId('assignment-input').setInputFiles(assignment);
    await page.getByTestId('submissions-input').setInputFiles(files);
    await page.getByTestId('follow-up').waitFor();
    const items = await page
      .getByTestId('follow-up-item')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-hospital')} ${e.getAttribute('data-code')} ${e.getAttribute('data-cell')}`.trim()));
    for (const expected of [
      'SV assignment-changed C20',
      'SU assignment-row-missing',
      'NU-sjukvården performed-missing E34',
      'NU-sjukvården assignment-row-added A14',
      'SKAS hospital-missing',
      'Södra Älvsborgs Sjukhus hospital-duplicate',
      'hospital-unknown',
      'SV sum-mismatch C20',
    ]) {
      expect([expected, items.includes(expected)]).toEqual([expected, true]);
    }
    const statuses = await page
      .getByTestId('overview-row')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-hospital')} ${e.getAttribute('data-status')}`));
    expect(statuses).toEqual(['SU preliminary', 'SV preliminary', 'NU-sjukvården preliminary', 'SKAS missing', 'Södra Älvsborgs Sjukhus duplicate']);
    expect(await axeViolations(page)).toEqual([]);
    await expect(page.getByTestId('follow-up').textContent()).resolves.toContain("SV · SV augusti.xlsx, 'Volymer 2025'!C20 — error assignment-changed");
  }, 180_000);
});
