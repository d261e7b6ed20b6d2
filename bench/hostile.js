#!/usr/bin/env node
/**
 * Issue 12's workbooks through `malkoll check --json` as users run it (one process, each file in its
 * worker with the memory and time limits), against the sample workbook: wall time, the process's peak
 * memory (worker included), exit status and what the report says.
 *
 *   npm run build:cli && node bench/hostile.js [words]
 *
 * With words, only the cases whose name contains them are measured (`node bench/hostile.js row volume`
 * measures the 1 048 576-row sheet alone).
 * bench/run.js calls run(), which returns rows { name, value, unit }.
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { writeHostileWorkbooks } = require('./hostileWorkbooks');

const ROOT = path.resolve(__dirname, '..');
const MAIN = path.join(ROOT, 'build', 'cli', 'main.js');

/**
 * Runs the command line on one file in a fresh process and reports its own peak memory: VmHWM where
 * Linux has it (getrusage's maxRSS would carry over the peak of the process that started it), maxRSS else.
 */
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
main(['check', process.argv[1], '--json'], io).then((status) => {
  const file = JSON.parse(out).files[0];
  const codes = file.findings.map((f) => f.code).join(' ');
  const result = file.error ? file.error.code : file.summary.errors + ' errors' + (codes ? ': ' + codes : '');
  process.stdout.write(JSON.stringify({ status, peakMb: peakMb(), result }));
});`;

function measure(file) {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['-e', CHILD, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) throw new Error(`the measuring process failed: ${child.stderr}`);
  return { seconds, ...JSON.parse(child.stdout) };
}

async function run({ print = false, only = '' } = {}) {
  if (!fs.existsSync(MAIN)) throw new Error('build/cli/main.js is missing: run `npm run build:cli` first.');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'malkoll-hostile-'));
  try {
    const rows = [];
    for (const [name, file] of writeHostileWorkbooks(dir)) {
      if (only && !name.includes(only)) continue;
      const size = fs.statSync(file).size;
      const m = measure(file);
      rows.push({ name: `${name}: file size`, value: Math.round((size / 1024) * 10) / 10, unit: 'kB' });
      rows.push({ name: `${name}: time`, value: Math.round(m.seconds * 10) / 10, unit: 's' });
      rows.push({ name: `${name}: peak memory`, value: Math.round(m.peakMb), unit: 'MB' });
      rows.push({ name: `${name}: exit status, report`, value: `${m.status}: ${m.result}`, unit: '' });
      if (print) for (const r of rows.slice(-4)) console.log(`${r.name.padEnd(70)} ${String(r.value).padStart(10)} ${r.unit}`);
    }
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { run };
if (require.main === module)
  run({ print: true, only: process.argv.slice(2).join(' ') }).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
