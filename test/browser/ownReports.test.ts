/**
 * The pane in headless Chromium on a workbook whose settings claim a data sheet is Målkoll's report
 * (issue 23): "Kontrollera hela arbetsboken" checks that sheet all the same and finds its error; a report
 * the pane wrote itself is left out and named.
 */
import { openPane, servedPane } from '../support/pane';
import { indicatorRows, seedVolumeRows } from '../taskpane/workbooks';

describe('report sheets in a check of the whole workbook', () => {
  const session = servedPane();

  it('checks a data sheet the settings list as a report, and leaves out and names a report the pane wrote', async () => {
    const { page, errors } = await openPane(session.browser, session.server, {
      sheets: [
        { name: 'Volymer 2025', rows: seedVolumeRows() },
        // Row 12 has a measurable target and no outcome: one error.
        { name: 'Indikatorer', rows: indicatorRows() },
      ],
      selection: 'A1',
      settings: { 'malkoll.reports': JSON.stringify({ sheetIds: ['{sheet-2}'] }) },
    });
    await page.getByTestId('check-workbook').click();
    await page.getByTestId('verdict').filter({ hasText: '1 fel måste rättas' }).waitFor();
    await expect(page.getByTestId('checklist-indicators').textContent()).resolves.toBe('Indikatortabellen: 1 fel');

    // A report of the pane's own: left out of the next check of the workbook, and named.
    await page.getByTestId('report').click();
    await page.getByTestId('notice').filter({ hasText: 'Rapporten finns på bladet' }).waitFor();
    await page.getByTestId('check-workbook').click();
    const summary = page.getByTestId('summary');
    await summary.filter({ hasText: 'är Målkolls kontrollrapport och kontrollerades inte.' }).waitFor();
    await expect(page.getByTestId('verdict').textContent()).resolves.toBe('1 fel måste rättas');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
