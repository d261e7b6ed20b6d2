import * as path from 'path';
import type { Browser } from 'playwright-core';
import { launchChromium, ours, watchedPage } from '../support/browser';
import { serveDirectory, type StaticServer } from '../support/staticServer';

describe('the built task pane in headless Chromium, outside Office', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveDirectory(path.resolve(__dirname, '..', '..', 'dist'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders its first view with office.js from the package, no console errors and no request leaving the machine', async () => {
    const { page, outside, errors } = await watchedPage(browser);
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForFunction(() => (document.getElementById('root')?.textContent ?? '').length > 0);
    const text = await page.textContent('#root');
    expect(text).toContain('Målkoll');
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
    expect(ours(outside)).toEqual([]);
    await page.context().close();
  });

  it('serves functions.json with the CORS header Excel needs', async () => {
    const res = await fetch(`${server.url}functions.json`);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect((await res.json()).functions.length).toBeGreaterThan(0);
  });
});
