/**
 * The task pane under its Content-Security-Policy in headless Chromium (issue 23): the built pane checks a
 * table with no violation; an inline script in the page as built (the ES5 fallback message of issue 18's
 * kind) runs, allowed by its hash; a script injected after the build does not.
 */
import * as fs from 'fs';
import * as path from 'path';
import { servedPane } from '../support/pane';
import { watchedPage, type WatchedPage } from '../support/browser';
import { seedVolumeRows } from '../taskpane/workbooks';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { applyPolicy } = require('../../scripts/content-security-policy.js') as { applyPolicy: (html: string) => string };

const ROOT = path.resolve(__dirname, '..', '..');
const FAKE = path.join(ROOT, 'test', 'fakes', 'fake-excel.js');
const BUILT = fs.readFileSync(path.join(ROOT, 'dist', 'taskpane.html'), 'utf8');

/** The pane with the fake Excel, its page replaced by `html`, violations of the policy collected. */
async function paneWith(session: ReturnType<typeof servedPane>, html: string): Promise<WatchedPage & { violations: () => Promise<string[]> }> {
  const watched = await watchedPage(session.browser, { officeJs: 'fake' });
  const { page } = watched;
  await page.addInitScript(
    (c) => {
      (globalThis as unknown as { __MALKOLL_FAKE_EXCEL__: unknown }).__MALKOLL_FAKE_EXCEL__ = c;
    },
    { sheets: [{ name: 'Volymer 2025', rows: seedVolumeRows() }], selection: 'A1', office: { displayLanguage: 'sv-SE' } },
  );
  await page.addInitScript({ path: FAKE });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.route('**/taskpane.html', (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await page.goto(`${session.server.url}taskpane.html`);
  await page.getByTestId('check').waitFor();
  return { ...watched, violations: () => page.evaluate(() => (globalThis as unknown as { __violations: string[] }).__violations) };
}

describe('the task pane under its Content-Security-Policy', () => {
  const session = servedPane();

  it('checks a table as built, with no violation of its policy', async () => {
    const { page, errors, violations } = await paneWith(session, BUILT);
    await page.getByTestId('check').click();
    await page.getByTestId('verdict').filter({ hasText: 'Volymtabellen: inga fel' }).waitFor();
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('runs an inline script the build hashed, and refuses one injected afterwards', async () => {
    const fallback = 'window.__fallbackRan = true;';
    const withScript = BUILT.replace('<title>', `<script>${fallback}</script><title>`);
    // Built: the policy step (as the plugin runs it on the emitted page) adds the script's hash.
    const hashed = await paneWith(session, applyPolicy(withScript));
    await expect(hashed.page.evaluate(() => (globalThis as unknown as { __fallbackRan?: boolean }).__fallbackRan)).resolves.toBe(true);
    expect(await hashed.violations()).toEqual([]);
    await hashed.page.context().close();

    // Injected into the page after the build: no hash, so the browser refuses it.
    const injected = await paneWith(session, withScript);
    await expect(injected.page.evaluate(() => (globalThis as unknown as { __fallbackRan?: boolean }).__fallbackRan)).resolves.toBeUndefined();
    expect((await injected.violations()).map((v) => v.split(' ')[0])).toEqual(['script-src-elem']);
    await injected.page.context().close();
  });
});
