/* Loads dist/functions.js the way Excel does (a stub CustomFunctions.associate), for benchmarks. */
const fs = require('fs');
const path = require('path');
const vm = require('vm');

function loadFunctions(displayLanguage = 'sv-SE') {
  const file = path.resolve(__dirname, '..', 'dist', 'functions.js');
  if (!fs.existsSync(file)) throw new Error('dist/functions.js is missing: run npm run build');
  const registry = new Map();
  class ExcelError {
    constructor(code, message) {
      this.code = code;
      this.message = message;
    }
  }
  const sandbox = {
    CustomFunctions: {
      associate: (id, fn) => registry.set(id, fn),
      Error: ExcelError,
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!' },
    },
    Office: { context: { displayLanguage }, onReady: () => Promise.resolve({}) },
    console,
  };
  sandbox.window = sandbox;
  // The bundle is a web page's script: webpack's runtime looks for `self`, as the tests' harness gives it.
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(file, 'utf8'), sandbox);
  // Excel hands arguments over as JSON parsed in the functions' own realm; a value made in this one
  // would be slower to read across realms than anything Excel passes.
  const parse = vm.runInContext('JSON.parse', sandbox);
  registry.argument = (value) => parse(JSON.stringify(value));
  return registry;
}

/** Median of `rounds` timings of fn(), in milliseconds. */
function timeMedian(fn, rounds = 5) {
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

module.exports = { loadFunctions, timeMedian };
