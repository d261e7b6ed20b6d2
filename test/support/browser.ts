/**
 * Headless Chromium for the browser tests: Debian's chromium (never a downloaded browser), office.js served
 * (and the files it loads) from @microsoft/office-js instead of Microsoft's CDN, and every request that would leave the machine
 * aborted and recorded, so a test can assert there were none.
 */
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OFFICE_JS_DIST = path.resolve(__dirname, '..', '..', 'node_modules', '@microsoft', 'office-js', 'dist');
const OFFICE_CDN = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/([\w./-]+)$/;

/** The package's copy of a file office.js would fetch from Microsoft's CDN, or null. */
function packagedOfficeFile(url: string): string | null {
  const m = OFFICE_CDN.exec(url.split('?')[0]);
  if (!m || m[1].includes('..')) return null;
  const file = path.join(OFFICE_JS_DIST, m[1]);
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}

/**
 * With `scrollbars`, Chromium draws scrollbars that take room, as on Windows (Playwright hides them in
 * headless mode by default): layout tests that must hold beside a classic scrollbar use it.
 */
export function launchChromium(options: { scrollbars?: boolean } = {}): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    ...(options.scrollbars ? { ignoreDefaultArgs: ['--hide-scrollbars'] } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Hosts office.js itself calls outside Office (its telemetry frame): blocked like everything else, and never needed. */
const OFFICE_JS_HOSTS = /(^|\.)(microsoft\.com|oaspapps\.com|office\.net|office\.com|live\.com|msocdn\.com)$/;

/** The blocked requests that were not office.js's own: what our pages tried to send out. */
export function ours(outside: string[]): string[] {
  return outside.filter((u) => !OFFICE_JS_HOSTS.test(new URL(u).hostname));
}

export interface WatchedPage {
  page: Page;
  /** Requests that tried to leave the machine (aborted). */
  outside: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
}

function isLocal(url: string): boolean {
  try {
    const { hostname, protocol } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
    return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
  } catch {
    return false;
  }
}

/**
 * A new page whose office.js comes from the package and whose outside requests are blocked and recorded.
 * With `officeJs: 'fake'`, office.js is an empty script: the page's Office is the fake Excel's (installed
 * by an init script), as a real host would provide it, not office.js outside Office.
 */
export async function watchedPage(browser: Browser, options: { locale?: string; officeJs?: 'package' | 'fake' } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ locale: options.locale ?? 'sv-SE', viewport: { width: 380, height: 900 } });
  const page = await context.newPage();
  const outside: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    const packaged = packagedOfficeFile(url);
    if (packaged && options.officeJs === 'fake')
      return route.fulfill({ body: '/* office.js: the fake Excel stands in for Office */', contentType: 'text/javascript' });
    if (packaged) return route.fulfill({ path: packaged, contentType: 'text/javascript' });
    if (isLocal(url)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return { page, outside, errors };
}
