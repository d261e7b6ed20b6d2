/**
 * The check page's browser tests share one setting: dist/ served on localhost, one Chromium for the describe
 * block, and a fresh watched page for each test, which must end with nothing fetched from outside the machine
 * and no error on the page.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { launchChromium, watchedPage, type WatchedPage } from './browser';
import { serveDirectory, type StaticServer } from './staticServer';

/** dist/ as `npm run build` makes it; MALKOLL_DIST points the tests at another build of the page. */
export const DIST = process.env.MALKOLL_DIST ?? path.join(path.resolve(__dirname, '..', '..'), 'dist');

export interface CheckPageSuite {
  readonly browser: Browser;
  readonly server: StaticServer;
  /** This test's page, with what it fetched from outside and the errors it threw. */
  readonly watched: WatchedPage;
}

export interface CheckPageOptions {
  /** Built files the tests need: a clear message when `npm run build` has not been run. */
  needs?: string[];
  locale?: string;
  viewport?: { width: number; height: number };
  /** Opened in every new page (e.g. 'check.html'); none when a test opens its own. */
  open?: string;
}

/**
 * Registers the describe block's hooks and returns its browser, server and this test's page.
 *
 * @example
 * const suite = useCheckPage({ needs: ['check.html'], open: 'check.html' });
 * it('…', async () => { await suite.watched.page.getByTestId('file-input').waitFor(); });
 */
export function useCheckPage(options: CheckPageOptions = {}): CheckPageSuite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let watched: WatchedPage | undefined;
  beforeAll(async () => {
    for (const file of options.needs ?? ['check.html']) {
      if (!fs.existsSync(path.join(DIST, file))) throw new Error(`dist/${file} is missing: run \`npm run build\` first`);
    }
    server = await serveDirectory(DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    watched = await watchedPage(browser!, { locale: options.locale ?? 'sv-SE' });
    if (options.viewport) await watched.page.setViewportSize(options.viewport);
    if (options.open) await watched.page.goto(`${server!.url}${options.open}`);
  });
  afterEach(async () => {
    expect(watched?.outside).toEqual([]);
    expect(watched?.errors).toEqual([]);
    await watched?.page.context().close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the check page's ${what} is not set up yet: use it inside a test`);
    return value;
  };
  return {
    get browser() {
      return ready(browser, 'browser');
    },
    get server() {
      return ready(server, 'server');
    },
    get watched() {
      return ready(watched, 'page');
    },
  };
}
