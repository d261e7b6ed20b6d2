/**
 * The task pane on indicator tables laid out as two regions' documents lay them out
 * (test/fixtures/regionLayouts), in headless Chromium with the fake Excel: the same tables, verdicts and
 * findings as the core, the built functions and the command line give.
 */
import { ours } from '../support/browser';
import { openPane, servedPane } from '../support/pane';
import { EXPECTED_INTERIM, EXPECTED_PLAN, INTERIM_REPORT_ROWS, INTERIM_TABLES, PLAN_ROWS, PLAN_TABLES } from '../fixtures/regionLayouts';

describe('the task pane on the regions’ own layouts', () => {
  const session = servedPane();

  it('reads every small table with its own range and judges each indicator as the core does', async () => {
    const { page, errors, outside } = await openPane(session.browser, session.server, {
      sheets: [
        { name: 'Delår', rows: INTERIM_REPORT_ROWS },
        { name: 'Plan 2025', rows: PLAN_ROWS },
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
      })),
    );
    const expectedCards = (sheet: string, ranges: string[], expected: Record<number, string>) =>
      ranges.map((range) => {
        const [from, to] = range.split(':').map((a) => Number(a.replace(/^[A-Z]+/, '')));
        const rows = Object.entries(expected).filter(([r]) => Number(r) >= from && Number(r) <= to);
        const of = (status: string) => rows.filter(([, s]) => s === status).map(([r]) => Number(r));
        return { where: `${sheet}!${range}`, missed: of('missed'), notAssessable: of('not-assessable'), met: of('met').length };
      });
    const expected = [...expectedCards('Delår', INTERIM_TABLES, EXPECTED_INTERIM), ...expectedCards('Plan 2025', PLAN_TABLES, EXPECTED_PLAN)];
    expect(cards).toEqual(expected.map(({ where, missed, notAssessable }) => ({ where, missed, notAssessable })));
    // The met ones are counted, not listed; the interim report's tables with the square of their own legend.
    await expect(page.getByTestId('count-met').allTextContents()).resolves.toEqual(
      expected.map((c) => `${c.where.startsWith('Delår') ? '■' : ''}Uppfyllda: ${c.met}`),
    );

    // A lower-is-better measure with a bare target: judged the right way, and the reason says where that came from.
    const overcrowding = page.locator('[data-sheet="Delår"] [data-testid="indicator"][data-row="13"]');
    await expect(overcrowding.textContent()).resolves.toContain(
      'utfall 3,1 mot mål ≤ 2,5 (lägre är bättre, utläst ur ”Överbeläggningar per 100 disponibla vårdplatser”)',
    );
    // A split outcome: every group named.
    await expect(page.locator('[data-sheet="Delår"] [data-testid="indicator"][data-row="16"]').textContent()).resolves.toContain(
      'M 53\u00a0% och K 53\u00a0% mot mål ≥ 90\u00a0%',
    );

    // Att rätta: the indicators without a target (warnings) and the one real missing outcome (an error).
    const toFix = await page
      .getByTestId('indicators')
      .getByTestId('finding')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-code')}@${e.getAttribute('data-cell')}`));
    expect(toFix.sort()).toEqual(['outcome-missing@E23', 'target-missing@B15', 'target-missing@C17'].sort());
    await expect(page.locator('[data-code="target-missing"][data-cell="B15"]').textContent()).resolves.toContain(
      'Utlokaliserade patienter per dag: har ett utfall men saknar målvärde',
    );

    expect(errors).toEqual([]);
    expect(ours(outside)).toEqual([]);
    await page.context().close();
  });
});
