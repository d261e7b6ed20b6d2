/* Cost of a TARGET_MET call through the built functions bundle, as a sheet with thousands of such cells
 * recalculates: the same few targets over and over (the parsed form is cached) and all-different targets;
 * and an outcome as reports write it ("51,5 % M: 60,5 % K:45,5 %") against a plain one ("51,5 %"), which
 * the contract bounds at twice the cost. A recalculation meets the same outcome texts again (read once and
 * remembered, like targets); the first calculation of a sheet reads every text anew. */
const { loadFunctions, timeMedian } = require('./loadFunctions');
const { size } = require('./size');

const TARGETS = [
  '≥90 % inom 20 minuter (regionalt mål)',
  '≤ 8,5%',
  '80 procent eller högre',
  'SKR-mål max 2% av personalkostnaden',
  'M: 17,2 % K: 16 %',
  'Ska öka',
];

/** A sheet's outcome cells: `n` different texts of one form. */
function sheetOf(n, round, write) {
  return Array.from({ length: n }, (_, i) => write(`${round}${String(i).padStart(5, '0')}`, 30 + ((i * 7) % 70), 20 + ((i * 13) % 80)));
}

async function run() {
  const fns = loadFunctions();
  const targetMet = fns.get('TARGET_MET');
  const calls = size(100000, 1000);
  const distinctCalls = size(20000, 500);
  const firstReadCells = size(20000, 500);
  const repeated = timeMedian(() => {
    for (let i = 0; i < calls; i++) targetMet(0.5 + (i % 50) / 100, TARGETS[i % 4], null, null, null);
  });
  const distinct = timeMedian(() => {
    for (let i = 0; i < distinctCalls; i++) targetMet(0.9, `≥${i % 97},${i % 10} % inom ${i} dagar`, null, null, null);
  });
  const split = timeMedian(() => {
    for (let i = 0; i < calls; i++) targetMet(0.17, TARGETS[4], null, i % 2 ? 'K' : 'M', null);
  });

  const plain = (x) => `${x},5 %`;
  const compound = (x, y, z) => `${x},5 % M: ${y},5 % K:${z},5 %`;
  const cells = size(2000, 100);
  const recalcs = size(20, 2);
  /** µs per call: a sheet of `cells` outcomes calculated `recalcs` times, the texts the same each time. */
  const recalculated = (write) => {
    const sheet = sheetOf(cells, 1, write);
    const ms = timeMedian(() => {
      for (let r = 0; r < recalcs; r++) for (const o of sheet) targetMet(o, '≥ 50 %', null, null, null);
    });
    return (ms * 1e3) / (cells * recalcs);
  };
  /** µs per call: every text new, as on a sheet's first calculation. */
  let round = 0;
  const firstRead = (write) => {
    const times = [];
    for (let k = 0; k < 5; k++) {
      const sheet = sheetOf(firstReadCells, 2 + round++, write);
      const t0 = process.hrtime.bigint();
      for (const o of sheet) targetMet(o, '≥ 50 %', null, null, null);
      times.push(Number(process.hrtime.bigint() - t0) / 1e3 / sheet.length);
    }
    return times.sort((a, b) => a - b)[2];
  };
  const recalcPlain = recalculated(plain);
  const recalcCompound = recalculated(compound);
  const firstPlain = firstRead(plain);
  const firstCompound = firstRead(compound);
  return [
    { name: 'TARGET_MET, 6 repeated targets', value: (repeated * 1e3) / calls, unit: 'µs/call' },
    { name: 'TARGET_MET, split target by group', value: (split * 1e3) / calls, unit: 'µs/call' },
    { name: 'TARGET_MET, every target different', value: (distinct * 1e3) / distinctCalls, unit: 'µs/call' },
    { name: 'recalculation, plain outcome "51,5 %"', value: recalcPlain, unit: 'µs/call' },
    { name: 'recalculation, compound "51,5 % M: … K: …"', value: recalcCompound, unit: 'µs/call' },
    { name: 'recalculation, compound ÷ plain (contract: ≤ 2)', value: recalcCompound / recalcPlain, unit: '×' },
    { name: 'first read, plain outcome "51,5 %"', value: firstPlain, unit: 'µs/call' },
    { name: 'first read, compound "51,5 % M: … K: …"', value: firstCompound, unit: 'µs/call' },
    { name: 'first read, compound ÷ plain', value: firstCompound / firstPlain, unit: '×' },
  ];
}

module.exports = { run };
if (require.main === module) run().then((rows) => console.table(rows));
