/**
 * Självtest in the built pane, in headless Chromium with the fake Excel: behind the help at the pane's foot,
 * pass or fail per operation in the reader's language, the text to copy, the workbook left as it was, and axe
 * finds nothing to object to; Excel without Målkoll's functions loaded is named as such.
 */
import { axeViolations } from '../support/axe';
import { openPane, servedPane, snapshot } from '../support/pane';
import { ours } from '../support/browser';
import { customFunctionsOfBuild } from '../support/customFunctionNames';
import { indicatorRows } from '../taskpane/workbooks';

describe('Självtest in the task pane', () => {
  const session = servedPane();
  const workbook = { sheets: [{ name: 'Indikatorer', rows: indicatorRows() }] };

  it("runs every operation in Swedish Excel, shows each passing with Excel's notation, and leaves the workbook as it was", async () => {
    const { page, errors, outside } = await openPane(session.browser, session.server, { ...workbook, office: { version: '16.0.19127.20192' } });
    const before = await snapshot(page);
    // Out of the way: closed until asked for.
    await expect(page.getByTestId('selftest').count()).resolves.toBe(0);
    await page.getByTestId('help-open').click();
    await page.getByTestId('selftest-run').click();
    await page.getByTestId('selftest-summary').waitFor();
    await expect(page.getByTestId('selftest-summary').textContent()).resolves.toBe('Allt fungerade.');
    const steps = await page.getByTestId('selftest-step').evaluateAll((els) => els.map((e) => [e.getAttribute('data-step'), e.getAttribute('data-ok')]));
    expect(steps).toEqual([
      ['read', 'true'],
      ['formula', 'true'],
      ['rules', 'true'],
      ['settings', 'true'],
      ['chunk', 'true'],
      ['cleanup', 'true'],
    ]);
    const text = await page.getByTestId('selftest-text').inputValue();
    expect(text).toMatch(
      /^Självtest \d{4}-\d{2}-\d{2} \d{2}:\d{2}\nMålkoll \d+\.\d+\.\d+ · Excel 16\.0\.19127\.20192 \(PC\) · visningsspråk sv-SE\nListavgränsare ; · decimaltecken ,/,
    );
    expect(text).toContain('Excel visar: =MALKOLL.TAL("8,5 %")  =AVRUNDA(B2;1)');
    expect(await snapshot(page)).toEqual(before);
    expect({ state: 'self-test done', violations: await axeViolations(page) }).toEqual({ state: 'self-test done', violations: [] });
    await page.getByTestId('selftest-copy').click();
    await page
      .getByRole('status')
      .filter({ hasText: /kopiera/i })
      .waitFor();
    expect(errors).toEqual([]);
    expect(ours(outside)).toEqual([]);
    await page.context().close();
  });

  it("names what fails when Excel does not know Målkoll's functions, in English", async () => {
    const { page } = await openPane(session.browser, session.server, { ...workbook, customFunctions: { ...customFunctionsOfBuild(), loaded: false } }, 'en-GB');
    await page.getByTestId('help-open').click();
    await page.getByTestId('selftest-run').click();
    await page.getByTestId('selftest-summary').waitFor();
    await expect(page.getByTestId('selftest-summary').textContent()).resolves.toBe('1 of 6 parts did not work.');
    await expect(page.locator('[data-step="formula"]').textContent()).resolves.toContain('Excel does not recognise Målkoll’s functions (#NAME?)');
    expect({ state: 'self-test failed', violations: await axeViolations(page) }).toEqual({ state: 'self-test failed', violations: [] });
    await page.context().close();
  });
});
