#!/usr/bin/env node
/**
 * The region's round (issue 19) at the size of a large region: 20 hospitals × 60 rows each.
 *
 *   npm run build:cli && node bench/settle.js
 *
 * 1. Settling once every workbook is read (the core's settleRound on checked workbooks): the first run (the
 *    code not yet optimised by the engine) and the median of 5, as wall time and as this process's CPU time
 *    (wall time on a busy machine counts other processes' turns); the target is under a second.
 * 2. `malkoll settle --json --out` on 20 .xlsx files (written with ExcelJS, as a spreadsheet program saves
 *    them) in a fresh process: wall time and the process's peak memory; the target is under 300 MB.
 * 3. The settlement workbook it wrote, opened by LibreOffice (`soffice --headless --convert-to xlsx`, when
 *    installed) and the converted file read back by Målkoll's reader: the region's total must survive.
 * bench/run.js calls run(), which returns rows { name, value, unit }.
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const BUILD = path.join(ROOT, 'build');
const MAIN = path.join(BUILD, 'cli', 'main.js');
const HOSPITALS = 20;
const ROWS = 60;
const REPEATS = 5;
const GROUPS = [
  ['Förstabesök', 30],
  ['Utredning', 8],
  ['Behandling', 8],
  ['Operation/åtgärd', 14],
];

function requireBuilt(relative) {
  const file = path.join(BUILD, relative);
  if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run \`npm run build:cli\` first.`);
  return require(file);
}

/** Hospital i's volume table from A1, with a performed column for the submission (August). */
function tableRows(i, withPerformed) {
  const code = `S${String(i + 1).padStart(2, '0')}`;
  const rows = [[null, `${code} uppdrag`, `${code} bas`, `${code} tillägg`, ...(withPerformed ? ['Utfört jan–aug'] : [])], ['Somatik']];
  let k = 0;
  const sums = [0, 0, 0, 0];
  for (const [group, count] of GROUPS) {
    rows.push([group]);
    for (let n = 0; n < count; n += 1, k += 1) {
      const bas = 200 + ((k * 37 + i * 11) % 900);
      const tillagg = 50 + ((k * 13 + i * 7) % 400);
      const done = Math.round((((bas + tillagg) * 8) / 12) * (0.6 + ((k + i) % 9) / 10));
      rows.push([`Mottagning ${k + 1}`, bas + tillagg, bas, tillagg, ...(withPerformed ? [done] : [])]);
      sums[0] += bas + tillagg;
      sums[1] += bas;
      sums[2] += tillagg;
      sums[3] += done;
    }
  }
  rows.push(['Totalsumma', sums[0], sums[1], sums[2], ...(withPerformed ? [sums[3]] : [])]);
  return { code, rows };
}

const CHILD = `
const { main, processIo } = require(${JSON.stringify(MAIN)});
const fs = require('fs');
function peakMb() {
  try {
    const m = /VmHWM:\\s*(\\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {}
  return process.resourceUsage().maxRSS / 1024;
}
let out = '';
const io = { ...processIo(), stdout: (t) => { out += t; }, stderr: () => {} };
main(process.argv.slice(1), io).then((status) => {
  const report = JSON.parse(out);
  process.stdout.write(JSON.stringify({ status, peakMb: peakMb(), region: report.region.reimbursement, settled: report.summary.settled }));
});`;

async function writeWorkbook(ExcelJS, file, sheet, rows) {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  await workbook.xlsx.writeFile(file);
}

function ms(from) {
  return Number(process.hrtime.bigint() - from) / 1e6;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function run({ print = false } = {}) {
  const ExcelJS = require('exceljs');
  const { settleRound, roundWorkbook } = requireBuilt('core/settlement/index.js');
  const { checkWorkbook } = requireBuilt('core/workbook/index.js');
  const { readWorkbookBytes } = requireBuilt('xlsx/readWorkbookBytes.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'malkoll-settle-'));
  try {
    // 1. The core alone, on workbooks already read and checked.
    const grid = (sheet, rows) => ({ sheet, top: 1, left: 1, cells: rows });
    const tables = Array.from({ length: HOSPITALS }, (_, i) => tableRows(i, false));
    const assignment = roundWorkbook('uppdrag.xlsx', checkWorkbook({ grids: tables.map((t) => grid(t.code, t.rows)), notes: [] }));
    const submissions = Array.from({ length: HOSPITALS }, (_, i) => {
      const t = tableRows(i, true);
      return roundWorkbook(`${t.code.toLowerCase()}.xlsx`, checkWorkbook({ grids: [grid('Volymer', t.rows)], notes: [] }));
    });
    const times = [];
    const cpu = [];
    let outcome;
    for (let r = 0; r < REPEATS; r += 1) {
      const t0 = process.hrtime.bigint();
      const c0 = process.cpuUsage();
      outcome = settleRound({ assignment, submissions });
      times.push(ms(t0));
      // This process's CPU time too: on a machine shared with other work, wall time counts their turns as well.
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    if (!outcome.ok || outcome.settlement.hospitals.some((h) => h.status !== 'settled' || h.rows.length !== ROWS)) {
      throw new Error('the generated round should settle every hospital clean');
    }

    // 2. The command line on 20 files.
    await writeWorkbook(
      ExcelJS,
      path.join(dir, 'uppdrag.xlsx'),
      'Uppdrag',
      tables.flatMap((t) => [...t.rows, [], []]),
    );
    const files = [];
    for (let i = 0; i < HOSPITALS; i += 1) {
      const t = tableRows(i, true);
      const file = path.join(dir, `${t.code.toLowerCase()}.xlsx`);
      await writeWorkbook(ExcelJS, file, 'Volymer', t.rows);
      files.push(file);
    }
    const out = path.join(dir, 'avrakning.xlsx');
    const started = process.hrtime.bigint();
    const child = spawnSync(
      process.execPath,
      ['-e', CHILD, 'settle', '--assignment', path.join(dir, 'uppdrag.xlsx'), '--out', out, '--json', '--lang', 'sv', ...files],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const cliMs = ms(started);
    if (child.status !== 0) throw new Error(`the measuring process failed: ${child.stderr}`);
    const cli = JSON.parse(child.stdout);
    if (cli.status !== 0 || cli.settled !== HOSPITALS || cli.region !== outcome.settlement.region.reimbursement) {
      throw new Error(`malkoll settle should settle the 20 files as the core does: ${child.stdout}`);
    }

    const rows = [
      { name: `${HOSPITALS} hospitals × ${ROWS} rows: settle (after reading), first run`, value: round(times[0], 1), unit: 'ms' },
      { name: `${HOSPITALS} hospitals × ${ROWS} rows: settle (after reading), median of ${REPEATS}`, value: round(median(times), 1), unit: 'ms' },
      {
        name: `${HOSPITALS} hospitals × ${ROWS} rows: settle (after reading), CPU time first run / median`,
        value: `${round(cpu[0])} / ${round(median(cpu))}`,
        unit: 'ms',
      },
      { name: `malkoll settle --json --out, ${HOSPITALS} files: wall time (process start included)`, value: round(cliMs), unit: 'ms' },
      { name: `malkoll settle --json --out, ${HOSPITALS} files: peak memory`, value: round(cli.peakMb), unit: 'MB' },
      { name: 'the settlement workbook written', value: round(fs.statSync(out).size / 1024, 1), unit: 'kB' },
    ];

    // 3. LibreOffice opens it: converted headless, and the converted file read back with the region's total intact.
    const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => fs.existsSync(p));
    if (soffice) {
      const converted = path.join(dir, 'lo');
      const t0 = process.hrtime.bigint();
      const lo = spawnSync(
        soffice,
        ['--headless', `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--convert-to', 'xlsx', '--outdir', converted, out],
        { encoding: 'utf8', timeout: 180000 },
      );
      const loMs = ms(t0);
      const back = path.join(converted, 'avrakning.xlsx');
      let opened = 'no';
      if (lo.status === 0 && fs.existsSync(back)) {
        const read = await readWorkbookBytes(fs.readFileSync(back));
        const overview = read.ok ? read.grids.find((g) => g.sheet === 'Översikt') : undefined;
        const region = overview?.cells.find((r) => r[0] === 'Regionen');
        opened = region && region[8] === outcome.settlement.region.reimbursement && read.grids.length === 5 ? 'yes' : 'changed';
      }
      rows.push({ name: 'LibreOffice opens it (converted headless, read back, region total intact)', value: opened, unit: '' });
      rows.push({ name: 'LibreOffice headless conversion (start included)', value: round(loMs), unit: 'ms' });
    } else {
      rows.push({ name: 'LibreOffice opens it', value: 'soffice not installed', unit: '' });
    }
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
    console.error(`bench/settle.js: ${error.message}`);
    process.exit(1);
  });
}
