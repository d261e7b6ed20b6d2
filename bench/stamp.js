#!/usr/bin/env node
/**
 * What the stamp costs (docs/stamp.md), on the compiled core and Web Crypto:
 *
 *   npm run build:cli && node bench/stamp.js
 *
 * A 20 000-row volume table (five columns, labels and figures, as bench/cli.js writes it): making its stamp
 * (table digest and 20 000 row digests) and verifying it again, as `malkoll check` does for a stamped file,
 * median of 5 rounds; and the size of the stamp's XML. bench/run.js calls run(), which returns rows { name, value, unit }.
 */
'use strict';
const path = require('path');

const BUILD = path.join(__dirname, '..', 'build');
const ROWS = 20000;
const REPEATS = 5;

function grid() {
  const cells = [
    [null, 'uppdrag', 'bas', 'tillägg', 'Utfört'],
    ['Somatik', null, null, null, null],
    ['Förstabesök', null, null, null, null],
  ];
  for (let i = 0; i < ROWS - 3; i += 1) {
    const base = 100 + (i % 900);
    const additional = 10 + (i % 290);
    cells.push([`Mottagning ${i + 1}`, base + additional, base, additional, Math.round((base + additional) * 0.6)]);
  }
  return { sheet: 'Volymer', top: 1, left: 1, cells };
}

async function run() {
  const { makeStamp, stampXml, verifyStamp } = require(path.join(BUILD, 'core', 'stamp'));
  const { webSha256 } = require(path.join(BUILD, 'stamp', 'webCrypto'));
  const g = grid();
  const tables = [{ sheet: 'Volymer', range: `A1:E${ROWS}`, kind: 'volumes' }];
  const input = { tables, summary: { errors: 0, warnings: 0, missed: 0 }, grids: [g], version: '0', checkedAt: new Date(), source: 'cli' };
  const make = [];
  const verify = [];
  let xml = '';
  for (let i = 0; i < REPEATS; i += 1) {
    let t = process.hrtime.bigint();
    const made = await makeStamp(input, webSha256);
    make.push(Number(process.hrtime.bigint() - t) / 1e6);
    xml = stampXml(made.stamp);
    t = process.hrtime.bigint();
    const status = await verifyStamp(made.stamp, [g], tables, webSha256);
    verify.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (status.status !== 'unchanged') throw new Error('the stamp did not verify');
  }
  const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
  return [
    { name: `stamp a ${ROWS}-row table (table + row digests)`, value: Math.round(median(make)), unit: 'ms' },
    { name: `verify its stamp (as malkoll check does)`, value: Math.round(median(verify)), unit: 'ms' },
    { name: "the stamp's XML", value: Math.round(Buffer.byteLength(xml) / 1024), unit: 'KiB' },
  ];
}

module.exports = { run };

if (require.main === module) {
  run().then(
    (rows) => rows.forEach((r) => console.log(`${r.name.padEnd(48)}${String(r.value).padEnd(10)}${r.unit}`)),
    (error) => {
      console.error(`bench failed: ${error.message}`);
      process.exit(1);
    },
  );
}
