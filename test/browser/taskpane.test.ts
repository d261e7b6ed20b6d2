/**
 * The built task pane (dist/) in headless Chromium with the fake Excel installed before the page loads:
 * the controller's clicks, and what the pane asked Excel to do.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, ours } from '../support/browser';
import { log, nameErrors, openPane, snapshot, withClassicScrollbar, type FakeGlobal } from '../support/pane';
import { readmeShot, shotsDir } from '../support/screenshots';
import { serveDirectory, type StaticServer } from '../support/staticServer';
import { bigVolumeRows, indicatorRows, rowOf, seedVolumeRows, volumeRowsWithOutcome } from '../taskpane/workbooks';

const ROOT = path.resolve(__dirname, '..', '..');
// README's screenshots are taken with `npm run screenshots`; an ordinary test run leaves the tree as it was
// and fails when what a screenshot shows is no longer what the pane shows (support/screenshots.ts).
const SHOTS = shotsDir();

/** A README screenshot, and a failure saying to retake them when the pane now shows something else. */
async function expectShot(page: Page, name: string): Promise<void> {
  const { now, committed } = await readmeShot(page, name);
  // docs/screenshots/screenshots.json is out of date: run `npm run screenshots` and commit the new images.
  expect({ screenshot: name, ...now }).toEqual({ screenshot: name, ...committed });
}

/** The seed table with Ortopedi's bas mistyped: 8 134 for 8 143. */
function brokenSeed() {
  const rows = seedVolumeRows();
  const ortopedi = rowOf(rows, 'Ortopedi');
  rows[ortopedi - 1][2] = 8134;
  return { rows, ortopedi };
}

describe('the task pane in headless Chromium with a fake Excel', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: run npm run build first');
    fs.mkdirSync(SHOTS, { recursive: true });
    server = await serveDirectory(path.join(ROOT, 'dist'));
    browser = await launchChromium({ scrollbars: true });
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
      // Excel on Windows with Swedish regional settings.
      listSeparator: ';',
    });
    const original = await snapshot(page);

    await page.getByRole('button', { name: 'Kontrollera', exact: true }).click();
    await page.getByTestId('finding').first().waitFor();
    // 8 134 + 2 937 ≠ 11 080 on Ortopedi's row, and the bas column no longer adds up to 59 297 (C61): one
    // mistyped figure, one problem to fix, listed at the figure with the total it breaks.
    const found = await page
      .getByTestId('finding')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-cell'), e.getAttribute('data-code'), e.getAttribute('data-also')]));
    expect(found).toHaveLength(1);
    const rowFinding = found[0];
    expect(rowFinding).toEqual([`C${ortopedi}`, 'sum-mismatch', 'C61']);
    await expect(page.getByTestId('verdict').textContent()).resolves.toBe('1 fel måste rättas');
    await expect(page.getByTestId('finding').textContent()).resolves.toContain('När detta rättas stämmer även C61.');
    const message = await page.locator(`[data-code="sum-mismatch"]`).textContent();
    expect(message).toContain('bas 8\u00a0134 ser felskriven ut: uppdrag 11\u00a0080 − tillägg 2\u00a0937 = 8\u00a0143');
    await expectShot(page, 'taskpane-findings.png');

    const syncsForCheck = (await log(page)).syncs;
    expect(syncsForCheck).toBe(2);
    await page.locator('[data-code="sum-mismatch"] button').click();
    await page.waitForFunction((cell) => (globalThis as unknown as FakeGlobal).__malkollFake.log.selects.includes(`'Volymer 2025'!${cell}`), rowFinding?.[0]);

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

    // The report is the active sheet now: Kontrollera says it is Målkoll's report and keeps the findings.
    await page.getByRole('button', { name: 'Kontrollera', exact: true }).click();
    await page
      .getByTestId('notice')
      .filter({ hasText: `Bladet ${report.name} är Målkolls kontrollrapport` })
      .waitFor();
    await expect(page.getByTestId('finding').count()).resolves.toBe(1);
    // A check of the whole workbook leaves the report out.
    await page.getByTestId('check-workbook').click();
    await page.getByTestId('checklist-indicators').filter({ hasText: 'ingen i arbetsboken' }).waitFor();
    await expect(page.getByTestId('summary').textContent()).resolves.not.toContain(report.name);
    await expect(page.getByTestId('finding').evaluateAll((els) => els.length)).resolves.toBe(1);

    expect(errors).toEqual([]);
    expect(ours(outside)).toEqual([]);
    await page.context().close();
  });

  it('says the clean seed table has no errors but the workbook is not ready until the indicators are checked, then shows them with a status column added and removed', async () => {
    const { page, outside, errors } = await openPane(browser, server, {
      sheets: [
        { name: 'Volymer 2025', rows: seedVolumeRows() },
        { name: 'Indikatorer', rows: indicatorRows() },
      ],
      selection: 'A1',
    });
    await page.getByTestId('check').click();
    // Never "Klar för inlämning" for one of the two tables: the headline is the checked table's own verdict,
    // and checking the indicator table is the next step under it.
    await page.getByTestId('verdict').waitFor();
    await expect(page.getByTestId('verdict').textContent()).resolves.toBe('Volymtabellen: inga fel');
    await expect(page.getByTestId('verdict-advice').textContent()).resolves.toBe('Kontrollera även indikatortabellen innan arbetsboken skickas.');
    await expect(page.getByTestId('summary').textContent()).resolves.not.toContain('Klar för inlämning');
    await expect(page.getByTestId('no-findings').count()).resolves.toBe(1);
    await expectShot(page, 'taskpane-clean.png');

    // The controller moves to the indicator sheet and checks again.
    await page.evaluate(() => (globalThis as unknown as FakeGlobal).__malkollFake.select('A1', 'Indikatorer'));
    await page.getByTestId('check').click();
    await page.getByTestId('tab-indicators').click();
    await page.getByTestId('indicators').waitFor();
    const counts = await Promise.all(['met', 'missed', 'notAssessable'].map((k) => page.getByTestId(`count-${k}`).textContent()));
    expect(counts).toEqual(['Uppfyllda: 4', 'Ej uppfyllda: 3', 'Ej bedömbara: 2']);
    const missed = page.getByTestId('indicators-missed').getByTestId('indicator');
    await expect(missed.evaluateAll((els) => els.map((e) => e.getAttribute('data-row')))).resolves.toEqual(['4', '5', '6']);
    await expect(missed.nth(1).textContent()).resolves.toContain('utfall 51\u00a0% mot mål ≥ 100\u00a0% (högre är bättre, utläst ur ”Måluppfyllelse');
    // The row's button is named by what it shows, the reason included (no aria-label replacing it).
    await expect(
      page
        .getByRole('button', {
          name: /^Visa rad 5 i Excel: Måluppfyllelse, utförda volymer i förhållande till plan ?utfall 51\s% mot mål ≥ 100\s% \(högre är bättre/,
        })
        .count(),
    ).resolves.toBe(1);
    await expect(
      missed
        .nth(1)
        .locator('button')
        .evaluate((b) => b.getAttribute('aria-label')),
    ).resolves.toBeNull();
    // "Att rätta" lists the real problems only (row 12's missing outcome, an error, then row 11's outcome
    // without a target), not the three missed targets again.
    const toFix = page.getByTestId('indicators').getByTestId('finding');
    await expect(toFix.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-code')}@${e.getAttribute('data-cell')}`))).resolves.toEqual([
      'outcome-missing@D12',
      'target-missing@C11',
    ]);
    // An indicator with a target and no outcome: the workbook is not ready, while the volume table stays clean.
    await expect(page.getByTestId('verdict').textContent()).resolves.toBe('1 fel måste rättas');
    await expect(page.getByTestId('checklist-indicators').textContent()).resolves.toBe('Indikatortabellen: 1 fel');
    await expect(page.getByTestId('checklist-volumes').textContent()).resolves.toBe('Volymtabellen: inga fel');
    // Missed targets are counted as missed, not as warnings; the one warning is the indicator without a target.
    await expect(page.getByTestId('counts').textContent()).resolves.toBe('3 mål ej uppfyllda · 1 varning att se över');
    await expectShot(page, 'taskpane-indicators.png');

    await missed.nth(1).locator('button').click();
    await page.waitForFunction(() => (globalThis as unknown as FakeGlobal).__malkollFake.log.selects.includes('Indikatorer!A5:E5'));

    const before = await snapshot(page);
    // Cancelled, the dialog gives focus back to the button that opened it.
    await page.getByTestId('add-status').click();
    await page.getByTestId('confirm-dialog').waitFor();
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'add-status');
    await page.getByTestId('add-status').click();
    await page.getByTestId('confirm-dialog').waitFor();
    await page.getByTestId('confirm').click();
    await page.getByTestId('notice').filter({ hasText: 'Statuskolumnen finns i' }).waitFor();
    const values = await page.evaluate(() => (globalThis as unknown as FakeGlobal).__malkollFake.sheetValues('Indikatorer', 'F3:F5'));
    // Swedish Excel knows the function by its Swedish name only (office-js issue 891).
    // Without a direction column, each row's direction is read from its name, in the sheet as in the pane.
    expect(values).toEqual([['Status'], ['=MALKOLL.MÅLSTATUS(D4,C4,E4,,MALKOLL.RIKTNING(B4))'], ['=MALKOLL.MÅLSTATUS(D5,C5,E5,,MALKOLL.RIKTNING(B5))']]);
    await expect(nameErrors(page, 'Indikatorer', 'F3:F12')).resolves.toBe(0);
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
    await page.getByTestId('verdict').filter({ hasText: 'Klar för inlämning' }).waitFor();
    expect((await log(page)).syncs).toBe(3);

    await page.getByTestId('tab-calculations').click();
    await page.getByTestId('hospital').selectOption('SKAS');
    await page.getByTestId('month').selectOption('8');
    // No line break between a price and "kr".
    await expect(page.getByTestId('mapping').textContent()).resolves.toContain('koloskopi eller gastroskopi efter radens namn, 4\u00a0667\u00a0kr');
    const before = await snapshot(page);
    await page.getByTestId('add-calculations').click();
    await expect(page.getByTestId('confirm-dialog').textContent()).resolves.toContain('Skaraborgs Sjukhus, utfall till och med augusti');
    await page.getByTestId('confirm').click();
    await page.getByTestId('notice').filter({ hasText: 'Beräkningarna finns i' }).waitFor();
    const k = rowOf(rows, 'Koloskopi');
    const written = await page.evaluate((r) => (globalThis as unknown as FakeGlobal).__malkollFake.sheetValues('Volymer 2025', `F${r}:H${r}`), k);
    expect(written).toEqual([
      [
        `=MALKOLL.TILLÄGGSVOLYM(E${k},C${k},D${k})`,
        `=MALKOLL.TILLÄGGSERSÄTTNING(E${k},C${k},D${k},MALKOLL.STYCKPRIS("koloskopi","SKAS"))`,
        `=MALKOLL.MÅLUPPFYLLELSE(E${k},B${k},8)`,
      ],
    ]);
    await expect(nameErrors(page, 'Volymer 2025', 'F1:H61')).resolves.toBe(0);
    await expect(page.evaluate(() => (globalThis as unknown as FakeGlobal).__malkollFake.sheetValues('Volymer 2025', 'H1'))).resolves.toEqual([
      ['Måluppfyllelse t.o.m. augusti'],
    ]);

    // The report's chart is of fulfilment to August, and the report says so, by the month's name.
    await page.getByTestId('tab-findings').click();
    await page.getByTestId('report').click();
    await page.getByTestId('notice').filter({ hasText: 'Rapporten finns på bladet' }).waitFor();
    const report = (await snapshot(page)).sheets.find((s) => s.name.startsWith('Kontroll'))!;
    const lines = await page.evaluate((name) => (globalThis as unknown as FakeGlobal).__malkollFake.sheetValues(name, 'A2:B6'), report.name);
    expect(lines).toContainEqual(['Måluppfyllelse', 't.o.m. augusti']);
    expect(lines).toContainEqual(['Arbetsboken', 'Klar för inlämning']);
    expect(report.charts[0].title).toBe('Måluppfyllelse per specialitet t.o.m. augusti');

    await page.evaluate(() => (globalThis as unknown as FakeGlobal).__malkollFake.select('A1', 'Volymer 2025'));
    await page.getByTestId('tab-calculations').click();
    await page.getByTestId('remove-calculations').click();
    await page.getByTestId('notice').filter({ hasText: 'Beräkningarna är borttagna' }).waitFor();
    // Both sheets as they were; what is new is the report and the record that it is Målkoll's.
    const after = await snapshot(page);
    expect(after.sheets.filter((s) => s.name !== report.name)).toEqual(before.sheets);
    expect(Object.keys(after.settings)).toEqual(['malkoll.reports']);

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
    // The cell's own text, shown without a line break inside the number.
    await expect(page.getByTestId('convert-list').textContent()).resolves.toBe(`B${kirurgi}: ”8\u00a0100” blir 8\u00a0100`);
    expect(await page.evaluate((c) => (globalThis as unknown as FakeGlobal).__malkollFake.sheetValues('Volymer 2025', c), `B${kirurgi}`)).toEqual([['8 100']]);
    await page.getByTestId('confirm').click();
    // Checked again: the warning is gone.
    await page.getByTestId('no-findings').waitFor();
    await expect(page.getByTestId('notice').textContent()).resolves.toBe('1 cell har gjorts om till tal.');
    expect(await page.evaluate((c) => (globalThis as unknown as FakeGlobal).__malkollFake.sheetValues('Volymer 2025', c), `B${kirurgi}`)).toEqual([[8100]]);
    await page.context().close();
  });

  it("says plainly when Excel knows Målkoll's functions by neither name (they have not loaded), and writes nothing", async () => {
    const { page, errors } = await openPane(browser, server, {
      sheets: [{ name: 'Indikatorer', rows: indicatorRows() }],
      customFunctions: { namespace: 'MALKOLL', functions: { OTHER: { default: 'OTHER' } } },
    });
    await page.getByTestId('check').click();
    await page.getByTestId('tab-indicators').click();
    const before = await page.evaluate(() => (globalThis as unknown as FakeGlobal).__malkollFake.snapshot());
    await page.getByTestId('add-status').click();
    await page.getByTestId('confirm').click();
    await page.getByTestId('notice').filter({ hasText: 'Excel känner inte igen Målkolls funktioner just nu' }).waitFor();
    await expect(page.getByTestId('notice').textContent()).resolves.toContain('Inget skrevs');
    // No #NAME? left behind: the workbook is as it was.
    expect(await page.evaluate(() => (globalThis as unknown as FakeGlobal).__malkollFake.snapshot())).toEqual(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('checks the first of several selected areas and says so (Excel has no single range for such a selection)', async () => {
    const { rows, ortopedi } = brokenSeed();
    const { page, errors } = await openPane(browser, server, { sheets: [{ name: 'Volymer 2025', rows }], selection: 'A1:D61,F3:F5' });
    await page.getByTestId('check').click();
    await page.getByTestId('finding').first().waitFor();
    await expect(page.getByTestId('summary').textContent()).resolves.toContain(
      "Markeringen består av 2 områden. Målkoll kontrollerade det första, 'Volymer 2025'!A1:D61",
    );
    const cells = await page.getByTestId('finding').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-cell')} ${e.getAttribute('data-also')}`));
    expect(cells).toContain(`C${ortopedi} C61`);
    expect(errors).toEqual([]);
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
    await page.getByTestId('verdict').filter({ hasText: '1 error must be fixed' }).waitFor();
    await expect(page.locator('[data-code="sum-mismatch"]').textContent()).resolves.toContain(
      'base 8,134 looks mistyped: total 11,080 − additional 2,937 = 8,143',
    );
    await page.context().close();
  });

  it('keeps the action buttons in place while an action runs, keeps focus on the busy button, and ignores a second click', async () => {
    const { rows } = brokenSeed();
    const { page, errors } = await openPane(browser, server, { sheets: [{ name: 'Volymer 2025', rows }] });
    await page.getByTestId('check').click();
    await page.getByTestId('finding').first().waitFor();
    // Excel held until the test lets it go: what the pane shows while an action runs is asserted while it
    // certainly runs, however slow the machine (a timer here once let the action finish first under load).
    await page.evaluate(() => {
      const g = globalThis as unknown as { Excel: { run: (batch: unknown) => Promise<unknown> }; __releaseExcel?: () => void };
      const run = g.Excel.run;
      const gate = new Promise<void>((release) => (g.__releaseExcel = release));
      g.Excel.run = (batch: unknown) => gate.then(() => run(batch));
    });
    const place = async () => ({ mark: await page.getByTestId('mark').boundingBox(), report: await page.getByTestId('report').boundingBox() });
    const before = await place();

    await page.getByTestId('mark').focus();
    await page.getByTestId('mark').dblclick();
    await page.getByRole('progressbar').waitFor();
    // Nothing moved under the pointer, the busy button keeps the focus and says it is unavailable.
    expect(await place()).toEqual(before);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('mark');
    await expect(page.getByTestId('mark').getAttribute('aria-disabled')).resolves.toBe('true');
    await expect(page.getByTestId('report').getAttribute('aria-disabled')).resolves.toBe('true');
    await page.evaluate(() => (globalThis as unknown as { __releaseExcel: () => void }).__releaseExcel());
    await page.getByTestId('notice').filter({ hasText: '2 celler är markerade' }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('mark');
    expect(await place()).toEqual(before);

    // The double-click marked once and wrote no report.
    const snap = await snapshot(page);
    expect(snap.sheets.map((s) => s.name)).toEqual(['Volymer 2025']);
    // One rule for each of the two problem cells, not two of each.
    expect(snap.sheets[0].conditionalFormats).toHaveLength(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a finding on another sheet: activates that sheet, then selects the cell', async () => {
    const { rows, ortopedi } = brokenSeed();
    const { page } = await openPane(browser, server, {
      sheets: [
        { name: 'Anteckningar', rows: [['Möte 3 maj']] },
        { name: 'Volymer 2025', rows },
      ],
      active: 'Anteckningar',
    });
    await page.getByTestId('check-workbook').click();
    const finding = page.locator('[data-code="sum-mismatch"]');
    const cell = await finding.getAttribute('data-cell');
    expect(cell).toMatch(new RegExp(`^[B-D]${ortopedi}$`));
    await finding.locator('button').click();
    await page.waitForFunction((c) => (globalThis as unknown as FakeGlobal).__malkollFake.log.selects.includes(`'Volymer 2025'!${c}`), cell, { timeout: 5000 });
    const after = await log(page);
    expect(after.activations).toEqual(['Volymer 2025']);
    expect(after.ignoredSelects).toEqual([]);
    await expect(snapshot(page).then((s) => s.active)).resolves.toBe('Volymer 2025');
    await page.context().close();
  });

  it.each([
    ['sv-SE', 320],
    ['en-GB', 320],
    ['sv-SE', 450],
  ])(
    'fits a %s pane %i pixels wide with a classic 17-pixel scrollbar: nothing sideways, three tabs on one line, the first finding above 500 px',
    async (locale, width) => {
      const rows = volumeRowsWithOutcome();
      rows[rowOf(rows, 'Ortopedi') - 1][2] = 8134; // one mistyped figure
      const { page } = await openPane(browser, server, { sheets: [{ name: 'Volymer 2025', rows }] }, locale);
      await page.setViewportSize({ width, height: 800 });
      await withClassicScrollbar(page);
      await page.getByTestId('check').click();
      await page.getByTestId('finding').first().waitFor();
      const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      // The scrollbar takes its width, as Windows' does (headless Chromium's own takes none).
      await expect(page.evaluate(() => window.innerWidth - document.documentElement.clientWidth)).resolves.toBe(17);
      await expect(sideways()).resolves.toBe(0);
      const first = await page.getByTestId('finding').first().boundingBox();
      expect(first!.y).toBeLessThan(500);
      const tabs = await Promise.all(['findings', 'indicators', 'calculations'].map((t) => page.getByTestId(`tab-${t}`).boundingBox()));
      expect(new Set(tabs.map((b) => b!.y)).size).toBe(1);
      expect(Math.max(...tabs.map((b) => b!.x + b!.width))).toBeLessThanOrEqual(width - 17);
      await expectShot(page, `taskpane-${width}-${locale}.png`);

      // The calculations tab: the hospital and month pickers fit, however long a hospital's name.
      await page.getByTestId('tab-calculations').click();
      await page.getByTestId('hospital').selectOption('SU');
      await expect(sideways()).resolves.toBe(0);
      const hospital = await page.getByTestId('hospital').boundingBox();
      expect(hospital!.x + hospital!.width).toBeLessThanOrEqual(width - 17);
      await page.context().close();
    },
  );

  it('shows a long list a page at a time, grouped by table and section, and moves focus to what "show more" revealed', async () => {
    // 120 rows that do not add up (uppdrag one over) in a table of 600: 120 problems, not 120 × 3 nodes each at once.
    const rows = bigVolumeRows(600);
    for (let r = 4; r < 4 + 120; r++) (rows[r - 1] as number[])[1] = (rows[r - 1][1] as number) + 1;
    const { page } = await openPane(browser, server, { sheets: [{ name: 'Volymer', rows }] });
    await page.getByTestId('check').click();
    await page.getByTestId('finding').first().waitFor();
    await expect(page.getByTestId('finding').count()).resolves.toBe(25);
    const group = page.getByTestId('finding-group');
    await expect(group.locator('h2').textContent()).resolves.toMatch(/^Volymtabellen Volymer!A1:D\d+ · \d+ att rätta$/);
    await expect(page.locator('#root *').count()).resolves.toBeLessThan(1000);
    await page.getByTestId('show-more').click();
    // 120 rows and the uppdrag total (which no single row explains): 121 problems, all shown now.
    await expect(page.getByTestId('finding').count()).resolves.toBe(121);
    await expect(page.evaluate(() => document.activeElement?.closest('[data-testid="finding"]')?.getAttribute('data-cell'))).resolves.toBe(
      await page.getByTestId('finding').nth(25).getAttribute('data-cell'),
    );
    await page.context().close();
  });

  it('waits for a slow Office: says it is starting, offers nothing that would fail, then works (no give-up after 3 s)', async () => {
    // Excel desktop can take seconds to start the add-in's runtime; office.js defines Excel and lets Excel.run
    // through only once Office.onReady has resolved.
    const { rows } = brokenSeed();
    const { page, errors } = await openPane(browser, server, { sheets: [{ name: 'Volymer 2025', rows }], office: { readyAfterMs: 3500 } });
    await expect(page.getByTestId('starting').textContent()).resolves.toContain('Målkoll startar');
    await expect(page.getByTestId('check').isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId('needs-excel').count()).resolves.toBe(0);
    await page.getByTestId('starting').waitFor({ state: 'detached', timeout: 10000 });
    await expect(page.getByTestId('needs-excel').count()).resolves.toBe(0);
    await page.getByTestId('check').click();
    await page.getByTestId('verdict').filter({ hasText: '1 fel måste rättas' }).waitFor();
    expect(errors).toEqual([]);
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
