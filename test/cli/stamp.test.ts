/**
 * The stamp through the command line, as a process: `malkoll stamp` makes stamped copies of the files that
 * check without errors and never writes over its input; `malkoll check` says whether a file is stamped and
 * unchanged, changed after the check (which table, which rows) or not stamped; `--require-stamp` makes the
 * last two errors. A stamped file saved again by LibreOffice still reads unchanged: measured on a copy that
 * LibreOffice 7.4 saved (test/fixtures/stamp, made by bench/stampLibreOffice.js), and live where LibreOffice
 * is installed.
 */
import { createHash } from 'crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { spawnSync } from 'child_process';
import path from 'path';
import JSZip from 'jszip';
import { assertCliBuilt, fileEntry, ROOT, runCli, runCliJson, tempDir } from './support';

const SAMPLE = path.join(ROOT, 'samples', 'malkoll-exempel.xlsx');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'stamp');
const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const UTC = { TZ: 'UTC' };

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A copy of `file` with one of its package's parts changed by `edit`. */
async function editPart(file: string, part: string, edit: (xml: string) => string, out: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file(part)!.async('string');
  const changed = edit(xml);
  expect(changed).not.toBe(xml);
  zip.file(part, changed);
  writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return out;
}

/** The sample stamped by `malkoll stamp` into a fresh folder: the copy's path. */
function stampedSample(dir: string): string {
  const run = runCli(['stamp', SAMPLE, '--out', path.join(dir, 'stämplat'), '--lang', 'sv']);
  expect(run.status).toBe(0);
  return path.join(dir, 'stämplat', 'malkoll-exempel.xlsx');
}

beforeAll(assertCliBuilt);

describe('malkoll stamp', () => {
  it('writes a stamped copy of a file that checks without errors, which reads unchanged, and leaves the input as it was', () => {
    const dir = tempDir();
    const before = sha(SAMPLE);
    const run = runCli(['stamp', SAMPLE, '--out', path.join(dir, 'stämplat'), '--lang', 'sv']);
    expect(run.stdout).toContain('malkoll-exempel.xlsx: stämplad som kontrollerad → ');
    expect(run.stdout).toContain('1 av 1 stämplade i ');
    expect(run.status).toBe(0);
    expect(sha(SAMPLE)).toBe(before);

    const copy = path.join(dir, 'stämplat', 'malkoll-exempel.xlsx');
    const json = runCliJson(['check', copy, '--require-stamp'], UTC);
    expect(json.status).toBe(0);
    expect(fileEntry(json.report, 'malkoll-exempel.xlsx').stamp).toEqual({
      status: 'unchanged',
      checkedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      version: VERSION,
      source: 'cli',
      tables: [
        { sheet: 'Volymer 2025', range: 'A1:E61', status: 'unchanged' },
        { sheet: 'Indikatorer', range: 'A4:F30', status: 'unchanged' },
      ],
    });
    const text = runCli(['check', copy, '--lang', 'en'], UTC);
    expect(text.stdout).toMatch(/\n {2}Stamped as checked \d{4}-\d\d-\d\d \d\d:\d\d \(by malkoll stamp, Målkoll [\d.]+\) and unchanged since\.\n {2}Summary: /);
  });

  it('refuses a file with errors, writing nothing, and goes on with the others', async () => {
    const dir = tempDir();
    const broken = await editPart(
      SAMPLE,
      'xl/worksheets/sheet1.xml',
      (x) => x.replace('<c r="C10" s="3"><v>595</v>', '<c r="C10" s="3"><v>596</v>'),
      path.join(dir, 'fel.xlsx'),
    );
    const run = runCli(['stamp', broken, SAMPLE, '--out', path.join(dir, 'ut'), '--lang', 'sv']);
    expect(run.stdout).toContain('fel.xlsx: stämplas inte: kontrollen hittade fel (1); rätta dem och kontrollera igen.');
    expect(run.stdout).toContain('1 av 2 stämplade');
    expect(run.status).toBe(1);
    expect(readdirSync(path.join(dir, 'ut'))).toEqual(['malkoll-exempel.xlsx']);
  });

  it('never writes over its input, nor over a file already there', () => {
    const dir = tempDir();
    const input = path.join(dir, 'SV.xlsx');
    copyFileSync(SAMPLE, input);
    const before = sha(input);
    const over = runCli(['stamp', input, '--out', dir, '--lang', 'en']);
    expect(over.stdout).toContain('SV.xlsx: not stamped: the copy would be written over a workbook being stamped');
    expect(over.status).toBe(1);
    expect(sha(input)).toBe(before);
    expect(runCli(['stamp', input, '--out', path.join(dir, 'ut')]).status).toBe(0);
    const again = runCli(['stamp', input, '--out', path.join(dir, 'ut'), '--lang', 'en']);
    expect(again.stdout).toContain('already exists and is not written over');
    expect(again.status).toBe(1);
  });

  it('says how it is used', () => {
    const noOut = runCli(['stamp', SAMPLE, '--lang', 'en']);
    expect(noOut.stderr).toContain('Name the folder for the stamped copies with --out FOLDER.');
    expect(noOut.status).toBe(3);
    expect(runCli(['--help', '--lang', 'sv']).stdout).toContain('malkoll stamp ARBETSBOK.xlsx … --out MAPP');
  });
});

describe('malkoll check and a stamp', () => {
  it('says a stamped file changed after the check when a figure is edited in the package, on its sheet and row', async () => {
    const dir = tempDir();
    const edited = await editPart(
      stampedSample(dir),
      'xl/worksheets/sheet1.xml',
      (x) => x.replace('<c r="E10" s="3"><v>590</v>', '<c r="E10" s="3"><v>591</v>'),
      path.join(dir, 'ändrad.xlsx'),
    );
    const json = runCliJson(['check', edited], UTC);
    expect(fileEntry(json.report, 'ändrad.xlsx').stamp).toMatchObject({
      status: 'changed',
      tables: [
        { sheet: 'Volymer 2025', range: 'A1:E61', status: 'changed', rows: [10] },
        { sheet: 'Indikatorer', range: 'A4:F30', status: 'unchanged' },
      ],
    });
    const text = runCli(['check', edited, '--lang', 'sv'], UTC);
    expect(text.stdout).toMatch(/men ändrad efter kontrollen:\n {4}'Volymer 2025'!A1:E61: ändrad på rad 10\n/);
  });

  it('says so when a label is edited, and --require-stamp makes that an error', async () => {
    const dir = tempDir();
    const stamped = stampedSample(dir);
    const edited = await editPart(
      stamped,
      'xl/worksheets/sheet1.xml',
      (x) => x.replace('<c r="A10" t="s"><v>6</v></c>', '<c r="A10" t="inlineStr"><is><t>Ortopedi, ny</t></is></c>'),
      path.join(dir, 'etikett.xlsx'),
    );
    const plain = runCliJson(['check', edited], UTC);
    expect(fileEntry(plain.report, 'etikett.xlsx').stamp).toMatchObject({
      status: 'changed',
      tables: [{ status: 'changed', rows: [10] }, { status: 'unchanged' }],
    });
    expect(plain.status).toBe(0);
    const required = runCliJson(['check', edited, stamped, '--require-stamp', '--lang', 'en'], UTC);
    expect(fileEntry(required.report, 'etikett.xlsx').findings).toEqual([
      {
        severity: 'error',
        code: 'stamp-changed',
        message: expect.stringMatching(/^The workbook has changed since its stamp of \d{4}-\d\d-\d\d \d\d:\d\d \(--require-stamp\)\.$/),
      },
    ]);
    expect(fileEntry(required.report, 'malkoll-exempel.xlsx').findings).toEqual([]);
    expect(required.report.summary.errors).toBe(1);
    expect(required.status).toBe(1);
  });

  it('says a file is not stamped, and --require-stamp makes that an error', () => {
    const plain = runCliJson(['check', SAMPLE]);
    expect(fileEntry(plain.report, 'malkoll-exempel.xlsx').stamp).toEqual({ status: 'none', tables: [] });
    expect(plain.status).toBe(0);
    const text = runCli(['check', SAMPLE, '--require-stamp', '--lang', 'sv']);
    expect(text.stdout).toContain('  Inte stämplad som kontrollerad.\n');
    expect(text.stdout).toMatch(/stamp-missing {2}Arbetsboken är inte stämplad som kontrollerad \(--require-stamp\)\./);
    expect(text.status).toBe(1);
  });
});

describe('a stamped file saved again by LibreOffice', () => {
  it("still reads unchanged: LibreOffice 7.4 kept the stamp's part (related from the package now) and rounded long figures to 15 digits", async () => {
    const saved = path.join(FIXTURES, 'stamped-libreoffice.xlsx');
    const zip = await JSZip.loadAsync(readFileSync(saved));
    const original = await JSZip.loadAsync(readFileSync(path.join(FIXTURES, 'stamped.xlsx')));
    // What LibreOffice did to the file: the figures of 17 digits Excel writes, now of 15; the stamp kept.
    expect(await original.file('xl/worksheets/sheet2.xml')!.async('string')).toContain('<v>0.54852857142857150</v>');
    expect(await zip.file('xl/worksheets/sheet2.xml')!.async('string')).toContain('<v>0.548528571428572</v>');
    expect(await zip.file('_rels/.rels')!.async('string')).toContain('Target="../customXml/item1.xml"');
    // It writes the part's XML anew (its declaration without standalone, no last line break), the same stamp.
    const body = async (z: JSZip) => (await z.file('customXml/item1.xml')!.async('string')).replace(/^<\?xml[^>]*>\s*/, '').trim();
    expect(await body(zip)).toBe(await body(original));

    const json = runCliJson(['check', saved, '--require-stamp']);
    expect(fileEntry(json.report, 'stamped-libreoffice.xlsx').stamp).toMatchObject({ status: 'unchanged', source: 'cli' });
    expect(json.status).toBe(0);
  });

  (existsSync(SOFFICE) ? it : it.skip)(
    'still reads unchanged when saved by the LibreOffice installed here',
    () => {
      const dir = tempDir();
      const stamped = stampedSample(dir);
      const convert = spawnSync(SOFFICE, ['--headless', '--convert-to', 'xlsx', '--outdir', path.join(dir, 'lo'), stamped], {
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(convert.status).toBe(0);
      const json = runCliJson(['check', path.join(dir, 'lo', 'malkoll-exempel.xlsx'), '--require-stamp']);
      expect(json.report.files[0].stamp).toMatchObject({ status: 'unchanged', tables: [{ status: 'unchanged' }, { status: 'unchanged' }] });
      expect(json.status).toBe(0);
    },
    120_000,
  );
});
