/**
 * The built task pane (dist/taskpane.html) in headless Chromium with the fake Excel installed before the page
 * loads, and what the browser tests ask the fake about the workbook afterwards.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import type { FakeConfig, FakeExcel, FakeLog, FakeSnapshot } from '../fakes/fake-excel';
import { launchChromium, watchedPage, type WatchedPage } from './browser';
import { customFunctionsOfBuild } from './customFunctionNames';
import { serveDirectory, type StaticServer } from './staticServer';

const FAKE = path.resolve(__dirname, '..', 'fakes', 'fake-excel.js');
const DIST = path.resolve(__dirname, '..', '..', 'dist');

/**
 * dist/ served and a Chromium launched before the tests of the describe block that calls this, both closed
 * after them; the fields are set once beforeAll has run.
 */
export function servedPane(): { browser: Browser; server: StaticServer } {
  const session = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: run npm run build first');
    session.server = await serveDirectory(DIST);
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/**
 * The built pane in Chromium. With a config, the fake stands in for Office and Excel: Office's display
 * language is the browser's locale, and Excel knows Målkoll's functions by the names of that language (from
 * dist/'s metadata and the manifest's overrides), as a real host does.
 */
export async function openPane(browser: Browser, server: StaticServer, config: FakeConfig | null, locale = 'sv-SE'): Promise<WatchedPage> {
  const watched = await watchedPage(browser, { locale, officeJs: config ? 'fake' : 'package' });
  if (config) {
    const full: FakeConfig = { customFunctions: customFunctionsOfBuild(), ...config, office: { displayLanguage: locale, ...config.office } };
    await watched.page.addInitScript((c) => {
      (globalThis as unknown as { __MALKOLL_FAKE_EXCEL__: unknown }).__MALKOLL_FAKE_EXCEL__ = c;
    }, full);
    await watched.page.addInitScript({ path: FAKE });
  }
  await watched.page.goto(`${server.url}taskpane.html`);
  await watched.page.getByTestId('check').waitFor();
  return watched;
}

/**
 * A classic scrollbar, 17 pixels wide and always there, as Windows draws one: headless Chromium's takes no
 * width, so a layout that only fits without one would pass unnoticed.
 */
export async function withClassicScrollbar(page: Page): Promise<void> {
  await page.addStyleTag({
    content: 'html { overflow-y: scroll; } ::-webkit-scrollbar { width: 17px; height: 17px; } ::-webkit-scrollbar-thumb { background: #c1c1c1; }',
  });
}

/** The fake as the page holds it, for what runs inside page.evaluate. */
export type FakeGlobal = { __malkollFake: FakeExcel };

/** Cells of a range that read as #NAME?: Excel did not know a function by the name it was given. */
export const nameErrors = (page: Page, sheet: string, address: string) =>
  page.evaluate(
    ([s, a]) =>
      (globalThis as unknown as FakeGlobal).__malkollFake.Excel.run(async (context: Excel.RequestContext) => {
        const range = context.workbook.worksheets.getItem(s).getRange(a).load('values');
        await context.sync();
        return range.values.flat().filter((v) => v === '#NAME?').length;
      }),
    [sheet, address],
  );

/** What the fake holds now, and what it logged. */
export const snapshot = (page: Page): Promise<FakeSnapshot> =>
  page.evaluate(() => (globalThis as unknown as { __malkollFake: { snapshot(): FakeSnapshot } }).__malkollFake.snapshot());
export const log = (page: Page): Promise<FakeLog> => page.evaluate(() => (globalThis as unknown as { __malkollFake: { log: FakeLog } }).__malkollFake.log);
/** Cell contents (formula text for formula cells) of a range. */
export const sheetValues = (page: Page, sheet: string, address: string) =>
  page.evaluate(([s, a]) => (globalThis as unknown as FakeGlobal).__malkollFake.sheetValues(s, a), [sheet, address]);
