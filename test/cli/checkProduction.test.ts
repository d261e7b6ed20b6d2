/**
 * `malkoll check` on the production tables of the interim report (issue 10), as a process: the tables
 * found and checked with the number formats the file carries, each planted error at its cell, and a
 * volume table beside a production table checked once, as what it is.
 */
import { assertCliBuilt, fileEntry, runCli, runCliJson, tableFindings, tempDir, writeWorkbook, type Row } from './support';
import { formats, hospitalTable, inpatientTable, readmissionTable, visitsTable, type Rows } from '../fixtures/productionTables';

// Each test runs the CLI as a process (Node start and ExcelJS load included); a loaded machine needs time.
jest.setTimeout(60_000);

let dir: string;

beforeAll(() => {
  assertCliBuilt();
  dir = tempDir();
});

const TABLES: Record<string, () => Rows> = { Besök: visitsTable, Slutenvård: inpatientTable, Läkemedel: hospitalTable, Återinskrivning: readmissionTable };

/** The four tables on four sheets, with their number formats; `change` plants one figure in one of them. */
async function reportWorkbook(file: string, change?: { sheet: string; row: number; column: number; value: number }): Promise<string> {
  const sheets: Record<string, Row[]> = {};
  const fmts: Record<string, (string | null)[][]> = {};
  for (const [name, table] of Object.entries(TABLES)) {
    const rows = table().map((r) => r.slice());
    if (change?.sheet === name) rows[change.row - 1][change.column - 1] = change.value;
    sheets[name] = rows as Row[];
    fmts[name] = formats(rows);
  }
  return writeWorkbook(dir, file, sheets, fmts);
}

describe('the interim report’s production tables, clean', () => {
  let run: ReturnType<typeof runCliJson>;
  beforeAll(async () => {
    run = runCliJson(['check', await reportWorkbook('produktion.xlsx'), '--lang', 'sv']);
  });

  it('finds one production table per sheet and no error: exit 0', () => {
    expect(run.status).toBe(0);
    const entry = fileEntry(run.report, 'produktion.xlsx');
    expect(entry.tables.map((t) => [t.sheet, t.kind, t.range])).toEqual([
      ['Besök', 'production', 'A1:H8'],
      ['Slutenvård', 'production', 'A1:D5'],
      ['Läkemedel', 'production', 'A1:F7'],
      ['Återinskrivning', 'production', 'A1:D7'],
    ]);
    expect(tableFindings(entry)).toEqual([]);
    expect(entry.summary).toEqual({ errors: 0, warnings: 0, missed: 0 });
  });

  it('says in JSON what each check covered', () => {
    const checks = fileEntry(run.report, 'produktion.xlsx').tables.map((t) => (t.kind === 'production' ? t.checks : null));
    expect(checks).toEqual([
      { subtotals: 3, changes: 2, shares: 1 },
      { subtotals: 1, changes: 1, shares: 0 },
      { subtotals: 1, changes: 0, shares: 1 },
      { subtotals: 0, changes: 0, shares: 1 },
    ]);
  });

  it('and in the readable report', () => {
    const text = runCli(['check', `${dir}/produktion.xlsx`, '--lang', 'sv']);
    expect(text.stdout).toContain('Besök!A1:H8  produktionstabell');
    expect(text.stdout).toContain('Kontrollerat: 3 summarader, 2 förändringskolumner, 1 andelskolumn.');
  });
});

describe('each planted error, at its cell: exit 1', () => {
  it.each([
    ['a mistyped part whose change disagrees', { sheet: 'Besök', row: 3, column: 2, value: 29725 }, ['B3 subtotal-mismatch']],
    ['a mistyped part nothing else gives away', { sheet: 'Besök', row: 3, column: 2, value: 29753 }, ['B2 subtotal-mismatch']],
    ['a hard-coded total off by a digit', { sheet: 'Besök', row: 8, column: 2, value: 62309 }, ['B8 subtotal-mismatch']],
    ['a wrong change %', { sheet: 'Besök', row: 3, column: 4, value: 0.086 }, ['D3 change-mismatch']],
    ['a wrong share', { sheet: 'Besök', row: 5, column: 8, value: 0.282 }, ['H5 share-mismatch']],
    ['a wrong Summa: figure', { sheet: 'Läkemedel', row: 7, column: 5, value: 3386 }, ['E7 subtotal-mismatch']],
    ['a wrong yearly rate', { sheet: 'Återinskrivning', row: 4, column: 4, value: 0.081 }, ['D4 share-mismatch']],
  ])('%s', async (name, change, expected) => {
    const file = `fel-${name.replace(/\W+/g, '-')}.xlsx`;
    const run = runCliJson(['check', await reportWorkbook(file, change), '--lang', 'sv']);
    expect(run.status).toBe(1);
    const entry = fileEntry(run.report, file);
    expect(tableFindings(entry)).toEqual(expected);
    const table = entry.tables.find((t) => t.sheet === change.sheet)!;
    expect(table.findings[0]).toMatchObject({ severity: 'error', row: Number(expected[0].split(' ')[0].slice(1)) });
  });

  it('a share shown with one decimal by its format: the exact figure within half a unit is right', async () => {
    // 5 438 / 29 752 = 18,277 %: shown 18,3 %.
    const run = runCliJson(['check', await reportWorkbook('avrundning.xlsx', { sheet: 'Besök', row: 3, column: 8, value: 0.183 }), '--lang', 'sv']);
    expect(run.status).toBe(0);
  });
});

describe('a volume table and a production table on one sheet', () => {
  it('are each checked once, as what they are', async () => {
    const rows: Row[] = [
      [null, 'uppdrag', 'bas', 'tillägg'],
      ['BUP', 760, 516, 244],
      ['VUP', 1200, 1000, 200],
      ['Totalsumma', 1961, 1516, 444],
      [],
      [],
      ...(visitsTable() as Row[]),
    ];
    const run = runCliJson(['check', await writeWorkbook(dir, 'blandat.xlsx', { Blad1: rows }), '--lang', 'sv']);
    const entry = fileEntry(run.report, 'blandat.xlsx');
    expect(entry.tables.map((t) => [t.kind, t.range])).toEqual([
      ['volumes', 'A1:D4'],
      ['production', 'A7:H14'],
    ]);
    expect(tableFindings(entry)).toEqual(['B4 total-mismatch']);
  });
});
