/**
 * "Kontrollera"'s checks run in a Web Worker, off the thread the pane shares with the custom functions (how long
 * the thread is blocked is measured by bench/paneThread.js, not here); where no worker can start, they run on
 * the thread and the pane works as before.
 */
import { openPane, servedPane } from '../support/pane';
import { seedVolumeRows, rowOf } from '../taskpane/workbooks';

function brokenSeed() {
  const rows = seedVolumeRows();
  rows[rowOf(rows, 'Ortopedi') - 1][2] = 8134;
  return rows;
}

describe("the checks off the pane's thread", () => {
  const session = servedPane();

  it("runs the checks in a worker it starts from the add-in's own address", async () => {
    const { page, errors } = await openPane(session.browser, session.server, { sheets: [{ name: 'Volymer 2025', rows: brokenSeed() }] });
    await page.evaluate(() => {
      const Original = globalThis.Worker;
      const started: string[] = [];
      (globalThis as unknown as { __workers: string[] }).__workers = started;
      globalThis.Worker = class extends Original {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          started.push(String(url));
        }
      } as typeof Worker;
    });
    await page.getByTestId('check').click();
    await page.locator('[data-code="sum-mismatch"]').first().waitFor();
    const started = await page.evaluate(() => (globalThis as unknown as { __workers: string[] }).__workers);
    expect(started).toHaveLength(1);
    expect(started[0]).toMatch(new RegExp(`^${session.server.url}check-thread\\.[0-9a-f]{8}\\.js$`));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('checks on the thread where no worker can start', async () => {
    const { page, errors } = await openPane(session.browser, session.server, { sheets: [{ name: 'Volymer 2025', rows: brokenSeed() }] });
    await page.evaluate(() => {
      (globalThis as unknown as { Worker: unknown }).Worker = undefined;
    });
    await page.getByTestId('check').click();
    await page.locator('[data-code="sum-mismatch"]').first().waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
