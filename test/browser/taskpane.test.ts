/**
 * The built task pane (dist/) in headless Chromium with the fake Excel installed before the page loads:
 * the controller's clicks, and what the pane asked Excel to do.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import type { FakeConfig, FakeLog, FakeSnapshot } from '../fakes/fake-excel';
import { launchChromium, ours, watchedPage, type WatchedPage } from '../support/browser';
import { serveDirectory, type StaticServer } from '../support/staticServer';
import { indicatorRows, rowOf, seedVolumeRows, volumeRowsWithOutcome } from '../taskpane/workbooks';

const ROOT = path.resolve(__dirname, '..', '..');
const FAKE = path.join(ROOT, 'test', 'fakes', 'fake-excel.js');
// README's screenshots are refreshed with `npm run screenshots`; an ordinary test run leaves the tree as it was.
const SHOTS = process.env.MALKOLL_SCREENSHOTS === '1' ? path.join(ROOT, 'docs', 'screenshots') : fs.mkdtempSync(path.join(os.tmpdir(), 'malkoll-shots-'));

/** The seed table with Ortopedi's bas mistyped: 8 134 for 8 143. */
function brokenSeed() {
  const rows = seedVolumeRows();
  const ortopedi = rowOf(rows, 'Ortopedi');
  rows[ortopedi - 1][2] = 8134;
  return { rows, ortopedi };
}

async function openPane(browser: Browser, server: StaticServer, config: FakeConfig | null, locale = 'sv-SE'): Promise<WatchedPage> {
  const watched = await watchedPage(browser, { locale });
  if (config) {
    await watched.page.addInitScript((c) => {
      (globalThis as unknown as { __MALKOLL_FAKE_EXCEL__: unknown }).__MALKOLL_FAKE_EXCEL__ = c;
    }, config);
    await watched.page.addInitScript({ path: FAKE });
  }
  await watched.page.goto(`${server.url}taskpane.html`);
  await watched.page.getByTestId('check').waitFor();
  return watched;
}

const snapshot = (page: Page) => page.evaluate(() => (globalThis as unknown as { __malkollFake: { snapshot(): FakeSnapshot } }).__malkollFake.snapshot());
const log = (page: Page) => page.evaluate(() => (globalThis as unknown as { __malkollFake: { log: FakeLog } }).__malkollFake.log);


describe('the task pane in headless Chromium with a fake Excel', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: run npm run build first');
    fs.mkdirSync(SHOTS, { recursive: true });
    server = await serveDirectory(path.join(ROOT, 'dist'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('flags the broken figure, selects its cell on click, and marks and clears without losing a format', async () => {
    const { rows, ortopedi } = brokenSeed();
    const { page, outside, errors } = await openPane(browser, server, {
      sheets: [{ name: 'Volymer 2025', rows, formats: { B1: { bold: true, fill: '#DDEBF7' }, [`C${ortopedi}`]: { numberFormat: '# ##0' } } }],
      selection: 'A1',
    });
    const original = await snapshot(page);

    await page.getByRole('button', { name: 'Kontrollera', exact: true }).click();
    await page.getByTestId('finding').first().waitFor();
    // 8 134 + 2 937 ≠ 11 080 on Ortopedi's row, and the bas column no longer adds up to 59 297 (C61).
    const found = await page.getByTestId('finding').evaluateAll((els) => els.map((e) => [e.getAttribute('data-cell'), e.getAttribute('data-code')]));
    expect(found).toHaveLength(2);
    const rowFinding = found.find(([, code]) => code === 'sum-mismatch');
    expect(rowFinding?.[0]).toMatch(new RegExp(`^[B-D]${ortopedi}$`));
    expect(found).toContainEqual(['C61', 'total-mismatch']);
    await expect(page.getByTestId('verdict').textContent()).resolves.toBe('2 fel måste rättas');
    const message = await page.locator(`[data-code="sum-mismatch"]`).textContent();
    expect(message).toContain('uppdrag 11\u00a0080 ≠ bas 8\u00a0134 + tillägg 2\u00a0937');
    await page.screenshot({ path: path.join(SHOTS, 'taskpane-findings.png'), fullPage: true });

    const syncsForCheck = (await log(page)).syncs;
    expect(syncsForCheck).toBe(2);
    await page.locator('[data-code="sum-mismatch"] button').click();
    await page.waitForFunction((cell) => (globalThis as any).__malkollFake.log.selects.includes(`'Volymer 2025'!${cell}`), rowFinding?.[0]);

    await page.getByRole('button', { name: 'Markera i bladet' }).click();
    await page.getByTestId('notice').filter({ hasText: '2 celler är markerade' }).waitFor();
    const marked = await snapshot(page);
    expect(marked.sheets[0].cells).toEqual(original.sheets[0].cells);
    expect(marked.sheets[0].conditionalFormats.flatMap((cf) => cf.ranges).sort()).toEqual([rowFinding?.[0], 'C61'].sort());
    // Check, click, mark: 2 + 1 (the select) + 1 syncs.
    expect((await log(page)).syncs).toBe(syncsForCheck + 2);

    await page.getByRole('button', { name: 'Rensa markeringar' }).click();
    await page.getByTestId('notice').filter({ hasText: 'Markeringarna är borttagna' }).waitFor();
    expect(await snapshot(page)).toEqual({ ...original, active: 'Volymer 2025' });

    await page.getByRole('button', { name: 'Skapa kontrollrapport' }).click();
    await page.getByTestId('notice').filter({ hasText: 'Rapporten finns på bladet' }).waitFor();
    const report = (await snapshot(page)).sheets[1];
    expect(report.name).toMatch(/^Kontroll \d{4}-\d\d-\d\d \d\d\.\d\d$/);
    expect(report.tables).toHaveLength(1);

    expect(errors).toEqual([]);
    expect(ours(outside)).toEqual([]);
    await page.context().close();
  });

  it('says the clean seed table is ready, then shows the indicators with a status column added and removed', async () => {
    const { page, outside, errors } = await openPane(browser, server, {
      sheets: [
        { name: 'Volymer 2025', rows: seedVolumeRows() },
        { name: 'Indikatorer', rows: indicatorRows() },
      ],
      selection: 'A1',
    });
    await page.getByTestId('check').click();
    await page.getByTestId('verdict').filter({ hasText: 'Klar för inlämning' }).waitFor();
    await expect(page.getByTestId('checklist-verdict').textContent()).resolves.toBe(
      'Kontrollera även indikatortabellen innan arbetsboken skickas.',
    );
    await expect(page.getByTestId('no-findings').count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'taskpane-clean.png'), fullPage: true });

    // The controller moves to the indicator sheet and checks again.
    await page.evaluate(() => (globalThis as any).__malkollFake.select('A1', 'Indikatorer'));
    await page.getByTestId('check').click();
    await page.getByTestId('tab-indicators').click();
    await page.getByTestId('indicators').waitFor();
    const counts = await Promise.all(['met', 'missed', 'notAssessable'].map((k) => page.getByTestId(`count-${k}`).textContent()));
    expect(counts).toEqual(['Uppfyllda: 4', 'Ej uppfyllda: 3', 'Ej bedömbara: 2']);
    const missed = page.getByTestId('indicators-missed').getByTestId('indicator');
    await expect(missed.evaluateAll((els) => els.map((e) => e.getAttribute('data-row')))).resolves.toEqual(['4', '5', '6']);
    await expect(missed.nth(1).textContent()).resolves.toContain('utfall 51\u00a0% mot mål ≥ 100\u00a0%');
    // An indicator with a target and no outcome: the workbook is not ready.
    await expect(page.getByTestId('checklist-verdict').textContent()).resolves.toBe('1 fel måste rättas');
    await page.screenshot({ path: path.join(SHOTS, 'taskpane-indicators.png'), fullPage: true });

    await missed.nth(1).locator('button').click();
    await page.waitForFunction(() => (globalThis as any).__malkollFake.log.selects.includes('Indikatorer!A5:E5'));

    const before = await snapshot(page);
    await page.getByTestId('add-status').click();
    await page.getByTestId('confirm-dialog').waitFor();
    await page.getByTestId('confirm').click();
    await page.getByTestId('notice').filter({ hasText: 'Statuskolumnen finns i' }).waitFor();
    const values = await page.evaluate(() => (globalThis as any).__malkollFake.sheetValues('Indikatorer', 'F3:F5'));
    expect(values).toEqual([['Status'], ['=MALKOLL.TARGET_STATUS(D4,C4,E4)'], ['=MALKOLL.TARGET_STATUS(D5,C5,E5)']]);
    await page.getByTestId('remove-status').click();
    await page.getByTestId('notice').filter({ hasText: 'Statuskolumnen är borttagen' }).waitFor();
    expect(await snapshot(page)).toEqual(before);

    expect(errors).toEqual([]);
    expect(ours(outside)).toEqual([]);
    await page.context().close();
  });

  it('checks the whole workbook in one click and adds the calculation columns after confirmation', async () => {
    const indicators = indicatorRows();
    indicators[11][3] = 0.06; // the missing outcome filled in
    const rows = volumeRowsWithOutcome();
    const { page, outside, errors } = await openPane(browser, server, {
      sheets: [
        { name: 'Volymer 2025', rows },
        { name: 'Indikatorer', rows: indicators },
      ],
      selection: 'A1',
    });
    await page.getByTestId('check-workbook').click();
    await page.getByTestId('checklist-verdict').filter({ hasText: 'Klar för inlämning' }).waitFor();
    expect((await log(page)).syncs).toBe(3);

    await page.getByTestId('tab-calculations').click();
    await page.getByTestId('hospital').selectOption('SKAS');
    await page.getByTestId('month').selectOption('8');
    await expect(page.getByTestId('mapping').textContent()).resolves.toContain('koloskopi eller gastroskopi efter radens namn, 4\u00a0667 kr');
    const before = await snapshot(page);
    await page.getByTestId('add-calculations').click();
    await expect(page.getByTestId('confirm-dialog').textContent()).resolves.toContain('Skaraborgs Sjukhus, utfall till och med augusti');
    await page.getByTestId('confirm').click();
    await page.getByTestId('notice').filter({ hasText: 'Beräkningarna finns i' }).waitFor();
    const k = rowOf(rows, 'Koloskopi');
    const written = await page.evaluate((r) => (globalThis as any).__malkollFake.sheetValues('Volymer 2025', `F${r}:H${r}`), k);
    expect(written).toEqual([
      [`=MALKOLL.ADDITIONAL_VOLUME(E${k},C${k},D${k})`, `=MALKOLL.REIMBURSEMENT(E${k},C${k},D${k},MALKOLL.PRICE("koloskopi","SKAS"))`, `=MALKOLL.FULFILMENT(E${k},B${k},8)`],
    ]);
    await page.getByTestId('remove-calculations').click();
    await page.getByTestId('notice').filter({ hasText: 'Beräkningarna är borttagna' }).waitFor();
    expect(await snapshot(page)).toEqual(before);

    expect(errors).toEqual([]);
    expect(ours(outside)).toEqual([]);
    await page.context().close();
  });

  it('converts numbers stored as text only after showing the changes, then checks again', async () => {
    const rows = seedVolumeRows();
    const kirurgi = rowOf(rows, 'Allmän kirurgi');
    rows[kirurgi - 1][1] = '8 100';
    const { page } = await openPane(browser, server, { sheets: [{ name: 'Volymer 2025', rows }] });
    await page.getByTestId('check').click();
    await expect(page.locator('[data-code="text-number"]').getAttribute('data-cell')).resolves.toBe(`B${kirurgi}`);
    await page.getByTestId('convert').click();
    await expect(page.getByTestId('convert-list').textContent()).resolves.toBe(`B${kirurgi}: ”8 100” blir 8\u00a0100`);
    expect(await page.evaluate((c) => (globalThis as any).__malkollFake.sheetValues('Volymer 2025', c), `B${kirurgi}`)).toEqual([['8 100']]);
    await page.getByTestId('confirm').click();
    // Checked again: the warning is gone.
    await page.getByTestId('no-findings').waitFor();
    await expect(page.getByTestId('notice').textContent()).resolves.toBe('1 cell har gjorts om till tal.');
    expect(await page.evaluate((c) => (globalThis as any).__malkollFake.sheetValues('Volymer 2025', c), `B${kirurgi}`)).toEqual([[8100]]);
    await page.context().close();
  });

  it('says what it looked for when there is no table', async () => {
    const { page } = await openPane(browser, server, { sheets: [{ name: 'Anteckningar', rows: [['Möte 3 maj'], ['Ta upp budgeten']] }] });
    await page.getByTestId('check').click();
    const text = await page.getByTestId('no-table').textContent();
    expect(text).toContain('Ingen tabell hittades');
    expect(text).toContain('Målkoll letade i Anteckningar!A1:A2.');
    expect(text).toContain('uppdrag');
    expect(text).toContain('Målvärde');
    await page.context().close();
  });

  it('speaks English in English Office', async () => {
    const { rows } = brokenSeed();
    const { page } = await openPane(browser, server, { sheets: [{ name: 'Volumes', rows }] }, 'en-GB');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByTestId('verdict').filter({ hasText: '2 errors must be fixed' }).waitFor();
    await expect(page.locator('[data-code="sum-mismatch"]').textContent()).resolves.toContain('total 11,080 ≠ base 8,134 + additional 2,937');
    await page.context().close();
  });

  it('outside Excel renders its first view, says it needs Excel, and offers nothing that would fail', async () => {
    const { page, errors, outside } = await openPane(browser, server, null);
    await expect(page.getByTestId('needs-excel').textContent()).resolves.toContain('Målkoll behöver Excel');
    await expect(page.getByTestId('check').isDisabled()).resolves.toBe(true);
    expect(errors).toEqual([]);
    expect(ours(outside)).toEqual([]);
    await page.context().close();
  });
});
