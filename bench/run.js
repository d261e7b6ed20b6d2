/* npm run bench: runs every benchmark in bench/ and prints one table of figures.
 * Benchmarks use the compiled core in build/ (npm run build:cli) and, for bundle sizes, dist/ (npm run build). */
const path = require('path');

const BENCHES = ['bundles', 'page', 'paneThread', 'targets', 'volumes', 'production', 'cli', 'hostile', 'settle', 'stamp'];

function pad(s, n) {
  s = String(s);
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

async function main() {
  const rows = [];
  for (const name of BENCHES) {
    const bench = require(path.join(__dirname, `${name}.js`));
    for (const row of await bench.run()) rows.push({ bench: name, ...row });
  }
  const widest = (pick, least) => rows.reduce((w, r) => Math.max(w, pick(r).length), least);
  const w = [widest((r) => r.bench, 5) + 2, widest((r) => r.name, 4) + 2, 14];
  console.log(`${pad('bench', w[0])}${pad('what', w[1])}${pad('value', w[2])}unit`);
  console.log('-'.repeat(w[0] + w[1] + w[2] + 12));
  for (const r of rows) {
    const value = typeof r.value === 'number' ? r.value.toLocaleString('en-US', { maximumFractionDigits: 3 }) : r.value;
    console.log(`${pad(r.bench, w[0])}${pad(r.name, w[1])}${pad(value, w[2])}${r.unit}`);
  }
}

main().catch((err) => {
  console.error(`bench failed: ${err.message}`);
  process.exit(1);
});
