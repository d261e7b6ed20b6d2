/* Cost of a TARGET_MET call through the built functions bundle, as a sheet with thousands of such cells
 * recalculates: the same few targets over and over (the parsed form is cached) and all-different targets. */
const { loadFunctions, timeMedian } = require('./loadFunctions');

const TARGETS = ['≥90 % inom 20 minuter (regionalt mål)', '≤ 8,5%', '80 procent eller högre', 'SKR-mål max 2% av personalkostnaden', 'M: 17,2 % K: 16 %', 'Ska öka'];

async function run() {
  const fns = loadFunctions();
  const targetMet = fns.get('TARGET_MET');
  const calls = 100000;
  const repeated = timeMedian(() => {
    for (let i = 0; i < calls; i++) targetMet(0.5 + (i % 50) / 100, TARGETS[i % 4], null, null, null);
  });
  const distinct = timeMedian(() => {
    for (let i = 0; i < 20000; i++) targetMet(0.9, `≥${i % 97},${i % 10} % inom ${i} dagar`, null, null, null);
  });
  const split = timeMedian(() => {
    for (let i = 0; i < calls; i++) targetMet(0.17, TARGETS[4], null, i % 2 ? 'K' : 'M', null);
  });
  return [
    { name: 'TARGET_MET, 6 repeated targets', value: (repeated * 1e3) / calls, unit: 'µs/call' },
    { name: 'TARGET_MET, split target by group', value: (split * 1e3) / calls, unit: 'µs/call' },
    { name: 'TARGET_MET, every target different', value: (distinct * 1e3) / 20000, unit: 'µs/call' },
  ];
}

module.exports = { run };
if (require.main === module) run().then((rows) => console.table(rows));
