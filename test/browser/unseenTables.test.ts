/**
 * The task pane on tables no earlier issue described (issue 21), in headless Chromium with the fake Excel:
 * indicator columns chosen by what they hold and said on the card, a reference named for a period, a
 * section with only a note (no table, no finding), an indicator with a name alone listed as not
 * assessable; a sum across columns and a share of the total row with a planted error each, found at its cell.
 */
import type { FakeCellValue, FakeSheetConfig } from '../fakes/fake-excel';
import { ours } from '../support/browser';
import { openPane, servedPane } from '../support/pane';
import { INTERIM_WITH_REFERENCE_ROWS, INTERIM_WITH_REFERENCE_STATUS, PLAN_FOLLOW_UP_ROWS, PLAN_FOLLOW_UP_STATUS } from '../fixtures/contentLayouts';
import { careColumnsTable, shareOfTotalTable } from '../fixtures/columnTables';
import { formats, type Rows } from '../fixtures/productionTables';

/** A table on a sheet of the fake, each figure with the number format a report gives it. */
function sheetOf(name: string, rows: Rows): FakeSheetConfig {
  const cellFormats: Record<string, { numberFormat: string }> = {};
  formats(rows).forEach((row, r) =>
    row.forEach((f, c) => {
      if (f) cellFormats[`${String.fromCharCode(65 + c)}${r + 1}`] = { numberFormat: f };
    }),
  );
  return { name, rows: rows as FakeCellValue[][], formats: cellFormats };
}

const rowsWith = (status: Record<number, string>, wanted: string): number[] =>
  Object.entries(status)
    .filter(([, s]) => s === wanted)
    .map(([r]) => Number(r));

describe('the task pane on tables nobody described', () => {
  const session = servedPane();

  it('reads the columns by what they hold, says so, and finds each planted error on its row', async () => {
    const visits = careColumnsTable().map((r) => r.slice());
    visits[2][2] = 6881; // Psykiatri's nurse visits, 6 818 typed 6 881: the row's "Totalt" no longer adds up
    const shares = shareOfTotalTable().map((r) => r.slice());
    shares[2][2] = 0.315; // Ortopedi's share of the total, 31,6 %, typed 31,5 %
    const { page, errors, outside } = await openPane(session.browser, session.server, {
      sheets: [
        { name: 'Uppföljning', rows: PLAN_FOLLOW_UP_ROWS },
        { name: 'Delår', rows: INTERIM_WITH_REFERENCE_ROWS },
        sheetOf('Besök', visits),
        sheetOf('Vårdtillfällen', shares),
      ],
      selection: 'A1',
    });
    await page.getByTestId('check-workbook').click();
    await page.getByTestId('tab-indicators').click();
    await page.getByTestId('indicators').waitFor();

    const cards = await page.getByTestId('indicator-table').evaluateAll((els) =>
      els.map((card) => ({
        where: `${card.getAttribute('data-sheet')}!${card.getAttribute('data-range')}`,
        missed: [...card.querySelectorAll('[data-testid="indicators-missed"] [data-testid="indicator"]')].map((e) => Number(e.getAttribute('data-row'))),
        notAssessable: [...card.querySelectorAll('[data-testid="indicators-not-assessable"] [data-testid="indicator"]')].map((e) =>
          Number(e.getAttribute('data-row')),
        ),
        // The pane keeps a number with the word before it (a no-break space): compared as plain spaces.
        columns: (card.querySelector('[data-testid="indicator-columns"]')?.textContent ?? '').replace(/\u00a0/g, ' '),
      })),
    );
    // "6.1.4 Nära vård", a header over a note, is no card; the row with a name alone is not assessable.
    expect(cards.map(({ where, missed, notAssessable }) => ({ where, missed, notAssessable }))).toEqual([
      { where: 'Uppföljning!A3:F10', missed: rowsWith(PLAN_FOLLOW_UP_STATUS, 'missed'), notAssessable: rowsWith(PLAN_FOLLOW_UP_STATUS, 'not-assessable') },
      { where: 'Delår!A2:G5', missed: rowsWith(INTERIM_WITH_REFERENCE_STATUS, 'missed'), notAssessable: [] },
    ]);
    expect(cards[0].columns).toContain('mål C ”Målvärde 2025” (cellerna är mätbara mål, inte A ”Mål”)');
    expect(cards[0].columns).toContain('jämförelse E ”Utfall T2 2024”');
    expect(cards[1].columns).toContain('jämförelse E ”Samma period fg år”');
    // "Ska öka" judged against last year's figure under "Samma period fg år".
    await expect(page.locator('[data-sheet="Delår"] [data-testid="indicator"][data-row="4"]').textContent()).resolves.toContain('301');

    await page.getByTestId('tab-findings').click();
    const found = await page.getByTestId('finding').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-cell')} ${e.getAttribute('data-code')}`));
    // No "no-table" for the section with a note: only the two planted errors, each at its own cell.
    expect(found.sort()).toEqual(['C3 share-mismatch', 'C3 subtotal-mismatch']);
    await expect(page.locator('[data-code="subtotal-mismatch"]').textContent()).resolves.toContain('med 6\u00a0818 stämmer summan');

    expect(errors).toEqual([]);
    expect(ours(outside)).toEqual([]);
    await page.context().close();
  });
});
