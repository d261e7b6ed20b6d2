/**
 * The built pane where its bundles cannot run, as in Internet Explorer 11 (Office's webview for a shared-runtime
 * add-in where WebView2 is missing): the inline first script says what is needed, in the reader's language. The
 * old webview is stood in for by Chromium without ES2020's Promise.allSettled and String.prototype.matchAll and
 * with the bundles unreadable; a bundle that fails with a SyntaxError says the same.
 */
import { openPane, servedPane } from '../support/pane';
import { watchedPage } from '../support/browser';
import { indicatorRows } from '../taskpane/workbooks';
import { ours } from '../support/browser';

describe('the pane in an old webview', () => {
  const session = servedPane();

  it.each([
    ['sv-SE', 'Målkoll kan inte starta här', 'Microsoft Edge WebView2'],
    ['en-GB', 'Målkoll cannot start here', 'Microsoft Edge WebView2 Runtime'],
  ])('in %s says what is needed, and sends nothing', async (locale, title, needed) => {
    const { page, outside } = await watchedPage(session.browser, { locale, officeJs: 'fake' });
    await page.addInitScript(() => {
      delete (Promise as unknown as { allSettled?: unknown }).allSettled;
      delete (String.prototype as unknown as { matchAll?: unknown }).matchAll;
    });
    // Internet Explorer cannot read the ES2020 bundles at all.
    await page.route(/\/(functions|taskpane)\.js$/, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
    await page.goto(`${session.server.url}taskpane.html`);
    const alert = page.locator('#root[data-webview="old"] [role="alert"]');
    await alert.waitFor();
    await expect(alert.locator('h1').textContent()).resolves.toBe(title);
    await expect(alert.textContent()).resolves.toContain(needed);
    expect(ours(outside)).toEqual([]);
    await page.context().close();
  });

  it('says the same when a bundle cannot be read (a SyntaxError)', async () => {
    const { page } = await watchedPage(session.browser, { locale: 'sv-SE', officeJs: 'fake' });
    await page.route(/\/functions\.js$/, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: 'var a = {;' }));
    await page.route(/\/taskpane\.js$/, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
    await page.goto(`${session.server.url}taskpane.html`);
    await page.locator('#root[data-webview="old"]').waitFor();
    await page.context().close();
  });

  it('stays out of the way in a webview that runs Målkoll', async () => {
    const { page, errors } = await openPane(session.browser, session.server, { sheets: [{ name: 'Indikatorer', rows: indicatorRows() }] });
    await expect(page.locator('#root[data-webview]').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
