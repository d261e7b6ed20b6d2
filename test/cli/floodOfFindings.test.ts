/**
 * `malkoll check` as a process on a volume table with 130 000 rows that do not add up (issue 23): the
 * readable report lists a few hundred findings of the table and counts the rest, --json keeps every one,
 * and the other files of the batch are still checked (the report once overflowed the call stack, exit 4,
 * the batch unchecked).
 */
import { writeFileSync } from 'fs';
import path from 'path';
import { sheetXml, workbookParts, zipParts, type TestCell } from '../support/xlsxParts';
import { assertCliBuilt, ROOT, runCli, runCliJson, tempDir } from './support';

jest.setTimeout(180_000);

const ROWS = 130_000;
const SAMPLE = path.join(ROOT, 'samples', 'malkoll-exempel.xlsx');
let flood: string;

beforeAll(() => {
  assertCliBuilt();
  // Every row's uppdrag one more than bas + tillägg; no totals row, so the findings are the rows'.
  const rows: TestCell[][] = [[null, 'uppdrag', 'bas', 'tillägg']];
  for (let i = 0; i < ROWS; i += 1) rows.push([`Mottagning ${i + 1}`, 151 + (i % 50), 100 + (i % 50), 50]);
  flood = path.join(tempDir(), 'flod.xlsx');
  writeFileSync(flood, zipParts(workbookParts([{ name: 'Volymer', xml: sheetXml(rows) }])));
});

describe('a volume table with 130 000 rows that do not add up, then the sample workbook', () => {
  it('lists a few hundred findings of the table in the readable report, counts the rest, and checks the next file', () => {
    const run = runCli(['check', flood, SAMPLE, '--lang', 'sv']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const findingLines = run.stdout.split('\n').filter((l) => /^\s+Volymer!B\d+\s+fel\s+sum-mismatch/.test(l));
    expect(findingLines.length).toBeGreaterThanOrEqual(100);
    expect(findingLines.length).toBeLessThanOrEqual(500);
    expect(findingLines[0]).toMatch(/^\s+Volymer!B2\s/);
    expect(run.stdout).toContain(`… och ${(ROWS - findingLines.length).toLocaleString('sv-SE').replace(/\s/g, ' ')} till (alla finns i --json)`);
    expect(run.stdout).toContain('Summering: 130 000 fel, 0 varningar, 0 mål ej uppfyllda.');
    // The sample, after it, as always.
    expect(run.stdout).toContain('malkoll-exempel.xlsx');
    expect(run.stdout).toContain('Summering: 0 fel, 1 varning, 13 mål ej uppfyllda.');
    expect(run.stdout).toContain('Totalt 2 filer: 130 000 fel, 1 varning, 13 mål ej uppfyllda.');
  });

  it('keeps every finding in --json', () => {
    const { report, status } = runCliJson(['check', flood, SAMPLE, '--lang', 'en']);
    expect(report.files.map((f) => f.error?.code ?? 'ok')).toEqual(['ok', 'ok']);
    expect(report.files[0].tables[0].findings).toHaveLength(ROWS);
    expect(report.files[0].summary.errors).toBe(ROWS);
    expect(status).toBe(1);
  });
});
