#!/usr/bin/env node
// The `malkoll` command: a shim over the compiled command line in build/ (npm run build:cli).
'use strict';
const path = require('path');
const fs = require('fs');

const entry = path.join(__dirname, '..', 'build', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write(
    `malkoll: the command line is not built yet (${path.relative(process.cwd(), entry) || entry} is missing).\n` +
      'Run `npm run build:cli` in the Målkoll folder first, then try again.\n',
  );
  process.exit(4);
}
let cli;
try {
  cli = require(entry);
} catch {
  // A build cut short or copied in part: said in words, exit status 4 (something unexpected), no stack trace.
  process.stderr.write('malkoll: the command line in build/ could not be loaded. Run `npm run build:cli` in the Målkoll folder, then try again.\n');
  process.exit(4);
}
cli.runFromCommandLine();
