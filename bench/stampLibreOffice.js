#!/usr/bin/env node
/**
 * Does a stamp survive a save in LibreOffice? Measured with Debian's headless LibreOffice
 * (`apt-get install libreoffice-calc-nogui`), on the compiled command line:
 *
 *   npm run build:cli && node bench/stampLibreOffice.js [--fixtures]
 *
 * 1. 6 000 doubles of every kind (kronor with öre, shares, tiny and huge figures, random bit patterns), written
 *    with 17 significant digits as Excel writes them, saved again by LibreOffice: how many it kept exactly, and
 *    how many the stamp's canonical form (15 significant digits, rounded half up) still reads as the same.
 * 2. The sample workbook with indicator outcomes of 16–17 digits, stamped by `malkoll stamp`, saved again by
 *    LibreOffice: whether its custom XML part is still there, where the package relates it from, and what
 *    `malkoll check` says of the stamp.
 * With --fixtures the stamped workbook and LibreOffice's copy of it are kept in test/fixtures/stamp/, where the
 * command line's tests read them (so they run where LibreOffice is not installed).
 * bench/run.js does not run this (it needs LibreOffice and takes about 15 s); it prints its own table.
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'malkoll.js');
const SOFFICE = process.env.SOFFICE_PATH || '/usr/bin/soffice';
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'stamp');
const VALUES = 6000;

const JSZip = require('jszip');
const { readWorkbookBytes } = require(path.join(ROOT, 'build', 'xlsx', 'readWorkbookBytes'));
const { canonicalNumber } = require(path.join(ROOT, 'build', 'core', 'stamp'));

/** The workbook's parts with one sheet of numbers in column A, each written as `write(n)`. */
async function numbersWorkbook(values, write) {
  const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Tal" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  );
  const rows = values.map((v, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${write(v)}</v></c></row>`).join('');
  zip.file('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Doubles of every kind a workbook holds, from a fixed seed. */
function doubles(count) {
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const view = new DataView(new ArrayBuffer(8));
  const out = [];
  for (let i = 0; i < count; i += 1) {
    const kind = i % 6;
    if (kind === 0) out.push(Math.round(random() * 1e6) / 100);
    else if (kind === 1) out.push(Math.round(random() * 5000) / Math.round(1 + random() * 9000));
    else if (kind === 2) out.push((random() - 0.5) * Math.pow(10, Math.floor(random() * 40 - 20)));
    else if (kind === 3) {
      for (let b = 0; b < 8; b += 1) view.setUint8(b, Math.floor(random() * 256));
      view.setUint8(0, (view.getUint8(0) & 0x7f) | 0x30);
      const v = view.getFloat64(0);
      out.push(Number.isFinite(v) ? v : 1);
    } else if (kind === 4) out.push(Math.round(random() * 1e9));
    else out.push(((Math.round(random() * 1e4) / 1e4) * 3) / 7 + 0.1 * 3);
  }
  return out;
}

/** Saves `file` again with LibreOffice into `dir`; the path of its copy. */
function resave(file, dir) {
  const run = spawnSync(SOFFICE, ['--headless', '--convert-to', 'xlsx', '--outdir', dir, file], { encoding: 'utf8', timeout: 120000 });
  const out = path.join(dir, path.basename(file));
  if (run.status !== 0 || !fs.existsSync(out)) throw new Error(`LibreOffice did not save ${file}: ${run.stderr}`);
  return out;
}

function libreOfficeVersion() {
  const run = spawnSync(SOFFICE, ['--version'], { encoding: 'utf8' });
  return (run.stdout || '').trim().split(/\s+/).slice(0, 2).join(' ');
}

/** The sample with some indicator outcomes of 16–17 significant digits, as computed shares have. */
async function longDigitsSample(file) {
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(ROOT, 'samples', 'malkoll-exempel.xlsx')));
  let sheet = await zip.file('xl/worksheets/sheet2.xml').async('string');
  sheet = sheet
    .replace('<v>0.874</v>', '<v>0.87412345678901234</v>')
    .replace('<v>0.861</v>', '<v>0.54852857142857150</v>')
    .replace('<v>0.97</v>', '<v>0.33333333333333331</v>');
  zip.file('xl/worksheets/sheet2.xml', sheet);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

async function run() {
  if (!fs.existsSync(SOFFICE)) return [{ name: 'LibreOffice', value: 'not installed', unit: SOFFICE }];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'malkoll-lo-'));
  const rows = [{ name: 'LibreOffice', value: libreOfficeVersion(), unit: '' }];

  const values = doubles(VALUES);
  const written = path.join(dir, 'tal.xlsx');
  fs.writeFileSync(written, await numbersWorkbook(values, (v) => v.toPrecision(17)));
  const saved = await readWorkbookBytes(fs.readFileSync(resave(written, path.join(dir, 'lo'))));
  const back = saved.grids[0].cells.map((r) => r[0]);
  rows.push({ name: 'doubles written with 17 digits', value: VALUES, unit: 'values' });
  rows.push({ name: '… kept exactly by LibreOffice', value: values.filter((v, i) => back[i] === v).length, unit: 'values' });
  rows.push({
    name: '… the same at 15 digits (toPrecision)',
    value: values.filter((v, i) => Number(v.toPrecision(15)) === Number(back[i].toPrecision(15))).length,
    unit: 'values',
  });
  rows.push({
    name: "… the same in the stamp's canonical form",
    value: values.filter((v, i) => canonicalNumber(v) === canonicalNumber(back[i])).length,
    unit: 'values',
  });

  const original = path.join(dir, 'exempel.xlsx');
  await longDigitsSample(original);
  const stampDir = path.join(dir, 'stamped');
  const stamp = spawnSync(process.execPath, [BIN, 'stamp', original, '--out', stampDir, '--lang', 'en'], { encoding: 'utf8' });
  if (stamp.status !== 0) throw new Error(`malkoll stamp failed: ${stamp.stdout}${stamp.stderr}`);
  const stamped = path.join(stampDir, 'exempel.xlsx');
  const resaved = resave(stamped, path.join(dir, 'resaved'));
  const zip = await JSZip.loadAsync(fs.readFileSync(resaved));
  const packageRels = await zip.file('_rels/.rels').async('string');
  const workbookRels = await zip.file('xl/_rels/workbook.xml.rels').async('string');
  rows.push({ name: 'stamp part kept by LibreOffice', value: zip.file('customXml/item1.xml') ? 'yes' : 'no', unit: 'customXml/item1.xml' });
  rows.push({
    name: '… related from',
    value: workbookRels.includes('customXml') ? 'workbook' : packageRels.includes('customXml') ? 'package' : 'nowhere',
    unit: 'relationship',
  });
  const check = spawnSync(process.execPath, [BIN, 'check', resaved, '--json', '--require-stamp'], { encoding: 'utf8' });
  const report = JSON.parse(check.stdout);
  rows.push({ name: 'stamp after LibreOffice saved it', value: report.files[0].stamp.status, unit: `exit ${check.status}` });
  if (process.argv.includes('--fixtures')) {
    fs.mkdirSync(FIXTURES, { recursive: true });
    fs.copyFileSync(stamped, path.join(FIXTURES, 'stamped.xlsx'));
    fs.copyFileSync(resaved, path.join(FIXTURES, 'stamped-libreoffice.xlsx'));
    rows.push({ name: 'fixtures written', value: 2, unit: path.relative(ROOT, FIXTURES) });
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return rows;
}

module.exports = { run };

if (require.main === module) {
  run().then(
    (rows) => {
      const w = rows.reduce((m, r) => Math.max(m, r.name.length), 0) + 2;
      for (const r of rows) console.log(`${r.name.padEnd(w)}${String(r.value).padEnd(16)}${r.unit}`);
    },
    (error) => {
      console.error(`bench failed: ${error.message}`);
      process.exit(1);
    },
  );
}
