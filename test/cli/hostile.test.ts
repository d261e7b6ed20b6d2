/**
 * `malkoll check` run as a process on workbooks built to break it (issue 12): damaged packages, declared
 * ranges over whole sheets, texts longer than any cell, escape sequences, devices and pipes, a glob that
 * backtracks, 200 MB of shared texts. Each file is answered within the limits, every other file of the
 * batch is still reported, and a damaged file is never called ready.
 */
import { execFileSync } from 'child_process';
import { writeFileSync } from 'fs';
import path from 'path';
import { assertCliBuilt, fileEntry, runCli, runCliJson, seedVolumeRows, tableFindings, tempDir } from './support';
import { sharedStringsXml, sheetXml, workbookParts, zipParts, type Parts, type TestCell } from '../support/xlsxParts';
import { understatedZip, writeZip } from '../support/zipWriter';
import { hugeSheetNamesWorkbook } from '../fixtures/prototypeNames';

jest.setTimeout(120_000);

/** Seed 000's table with Ortopedi's bas (C30) typed 8 134: two errors, C30 and C61, in any readable copy. */
function brokenSeed(): TestCell[][] {
  const rows = seedVolumeRows() as TestCell[][];
  rows[29][2] = 8134;
  return rows;
}

let dir: string;
const files: Record<string, string> = {};

function write(name: string, parts: Parts): string {
  const file = path.join(dir, name);
  writeFileSync(file, zipParts(parts));
  return file;
}

beforeAll(() => {
  assertCliBuilt();
  dir = tempDir();
  const seed = brokenSeed();
  const two = (): Parts =>
    workbookParts([
      { name: 'Volymer 2025', xml: sheetXml(seed) },
      { name: 'Volymer 2024', xml: sheetXml(seed) },
    ]);

  files.merge = write(
    'sammanslaget.xlsx',
    workbookParts([{ name: 'Volymer 2025', xml: sheetXml(seed, { after: '<mergeCells count="1"><mergeCell ref="G1:XFD1048576"/></mergeCells>' }) }]),
  );
  files.validation = write(
    'validering.xlsx',
    workbookParts([
      {
        name: 'Volymer 2025',
        xml: sheetXml(seed, {
          before: '<dimension ref="A1:XFD1048576"/><cols><col min="1" max="16384" width="9" style="1"/></cols>',
          after:
            '<dataValidations count="2"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation>' +
            '<dataValidation type="whole" sqref="B:D"><formula1>0</formula1></dataValidation></dataValidations>',
        }),
      },
    ]),
  );
  const missing = two();
  delete missing['xl/worksheets/sheet2.xml'];
  files.missingPart = write('del-saknas.xlsx', missing);
  const noRel = two();
  noRel['xl/_rels/workbook.xml.rels'] = String(noRel['xl/_rels/workbook.xml.rels']).replace(/<Relationship Id="rId2"[^>]*\/>/, '');
  files.noRelationship = write('relation-saknas.xlsx', noRel);
  const shared = two();
  shared['xl/_rels/workbook.xml.rels'] = String(shared['xl/_rels/workbook.xml.rels']).replace('sheet2.xml', 'sheet1.xml');
  files.sharedPart = write('delad-del.xlsx', shared);
  const clean = seedVolumeRows() as TestCell[][];
  files.hugeCell = write('stor-cell.xlsx', workbookParts([{ name: 'Volymer 2025', xml: sheetXml([...clean, ['Not', 'x'.repeat(50 * 1024 * 1024)]]) }]));
  const escapes = seedVolumeRows() as TestCell[][];
  // An escape that clears the screen, then marks that reorder or hide what follows (issue 23), in a figure cell.
  escapes[29][2] = '_x001B_[2J_x001B_[H8 143\u200f\u061c\u200b\u2066x\u2028y\u2029z\ufeffå';
  files.escapes = write('escape.xlsx', workbookParts([{ name: 'Volymer 2025', xml: sheetXml(escapes) }]));
  files.good = write('bra.xlsx', workbookParts([{ name: 'Volymer 2025', xml: sheetXml(clean) }]));
});

describe('a batch of hostile and damaged workbooks', () => {
  let json: ReturnType<typeof runCliJson>;
  let text: ReturnType<typeof runCli>;

  beforeAll(() => {
    const batch = [
      files.merge,
      files.validation,
      files.missingPart,
      files.noRelationship,
      files.sharedPart,
      files.hugeCell,
      files.escapes,
      '/dev/zero',
      files.good,
    ];
    json = runCliJson(['check', ...batch, '--lang', 'en']);
    text = runCli(['check', ...batch, '--lang', 'en']);
  });

  it('reads declared ranges over whole sheets as the cells that are there, and finds the planted errors', () => {
    for (const file of ['sammanslaget.xlsx', 'validering.xlsx']) {
      const entry = fileEntry(json.report, file);
      expect(entry.error).toBeUndefined();
      expect(tableFindings(entry)).toEqual(['C30 sum-mismatch', 'C61 total-mismatch']);
    }
  });

  it('names each sheet that cannot be read, and the damaged part, as an error', () => {
    const unreadable = (file: string): string[] =>
      fileEntry(json.report, file)
        .findings.filter((f) => f.code === 'sheet-unreadable')
        .map((f) => `${f.sheet}: ${f.message}`);
    expect(unreadable('del-saknas.xlsx')).toEqual([
      'Volymer 2024: Sheet "Volymer 2024" could not be read and was not checked: the part xl/worksheets/sheet2.xml is missing. Save the workbook again in Excel and run again.',
    ]);
    expect(unreadable('relation-saknas.xlsx')).toEqual([
      'Volymer 2024: Sheet "Volymer 2024" could not be read and was not checked: the workbook refers to relationship rId2, which xl/_rels/workbook.xml.rels does not hold. Save the workbook again in Excel and run again.',
    ]);
    expect(unreadable('delad-del.xlsx').map((m) => m.split(':')[0])).toEqual(['Volymer 2025', 'Volymer 2024']);
    expect(unreadable('stor-cell.xlsx')).toEqual([
      'Volymer 2025: Sheet "Volymer 2025" could not be read and was not checked: the part xl/worksheets/sheet1.xml holds a text longer than an Excel cell can. Save the workbook again in Excel and run again.',
    ]);
    for (const file of ['del-saknas.xlsx', 'relation-saknas.xlsx', 'delad-del.xlsx', 'stor-cell.xlsx']) {
      expect(fileEntry(json.report, file).summary.errors).toBeGreaterThan(0);
    }
  });

  it('keeps a cell’s escape characters exact in JSON and shows none to the terminal', () => {
    const entry = fileEntry(json.report, 'escape.xlsx');
    const c30 = entry.tables[0].findings.find((f) => f.cell === 'C30');
    expect(c30?.message).toContain('\u001b[2J\u001b[H8 143');
    expect(c30?.message).toContain('8 143\u200f\u061c\u200b\u2066x\u2028y\u2029z\ufeffå');
    expect(text.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/);
    expect(text.stdout).toContain('␛[2J␛[H8 143\ufffd\ufffd\ufffd\ufffdx y z\ufffdå');
  });

  it('refuses a device without reading it, and reports every other file', () => {
    expect(fileEntry(json.report, '/dev/zero').error?.code).toBe('not-regular');
    expect(fileEntry(json.report, 'bra.xlsx')).toMatchObject({ summary: { errors: 0 } });
    expect(json.report.files).toHaveLength(9);
    expect(json.status).toBe(2);
    expect(text.status).toBe(2);
    expect(`${json.stderr}${text.stderr}${text.stdout}`).not.toMatch(/\bat .+\.js:\d+|Error:|Cannot |undefined/);
  });
});

describe('one damaged file alone', () => {
  it('is never ready: exit 1 for a sheet that cannot be read', () => {
    const run = runCli(['check', files.missingPart, '--lang', 'sv']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Bladet ”Volymer 2024” kunde inte läsas och kontrollerades inte: delen xl/worksheets/sheet2.xml saknas.');
  });

  it('does not wait on a pipe that nobody writes to', () => {
    const fifo = path.join(dir, 'rör.xlsx');
    execFileSync('mkfifo', [fifo]);
    const run = runCliJson(['check', fifo, files.good, '--lang', 'en']);
    expect(run.report.files.map((f) => f.error?.code ?? 'ok')).toEqual(['not-regular', 'ok']);
    expect(run.status).toBe(2);
  });

  it('expands a glob that would backtrack for ages as a regular expression, at once', () => {
    writeFileSync(path.join(dir, `${'a'.repeat(200)}.xlsx`), zipParts(workbookParts([{ name: 'V', xml: sheetXml(seedVolumeRows() as TestCell[][]) }])));
    const run = runCli(['check', path.join(dir, `${'*a'.repeat(30)}*b`), '--lang', 'en']);
    // Nothing matches, so the pattern is reported as a missing file.
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no such file');
  });

  it('reads 200 MB of shared texts (0.7 MB packed) within the limits, keeping only the texts cells use', () => {
    const rows = seedVolumeRows() as TestCell[][];
    const texts = [...new Set(rows.flat().filter((v): v is string => typeof v === 'string'))];
    const index = new Map(texts.map((t, i) => [t, i]));
    const body = rows
      .map(
        (cells, r) =>
          `<row r="${r + 1}">${cells
            .map((v, c) => {
              const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
              if (typeof v === 'string') return `<c r="${ref}" t="s"><v>${index.get(v)}</v></c>`;
              return typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : '';
            })
            .join('')}</row>`,
      )
      .join('');
    const parts = workbookParts([{ name: 'Volymer 2025', xml: sheetXml([]).replace('<sheetData></sheetData>', `<sheetData>${body}</sheetData>`) }], texts);
    // 200 MB of texts no cell uses, after the ones the table uses.
    const used = sharedStringsXml(texts).replace(/<\/sst>$/, '');
    const filler = Buffer.from('<si><t>Utfyllnadstext som ingen cell använder</t></si>');
    const fillerCount = Math.ceil((200 * 1024 * 1024) / filler.length);
    const sst = Buffer.concat([Buffer.from(used), Buffer.alloc(filler.length * fillerCount, filler), Buffer.from('</sst>')]);
    const file = path.join(dir, 'delade-texter.xlsx');
    writeFileSync(file, writeZip([...Object.entries(parts).filter(([name]) => name !== 'xl/sharedStrings.xml'), ['xl/sharedStrings.xml', sst]]));
    const run = runCliJson(['check', file, files.good]);
    expect(run.report.files.map((f) => f.error?.code ?? 'ok')).toEqual(['ok', 'ok']);
    expect(tableFindings(run.report.files[0])).toEqual([]);
    expect(run.status).toBe(0);
  });
});

describe('sheet names past Excel’s 31 characters (issue 23)', () => {
  it('reports 50 sheets named with a million characters each as damaged, each by its first 31, in a report of a few kilobytes', () => {
    const file = path.join(dir, 'långa-namn.xlsx');
    writeFileSync(file, hugeSheetNamesWorkbook(50));
    const run = runCli(['check', file, files.good, '--lang', 'en']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout.length).toBeLessThan(50 * 400);
    const damaged = run.stdout.split('\n').filter((l) => l.includes('sheet-unreadable'));
    expect(damaged).toHaveLength(50);
    expect(damaged[0]).toContain(
      `Sheet "Blad 1 ${'x'.repeat(24)}…" could not be read and was not checked: its name is 1,000,000 characters long, and Excel allows at most 31 (Excel has to repair such a workbook).`,
    );
    // The next file, as always.
    expect(run.stdout).toContain('bra.xlsx');
    expect(run.stdout).toContain('In all: 2 files, 50 errors, 0 warnings, 0 missed targets.');
  });
});

describe('a zip that understates its entries (issue 23)', () => {
  it('refuses a zip declaring 5 entries and holding 20 000 as past the parts limit, and checks the next file', () => {
    const file = path.join(dir, 'fem-poster.xlsx');
    writeFileSync(file, understatedZip(20_000));
    const run = runCliJson(['check', file, files.good, '--lang', 'en']);
    expect(run.report.files.map((f) => f.error?.code ?? 'ok')).toEqual(['too-large', 'ok']);
    expect(run.report.files[0].error?.message).toContain('it has more than 10,000 parts');
    expect(run.status).toBe(2);
  });
});
