/**
 * `malkoll check` on indicator sheets (seed 000's indicators and targets, constructed outcomes) and on the
 * sample workbook. The expected statuses are worked out by hand from the TARGET_MET rules of docs/functions.md.
 */
import path from 'path';
import { assertCliBuilt, fileEntry, ROOT, runCli, runCliJson, tableFindings, tempDir, writeWorkbook } from './support';
import type { JsonIndicator } from '../../src/cli/reportSchema';
import {
  EXPECTED_INTERIM,
  EXPECTED_INTERIM_DEVELOPMENT,
  EXPECTED_PLAN,
  INTERIM_FINDINGS,
  INTERIM_REPORT_ROWS,
  INTERIM_TABLES,
  PLAN_FINDINGS,
  PLAN_ROWS,
  PLAN_TABLES,
  interimReportWithReference,
} from '../fixtures/regionLayouts';

// Each test runs the CLI as a process (Node start and ExcelJS load included); a loaded machine needs time.
jest.setTimeout(60_000);

let dir: string;

beforeAll(() => {
  assertCliBuilt();
  dir = tempDir();
});

describe('an indicator sheet', () => {
  let run: ReturnType<typeof runCliJson>;

  beforeAll(async () => {
    const file = await writeWorkbook(dir, 'indikatorer.xlsx', {
      Indikatorer: [
        ['Indikatorer delår augusti 2025'],
        [],
        ['Indikator/Uppföljning', 'Målvärde', 'Utfall', 'Jämförelsevärde'],
        ['Beläggningsgrad, somatisk vård', '≤ 90 %', 0.934, 0.951],
        ['Beläggningsgrad, psykiatrisk vård', '≤ 90 %', 0.872, 0.889],
        ['Oplanerade återinläggningar inom 30 dagar 65 år och äldre', '≤ 8,5%', 0.079, 0.083],
        ['Vårdgaranti första besök, måluppfyllelse', '100%', 0.78, 0.74],
        ['Andel Prio 1A som nås inom 20 minuter', '≥90 % inom 20 minuter (regionalt mål)', 0.874, null],
        ['Egenmonitorering, antal patienter', 'Ska öka', 286, 301],
        ['Öppenvårdsbesök, totalt antal', 'Ska öka', 10412, 9876],
        ['Medelvårdtid på sjukhus', null, 4.6, 4.8],
        ['Förstärkt IVA-vård i förvaltningens beredskapsplan Ja/Nej', 'Ja', 'Ja', null],
        ['Kostnader för inhyrd personal, andel av total personalkostnad', 'SKR-mål max 2% av personalkostnaden', 0.024, 0.017],
      ],
    });
    run = runCliJson(['check', file, '--lang', 'sv']);
  });

  it('finds the table below its title and evaluates every row', () => {
    const [table] = fileEntry(run.report, 'indikatorer.xlsx').tables;
    expect(table).toMatchObject({ sheet: 'Indikatorer', kind: 'indicators', range: 'A3:D13' });
    if (table.kind !== 'indicators') throw new Error('not an indicator table');
    const statuses = Object.fromEntries(table.indicators.map((i) => [i.row, i.status]));
    expect(statuses).toEqual({
      4: 'missed', // 93,4 % is above ≤ 90 %
      5: 'met', // 87,2 % ≤ 90 %
      6: 'met', // 7,9 % ≤ 8,5 %
      7: 'missed', // a bare 100 % means at least 100 %
      8: 'missed', // 87,4 % < 90 %; "inom 20 minuter (regionalt mål)" is context
      9: 'missed', // "Ska öka": 286 is not above the reference 301
      10: 'met', // 10 412 > 9 876
      11: 'not-assessable', // no target
      12: 'met', // Ja = Ja
      13: 'missed', // "max 2%": 2,4 % is above
    });
  });

  it('gives each indicator its row, texts, outcome and reason, as docs/cli.md shows', () => {
    const [table] = fileEntry(run.report, 'indikatorer.xlsx').tables;
    if (table.kind !== 'indicators') throw new Error('not an indicator table');
    const row4 = table.indicators.find((i) => i.row === 4) as JsonIndicator;
    expect(row4).toMatchObject({ indicator: 'Beläggningsgrad, somatisk vård', target: '≤ 90 %', outcome: 0.934, status: 'missed' });
    expect(row4.reason).toContain('93,4 %');
    expect(row4.reason).toContain('90 %');
    expect(table.indicators.find((i) => i.row === 12)).toMatchObject({ target: 'Ja', outcome: 'Ja', status: 'met' });
    for (const i of table.indicators) expect(i.reason).not.toMatch(/\{\w+\}|^targets?\./);
  });

  it('flags every missed target at its outcome cell and the indicator without a target at its target cell, as warnings: exit 0', () => {
    const entry = fileEntry(run.report, 'indikatorer.xlsx');
    expect(tableFindings(entry)).toEqual([
      'C4 target-missed',
      'C7 target-missed',
      'C8 target-missed',
      'C9 target-missed',
      'B11 target-missing',
      'C13 target-missed',
    ]);
    expect(entry.tables[0].findings.every((f) => f.severity === 'warning')).toBe(true);
    // Missed targets are counted as missed, not again as warnings; the indicator without a target is one.
    expect(run.report.summary).toEqual({ errors: 0, warnings: 1, missed: 5, unreadable: 0 });
    expect(run.status).toBe(0);
  });
});

describe('an indicator without its outcome', () => {
  it('is an error (outcome-missing) and exits 1; an outcome of 93 against a percentage target is a percent-scale warning', async () => {
    const file = await writeWorkbook(dir, 'indikatorer-fel.xlsx', {
      Uppföljning: [
        ['Indikator', 'Målvärde', 'Utfall'],
        ['Beläggningsgrad, somatisk vård', '≤ 90 %', null],
        ['Vårdgaranti första besök, måluppfyllelse', '100%', 78],
      ],
    });
    const run = runCliJson(['check', file]);
    expect(run.status).toBe(1);
    const findings = tableFindings(fileEntry(run.report, 'indikatorer-fel.xlsx'));
    expect(findings).toContain('C2 outcome-missing');
    expect(findings).toContain('C3 percent-scale');
    expect(run.report.files[0].tables[0].findings.find((f) => f.code === 'outcome-missing')?.severity).toBe('error');
  });
});

describe('the sample workbook', () => {
  const sample = path.join(ROOT, 'samples', 'malkoll-exempel.xlsx');

  it('has a clean volume table and flags the missed indicators, exit 0', () => {
    const run = runCliJson(['check', sample, '--lang', 'en']);
    expect(run.status).toBe(0);
    const [volumes, indicators] = run.report.files[0].tables;
    expect(volumes).toEqual({ sheet: 'Volymer 2025', range: 'A1:E61', kind: 'volumes', findings: [] });
    if (indicators.kind !== 'indicators') throw new Error('not an indicator table');
    expect(indicators.range).toBe('A4:F30');
    const rows = (status: string): number[] => indicators.indicators.filter((i) => i.status === status).map((i) => i.row);
    // samples/make-sample.js: the indicator rows start in row 5; see its INDICATORS for each figure.
    expect(rows('missed')).toEqual([5, 8, 10, 13, 14, 20, 22, 23, 24, 25, 26, 27, 28]);
    expect(rows('not-assessable')).toEqual([17, 30]);
    expect(rows('met')).toEqual([6, 7, 9, 11, 15, 16, 18, 19, 21, 29]);
    expect(run.report.summary).toEqual({ errors: 0, warnings: 1, missed: 13, unreadable: 0 });
  });

  it('reads as the README shows it', () => {
    const run = runCli(['check', 'samples/malkoll-exempel.xlsx', '--lang', 'sv']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("'Volymer 2025'!A1:E61  volymtabell\n    Inga avvikelser.");
    expect(run.stdout).toContain('Indikatorer: 10 uppfyllda, 13 ej uppfyllda, 2 ej bedömbara.');
    expect(run.stdout).toMatch(/rad 14 +ej uppfyllt +Beläggningsgrad, somatisk vård: utfall 93,4 % mot mål ≤ 90 %/);
    expect(run.stdout).toContain('Totalt 1 fil: 0 fel, 1 varning, 13 mål ej uppfyllda.');
  });
});

describe('indicator tables as two regions lay them out (test/fixtures/regionLayouts)', () => {
  let run: ReturnType<typeof runCliJson>;

  beforeAll(async () => {
    const file = await writeWorkbook(dir, 'regioner.xlsx', { Delår: INTERIM_REPORT_ROWS, 'Plan 2025': PLAN_ROWS });
    run = runCliJson(['check', file, '--lang', 'sv']);
  });

  it.each([
    ['Delår', INTERIM_TABLES, EXPECTED_INTERIM, INTERIM_FINDINGS],
    ['Plan 2025', PLAN_TABLES, EXPECTED_PLAN, PLAN_FINDINGS],
  ])('%s: table by table, the same verdicts and findings as the core and the sheet', (sheet, ranges, expected, findings) => {
    const tables = fileEntry(run.report, 'regioner.xlsx').tables.filter((t) => t.sheet === sheet);
    expect(tables.map((t) => `${t.kind} ${t.range}`)).toEqual(ranges.map((r) => `indicators ${r}`));
    const statuses = Object.fromEntries(tables.flatMap((t) => (t.kind === 'indicators' ? t.indicators.map((i) => [i.row, i.status]) : [])));
    expect(statuses).toEqual(Object.fromEntries(Object.entries(expected).map(([row, s]) => [Number(row), s])));
    expect(tables.flatMap((t) => t.findings.map((f) => `${f.cell} ${f.code}`))).toEqual(findings);
  });

  it('says where a bare target’s direction came from, names each group, and flags the indicators without a target', () => {
    const indicators = fileEntry(run.report, 'regioner.xlsx').tables.flatMap((t) => (t.kind === 'indicators' ? t.indicators : []));
    const plan = fileEntry(run.report, 'regioner.xlsx').tables.filter((t) => t.sheet === 'Plan 2025');
    const reasonOf = (sheet: string, row: number) =>
      fileEntry(run.report, 'regioner.xlsx')
        .tables.filter((t) => t.sheet === sheet)
        .flatMap((t) => (t.kind === 'indicators' ? t.indicators : []))
        .find((i) => i.row === row)!
        .reason.replace(/\u00a0/g, ' ');
    expect(reasonOf('Plan 2025', 11)).toBe('utfall 2,1 mot mål ≤ 2,5 (lägre är bättre, utläst ur ”Överbeläggningar per 100 disponibla vårdplatser”)');
    expect(reasonOf('Delår', 16)).toBe('M 53 % och K 53 % mot mål ≥ 90 % (högre är bättre, utläst ur ”Andel opererade inom vårdgarantin”)');
    expect(indicators.every((i) => !/\{\w+\}/.test(i.reason))).toBe(true);
    const missing = plan.flatMap((t) => t.findings).find((f) => f.code === 'target-missing')!;
    expect(missing).toMatchObject({ cell: 'B15', severity: 'warning', message: 'Utlokaliserade patienter per dag: har ett utfall men saknar målvärde' });
    // One real missing outcome ("Bearbetas") is the only error: exit 1.
    expect(run.report.summary).toMatchObject({ errors: 1, warnings: 2, missed: 13 });
    expect(run.status).toBe(1);
  });

  it('prints them readably', () => {
    const text = runCli(['check', path.join(dir, 'regioner.xlsx'), '--lang', 'sv']).stdout;
    expect(text).toContain("'Plan 2025'!A10:E16  indikatortabell");
    expect(text).toMatch(/'Plan 2025'!B15 +varning +target-missing +Utlokaliserade patienter per dag: har ett utfall men saknar målvärde/);
    expect(text).toMatch(/rad 13 +ej uppfyllt +Överbeläggningar per 100 disponibla vårdplatser: utfall 3,1 mot mål ≤ 2,5 \(lägre är bättre/);
  });
});

describe('--tolerance and development', () => {
  let file: string;
  beforeAll(async () => {
    file = await writeWorkbook(dir, 'delar.xlsx', { Delår: interimReportWithReference() });
  });

  it('marks the near misses partly met, says the band, and gives each indicator its development', () => {
    const run = runCliJson(['check', file, '--lang', 'sv', '--tolerance', '10%']);
    expect(run.report.settings).toEqual({ tolerance: 0.1 });
    const indicators = fileEntry(run.report, 'delar.xlsx').tables.flatMap((t) => (t.kind === 'indicators' ? t.indicators : []));
    const byRow = Object.fromEntries(indicators.map((i) => [i.row, i]));
    expect(byRow[5]).toMatchObject({ status: 'partly', development: 'better' });
    expect(byRow[5].reason).toContain('delvis uppfyllt: högst 10\u00a0% från målvärdet'.replace(/\u00a0/g, ' '));
    expect(byRow[15]).toMatchObject({ status: 'partly', development: 'worse' });
    expect(byRow[8]).toMatchObject({
      status: 'met',
      development: 'mixed',
      developmentByGroup: [
        { group: 'M', development: 'better' },
        { group: 'K', development: 'worse' },
      ],
    });
    const developments = Object.fromEntries(indicators.filter((i) => i.development).map((i) => [i.row, i.development]));
    expect(developments).toEqual(EXPECTED_INTERIM_DEVELOPMENT);
  });

  it('without a tolerance nothing is partly met; the readable report counts the partly met with the band', () => {
    const plain = runCliJson(['check', file]);
    expect(plain.report.settings).toBeUndefined();
    const statuses = fileEntry(plain.report, 'delar.xlsx').tables.flatMap((t) => (t.kind === 'indicators' ? t.indicators.map((i) => i.status) : []));
    expect(statuses).not.toContain('partly');
    const text = runCli(['check', file, '--lang', 'sv', '--tolerance=0,1']).stdout;
    expect(text).toContain('Indikatorer: 2 uppfyllda, 1 delvis uppfyllt (högst 10 % från målvärdet), 1 ej uppfyllt, 0 ej bedömbara.');
    expect(text).toMatch(/rad 5 +delvis uppfyllt +Andel som väntat 90 dagar eller kortare på första besök: .* \(utveckling: bättre\)/);
  });

  it('refuses a tolerance that is no share', () => {
    const run = runCli(['check', file, '--tolerance', 'mycket']);
    expect(run.status).toBe(3); // the command used wrongly
    expect(run.stderr).toContain('--tolerance');
  });
});
