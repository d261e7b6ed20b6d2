#!/usr/bin/env node
/**
 * What a controller waits for (issue 15), from dist/ (npm run build) in headless Chromium:
 *
 *   node bench/page.js
 *
 * 1. The pane page's script: functions.js and taskpane.js (both load in the shared runtime's one page), plus
 *    any chunk the page fetches at start (the catalogue's texts for the display language), gzip -9.
 * 2. Time to interactive of the pane with the fake Excel: navigation start to "Kontrollera" rendered and
 *    enabled, median of 5 fresh pages.
 * 3. /check.html: time until its buttons are there (drawn by the page's first, small script), median of 5
 *    fresh pages, and the longest long task (the page frozen) while a 20 000-row workbook is read and checked.
 * Each row carries the figure before the work ("was") and its aim ("target").
 */
/* global MutationObserver, PerformanceObserver, performance -- page.evaluate's functions run in the browser */
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const zlib = require('zlib');

const { size } = require('./size');

const ROOT = path.resolve(__dirname, '..');
const DIST = process.env.MALKOLL_DIST || path.join(ROOT, 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ROUNDS = size(5, 1);
const LARGE_ROWS = size(20000, 500);

function serve(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.xlsx': 'application/octet-stream', '.png': 'image/png' };
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() })),
  );
}

const gzipKiB = (bytes) => Math.round(zlib.gzipSync(bytes, { level: 9 }).length / 102.4) / 10;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function largeWorkbook(rows) {
  const ExcelJS = require('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Volymer');
  sheet.addRow([null, 'uppdrag', 'bas', 'tillägg']);
  sheet.addRow(['Somatik']);
  sheet.addRow(['Förstabesök']);
  for (let i = 0; i < rows; i++) sheet.addRow([`Mottagning ${i + 1}`, 110 + (i % 900) + (i % 290), 100 + (i % 900), 10 + (i % 290)]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function run() {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) return [{ name: 'dist/ missing (npm run build)', value: '-', unit: '' }];
  if (!fs.existsSync(CHROMIUM)) return [{ name: `${CHROMIUM} missing`, value: '-', unit: '' }];
  const { chromium } = require('playwright-core');
  const server = await serve(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const fake = fs.readFileSync(path.join(ROOT, 'test', 'fakes', 'fake-excel.js'), 'utf8');
  try {
    // 1 and 2: every script the pane page fetches, and when it is interactive.
    const times = [];
    let scripts = new Map();
    for (let i = 0; i < ROUNDS; i++) {
      const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 350, height: 800 } });
      const page = await context.newPage();
      const fetched = new Map();
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.includes('appsforoffice.microsoft.com')) return route.fulfill({ body: '', contentType: 'text/javascript' });
        if (!url.startsWith(server.url)) return route.abort();
        if (url.endsWith('.js')) fetched.set(path.basename(new URL(url).pathname), true);
        return route.continue();
      });
      await page.addInitScript(
        (config) => {
          globalThis.__MALKOLL_FAKE_EXCEL__ = config;
        },
        { sheets: [{ name: 'Volymer', rows: [['x']] }], office: { displayLanguage: 'sv-SE' } },
      );
      await page.addInitScript({ content: fake });
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          const button = document.querySelector('[data-testid="check"]');
          if (button && !button.disabled && button.getAttribute('aria-disabled') !== 'true') {
            globalThis.__interactiveAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { subtree: true, childList: true, attributes: true });
      });
      await page.goto(`${server.url}taskpane.html`);
      await page.waitForFunction(() => globalThis.__interactiveAt !== undefined);
      times.push(await page.evaluate(() => globalThis.__interactiveAt));
      scripts = fetched;
      await context.close();
    }
    const names = [...scripts.keys()].sort();
    const total = names.reduce((n, f) => n + gzipKiB(fs.readFileSync(path.join(DIST, f))), 0);

    // 3: the check page: its buttons, in fresh pages; then a large workbook read and checked.
    const readyTimes = [];
    for (let i = 0; i < ROUNDS; i++) {
      const fresh = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1000, height: 900 } });
      const page = await fresh.newPage();
      // Ready: the choose button there, with its words and not waiting, recorded by the page itself.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          const button = document.querySelector('[data-testid="choose"]');
          if (button && button.textContent && button.getAttribute('aria-disabled') !== 'true') {
            globalThis.__readyAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      await page.goto(`${server.url}check.html`);
      await page.waitForFunction(() => globalThis.__readyAt !== undefined);
      readyTimes.push(await page.evaluate(() => globalThis.__readyAt));
      await fresh.close();
    }
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    // Long tasks from the moment the page has the file (Playwright's handing over of the bytes comes before).
    await page.addInitScript(() => {
      globalThis.__longTasks = [];
      globalThis.__fileAt = Infinity;
      document.addEventListener('change', () => (globalThis.__fileAt = performance.now()), true);
      new PerformanceObserver((list) => list.getEntries().forEach((e) => globalThis.__longTasks.push([e.startTime, e.duration]))).observe({
        type: 'longtask',
        buffered: true,
      });
    });
    await page.goto(`${server.url}check.html`);
    await page.getByTestId('choose').waitFor();
    const bytes = await largeWorkbook(LARGE_ROWS);
    const started = Date.now();
    await page.getByTestId('file-input').setInputFiles({ name: 'stor.xlsx', mimeType: 'application/octet-stream', buffer: bytes });
    await page.getByTestId('result').waitFor({ timeout: 120000 });
    const checked = Date.now() - started;
    const longTasks = await page.evaluate(() => globalThis.__longTasks.filter(([start]) => start >= globalThis.__fileAt).map(([, d]) => d));
    await context.close();

    const round = (x) => Math.round(x);
    return [
      { name: `pane page script, gzip (${names.join(' + ')})`, value: Math.round(total * 10) / 10, unit: 'KiB  (was 243, target ≤ 185)' },
      ...names.map((f) => ({ name: `  ${f}, gzip`, value: gzipKiB(fs.readFileSync(path.join(DIST, f))), unit: 'KiB' })),
      { name: `pane interactive with the fake Excel, median of ${ROUNDS}`, value: round(median(times)), unit: 'ms  (was 700–1 200, target < 600)' },
      { name: `check.html buttons there after navigation start, median of ${ROUNDS}`, value: round(median(readyTimes)), unit: 'ms  (was 790, target < 500)' },
      { name: `${LARGE_ROWS.toLocaleString('en-US')}-row workbook read + checked on check.html`, value: checked, unit: 'ms' },
      { name: '  longest frozen stretch of the page meanwhile', value: round(Math.max(0, ...longTasks)), unit: 'ms  (was up to 1 000, target ≤ 100)' },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}

module.exports = { run };
if (require.main === module) {
  run().then(
    (rows) => {
      const width = rows.reduce((w, r) => Math.max(w, r.name.length), 0);
      for (const r of rows) console.log(`${r.name.padEnd(width)}  ${String(r.value).padStart(8)} ${r.unit}`);
    },
    (error) => {
      console.error(`bench/page.js: ${error.message}`);
      process.exit(1);
    },
  );
}
