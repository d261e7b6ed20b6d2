/**
 * Fuzzing the command line with the sample workbook, mutated: the zip cut short or with bytes flipped,
 * parts removed or cut off, relationships pointed elsewhere, huge declared ranges, control characters in
 * texts. Each run goes through the command line's own entry (main, in this process: a few hundred runs
 * take seconds), and a handful through the command as a process. Every answer is a report with a message
 * for each file, never a crash or a stack trace; a damaged file is never 0; declared ranges change nothing.
 * fast-check is seeded, so a failure is reproduced by the same run.
 */
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { main, type CliIo } from '../../src/cli/main';
import { reportSchema, type JsonReport } from '../../src/cli/reportSchema';
import { unzipParts } from '../support/xlsxParts';
import { writeZip } from '../support/zipWriter';
import { assertCliBuilt, ROOT, runCli, runCliJson } from './support';

jest.setTimeout(120_000);

const SAMPLE = path.join(ROOT, 'samples', 'malkoll-exempel.xlsx');
/** The parts Målkoll needs; the others (theme, properties) it passes over, and the styles (number formats) it does without. */
const READ_PARTS = [
  '_rels/.rels',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/worksheets/sheet1.xml',
  'xl/worksheets/sheet2.xml',
  'xl/sharedStrings.xml',
];
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
/** What stderr may hold: nothing, or one `malkoll: file: message` line a file that could not be read. */
const UNREADABLE_LINES = /^(?:malkoll: [^\n\u0000-\u0009\u000b-\u001f]+\n)?$/;
const STACK = /\n\s+at .+[:(]\d+|TypeError|ReferenceError|RangeError|Cannot (?:read|set) propert|undefined \(|\[object Object\]|NaN|Infinity/;

type Mutation =
  | { kind: 'truncate-zip'; at: number }
  | { kind: 'flip-bytes'; flips: Array<[at: number, bits: number]> }
  | { kind: 'remove-part'; part: string }
  | { kind: 'truncate-part'; part: string; at: number }
  | { kind: 'retarget'; how: 'same-part' | 'missing-part' | 'swap' | 'drop-relationship' | 'external' }
  | { kind: 'declared-ranges'; sheet: 1 | 2; what: Array<'dimension' | 'cols' | 'merge' | 'validation' | 'conditional'> }
  | { kind: 'control-chars'; text: number; chars: string };

let parts: Record<string, string>;
let sample: Buffer;
let dir: string;
let original: JsonReport;

async function run(argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} };
  const status = await main(argv, io);
  return { status, stdout, stderr };
}

function zip(p: Record<string, string>): Buffer {
  return writeZip(Object.entries(p));
}

/** The mutated file's bytes, and whether the mutation damages what Målkoll reads (so it must not pass). */
function mutate(m: Mutation): { bytes: Buffer; damaging: boolean; sameAsOriginal: boolean } {
  switch (m.kind) {
    case 'truncate-zip':
      return { bytes: sample.subarray(0, Math.floor(m.at * (sample.length - 1))), damaging: true, sameAsOriginal: false };
    case 'flip-bytes': {
      const bytes = Buffer.from(sample);
      for (const [at, bits] of m.flips) bytes[Math.floor(at * bytes.length)] ^= bits;
      // A flip in a part that is not read, or in a zip field that is not used, may leave the file readable.
      return { bytes, damaging: false, sameAsOriginal: false };
    }
    case 'remove-part': {
      const { [m.part]: _removed, ...rest } = parts;
      const read = READ_PARTS.includes(m.part) || m.part === '[Content_Types].xml';
      return { bytes: zip(rest), damaging: read, sameAsOriginal: !read };
    }
    case 'truncate-part': {
      const text = parts[m.part];
      return { bytes: zip({ ...parts, [m.part]: text.slice(0, Math.floor(m.at * (text.length - 1))) }), damaging: true, sameAsOriginal: false };
    }
    case 'retarget': {
      const rels = parts['xl/_rels/workbook.xml.rels'];
      const changed = {
        'same-part': rels.replace('worksheets/sheet2.xml', 'worksheets/sheet1.xml'),
        'missing-part': rels.replace('worksheets/sheet2.xml', 'worksheets/sheet9.xml'),
        swap: rels.replace('worksheets/sheet1.xml', 'TMP').replace('worksheets/sheet2.xml', 'worksheets/sheet1.xml').replace('TMP', 'worksheets/sheet2.xml'),
        'drop-relationship': rels.replace(/<Relationship Id="rId5"[^>]*\/>/, ''),
        external: rels.replace('Target="worksheets/sheet2.xml"', 'Target="file:///C:/hemligt.xlsx" TargetMode="External"'),
      }[m.how];
      return { bytes: zip({ ...parts, 'xl/_rels/workbook.xml.rels': changed }), damaging: m.how !== 'swap', sameAsOriginal: false };
    }
    case 'declared-ranges': {
      const name = `xl/worksheets/sheet${m.sheet}.xml`;
      let xml = parts[name];
      // Ranges over the whole sheet, or from column G (right of every table) to the sheet's end.
      if (m.what.includes('dimension')) xml = xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>');
      if (m.what.includes('cols')) xml = xml.replace(/<cols>/, '<cols><col min="7" max="16384" width="9" style="1"/>');
      const after: string[] = [];
      if (m.what.includes('merge')) after.push('<mergeCells count="1"><mergeCell ref="G1:XFD1048576"/></mergeCells>');
      if (m.what.includes('conditional'))
        after.push(
          '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="cellIs" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>',
        );
      if (m.what.includes('validation'))
        after.push(
          '<dataValidations count="2"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation><dataValidation type="list" sqref="B:D"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
        );
      xml = xml.replace('</sheetData>', `</sheetData>${after.join('')}`);
      return { bytes: zip({ ...parts, [name]: xml }), damaging: false, sameAsOriginal: true };
    }
    case 'control-chars': {
      let n = -1;
      const sst = parts['xl/sharedStrings.xml'].replace(/<t([^>]*)>/g, (whole, attrs: string) => {
        n += 1;
        return n === m.text ? `<t${attrs}>${m.chars}` : whole;
      });
      return { bytes: zip({ ...parts, 'xl/sharedStrings.xml': sst }), damaging: false, sameAsOriginal: false };
    }
  }
}

const fraction = fc.double({ min: 0.001, max: 0.999, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate-zip' as const), at: fraction }),
  fc.record({
    kind: fc.constant('flip-bytes' as const),
    flips: fc.array(fc.tuple(fraction, fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant('remove-part' as const),
    part: fc.constantFrom(...READ_PARTS, '[Content_Types].xml', 'xl/styles.xml', 'xl/theme/theme1.xml', 'docProps/app.xml'),
  }),
  fc.record({ kind: fc.constant('truncate-part' as const), part: fc.constantFrom(...READ_PARTS), at: fraction }),
  fc.record({
    kind: fc.constant('retarget' as const),
    how: fc.constantFrom('same-part' as const, 'missing-part' as const, 'swap' as const, 'drop-relationship' as const, 'external' as const),
  }),
  fc.record({
    kind: fc.constant('declared-ranges' as const),
    sheet: fc.constantFrom(1 as const, 2 as const),
    what: fc.subarray(['dimension', 'cols', 'merge', 'validation', 'conditional'] as const, { minLength: 1 }),
  }),
  fc.record({
    kind: fc.constant('control-chars' as const),
    text: fc.integer({ min: 0, max: 60 }),
    chars: fc
      .array(fc.constantFrom('_x001B_[2J', '_x001B_]0;titel_x0007_', '_x000D_', '_x0008_', '_x009B_31m', '_x202E_', '_x0000_'), { minLength: 1, maxLength: 4 })
      .map((a) => a.join('')),
  }),
);

beforeAll(async () => {
  sample = readFileSync(SAMPLE);
  parts = await unzipParts(new Uint8Array(sample));
  dir = mkdtempSync(path.join(tmpdir(), 'malkoll-fuzz-'));
  const json = await run(['check', SAMPLE, '--json', '--lang', 'en']);
  original = reportSchema.parse(JSON.parse(json.stdout));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the sample workbook, mutated', () => {
  it('always gets a report with a message, exit 1 or 2 when damaged, the same report when only declared ranges grew', async () => {
    let count = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const { bytes, damaging, sameAsOriginal } = mutate(m);
        const file = path.join(dir, `mutated-${(count += 1)}.xlsx`);
        writeFileSync(file, bytes);

        const json = await run(['check', file, '--json', '--lang', 'en']);
        // stderr says only what could not be read, one line a file, and never a stack trace.
        expect(json.stderr).toMatch(UNREADABLE_LINES);
        const report = reportSchema.parse(JSON.parse(json.stdout));
        const entry = report.files[0];
        if (damaging) expect(json.status).not.toBe(0);
        expect([0, 1, 2]).toContain(json.status);
        if (entry.error) expect(json.status).toBe(2);
        expect(json.stderr !== '').toBe(entry.error !== undefined);
        for (const message of [entry.error?.message, ...entry.findings.map((f) => f.message)]) {
          if (message !== undefined) expect(message).not.toMatch(STACK);
        }
        if (sameAsOriginal) {
          expect(json.status).toBe(0);
          expect({ ...report, files: report.files.map((f) => ({ ...f, file: '' })) }).toEqual({
            ...original,
            files: original.files.map((f) => ({ ...f, file: '' })),
          });
        }

        const text = await run(['check', file, '--lang', 'sv']);
        expect(text.status).toBe(json.status);
        expect(text.stdout).not.toMatch(CONTROL);
        expect(text.stdout).not.toMatch(STACK);
        expect(text.stderr).toMatch(UNREADABLE_LINES);
        expect(text.stderr === '').toBe(json.stderr === '');
      }),
      { seed: 20250901, numRuns: 250 },
    );
  });
});

describe('mutated workbooks through the command as a process', () => {
  beforeAll(() => assertCliBuilt());

  it('reports every file of a batch of damaged ones, the good one included, without a stack trace', () => {
    const kinds: Mutation[] = [
      { kind: 'truncate-zip', at: 0.5 },
      { kind: 'remove-part', part: 'xl/worksheets/sheet2.xml' },
      { kind: 'truncate-part', part: 'xl/sharedStrings.xml', at: 0.5 },
      { kind: 'retarget', how: 'same-part' },
      { kind: 'declared-ranges', sheet: 1, what: ['dimension', 'cols', 'merge', 'validation', 'conditional'] },
      { kind: 'control-chars', text: 3, chars: '_x001B_[2J_x001B_[H' },
    ];
    const files = kinds.map((m, i) => {
      const file = path.join(dir, `process-${i}.xlsx`);
      writeFileSync(file, mutate(m).bytes);
      return file;
    });
    const json = runCliJson(['check', ...files, SAMPLE, '--lang', 'en']);
    expect(json.report.files.map((f) => f.error?.code ?? `${f.summary.errors} errors`)).toEqual([
      'corrupt',
      '1 errors',
      'corrupt',
      '2 errors',
      '0 errors',
      '0 errors',
      '0 errors',
    ]);
    expect(json.status).toBe(2);
    // The two files that could not be read, each said once on stderr.
    expect(json.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^malkoll: .*process-0\.xlsx: /),
      expect.stringMatching(/^malkoll: .*process-2\.xlsx: /),
    ]);
    expect(json.stderr).not.toMatch(STACK);
    const text = runCli(['check', ...files, SAMPLE, '--lang', 'sv']);
    expect(text.status).toBe(2);
    expect(text.stdout).not.toMatch(CONTROL);
    expect(`${text.stdout}${text.stderr}`).not.toMatch(STACK);
  });
});
