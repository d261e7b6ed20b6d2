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
    setTimeout,
    clearTimeout,
  };
  // CHECK_TABLE loads the production engine as a chunk on its first call: the little of a page's document
  // that webpack's chunk loading uses, running the chunk's file from dist/ in the same scope (as
  // test/support/functionsHarness.ts does).
  sandbox.document = {
    // The shared runtime's page has an address: webpack's runtime resolves the pane's worker against it.
    baseURI: 'https://localhost:3000/taskpane.html',
    getElementsByTagName: () => [],
    createElement: () => {
      const attributes = new Map();
      return { src: '', setAttribute: (name, value) => attributes.set(name, value), getAttribute: (name) => attributes.get(name) };
    },
    head: {
      appendChild(script) {
        const chunk = path.resolve(__dirname, '..', 'dist', script.src);
        setTimeout(() => {
          if (!fs.existsSync(chunk)) return script.onerror && script.onerror({ type: 'error', target: script });
          vm.runInContext(fs.readFileSync(chunk, 'utf8'), sandbox, { filename: script.src });
          return script.onload && script.onload({ type: 'load', target: script });
        }, 0);
      },
    },
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

/** Median of `rounds` timings of an asynchronous fn(), in milliseconds (CHECK_TABLE answers a Promise). */
async function timeMedianAsync(fn, rounds = 5) {
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

module.exports = { loadFunctions, timeMedian, timeMedianAsync };
