/**
 * `malkoll check` run as a process on volume workbooks built from seed 000's 2025 table: clean, and with
 * one planted defect each (the seed table starts in A1: uppdrag in B, bas in C, tillägg in D, Totalsumma in row 61).
 */
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { assertCliBuilt, fileEntry, runCli, runCliJson, seedVolumeRows, setCell, tableFindings, tempDir, writeWorkbook, type Row } from './support';
import type { JsonReport } from '../../src/cli/reportSchema';

// Each test runs the CLI as a process (Node start and ExcelJS load included); a loaded machine needs time.
jest.setTimeout(60_000);

const SHEET = 'Volymer 2025';

/** Each planted defect: the cells changed in the seed table, and the findings expected (cell + code), worked out by hand. */
const DEFECTS: Record<string, { change: Record<string, Row[number]>; expected: string[]; severity: 'error' | 'warning' }> = {
  // Ortopedi bas 8143 typed as 8134: uppdrag 11 080 ≠ 8 134 + 2 937, and the bas column no longer adds up to 59 297;
  // the bas total is 9 over its rows, just what the row is short, so the finding is at the mistyped cell, C30.
  'sum-mismatch': { change: { C30: 8134 }, expected: ['C30 sum-mismatch', 'C61 total-mismatch'], severity: 'error' },
  // Totalsumma tillägg 23 308 typed as 23 380.
  'total-mismatch': { change: { D61: 23380 }, expected: ['D61 total-mismatch'], severity: 'error' },
  // Axelprotes 80 = 90 + (−10): the row adds up, the totals are moved to match (bas +62, tillägg −62), only the sign is wrong.
  negative: { change: { C41: 90, D41: -10, C61: 59359, D61: 23246 }, expected: ['D41 negative'], severity: 'error' },
  // Logopedi 855 = 528,5 + 326,5 and Lungmedicin 800 = 559,5 + 240,5: rows and columns still add up.
  'not-integer': {
    change: { C24: 528.5, D24: 326.5, C25: 559.5, D25: 240.5 },
    expected: ['C24 not-integer', 'D24 not-integer', 'C25 not-integer', 'D25 not-integer'],
    severity: 'error',
  },
  // Barnkirurgi (all zero) with tillägg left empty.
  blank: { change: { D16: null }, expected: ['D16 blank'], severity: 'error' },
  // Ortopedi tillägg is #REF!: neither its row nor its column is summed, so it is the only finding.
  'formula-error': { change: { D30: { error: '#REF!' } }, expected: ['D30 formula-error'], severity: 'error' },
  // Gynekologi bas written as a remark.
  'not-a-number': { change: { C18: 'se bilaga' }, expected: ['C18 not-a-number'], severity: 'error' },
  // Handkirurgi renamed Barnkirurgi: the same specialty twice under Somatik / Förstabetesök (rows 16 and 19).
  'duplicate-row': { change: { A19: 'Barnkirurgi' }, expected: ['A19 duplicate-row'], severity: 'error' },
  // Allmän kirurgi uppdrag pasted as text.
  'text-number': { change: { B15: '8 100' }, expected: ['B15 text-number'], severity: 'warning' },
  // Allergologi tillägg written as an en dash.
  placeholder: { change: { D14: '–' }, expected: ['D14 placeholder'], severity: 'warning' },
};

let dir: string;
let clean: string;
let batch: ReturnType<typeof runCliJson>;

beforeAll(async () => {
  assertCliBuilt();
  dir = tempDir();
  clean = await writeWorkbook(dir, 'seed.xlsx', { [SHEET]: seedVolumeRows() });
  const files = [];
  for (const [code, defect] of Object.entries(DEFECTS)) {
    const rows = seedVolumeRows();
    for (const [address, value] of Object.entries(defect.change)) setCell(rows, address, value as never);
    files.push(await writeWorkbook(dir, `${code}.xlsx`, { [SHEET]: rows }));
  }
  // A formula whose cached result is an error, as Excel saves it.
  const withFormulaError = seedVolumeRows();
  setCell(withFormulaError, 'C33', { formula: 'B33-#REF!', result: { error: '#REF!' } });
  files.push(await writeWorkbook(dir, 'formula-cached-error.xlsx', { [SHEET]: withFormulaError }));
  // Totals as formulas with their cached results: read as the results, so clean.
  const withFormulas = seedVolumeRows();
  setCell(withFormulas, 'B61', { formula: 'SUM(B4:B60)', result: 82605 });
  setCell(withFormulas, 'C61', { formula: 'SUM(C4:C60)', result: 59297 });
  setCell(withFormulas, 'D61', { formula: 'SUM(D4:D60)', result: 23308 });
  files.push(await writeWorkbook(dir, 'formula-totals.xlsx', { [SHEET]: withFormulas }));
  // The same formulas saved without results, as a program (not Excel) writes them.
  const withoutResults = seedVolumeRows();
  setCell(withoutResults, 'B61', { formula: 'SUM(B4:B60)' } as never);
  setCell(withoutResults, 'C61', { formula: 'SUM(C4:C60)' } as never);
  setCell(withoutResults, 'D61', { formula: 'SUM(D4:D60)' } as never);
  files.push(await writeWorkbook(dir, 'formula-no-results.xlsx', { [SHEET]: withoutResults }));
  batch = runCliJson(['check', ...files, '--lang', 'sv']);
});

describe('the clean seed table', () => {
  it('is reported clean with exit status 0, in Swedish', () => {
    const run = runCli(['check', clean, '--lang', 'sv']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`'Volymer 2025'!A1:D61  volymtabell`);
    expect(run.stdout).toContain('Inga avvikelser.');
    expect(run.stdout).toContain('Summering: 0 fel, 0 varningar, 0 mål ej uppfyllda.');
    expect(run.stdout).toContain('Totalt 1 fil: 0 fel, 0 varningar, 0 mål ej uppfyllda.');
    expect(runCli(['check', clean, '--lang', 'en']).stdout).toContain('In all: 1 file, 0 errors, 0 warnings, 0 missed targets.');
  });

  it('gives the stable JSON: one volume table, no findings', () => {
    const run = runCliJson(['check', clean]);
    expect(run.status).toBe(0);
    expect(run.report).toEqual<JsonReport>({
      files: [
        {
          file: clean,
          tables: [{ sheet: SHEET, range: 'A1:D61', kind: 'volumes', findings: [] }],
          findings: [],
          summary: { errors: 0, warnings: 0, missed: 0 },
          stamp: { status: 'none', tables: [] },
        },
      ],
      summary: { errors: 0, warnings: 0, missed: 0, unreadable: 0 },
    });
  });

  it('reads totals that are formulas as their cached results', () => {
    expect(tableFindings(fileEntry(batch.report, 'formula-totals.xlsx'))).toEqual([]);
  });

  it('says when formulas were saved without results, since it then read them as blank', () => {
    const entry = fileEntry(batch.report, 'formula-no-results.xlsx');
    expect(entry.findings).toEqual([
      {
        sheet: SHEET,
        cell: 'B61',
        row: 61,
        severity: 'warning',
        code: 'formula-without-result',
        message:
          '3 formler på bladet ”Volymer 2025” saknar sparat resultat (B61, C61, D61) och läses som tomma. Öppna och spara arbetsboken i Excel så att resultaten räknas fram.',
      },
    ]);
    // Read as blank, the totals could not be verified: an error each, not a silent pass.
    expect(tableFindings(entry)).toEqual(['B61 blank', 'C61 blank', 'D61 blank']);
    expect(entry.tables[0].findings[0].message).toBe('uppdrag saknas på summaraden ”Totalsumma”, så summan kunde inte kontrolleras');
  });
});

describe('each planted defect is found at its cell with its code', () => {
  it.each(Object.entries(DEFECTS))('%s', (code, defect) => {
    const entry = fileEntry(batch.report, `${code}.xlsx`);
    expect(entry.error).toBeUndefined();
    expect(tableFindings(entry)).toEqual(defect.expected);
    const planted = entry.tables[0].findings.filter((f) => f.code === code);
    expect(planted.length).toBeGreaterThan(0);
    for (const f of planted) {
      expect(f.severity).toBe(defect.severity);
      expect(f.row).toBe(Number(f.cell.replace(/^[A-Z]+/, '')));
      expect(f.message).not.toMatch(/^table\.|\{\w+\}/); // rendered from the catalogue, no key or placeholder left
    }
  });

  it('names the numbers in the message', () => {
    const [sum, total] = fileEntry(batch.report, 'sum-mismatch.xlsx').tables[0].findings;
    expect(sum.message).toContain('11 080');
    expect(sum.message).toContain('8 134');
    expect(sum.message).toContain('2 937');
    expect(sum.message).toContain('8 143'); // the figure it should be
    expect(total.message).toContain('59 297');
    expect(total.message).toContain('rad 30');
  });

  it('finds a formula whose cached result is an error', () => {
    expect(tableFindings(fileEntry(batch.report, 'formula-cached-error.xlsx'))).toEqual(['C33 formula-error']);
  });

  it('counts errors and warnings in the summary, and exits 1 when there are errors', () => {
    // …plus the formula error cached in C33 and the three totals saved without results (read as blank); the
    // mistyped figure and the total it breaks (C30, C61) are one problem, counted once.
    const errors = Object.values(DEFECTS).reduce((n, d) => n + (d.severity === 'error' ? d.expected.length : 0), 0) + 1 + 3 - 1;
    // …and the warning about formulas without results.
    const warnings = Object.values(DEFECTS).reduce((n, d) => n + (d.severity === 'warning' ? d.expected.length : 0), 0) + 1;
    expect(batch.report.summary).toEqual({ errors, warnings, missed: 0, unreadable: 0 });
    expect(batch.status).toBe(1);
  });

  it('exits 0 when there are only warnings', () => {
    const run = runCli(['check', path.join(dir, 'text-number.xlsx'), path.join(dir, 'placeholder.xlsx'), '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/'Volymer 2025'!B15 +warning +text-number +/);
    expect(run.stdout).toContain('In all: 2 files, 0 errors, 2 warnings, 0 missed targets.');
  });

  it('prints each finding with sheet!cell, severity, code and message in the readable report', () => {
    const run = runCli(['check', path.join(dir, 'sum-mismatch.xlsx'), '--lang', 'sv']);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(path.join(dir, 'sum-mismatch.xlsx'));
    expect(lines.find((l) => l.includes(' sum-mismatch '))).toMatch(/^ {4}'Volymer 2025'!C30 +fel +sum-mismatch +bas 8 134 ser felskriven ut/);
    expect(lines.find((l) => l.includes(' total-mismatch '))).toMatch(/^ {4}'Volymer 2025'!C61 +fel +total-mismatch +\S.*\(samma fel som C30\)$/);
    // One mistyped figure: one error, though two cells show it.
    expect(run.stdout).toContain('Summering: 1 fel, 0 varningar, 0 mål ej uppfyllda.');
  });
});

describe('a table pasted as text', () => {
  it('reads "8 100" as a number with a text-number warning for each figure, and no errors', async () => {
    const rows = seedVolumeRows().map((row) =>
      row.map((v, c) =>
        // Half with a plain space, half with the no-break space Swedish Excel and PDFs use.
        typeof v === 'number' ? new Intl.NumberFormat('sv-SE').format(v).replace(/\u00a0/g, c % 2 ? ' ' : '\u00a0') : v,
      ),
    );
    const file = await writeWorkbook(dir, 'klistrad.xlsx', { [SHEET]: rows });
    const run = runCliJson(['check', file]);
    const entry = fileEntry(run.report, 'klistrad.xlsx');
    const codes = entry.tables[0].findings.map((f) => f.code);
    // 49 data rows and the totals row, three figures each.
    expect(codes).toHaveLength(150);
    expect(new Set(codes)).toEqual(new Set(['text-number']));
    expect(entry.summary).toEqual({ errors: 0, warnings: 150, missed: 0 });
    expect(run.status).toBe(0);
  });
});

describe('a header that came close beside a clean table (fails closed)', () => {
  const misspelt = (heading: string): Row[] => [
    ['Specialitet', 'Uppdrag', 'Bas', heading],
    ['Ortopedi', 11080, 8134, 2937], // 11 080 ≠ 8 134 + 2 937 = 11 071
  ];

  it('a header still not understood is an error at its header row, and the run exits 1', async () => {
    const file = await writeWorkbook(dir, 'oläst-rubrik.xlsx', { [SHEET]: seedVolumeRows(), 'Volymer 2024': misspelt('Extravolym') });
    const run = runCliJson(['check', file, '--lang', 'sv']);
    expect(run.status).toBe(1);
    const entry = fileEntry(run.report, 'oläst-rubrik.xlsx');
    expect(tableFindings(entry)).toEqual([]);
    expect(entry.findings).toEqual([
      {
        sheet: 'Volymer 2024',
        cell: 'B1',
        row: 1,
        severity: 'error',
        code: 'no-table',
        message:
          'Rad 1 ser ut som rubrikraden i en volymtabell men saknar kolumnen för tillägg, så tabellen är inte kontrollerad. En volymtabell behöver kolumnerna uppdrag, bas och tillägg.',
      },
    ]);
    expect(entry.summary).toEqual({ errors: 1, warnings: 0, missed: 0 });
  });

  it('a misspelt heading (Tillägsvolym) is read, so the wrong sum under it is found', async () => {
    const file = await writeWorkbook(dir, 'felstavad-rubrik.xlsx', { [SHEET]: seedVolumeRows(), 'Volymer 2024': misspelt('Tillägsvolym') });
    const run = runCliJson(['check', file]);
    expect(run.status).toBe(1);
    const entry = fileEntry(run.report, 'felstavad-rubrik.xlsx');
    expect(entry.tables.map((t) => `${t.sheet}!${t.range}`)).toEqual([`${SHEET}!A1:D61`, 'Volymer 2024!A1:D2']);
    expect(tableFindings(entry)).toEqual(['B2 sum-mismatch']);
    expect(entry.findings).toEqual([]);
  });

  it('with no other table, the hint names the missing column rather than saying nothing was found', async () => {
    const file = await writeWorkbook(dir, 'bara-oläst.xlsx', { Blad1: misspelt('Extravolym') });
    const run = runCliJson(['check', file], { LANG: 'en_GB.UTF-8' });
    expect(run.status).toBe(1);
    expect(fileEntry(run.report, 'bara-oläst.xlsx').findings.map((f) => f.message)).toEqual([
      'Row 1 looks like the header row of a volume table but has no column for additional (tillägg), so the table has not been checked. A volume table needs the columns total, base and additional.',
    ]);
  });
});

describe('a workbook with no table', () => {
  it('is not reported clean: a no-table error and exit status 1', async () => {
    const file = await writeWorkbook(dir, 'anteckningar.xlsx', { Blad1: [['Anteckningar'], ['Inget här ännu']] });
    const run = runCliJson(['check', file], { LANG: 'en_GB.UTF-8' });
    expect(run.status).toBe(1);
    const entry = fileEntry(run.report, 'anteckningar.xlsx');
    expect(entry.tables).toEqual([]);
    expect(entry.findings).toEqual([
      {
        severity: 'error',
        code: 'no-table',
        message: 'No volume table, indicator table or production table was found in the workbook, so nothing was checked.',
      },
    ]);
  });

  it('leaves out empty sheets beside a table without complaint', async () => {
    const file = await writeWorkbook(dir, 'med-tomt-blad.xlsx', { [SHEET]: seedVolumeRows(), Blad2: [], Noter: [['Källa: uppdrag 2025']] });
    const run = runCliJson(['check', file]);
    expect(run.status).toBe(0);
    expect(fileEntry(run.report, 'med-tomt-blad.xlsx').findings).toEqual([]);
  });
});

describe('files that cannot be read', () => {
  let files: Record<string, string>;
  let json: ReturnType<typeof runCliJson>;
  let text: ReturnType<typeof runCli>;

  beforeAll(async () => {
    // Fixed bytes that are neither a zip nor text.
    const noise = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 251));
    const truncated = readFileSync(clean).subarray(0, 1500);
    files = {
      noise: path.join(dir, 'brus.xlsx'),
      truncated: path.join(dir, 'avbruten.xlsx'),
      text: path.join(dir, 'anteckning.txt'),
      xls: path.join(dir, 'gammal.xls'),
      missing: path.join(dir, 'finns-inte.xlsx'),
    };
    writeFileSync(files.noise, noise);
    writeFileSync(files.truncated, truncated);
    writeFileSync(files.text, 'uppdrag;bas;tillägg\n760;516;244\n');
    writeFileSync(files.xls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    json = runCliJson(['check', ...Object.values(files), '--lang', 'en']);
    text = runCli(['check', ...Object.values(files), '--lang', 'en']);
  });

  it.each([
    ['noise', 'not-xlsx', /brus\.xlsx: is not an Excel workbook in \.xlsx format\. Save it as \.xlsx/],
    ['truncated', 'corrupt', /avbruten\.xlsx: could not be read, the file is damaged: its zip structure has no end \(the file is cut off\)\./],
    ['text', 'not-xlsx', /anteckning\.txt: is not an Excel workbook in \.xlsx format \(it looks like text\)\./],
    ['xls', 'xls-or-encrypted', /gammal\.xls: is an old \.xls workbook or a password-protected workbook\./],
    ['missing', 'not-found', /finns-inte\.xlsx: no such file\./],
  ])('%s: the reason said in words, in JSON and in the readable report', (which, code, message) => {
    const entry = fileEntry(json.report, path.basename(files[which]));
    expect(entry.error?.code).toBe(code);
    expect(entry.error?.message).toMatch(message);
    expect(entry.tables).toEqual([]);
    // Said on stderr, where errors go; stdout keeps the report (and the JSON lists it, for scripts).
    expect(text.stderr).toMatch(message);
    expect(text.stdout).not.toMatch(message);
  });

  it('exits 2 without a stack trace', () => {
    expect(json.status).toBe(2);
    expect(json.report.summary).toEqual({ errors: 0, warnings: 0, missed: 0, unreadable: 5 });
    // Each unreadable file is one line on stderr, never a stack trace.
    expect(json.stderr.trim().split('\n')).toHaveLength(5);
    expect(json.stderr).not.toMatch(/\bat .+:\d+/);
    expect(text.status).toBe(2);
    expect(text.stdout).toContain('In all: 5 files, 0 errors, 0 warnings, 0 missed targets; 5 files could not be read.');
    expect(`${text.stdout}${text.stderr}`).not.toMatch(/\bat .+\.js:\d+|Error:/);
  });

  it('exits 2 for one missing file alone', () => {
    const run = runCli(['check', files.missing, '--lang', 'sv']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^malkoll: .*finns-inte\.xlsx: filen finns inte\.\n$/);
  });

  it('says so for a folder', () => {
    const run = runCliJson(['check', dir, '--lang', 'sv']);
    expect(run.status).toBe(2);
    expect(run.report.files[0].error).toEqual({ code: 'not-a-file', message: `${dir}: är en mapp, inte en fil.` });
  });

  it('checks every other file when one cannot be read, and 2 wins over 1', () => {
    const sumMismatch = path.join(dir, 'sum-mismatch.xlsx');
    const run = runCliJson(['check', clean, files.missing, sumMismatch, files.truncated]);
    expect(run.status).toBe(2);
    expect(run.report.files.map((f) => f.file)).toEqual([clean, files.missing, sumMismatch, files.truncated]);
    expect(run.report.files.map((f) => f.error?.code ?? 'ok')).toEqual(['ok', 'not-found', 'ok', 'corrupt']);
    expect(tableFindings(run.report.files[0])).toEqual([]);
    expect(tableFindings(run.report.files[2])).toEqual(['C30 sum-mismatch', 'C61 total-mismatch']);
    expect(run.report.summary).toEqual({ errors: 1, warnings: 0, missed: 0, unreadable: 2 });
    expect(run.report.files[2].tables[0].findings.map((f) => f.causedBy)).toEqual([undefined, 'C30']);

    const text = runCli(['check', clean, files.missing, sumMismatch, '--lang', 'sv']);
    expect(text.status).toBe(2);
    expect(text.stderr).toContain('finns-inte.xlsx: filen finns inte.');
    expect(text.stdout).toContain(`'Volymer 2025'!C30`);
    expect(text.stdout).toContain('Totalt 3 filer: 1 fel, 0 varningar, 0 mål ej uppfyllda; 1 fil kunde inte läsas.');
  });
});

describe('rows outside the table', () => {
  it('rows added under the totals row are errors, so the workbook is not ready (exit 1)', async () => {
    const rows = seedVolumeRows();
    // Totalsumma is row 61; a blank row, then two specialties typed in afterwards, one of them badly.
    for (const [address, value] of Object.entries({ A63: 'BUP', B63: 100, C63: 50, D63: 40, A64: 'VUP', B64: 'abc', C64: -5, D64: '1,5' })) {
      setCell(rows, address, value);
    }
    const file = await writeWorkbook(dir, 'rader-under-summan.xlsx', { [SHEET]: rows });
    const run = runCliJson(['check', file], { LANG: 'sv_SE.UTF-8' });
    expect(run.status).toBe(1);
    const entry = fileEntry(run.report, 'rader-under-summan.xlsx');
    expect(tableFindings(entry)).toEqual([]);
    expect(entry.findings.map((f) => `${f.cell} ${f.severity} ${f.code}`)).toEqual(['A63 error rows-outside-table', 'A64 error rows-outside-table']);
    expect(entry.findings[0].message).toBe(
      'Rad 63 ser ut som en rad i volymtabellen A1:D61 men ligger under summaraden (rad 61) och kontrollerades inte. Flytta upp raden ovanför summaraden, eller ta bort den.',
    );
  });
});
