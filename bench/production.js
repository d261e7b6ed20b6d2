#!/usr/bin/env node
/**
 * What checking a 10 000-row production table costs, and what that is next to reading it (issue 10):
 *
 *   npm run build:cli && npm run build && node bench/production.js
 *
 * The table: visits by period with a "varav" part, a change column for each and the part's share, rows
 * in groups of 25 under a subtotal written first, a grand total last; every percentage rounded to the one
 * decimal it shows, number formats as a report has them. Timed: the core's check of the grid (what the
 * task pane and the command line run after reading), the same with ten planted errors, a flat table of
 * 10 000 rows and one total, reading the table from .xlsx (Målkoll's reader, formats included; the file
 * is written by ExcelJS, as a spreadsheet program would), and CHECK_TABLE on the values
 * through the built functions bundle (what Excel runs on a range). The first check is timed on its own
 * (it also compiles the engine's code, as the pane's first click does); the others are medians of rounds.
 * bench/run.js calls run(), which returns rows { name, value, unit }.
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { loadFunctions, timeMedian, timeMedianAsync } = require('./loadFunctions');
const { size } = require('./size');

const ROOT = path.resolve(__dirname, '..');
const ROWS = size(10000, 1000);
const GROUP = 25;

function requireBuilt(relative) {
  const file = path.join(ROOT, 'build', relative);
  if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run \`npm run build:cli\` first.`);
  return require(file);
}

const shown = (fraction) => Number((Math.round(fraction * 1000) / 1000).toFixed(3));
const HEADER = [
  'Verksamhet',
  '202504',
  '202404',
  'Förändring %',
  'Varav distans 202504',
  'Varav distans 202404',
  'Förändring distans %',
  'Distans % av totalen 202504',
];
const FORMATS = [null, '#,##0', '#,##0', '0.0%', '#,##0', '#,##0', '0.0%', '0.0%'];

function line(label, now, before, distNow, distBefore) {
  return [label, now, before, shown(now / before - 1), distNow, distBefore, shown(distNow / distBefore - 1), shown(distNow / now)];
}

/** About `rows` rows: groups of GROUP parts under a subtotal written first, and a grand total last. */
function groupedTable(rows) {
  const cells = [HEADER];
  const total = [0, 0, 0, 0];
  let n = 0;
  for (let g = 0; cells.length < rows - 1; g++) {
    const parts = [];
    for (let i = 0; i < GROUP; i++, n++) {
      const now = 200 + ((n * 7919) % 9000);
      const before = 180 + ((n * 104729) % 9100);
      parts.push([`Mottagning ${n + 1}`, now, before, Math.floor(now * 0.3) + (n % 7), Math.floor(before * 0.25) + (n % 5)]);
    }
    const sum = [1, 2, 3, 4].map((k) => parts.reduce((s, p) => s + p[k], 0));
    sum.forEach((v, k) => (total[k] += v));
    cells.push(line(`Område ${g + 1}`, ...sum));
    for (const p of parts) cells.push(line(...p));
  }
  cells.push(line('Totalt', ...total));
  return cells;
}

/** `rows` parts and one total under them. */
function flatTable(rows) {
  const cells = [HEADER];
  const total = [0, 0, 0, 0];
  for (let n = 0; n < rows; n++) {
    const now = 200 + ((n * 7919) % 9000);
    const before = 180 + ((n * 104729) % 9100);
    const part = [now, before, Math.floor(now * 0.3) + (n % 7), Math.floor(before * 0.25) + (n % 5)];
    part.forEach((v, k) => (total[k] += v));
    cells.push(line(`Mottagning ${n + 1}`, ...part));
  }
  cells.push(line('Summa', ...total));
  return cells;
}

const formatsOf = (cells) => cells.map((row, r) => (r === 0 ? row.map(() => null) : FORMATS.slice()));
const errorsOf = (check) => [...check.findings, ...check.tables.flatMap((t) => t.findings)].filter((f) => f.severity === 'error');

async function run({ print = false } = {}) {
  const { checkSheet } = requireBuilt('core/tables/index.js');
  const { readWorkbookBytes } = requireBuilt('xlsx/readWorkbookBytes.js');
  const ExcelJS = require('exceljs');

  const grouped = groupedTable(ROWS);
  const grid = { cells: grouped, top: 1, left: 1, sheet: 'Produktion', formats: formatsOf(grouped) };
  let check;
  // The first check also compiles the engine's code (what the pane's first click pays); the rounds after it time the check itself.
  const cold = timeMedian(() => checkSheet(grid), 1);
  const clean = timeMedian(() => (check = checkSheet(grid)), 7);
  if (check.tables.length !== 1 || check.tables[0].kind !== 'production' || errorsOf(check).length !== 0) {
    throw new Error(`the clean ${ROWS}-row table should check as one production table with no error: ${errorsOf(check).length} errors`);
  }
  const subtotals = check.tables[0].subtotals.length;

  // Ten planted errors: a mistyped part, a mistyped subtotal or a wrong share, spread over the table.
  const broken = grouped.map((r) => r.slice());
  const planted = [];
  for (let k = 0; k < 10; k++) {
    const r = 100 + k * Math.floor((ROWS - 500) / 10) + (k % 3);
    const c = [1, 2, 7][k % 3];
    broken[r][c] = c === 7 ? Number((broken[r][c] + 0.05).toFixed(3)) : broken[r][c] + 9;
    planted.push(r + 1);
  }
  const brokenGrid = { ...grid, cells: broken };
  const withErrors = timeMedian(() => (check = checkSheet(brokenGrid)), 7);
  const foundRows = new Set(errorsOf(check).map((f) => f.row));
  if (!planted.every((row) => foundRows.has(row) || foundRows.has(row - ((row - 2) % (GROUP + 1))))) {
    throw new Error(`not every planted error was found: planted ${planted.join(', ')}, found ${[...foundRows].join(', ')}`);
  }

  const flat = flatTable(ROWS);
  const flatGrid = { cells: flat, top: 1, left: 1, sheet: 'Produktion', formats: formatsOf(flat) };
  const flatMs = timeMedian(() => (check = checkSheet(flatGrid)), 7);
  if (errorsOf(check).length !== 0 || check.tables[0].subtotals.length !== 1) throw new Error('the flat table should have one total and no error');

  // Reading: the grouped table written as .xlsx, as a file on disk gives it.
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Produktion');
  grouped.forEach((row, r) =>
    row.forEach((v, c) => {
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = v;
      if (r > 0 && FORMATS[c]) cell.numFmt = FORMATS[c];
    }),
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'malkoll-bench-'));
  let load;
  try {
    const file = path.join(dir, 'produktion.xlsx');
    await workbook.xlsx.writeFile(file);
    const bytes = fs.readFileSync(file);
    const loads = [];
    let read;
    for (let i = 0; i < 5; i++) {
      const t0 = process.hrtime.bigint();
      read = await readWorkbookBytes(bytes);
      loads.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    load = median(loads);
    // What was read is what was written, number formats included, and checks the same.
    if (!read.ok || !read.grids[0].formats) throw new Error('the .xlsx should read back with its number formats');
    const readCheck = checkSheet(read.grids[0]);
    if (readCheck.tables.length !== 1 || errorsOf(readCheck).length !== 0) throw new Error('the table read from .xlsx should check clean');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  // CHECK_TABLE answers a Promise (its first call fetches the production engine as a chunk).
  const checkTable = loadFunctions().get('CHECK_TABLE');
  const spilled = await checkTable(broken);
  if (!Array.isArray(spilled) || spilled.length < 10) throw new Error('CHECK_TABLE should spill the planted errors');
  const fn = await timeMedianAsync(() => checkTable(broken));

  const rows = [
    { name: `${ROWS}-row production table (${subtotals} sums, 2 changes, 1 share): first check`, value: round(cold), unit: 'ms' },
    { name: `${ROWS}-row production table: check (median of 7 after it)`, value: round(clean), unit: 'ms' },
    { name: `${ROWS}-row production table, 10 planted errors: check`, value: round(withErrors), unit: 'ms' },
    { name: `${ROWS} rows and one Summa row: check`, value: round(flatMs), unit: 'ms' },
    { name: `${ROWS}-row production table: read .xlsx to grids, with formats`, value: round(load), unit: 'ms' },
    { name: 'checking against reading (check ÷ read)', value: round((clean / load) * 100), unit: '%' },
    { name: `CHECK_TABLE, ${ROWS} rows, 10 errors`, value: round(fn), unit: 'ms' },
  ];
  if (print) for (const r of rows) console.log(`${r.name.padEnd(72)}  ${String(r.value).padStart(8)} ${r.unit}`);
  return rows;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function round(value) {
  return Math.round(value * 10) / 10;
}

// The production table's header, formats and rounded shares, shared with bench/paneThread.js's production sheet.
module.exports = { run, HEADER, FORMATS, shown };

if (require.main === module) {
  run({ print: true }).catch((error) => {
    console.error(`bench/production.js: ${error.message}`);
    process.exit(1);
  });
}
