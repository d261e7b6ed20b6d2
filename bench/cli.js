#!/usr/bin/env node
/**
 * What checking workbooks costs next to only reading them (issue 6), on the compiled command line:
 *
 *   npm run build:cli && node bench/cli.js
 *
 * 1. A 20 000-row volume workbook (written with ExcelJS, as a spreadsheet program saves it): reading it
 *    into grids (zip and XML, streamed), against running every table check on them (median of 5 rounds).
 * 2. 200 small workbooks (the sample) in one `malkoll check --json` call, process start included.
 * bench/run.js calls run(), which returns rows { name, value, unit }.
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const { size } = require('./size');

const ROOT = path.resolve(__dirname, '..');
const BUILD = path.join(ROOT, 'build');
const ROWS = size(20000, 500);
const SMALL_WORKBOOKS = size(200, 3);
const REPEATS = size(5, 1);

function requireBuilt(relative) {
  const file = path.join(BUILD, relative);
  if (!fs.existsSync(file)) {
    throw new Error(`${path.relative(ROOT, file)} is missing: run \`npm run build:cli\` first.`);
  }
  return require(file);
}

/** A volume table of `rows` data rows under one section and group, with a totals row that adds up. */
async function writeLargeVolumeWorkbook(ExcelJS, file, rows) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Volymer');
  sheet.addRow([null, 'uppdrag', 'bas', 'tillägg', 'Utfört']);
  sheet.addRow(['Somatik']);
  sheet.addRow(['Förstabesök']);
  const sums = [0, 0, 0, 0];
  for (let i = 0; i < rows; i += 1) {
    const base = 100 + (i % 900);
    const additional = 10 + (i % 290);
    const performed = Math.round((base + additional) * 0.6);
    sheet.addRow([`Mottagning ${i + 1}`, base + additional, base, additional, performed]);
    sums[0] += base + additional;
    sums[1] += base;
    sums[2] += additional;
    sums[3] += performed;
  }
  sheet.addRow(['Totalsumma', ...sums]);
  await workbook.xlsx.writeFile(file);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function ms(nanoseconds) {
  return Number(nanoseconds) / 1e6;
}

async function run({ print = false } = {}) {
  const ExcelJS = require('exceljs');
  const { readWorkbookBytes } = requireBuilt('xlsx/readWorkbookBytes.js');
  const { checkWorkbook } = requireBuilt('core/workbook/checkWorkbook.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'malkoll-bench-'));
  try {
    const large = path.join(dir, 'volymer-20000.xlsx');
    await writeLargeVolumeWorkbook(ExcelJS, large, ROWS);
    const bytes = fs.readFileSync(large);

    // Each round times the two steps of one check in turn, so that they share the machine's state;
    // the median round is reported (reading varies far more from round to round than checking does).
    const rounds = [];
    let check;
    for (let i = 0; i < REPEATS; i += 1) {
      const t0 = process.hrtime.bigint();
      const read = await readWorkbookBytes(bytes);
      const t1 = process.hrtime.bigint();
      if (!read.ok) throw new Error(`the 20 000-row workbook should read: ${read.code}`);
      check = checkWorkbook(read);
      const t2 = process.hrtime.bigint();
      rounds.push({ load: ms(t1 - t0), check: ms(t2 - t1) });
    }
    if (check.summary.errors !== 0 || check.sheets[0].tables.length !== 1) {
      throw new Error(`the 20 000-row table should check clean as one table: ${JSON.stringify(check.summary)}`);
    }
    const load = median(rounds.map((r) => r.load));
    const checking = median(rounds.map((r) => r.check));

    const sample = path.join(ROOT, 'samples', 'malkoll-exempel.xlsx');
    const smallDir = path.join(dir, 'inkommet');
    fs.mkdirSync(smallDir);
    const smallFiles = [];
    for (let i = 1; i <= SMALL_WORKBOOKS; i += 1) {
      const file = path.join(smallDir, `sjukhus-${String(i).padStart(3, '0')}.xlsx`);
      fs.copyFileSync(sample, file);
      smallFiles.push(file);
    }
    const started = process.hrtime.bigint();
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'malkoll.js'), 'check', ...smallFiles, '--json'], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const manyMs = Number(process.hrtime.bigint() - started) / 1e6;
    const report = JSON.parse(cli.stdout);
    if (report.files.length !== SMALL_WORKBOOKS || report.summary.unreadable !== 0) {
      throw new Error(`the ${SMALL_WORKBOOKS}-file run did not check every file: ${cli.stderr}`);
    }

    const rows = [
      { name: `${ROWS}-row volume workbook: read into grids`, value: round(load), unit: 'ms' },
      { name: `${ROWS}-row volume workbook: check (every table rule)`, value: round(checking), unit: 'ms' },
      { name: `${ROWS}-row volume workbook: read + check`, value: round(load + checking), unit: 'ms' },
      { name: 'checking on top of reading', value: round((checking / load) * 100), unit: '%' },
      { name: `${SMALL_WORKBOOKS} sample workbooks, one \`malkoll check --json\` call`, value: round(manyMs), unit: 'ms' },
      { name: 'per workbook in that call (process start included)', value: round(manyMs / SMALL_WORKBOOKS, 1), unit: 'ms' },
    ];
    if (print) printTable(rows);
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function round(value, digits = 0) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function printTable(rows) {
  const width = rows.reduce((w, r) => Math.max(w, r.name.length), 0);
  for (const r of rows) console.log(`${r.name.padEnd(width)}  ${String(r.value).padStart(8)} ${r.unit}`);
}

module.exports = { run };

if (require.main === module) {
  run({ print: true }).catch((error) => {
    console.error(`bench/cli.js: ${error.message}`);
    process.exit(1);
  });
}
