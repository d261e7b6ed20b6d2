#!/usr/bin/env node
/**
 * The shared runtime's thread while the pane checks a workbook at its read limits (issue 18): the pane's
 * checks run on the one thread the custom functions share, and desktop Office restarts an add-in that blocks
 * it for 5 seconds. From dist/ (npm run build) and build/ (npm run build:cli):
 *
 *   node bench/paneThread.js
 *
 * For each workbook of about 250 000 cells (the most one check reads: MAX_LOADED_PER_SYNC / 3 properties):
 * - the core's check of the same grids in Node (what the pane runs after reading), median of 3;
 * - the built pane in headless Chromium with the fake Excel, "Kontrollera arbetsboken" pressed: the longest
 *   long task (the page's thread blocked) that begins once the pane says it is checking (the reading before it
 *   is the fake's, in the same page; Excel's reading is not), and the time from then to the result shown.
 * bench/run.js calls run(), which returns rows { name, value, unit }.
 */
/* global MutationObserver, PerformanceObserver, performance -- page.evaluate's functions run in the browser */
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const { size } = require('./size');
const { HEADER, FORMATS, shown } = require('./production');

const ROOT = path.resolve(__dirname, '..');
const DIST = process.env.MALKOLL_DIST || path.join(ROOT, 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Tiny runs (npm test) only prove the bench still runs: a few thousand cells, not the read limit.
const CELLS = size(250000, 4000);

function serve(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png' };
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

/** A production table (visits by period, a part, changes and a share) of about `cells` cells, in groups under subtotals. */
function productionSheet(cells) {
  const header = HEADER;
  const formats = FORMATS;
  const line = (label, now, before, dn, db) => [label, now, before, shown(now / before - 1), dn, db, shown(dn / db - 1), shown(dn / now)];
  const rows = [header];
  const total = [0, 0, 0, 0];
  for (let g = 0, n = 0; rows.length * header.length < cells - 30 * header.length; g++) {
    const parts = [];
    for (let i = 0; i < 25; i++, n++) {
      const now = 200 + ((n * 7919) % 9000);
      const before = 180 + ((n * 104729) % 9100);
      parts.push([`Mottagning ${n + 1}`, now, before, Math.floor(now * 0.3) + (n % 7), Math.floor(before * 0.25) + (n % 5)]);
    }
    const sum = [1, 2, 3, 4].map((k) => parts.reduce((s, p) => s + p[k], 0));
    sum.forEach((v, k) => (total[k] += v));
    rows.push(line(`Område ${g + 1}`, ...sum));
    for (const p of parts) rows.push(line(...p));
  }
  rows.push(line('Totalt', ...total));
  return { rows, formats: rows.map((r, i) => (i === 0 ? r.map(() => null) : formats)) };
}

/** Volume tables (uppdrag = bas + tillägg), one sheet of about `cells` cells, one figure in 200 wrong. */
function volumeSheet(cells) {
  const rows = [
    [null, 'uppdrag', 'bas', 'tillägg'],
    ['Somatik', null, null, null],
    ['Förstabesök', null, null, null],
  ];
  for (let i = 0; rows.length * 4 < cells - 4; i++) {
    const base = 100 + (i % 900);
    const add = 10 + (i % 290);
    rows.push([`Mottagning ${i + 1}`, base + add + (i % 200 === 0 ? 9 : 0), base, add]);
  }
  return { rows, formats: null };
}

/** Indicator tables with free-text targets, about `cells` cells. */
function indicatorSheet(cells) {
  const targets = ['≥90 % inom 20 minuter', '≤ 8,5%', 'Ska öka', 'M: 17,2 % K: 16 %', 'Lägre än 2,5 per 100 disponibla vårdplatser', '100%', 'Ja'];
  const rows = [['Uppdrag', 'Indikator', 'Målvärde', 'Utfall', 'Föregående']];
  for (let i = 0; rows.length * 5 < cells - 5; i++)
    rows.push(['Omställning', `Andel patienter med uppföljning ${i + 1}`, targets[i % targets.length], `${(60 + (i % 40)) / 100}`.replace('.', ','), 0.5]);
  return { rows, formats: null };
}

const WORKBOOKS = {
  'one production table': () => [{ name: 'Produktion', ...productionSheet(CELLS) }],
  'one volume table': () => [{ name: 'Volymer', ...volumeSheet(CELLS) }],
  'one indicator table': () => [{ name: 'Indikatorer', ...indicatorSheet(CELLS) }],
  'four sheets, all three kinds': () => [
    { name: 'Produktion', ...productionSheet(CELLS / 4) },
    { name: 'Volymer', ...volumeSheet(CELLS / 4) },
    { name: 'Indikatorer', ...indicatorSheet(CELLS / 4) },
    { name: 'Produktion 2', ...productionSheet(CELLS / 4) },
  ],
};

function fakeSheet({ name, rows, formats }) {
  const f = {};
  if (formats) {
    const letter = (c) => String.fromCharCode(65 + c);
    formats.forEach((row, r) => row.forEach((fmt, c) => fmt && (f[`${letter(c)}${r + 1}`] = { numberFormat: fmt })));
  }
  return { name, rows, formats: f };
}

function coreTime(sheets) {
  const file = path.join(ROOT, 'build', 'core', 'workbook', 'index.js');
  if (!fs.existsSync(file)) return null;
  const { checkWorkbook } = require(file);
  const grids = sheets.map((s) => ({
    cells: s.rows.map((r) => r.map((v) => (v === undefined ? null : v))),
    top: 1,
    left: 1,
    sheet: s.name,
    ...(s.formats ? { formats: s.formats } : {}),
  }));
  const times = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    checkWorkbook({ grids, notes: [] });
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[1];
}

async function paneTime(browser, server, sheets) {
  const fake = fs.readFileSync(path.join(ROOT, 'test', 'fakes', 'fake-excel.js'), 'utf8');
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 380, height: 900 } });
  const page = await context.newPage();
  await page.route('**/*', (route) =>
    route.request().url().startsWith(server.url) ? route.continue() : route.fulfill({ body: '', contentType: 'text/javascript' }),
  );
  await page.addInitScript(
    (config) => {
      globalThis.__MALKOLL_FAKE_EXCEL__ = config;
    },
    { sheets: sheets.map(fakeSheet), office: { displayLanguage: 'sv-SE' } },
  );
  await page.addInitScript({ content: fake });
  await page.addInitScript(() => {
    globalThis.__longTasks = [];
    globalThis.__checkingAt = Infinity;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => globalThis.__longTasks.push([e.startTime, e.duration]))).observe({
      type: 'longtask',
      buffered: true,
    });
    globalThis.__resultAt = Infinity;
    new MutationObserver(() => {
      const status = document.querySelector('[role="status"]');
      if (globalThis.__checkingAt === Infinity && status && /^Kontrollerar/.test(status.textContent || '')) globalThis.__checkingAt = performance.now();
      if (globalThis.__resultAt === Infinity && document.querySelector('[data-testid="verdict"], [data-testid="no-table"]'))
        globalThis.__resultAt = performance.now();
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(`${server.url}taskpane.html`);
  await page.getByTestId('check-workbook').waitFor();
  await page.getByTestId('check-workbook').click();
  await page.locator('[data-testid="verdict"], [data-testid="no-table"]').first().waitFor({ timeout: 300000 });
  // Long tasks that begin once the pane says it is checking (the reading before it is the fake's, in this page).
  const { longest, checking } = await page.evaluate(() => ({
    longest: Math.max(0, ...globalThis.__longTasks.filter(([start]) => start >= globalThis.__checkingAt).map(([, d]) => d)),
    checking: globalThis.__checkingAt === Infinity ? null : globalThis.__resultAt - globalThis.__checkingAt,
  }));
  await context.close();
  return { longest: checking === null ? null : Math.round(longest), total: checking === null ? null : Math.round(checking) };
}

async function run() {
  const rows = [];
  let browser = null;
  let server = null;
  const pane = fs.existsSync(path.join(DIST, 'taskpane.html')) && fs.existsSync(CHROMIUM);
  if (pane) {
    const { chromium } = require('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    server = await serve(DIST);
  }
  try {
    for (const [label, make] of Object.entries(WORKBOOKS)) {
      const sheets = make();
      const cells = sheets.reduce((n, s) => n + s.rows.length * s.rows[0].length, 0);
      const core = coreTime(sheets);
      rows.push({
        name: `${label} (${cells} cells): the core's check, median of 3`,
        value: core === null ? '-' : Math.round(core),
        unit: core === null ? 'build/ missing (npm run build:cli)' : 'ms',
      });
      if (pane) {
        const { longest, total } = await paneTime(browser, server, sheets);
        rows.push({
          name: '  in the pane: longest blocking stretch while checking',
          value: longest === null ? '-' : longest,
          unit: 'ms  (target < 1 000; Office restarts at 5 000)',
        });
        rows.push({ name: '  in the pane: "Kontrollerar…" to the result shown', value: total === null ? '-' : total, unit: 'ms' });
      }
    }
  } finally {
    await browser?.close();
    server?.close();
  }
  return rows;
}

if (require.main === module) {
  run()
    .then((rows) => rows.forEach((r) => console.log(`${r.name.padEnd(78)} ${String(r.value).padStart(8)} ${r.unit}`)))
    .catch((error) => {
      console.error(`bench/paneThread.js: ${error.message}`);
      process.exit(1);
    });
}

module.exports = { run };
