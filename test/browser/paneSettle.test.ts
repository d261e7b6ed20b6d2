/**
 * The task pane's Avräkning tab in headless Chromium with the fake Excel: seed 000's round (the assignment
 * and the five hospitals' submissions of test/fixtures/round.ts, chosen as files) settled to the krona by
 * the stated rules at the pane's width, the settlement workbook downloaded and read back, and the open
 * workbook not changed; in English, a planted finding found at its cell. Here the assignment is a file the
 * controller picks; the open workbook as the assignment, and the settlement written into it, are
 * paneSettleWrite.test.ts's.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeWorkbook } from '../support/writeWorkbook';
import type { Page } from 'playwright-core';
import { readWorkbookBytes } from '../../src/xlsx/readWorkbookBytes';
import { assignmentSheets, expectedTotal, HOSPITALS, submission, type Submission } from '../fixtures/round';
import { axeViolations } from '../support/axe';
import { ours } from '../support/browser';
import { openPane, servedPane, snapshot } from '../support/pane';

const digits = (text: string | null) => Number((text ?? '').replace(/[^\d−-]/g, '').replace('−', '-'));
const name = (code: string) => HOSPITALS.find((h) => h.code === code)!;
const shown = (h: (typeof HOSPITALS)[number]) => (h.code === 'NU' || h.code === 'SÄS' ? h.name : h.code);

/** A workbook open in Excel that is not the assignment: the tab reads only the files chosen. */
const OPEN = { sheets: [{ name: 'Blad1', rows: [['Något annat', 1]] }], selection: 'A1' };

/** The Avräkning tab, with the assignment to be picked as a file (`another` is the choice's label). */
async function settleTab(page: Page, tab: string, another: string): Promise<void> {
  await page.getByRole('tab', { name: tab }).click();
  await page.getByRole('radio', { name: another }).check();
  await page.getByTestId('assignment-input').waitFor({ state: 'attached' });
}

describe('the task pane settles a round (Avräkning)', () => {
  const session = servedPane();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'malkoll-pane-settle-'));

  it("settles seed 000's five hospitals to the krona from an assignment file, downloads the settlement, and leaves the open workbook alone", async () => {
    const { page, outside, errors } = await openPane(session.browser, session.server, OPEN);
    const before = await snapshot(page);
    const assignment = await writeWorkbook(dir, 'uppdrag.xlsx', assignmentSheets());
    const folder = path.join(dir, 'inkommet');
    fs.mkdirSync(folder);
    for (const h of HOSPITALS) {
      const s = submission(h.code, 8);
      await writeWorkbook(folder, s.file, s.sheets);
    }

    await settleTab(page, 'Avräkning', 'En annan fil');
    await page.getByTestId('assignment-input').setInputFiles(assignment);
    await page.getByTestId('folder-input').setInputFiles(folder);
    await page.getByTestId('overview').waitFor();
    await expect(page.getByTestId('settlement-title').textContent()).resolves.toBe('Avräkning t.o.m. augusti, proportionell regel');
    const rows = await page
      .getByTestId('overview-row')
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-hospital'), e.getAttribute('data-status'), e.querySelector('[data-testid="reimbursement"]')?.textContent ?? '']),
      );
    expect(rows.map(([h, s, kr]) => [h, s, digits(kr)])).toEqual(HOSPITALS.map((h) => [shown(h), 'settled', expectedTotal(h, 8)]));
    expect(digits(await page.getByTestId('region-reimbursement').textContent())).toBe(HOSPITALS.reduce((n, h) => n + expectedTotal(h, 8), 0));
    await expect(page.getByTestId('nothing-to-follow').count()).resolves.toBe(1);
    // At the pane's width the overview scrolls in its own box: the pane itself never gets wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // …and its figures are whole, not squeezed over each other into columns too narrow for them.
    const clipped = await page
      .getByTestId('overview')
      .locator('td, th')
      .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
    expect(clipped).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('radio', { name: 'helårsregel' }).check();
    await page.waitForFunction(() => document.querySelector('[data-testid="settlement-title"]')?.textContent?.includes('helårsregel'));
    const annual = HOSPITALS.reduce((n, h) => n + expectedTotal(h, 8, 'annual'), 0);
    expect(digits(await page.getByTestId('region-reimbursement').textContent())).toBe(annual);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-settlement').click()]);
    expect(download.suggestedFilename()).toBe('avrakning-augusti.xlsx');
    const read = await readWorkbookBytes(fs.readFileSync(await download.path()));
    if (!read.ok) throw new Error(read.code);
    expect(read.grids.map((g) => g.sheet)).toEqual(['Översikt', 'Rader', 'Avvikelser', 'Indikatorer', 'Regler']);
    expect(read.grids[0].cells.find((r) => r[0] === 'Regionen')?.[8]).toBe(annual);

    // Back to Kontroll and again to Avräkning: the check's part is there, and the settlement is kept.
    await page.getByRole('tab', { name: 'Kontroll' }).click();
    await page.getByTestId('check').waitFor();
    await page.getByRole('tab', { name: 'Avräkning' }).click();
    expect(digits(await page.getByTestId('region-reimbursement').textContent())).toBe(annual);

    // Looked at (whether it holds a settlement of Målkoll's, to offer its removal), never written to.
    expect(await snapshot(page)).toEqual(before);
    expect(ours(outside)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('speaks English when Office does, and finds a changed assigned figure at its cell', async () => {
    const { page, outside, errors } = await openPane(session.browser, session.server, OPEN, 'en-GB');
    const assignment = await writeWorkbook(dir, 'uppdrag-en.xlsx', assignmentSheets());
    const planted: Submission[] = HOSPITALS.map((h) => (h.code === 'SV' ? submission('SV', 8, { cells: { C20: 3885 } }) : submission(h.code, 8)));
    const sub = path.join(dir, 'en');
    fs.mkdirSync(sub);
    const files = await Promise.all(planted.map((s) => writeWorkbook(sub, s.file, s.sheets)));

    await settleTab(page, 'Settlement', 'Another file');
    await page.getByTestId('assignment-input').setInputFiles(assignment);
    await page.getByTestId('submissions-input').setInputFiles(files);
    await page.getByTestId('follow-up').waitFor();
    await expect(page.getByTestId('settlement-title').textContent()).resolves.toBe('Settlement to the end of August, pro rata rule');
    const sv = page.locator('[data-testid="overview-row"][data-hospital="SV"]');
    await expect(sv.getAttribute('data-status')).resolves.toBe('preliminary');
    // The assignment's bas is followed, not the submission's: SV settles as if nothing had been changed.
    expect(digits(await sv.getByTestId('reimbursement').textContent())).toBe(expectedTotal(name('SV'), 8));
    const items = await page
      .getByTestId('follow-up-item')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-hospital')} ${e.getAttribute('data-code')} ${e.getAttribute('data-cell')}`));
    expect(items).toContain('SV assignment-changed C20');
    expect(await axeViolations(page)).toEqual([]);
    expect(ours(outside)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);
});
