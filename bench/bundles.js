/* Sizes of what Excel downloads: the functions script, the task pane bundle and the check page, raw and gzip. */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const DIST = path.resolve(__dirname, '..', 'dist');
const FILES = ['functions.js', 'taskpane.js', 'check.js', 'functions.json', 'functions.sv.json'];

async function run() {
  if (!fs.existsSync(DIST)) return [{ name: 'dist/ missing (npm run build)', value: '-', unit: '' }];
  const rows = [];
  for (const file of FILES) {
    const full = path.join(DIST, file);
    if (!fs.existsSync(full)) continue;
    const bytes = fs.readFileSync(full);
    rows.push({ name: `${file} raw`, value: Math.round(bytes.length / 102.4) / 10, unit: 'KiB' });
    rows.push({ name: `${file} gzip`, value: Math.round(zlib.gzipSync(bytes, { level: 9 }).length / 102.4) / 10, unit: 'KiB' });
  }
  return rows;
}

module.exports = { run };
if (require.main === module) run().then((rows) => console.table(rows));
