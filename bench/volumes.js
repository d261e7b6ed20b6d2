/* Validating a large volume table: the core engine directly (what the task pane and the CLI run after reading)
 * and VALIDATE_VOLUMES through the built functions bundle (what Excel runs on a range). */
const path = require('path');
const { loadFunctions, timeMedian } = require('./loadFunctions');
const { size: benchSize } = require('./size');

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
  for (const size of benchSize([10000, 20000], [500, 1000])) {
    const cells = volumeTable(size);
    const ms = timeMedian(() => checkVolumes({ cells, top: 1, left: 1, sheet: 'Volymer' }));
    rows.push({ name: `checkVolumes, ${size.toLocaleString('en-US')} rows`, value: ms, unit: 'ms' });
  }
  const validate = loadFunctions().get('VALIDATE_VOLUMES');
  const validateRows = benchSize(10000, 500);
  const cells = volumeTable(validateRows);
  cells[Math.floor(validateRows / 2)][1] = 1; // one planted sum-mismatch, so a finding spills
  const spilled = validate(cells);
  if (!Array.isArray(spilled) || !spilled.flat().includes('sum-mismatch')) throw new Error('VALIDATE_VOLUMES should spill the planted sum-mismatch');
  rows.push({ name: `VALIDATE_VOLUMES, ${validateRows.toLocaleString('en-US')} rows`, value: timeMedian(() => validate(cells)), unit: 'ms' });

  // A whole-column reference: Excel hands VALIDATE_VOLUMES(A:D) every row of the sheet, the table's 61
  // and 1 048 515 blank ones, each its own array. The goal: within 2× of VALIDATE_VOLUMES(A1:D61).
  const seed = require(path.resolve(__dirname, '..', 'samples', 'seed-000-volymer-2025.json'));
  const fns = loadFunctions();
  const table = fns.argument(seed.rows);
  const rowsOfSheet = seed.rows.map((row) => [...row]);
  const sheetRows = benchSize(1_048_576, 10_000);
  while (rowsOfSheet.length < sheetRows) rowsOfSheet.push([null, null, null, null]);
  const whole = fns.argument(rowsOfSheet);
  const validateInRealm = fns.get('VALIDATE_VOLUMES');
  const used = timeMedian(() => validateInRealm(table), 9);
  const column = timeMedian(() => validateInRealm(whole), 9);
  rows.push({ name: `VALIDATE_VOLUMES(A1:D${table.length}), the seed table`, value: used, unit: 'ms' });
  rows.push({ name: `VALIDATE_VOLUMES(A:D), the same table in ${sheetRows.toLocaleString('en-US')} rows`, value: column, unit: 'ms' });
  rows.push({ name: 'VALIDATE_VOLUMES(A:D) against (A1:D61)', value: Math.round((column / used) * 10) / 10, unit: '×' });
  return rows;
}

module.exports = { run };
if (require.main === module) run().then((rows) => console.table(rows));
