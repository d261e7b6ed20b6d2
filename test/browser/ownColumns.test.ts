/**
 * The task pane in headless Chromium with the fake Excel, on an interim report whose tables have their own
 * `Mål-uppfyllelse ▲ □ ● ◆` and `Utveckling` columns: the workbook's tolerance for partly met, the offer to
 * fill the table's own columns in its convention, the filled cells shown before anything is written, the
 * formulas agreeing with the pane's verdicts (evaluated with the built functions), and one click that
 * restores the sheet deep-equal.
 */
import type { Page } from 'playwright-core';
import type { CellValue, Grid } from '../../src/core';
import { interimReportWithReference } from '../fixtures/regionLayouts';
import type { FakeCellValue } from '../fakes/fake-excel';
import { ours } from '../support/browser';
import { customFunctionsOfBuild } from '../support/customFunctionNames';
import { evaluateFormula } from '../support/formulaEvaluator';
import { loadFunctionsBundle } from '../support/functionsHarness';
import { openPane, servedPane, sheetValues, snapshot } from '../support/pane';
import { readmeShot, type ShotOptions } from '../support/screenshots';

/**
 * A README screenshot (taken with `npm run screenshots`; an ordinary run leaves the tree as it was), and a
 * failure saying to retake them when what it shows is no longer what the pane shows (support/screenshots.ts).
 */
async function expectShot(page: Page, name: string, options: ShotOptions): Promise<void> {
  const { now, committed } = await readmeShot(page, name, options);
  // docs/screenshots/screenshots.json is out of date: run `npm run screenshots` and commit the new images.
  expect({ screenshot: name, ...now }).toEqual({ screenshot: name, ...committed });
}

const SYMBOL: Record<string, string> = { met: '■', partly: '●', missed: '▲', 'not-assessable': '◆' };

function interimRows(): FakeCellValue[][] {
  return interimReportWithReference().map((row) => row.map((c) => (c === undefined ? null : c)));
}

/** The formulas Excel shows in Swedish, back to our ids, evaluated with the built functions against the sheet's values. */
function evaluateSheet(cells: FakeCellValue[][]): (address: string) => unknown {
  const { functions } = customFunctionsOfBuild();
  const idOf = new Map<string, string>();
  for (const [id, names] of Object.entries(functions)) for (const name of Object.values(names)) idOf.set(name.toUpperCase(), id);
  const grid: Grid = { cells: cells.map((row) => row.map((v) => (typeof v === 'string' && v.startsWith('=') ? null : (v as CellValue)))), top: 1, left: 1 };
  const bundle = loadFunctionsBundle({ displayLanguage: 'sv-SE' });
  return (address: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const col = m[1].charCodeAt(0) - 64;
    const formula = String(cells[Number(m[2]) - 1]?.[col - 1] ?? '');
    if (!formula.startsWith('=')) return formula;
    const canonical = formula.replace(/MALKOLL\.([\p{L}_.0-9]+)\(/gu, (_, name: string) => `MALKOLL.${idOf.get(name.toUpperCase()) ?? name}(`);
    return evaluateFormula(canonical, grid, bundle);
  };
}

/** The rows the pane lists under each status (met ones are only counted). */
async function listedRows(page: Page): Promise<Record<string, number[]>> {
  const listed: Record<string, number[]> = {};
  for (const status of ['partly', 'missed', 'not-assessable']) {
    listed[status] = await page
      .locator(`[data-testid="indicators-${status}"] [data-testid="indicator"]`)
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-row'))));
  }
  return listed;
}

describe('the table’s own columns in the task pane', () => {
  const session = servedPane();

  it('partly met within a chosen band, saved in the workbook; ■ ● ▲ ◆ and ↑ → ↓ formulas that agree with the pane; restored in one click', async () => {
    const { page, errors, outside } = await openPane(session.browser, session.server, { sheets: [{ name: 'Delår', rows: interimRows() }], selection: 'A1' });
    // Tall enough that the notice, kept at the bottom of the view, stays out of the README's picture.
    await page.setViewportSize({ width: 380, height: 3200 });
    await page.getByTestId('check-workbook').click();
    await page.getByTestId('tab-indicators').click();

    // Off by default: no partly met anywhere.
    await expect(page.getByTestId('tolerance').inputValue()).resolves.toBe('');
    await expect(page.getByTestId('count-partly').count()).resolves.toBe(0);

    await page.getByTestId('tolerance').selectOption('0.1');
    await page.getByTestId('count-partly').first().waitFor();
    expect(JSON.parse(String((await snapshot(page)).settings['malkoll.settings']))).toEqual({ tolerance: 0.1 });
    // The band is named wherever partly appears: the chart's key and the list's title.
    await expect(page.getByTestId('count-partly').first().textContent()).resolves.toMatch(/^●Delvis uppfyllda \(inom 10\u00a0%\): \d+$/);
    await expect(page.getByText('Delvis uppfyllda mål (inom 10\u00a0% av målet)').first().isVisible()).resolves.toBe(true);
    const listed = await listedRows(page);
    expect(listed.partly.length).toBeGreaterThan(0);

    // The offer, in the table's own convention.
    await expect(page.getByTestId('own-offer').textContent()).resolves.toContain('symboler ■ ● ▲ ◆, symboler ↑ → ↓');
    await expect(page.getByTestId('add-status').count()).resolves.toBe(0);
    // The setting and the first table's chart and lists, for the README.
    const from = (await page.getByTestId('tolerance').boundingBox())!;
    const card = (await page.getByTestId('indicator-table').first().boundingBox())!;
    await expectShot(page, 'taskpane-own-columns.png', { clip: { x: 0, y: from.y - 40, width: 380, height: card.y + card.height - from.y + 50 } });

    const before = await snapshot(page);
    await page.getByTestId('fill-own').click();
    await page.getByTestId('confirm-dialog').waitFor();
    await expect(page.getByTestId('overwrite-list').count()).resolves.toBe(0);
    await page.getByTestId('confirm').click();
    await page.getByTestId('restore-own').waitFor();

    // Every indicator's cell, evaluated as Excel would, shows the pane's verdict in the table's symbols.
    const at = evaluateSheet(await sheetValues(page, 'Delår', 'A1:K28'));
    for (const [status, rows] of Object.entries(listed)) for (const row of rows) expect([row, at(`F${row}`)]).toEqual([row, SYMBOL[status]]);
    const metCount = (await page.getByTestId('count-met').allTextContents()).reduce((n, t) => n + Number(/(\d+)$/.exec(t)![1]), 0);
    const squares = [5, 6, 7, 8, 13, 14, 15, 16, 17, 21, 22, 23, 27, 28].filter((r) => at(`F${r}`) === '■').length;
    expect(squares).toBe(metCount);
    expect(at('G7')).toBe('↓'); // vårdskador rose: worse, a lower-is-better measure
    expect(String(at('K6'))).toBe('●');
    expect(at('J6')).toBe('Delvis uppfyllt (inom 10\u00a0% av målet)');

    await page.getByTestId('restore-own').click();
    await page.getByTestId('fill-own').waitFor();
    expect(await snapshot(page)).toEqual(before);

    // The report sheet counts the same four statuses, named as the legend names them, and charts them.
    await page.getByTestId('tab-findings').click();
    await page.getByTestId('report').click();
    await page
      .getByText(/Kontroll \d{4}-\d{2}-\d{2}/)
      .first()
      .waitFor();
    const report = (await snapshot(page)).sheets.find((sh) => sh.name.startsWith('Kontroll'))!;
    const texts = Object.values(report.cells).map((c) => c.value);
    const counts = { met: metCount, partly: listed.partly.length, missed: listed.missed.length, notAssessable: listed['not-assessable'].length };
    for (const [label, n] of [
      ['■ Uppfyllt', counts.met],
      ['● Delvis uppfyllt (inom 10 % av målet)', counts.partly],
      ['▲ Ej uppfyllt', counts.missed],
      ['◆ Ej bedömbart', counts.notAssessable],
    ] as const) {
      const at = Object.entries(report.cells).find(([, c]) => c.value === label)?.[0];
      expect([label, at !== undefined]).toEqual([label, true]);
      const right = at!.replace(/^[A-Z]+/, (col) => String.fromCharCode(col.charCodeAt(0) + 1));
      expect([label, Number(report.cells[right]?.value)]).toEqual([label, n]);
    }
    expect(texts).toEqual(expect.arrayContaining(['Status', 'Antal']));
    expect(report.charts.map((c) => c.title)).toEqual(['Indikatorer per status']);
    expect(errors).toEqual([]);
    expect(ours(outside)).toEqual([]);
    await page.context().close();
  });

  it('a filled status column is shown before anything is written; cancelling writes nothing; restoring puts the region’s own marks back', async () => {
    const rows = interimRows();
    rows[6][5] = '▲'; // F7
    rows[12][5] = '▲'; // F13
    const { page, errors } = await openPane(session.browser, session.server, { sheets: [{ name: 'Delår', rows }], selection: 'A1' });
    await page.setViewportSize({ width: 380, height: 900 });
    await page.getByTestId('check-workbook').click();
    await page.getByTestId('tab-indicators').click();
    const before = await snapshot(page);

    await page.getByTestId('fill-own').click();
    await page.getByTestId('overwrite-list').waitFor();
    await expect(page.getByTestId('overwrite-list').locator('li').allTextContents()).resolves.toEqual(['F7: ▲', 'F13: ▲']);
    await expectShot(page, 'taskpane-own-columns-confirm.png', { view: true, textOf: '[data-testid="confirm-dialog"]' });
    await page.getByRole('button', { name: 'Avbryt' }).click();
    expect(await snapshot(page)).toEqual(before);

    await page.getByTestId('fill-own').click();
    await page.getByTestId('confirm').click();
    await page.getByTestId('restore-own').waitFor();
    const written = await sheetValues(page, 'Delår', 'F7:F7');
    expect(String(written[0][0])).toMatch(/^=MALKOLL\./);

    // A tolerance chosen after filling: the pane says the formulas keep the band they were written with.
    await page.getByTestId('tolerance').selectOption('0.05');
    await page.getByText('återställ kolumnerna och fyll dem igen', { exact: false }).waitFor();

    await page.getByTestId('restore-own').click();
    await page.getByTestId('fill-own').waitFor();
    expect((await snapshot(page)).sheets).toEqual(before.sheets);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
