/**
 * Deployments and caches: a chunk fetched on demand is named by a hash of its content, so a page an earlier
 * deployment left in a cache asks for its own chunks and never runs a newer one it does not fit. Two builds that
 * differ (Målkoll's version, which the self-test chunk reports) are mixed as a cache would mix them, the old entry
 * over the new files, and the pane is opened in Chromium: the self-test's chunk cannot be found, and the pane says
 * so, rather than running the other build's code.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import type { Browser } from 'playwright-core';
import { launchChromium, watchedPage } from '../support/browser';
import { customFunctionsOfBuild } from '../support/customFunctionNames';
import { builtChunk } from '../support/functionsHarness';
import { serveDirectory, type StaticServer } from '../support/staticServer';

const ROOT = path.resolve(__dirname, '..', '..');
const FAKE = path.join(ROOT, 'test', 'fakes', 'fake-excel.js');

function build(version: string): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `malkoll-build-${version}-`));
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'development', '--env', `version=${version}`, '--output-path', out],
    {
      cwd: ROOT,
      stdio: 'pipe',
    },
  );
  return out;
}

describe('chunks named by their content', () => {
  let older: string;
  let newer: string;
  let browser: Browser;
  beforeAll(() => {
    older = build('9.9.1');
    newer = build('9.9.2');
  }, 240000);
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('gives a chunk a new name when its content changes, and the same name when it does not', () => {
    expect(builtChunk('selftest', older)).not.toBe(builtChunk('selftest', newer));
    expect(builtChunk('texts-pane-sv', older)).toBe(builtChunk('texts-pane-sv', newer));
    // Each build's page names the chunks of its own build (webpack's runtime is in functions.js, which the pane builds on).
    const entry = ['functions.js', 'taskpane.js'].map((f) => fs.readFileSync(path.join(older, f), 'utf8')).join('\n');
    expect(entry).toContain(builtChunk('selftest', older).split('.')[1]);
    expect(entry).not.toContain(builtChunk('selftest', newer).split('.')[1]);
  });

  /** The pane of `dir` in Chromium with the fake Excel: the self-test run, and what the help then shows. */
  async function selfTestIn(dir: string): Promise<string> {
    let server: StaticServer | null = null;
    try {
      server = await serveDirectory(dir);
      const { page } = await watchedPage(browser, { locale: 'sv-SE', officeJs: 'fake' });
      await page.addInitScript(
        (c) => {
          (globalThis as unknown as { __MALKOLL_FAKE_EXCEL__: unknown }).__MALKOLL_FAKE_EXCEL__ = c;
        },
        { sheets: [{ name: 'Blad1', rows: [[1]] }], office: { displayLanguage: 'sv-SE' }, customFunctions: customFunctionsOfBuild() },
      );
      await page.addInitScript({ path: FAKE });
      await page.goto(`${server.url}taskpane.html`);
      await page.getByTestId('help-open').click();
      const shown = page.getByTestId('selftest-run').or(page.getByTestId('selftest-unavailable'));
      await shown.first().waitFor();
      if (await page.getByTestId('selftest-unavailable').count()) return 'unavailable';
      await page.getByTestId('selftest-run').click();
      await page.getByTestId('selftest-summary').waitFor();
      const text = await page.getByTestId('selftest-text').inputValue();
      await page.context().close();
      return /Målkoll (\S+)/.exec(text.split('\n')[1])?.[1] ?? '?';
    } finally {
      await server?.close();
    }
  }

  it("runs its own build's self-test whole", async () => {
    await expect(selfTestIn(older)).resolves.toBe('9.9.1');
  });

  it('never runs a newer chunk under a cached older page: the old page cannot find its chunk, and says so', async () => {
    const mixed = fs.mkdtempSync(path.join(os.tmpdir(), 'malkoll-mixed-'));
    fs.cpSync(newer, mixed, { recursive: true });
    for (const file of ['taskpane.html', 'taskpane.js', 'functions.js']) fs.copyFileSync(path.join(older, file), path.join(mixed, file));
    await expect(selfTestIn(mixed)).resolves.toBe('unavailable');
  });
});
