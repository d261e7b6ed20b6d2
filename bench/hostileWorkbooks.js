/**
 * The workbooks of issue 12's and issue 23's robustness runs, built for the benchmarks: large or hostile,
 * each a small file on disk (deflate packs repeated XML tightly). Shared by bench/hostile.js; smaller when
 * the benchmarks run tiny (bench/size.js).
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { understatedZip, writeZip } = require('../test/support/zipWriter');
const { size } = require('./size');

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const seed = require('../samples/seed-000-volymer-2025.json');

/** The package around one worksheet part (a Buffer or text) and a shared texts part; `sheetList` replaces the workbook's <sheet> elements. */
function workbook(sheet, sharedStrings, sheetList = '<sheet name="Volymer" sheetId="1" r:id="rId1"/>') {
  return writeZip([
    ['[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
    ['_rels/.rels', `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ['xl/workbook.xml', `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheetList}</sheets></workbook>`],
    [
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ],
    ['xl/sharedStrings.xml', sharedStrings],
    ['xl/worksheets/sheet1.xml', sheet],
  ]);
}

function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Seed 000's volume table (A1:D61) as a sheet with inline texts; `before`/`after` go around <sheetData>. */
function seedSheet({ before = '', after = '', extraRows = '' } = {}) {
  const rows = seed.rows
    .map((cells, r) => {
      const c = cells
        .map((v, i) => {
          const ref = `${'ABCD'[i]}${r + 1}`;
          if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
          if (typeof v === 'string') return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`;
          return '';
        })
        .join('');
      return `<row r="${r + 1}">${c}</row>`;
    })
    .join('');
  return `<worksheet xmlns="${MAIN}">${before}<sheetData>${rows}${extraRows}</sheetData>${after}</worksheet>`;
}

const EMPTY_SST = `<sst xmlns="${MAIN}"/>`;

/**
 * A volume table filling a whole sheet: header, `rows` data rows with distinct labels (shared texts, as
 * Excel writes them), a total row that adds up; 1 048 574 data rows fill all 1 048 576 rows.
 */
function wholeSheetVolumes(rows) {
  const parts = [
    Buffer.from(`<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c></row>`),
  ];
  const texts = ['uppdrag', 'bas', 'tillägg', 'Totalsumma'];
  const sums = [0, 0, 0];
  let chunk = [];
  for (let i = 0; i < rows; i += 1) {
    const r = i + 2;
    const base = 100 + (i % 900);
    const additional = i % 300;
    sums[0] += base + additional;
    sums[1] += base;
    sums[2] += additional;
    texts.push(`Mottagning ${i + 1}`);
    chunk.push(
      `<row r="${r}"><c r="A${r}" t="s"><v>${texts.length - 1}</v></c><c r="B${r}"><v>${base + additional}</v></c><c r="C${r}"><v>${base}</v></c><c r="D${r}"><v>${additional}</v></c></row>`,
    );
    if (chunk.length === 10000) {
      parts.push(Buffer.from(chunk.join('')));
      chunk = [];
    }
  }
  const t = rows + 2;
  chunk.push(
    `<row r="${t}"><c r="A${t}" t="s"><v>3</v></c><c r="B${t}"><v>${sums[0]}</v></c><c r="C${t}"><v>${sums[1]}</v></c><c r="D${t}"><v>${sums[2]}</v></c></row></sheetData></worksheet>`,
  );
  parts.push(Buffer.from(chunk.join('')));
  const sst = Buffer.from(`<sst xmlns="${MAIN}">${texts.map((x) => `<si><t>${x}</t></si>`).join('')}</sst>`);
  return workbook(Buffer.concat(parts), sst);
}

/** The seed table, its texts shared, followed by `megabytes` of shared texts that no cell uses. */
function sharedStringsBomb(megabytes) {
  const texts = [];
  const index = new Map();
  const rows = seed.rows
    .map((cells, r) => {
      const c = cells
        .map((v, i) => {
          const ref = `${'ABCD'[i]}${r + 1}`;
          if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
          if (typeof v !== 'string') return '';
          if (!index.has(v)) index.set(v, texts.push(v) - 1);
          return `<c r="${ref}" t="s"><v>${index.get(v)}</v></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${c}</row>`;
    })
    .join('');
  const filler = Buffer.from('<si><t>Utfyllnadstext som ingen cell använder</t></si>');
  const count = Math.ceil((megabytes * 1024 * 1024) / filler.length);
  const sst = Buffer.concat([
    Buffer.from(`<sst xmlns="${MAIN}">${texts.map((x) => `<si><t>${escapeXml(x)}</t></si>`).join('')}`),
    Buffer.alloc(filler.length * count, filler),
    Buffer.from('</sst>'),
  ]);
  return workbook(`<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`, sst);
}

/** A volume table of `rows` rows none of which adds up (uppdrag one over bas + tillägg): a finding each. */
function floodOfFindings(rows) {
  const parts = [
    `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="B1" t="inlineStr"><is><t>uppdrag</t></is></c><c r="C1" t="inlineStr"><is><t>bas</t></is></c><c r="D1" t="inlineStr"><is><t>tillägg</t></is></c></row>`,
  ];
  for (let i = 0; i < rows; i += 1) {
    const r = i + 2;
    parts.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Mottagning ${i + 1}</t></is></c><c r="B${r}"><v>${151 + (i % 50)}</v></c><c r="C${r}"><v>${100 + (i % 50)}</v></c><c r="D${r}"><v>50</v></c></row>`,
    );
  }
  parts.push('</sheetData></worksheet>');
  return workbook(Buffer.from(parts.join('')), EMPTY_SST);
}

/** `count` sheets, each on the seed table's part, named with a million characters (Excel allows 31). */
function hugeSheetNames(count) {
  const names = Array.from({ length: count }, (_, i) => `<sheet name="Blad ${i + 1} ${'x'.repeat(999_990)}" sheetId="${i + 1}" r:id="rId1"/>`);
  return workbook(seedSheet(), EMPTY_SST, names.join(''));
}

/** Every case of the bench, written to `dir`: [name, file]. */
function writeHostileWorkbooks(dir) {
  const write = (name, bytes) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    return file;
  };
  const wholeSheetRows = size(1_048_574, 2_000);
  const floodRows = size(130_000, 1_000);
  const entries = size(1_800_000, 20_000);
  const names = size(50, 5);
  return [
    ['sample workbook (malkoll-exempel.xlsx)', path.join(__dirname, '..', 'samples', 'malkoll-exempel.xlsx')],
    [
      'merge over G1:XFD1048576',
      write('merge.xlsx', workbook(seedSheet({ after: '<mergeCells count="1"><mergeCell ref="G1:XFD1048576"/></mergeCells>' }), EMPTY_SST)),
    ],
    [
      'data validation over the whole sheet and columns B:D',
      write(
        'validation.xlsx',
        workbook(
          seedSheet({
            after:
              '<dataValidations count="2"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation>' +
              '<dataValidation type="whole" sqref="B:D"><formula1>0</formula1></dataValidation></dataValidations>',
          }),
          EMPTY_SST,
        ),
      ),
    ],
    [
      `a ${size(50, 2)} MB cell`,
      write(
        'cell.xlsx',
        workbook(
          seedSheet({ extraRows: `<row r="70"><c r="A70" t="inlineStr"><is><t>${'x'.repeat(size(50, 2) * 1024 * 1024)}</t></is></c></row>` }),
          EMPTY_SST,
        ),
      ),
    ],
    [`${size(200, 2)} MB of shared texts`, write('shared-texts.xlsx', sharedStringsBomb(size(200, 2)))],
    [`${(wholeSheetRows + 2).toLocaleString('en-US')}-row volume sheet (A:D)`, write('rows.xlsx', wholeSheetVolumes(wholeSheetRows))],
    [`${floodRows.toLocaleString('en-US')} rows that do not add up`, write('flood.xlsx', floodOfFindings(floodRows))],
    [`${names} sheets named with a million characters each`, write('long-names.xlsx', hugeSheetNames(names))],
    [`a zip declaring 5 entries, holding ${entries.toLocaleString('en-US')}`, write('understated.xlsx', understatedZip(entries))],
  ];
}

module.exports = { writeHostileWorkbooks, wholeSheetVolumes, sharedStringsBomb };
