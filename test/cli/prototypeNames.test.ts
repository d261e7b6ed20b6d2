/**
 * `malkoll check` as a process on a workbook named with Object.prototype's names (test/fixtures/
 * prototypeNames.ts): every sheet, table and finding where it belongs, counted once, and the damaged sheet
 * named `__proto__` an error (issue 23: a plain object keyed by sheet name lost it, and the verdict said ready).
 */
import { writeFileSync } from 'fs';
import path from 'path';
import { prototypeNamesWorkbook } from '../fixtures/prototypeNames';
import { assertCliBuilt, runCli, runCliJson, tempDir } from './support';

let file: string;

beforeAll(() => {
  assertCliBuilt();
  file = path.join(tempDir(), 'prototyp.xlsx');
  writeFileSync(file, prototypeNamesWorkbook());
});

describe('a workbook whose names are __proto__, constructor, hasOwnProperty and toString', () => {
  it('reports every table on its sheet and every finding once, and the unreadable __proto__ sheet as an error', () => {
    const { report, status } = runCliJson(['check', file, '--lang', 'en']);
    const entry = report.files[0];
    expect(entry.error).toBeUndefined();
    expect(entry.tables.map((t) => `${t.sheet} ${t.kind} ${t.range}`)).toEqual([
      'constructor volumes A1:D8',
      'hasOwnProperty indicators A1:C5',
      'toString volumes A1:D61',
    ]);
    expect(entry.findings.map((f) => `${f.sheet} ${f.code}`)).toEqual(['__proto__ sheet-unreadable']);
    const [volumes, indicators, clean] = entry.tables;
    expect(volumes.findings.map((f) => `${f.cell} ${f.code}`)).toEqual(['C4 sum-mismatch', 'A7 duplicate-row', 'C8 total-mismatch']);
    expect(volumes.findings[1].message).toContain('__proto__');
    expect(indicators.kind === 'indicators' && indicators.indicators.map((i) => `${i.indicator} ${i.status}`)).toEqual([
      '__proto__ met',
      'constructor missed',
      'toString not-assessable',
      'hasOwnProperty met',
    ]);
    expect(indicators.findings.map((f) => `${f.cell} ${f.code}`)).toContain('C4 outcome-missing');
    expect(clean.findings).toEqual([]);
    // The sheet, the mistyped figure (and the total it breaks), the duplicate and the missing outcome.
    expect(entry.summary).toEqual({ errors: 4, warnings: 0, missed: 1 });
    expect(status).toBe(1);
  });

  it('names the sheets as written in the readable report', () => {
    const run = runCli(['check', file, '--lang', 'sv']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Bladet ”__proto__” kunde inte läsas och kontrollerades inte');
    expect(run.stdout).toContain('constructor!A1:D8  volymtabell');
    expect(run.stdout).toContain('hasOwnProperty!A1:C5  indikatortabell');
    expect(run.stdout).toContain('Summering: 4 fel, 0 varningar, 1 mål ej uppfyllt.');
  });
});

describe('the same workbook with nothing to fix in its tables', () => {
  it('still has one error: the sheet named __proto__ that cannot be read', () => {
    const clean = path.join(tempDir(), 'prototyp-ren.xlsx');
    writeFileSync(clean, prototypeNamesWorkbook({ onlyTheDamagedSheet: true }));
    const { report, status } = runCliJson(['check', clean, '--lang', 'en']);
    expect(report.files[0].tables.flatMap((t) => t.findings.filter((f) => f.severity === 'error'))).toEqual([]);
    expect(report.files[0].findings.map((f) => `${f.sheet} ${f.code}`)).toEqual(['__proto__ sheet-unreadable']);
    expect(report.files[0].summary).toEqual({ errors: 1, warnings: 0, missed: 1 });
    expect(status).toBe(1);
  });
});
