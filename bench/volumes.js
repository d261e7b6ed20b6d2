/* Validating a large volume table: the core engine directly (what the task pane and the CLI run after reading)
 * and VALIDATE_VOLUMES through the built functions bundle (what Excel runs on a range). */
const path = require('path');
const { loadFunctions, timeMedian } = require('./loadFunctions');

function volumeTable(rows) {
  const cells = [['Specialitet', 'uppdrag', 'bas', 'tillägg']];
  const groups = ['Förstabesök', 'Behandling', 'Operation/åtgärd'];
  let n = 0;
  for (let g = 0; cells.length < rows; g++) {
    cells.push([groups[g % groups.length] + (g >= groups.length ? ` ${g}` : ''), null, null, null]);
    for (let i = 0; i < 500 && cells.length < rows; i++, n++) {
      const base = 100 + (n % 900);
      const add = n % 300;
      cells.push([`Specialitet ${n}`, base + add, base, add]);
    }
  }
  return cells;
}

async function run() {
  const { checkVolumes } = require(path.resolve(__dirname, '..', 'build', 'core', 'tables', 'index.js'));
  const rows = [];
  for (const size of [10000, 20000]) {
    const cells = volumeTable(size);
    const ms = timeMedian(() => checkVolumes({ cells, top: 1, left: 1, sheet: 'Volymer' }));
    rows.push({ name: `checkVolumes, ${size.toLocaleString('en-US')} rows`, value: ms, unit: 'ms' });
  }
  const validate = loadFunctions().get('VALIDATE_VOLUMES');
  const cells = volumeTable(10000);
  cells[5000][1] = 1; // one planted sum-mismatch, so a finding spills
  rows.push({ name: 'VALIDATE_VOLUMES, 10,000 rows', value: timeMedian(() => validate(cells)), unit: 'ms' });
  return rows;
}

module.exports = { run };
if (require.main === module) run().then((rows) => console.table(rows));
