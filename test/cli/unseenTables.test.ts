/**
 * `malkoll check` as a process on tables no earlier issue described (issue 21), in the seeds' wording with
 * figures of our own (test/fixtures/contentLayouts, columnTables): indicator columns chosen by what they
 * hold and said so, references named for a period, a section with only a note, sums across columns, a
 * share of the total row, a bridge; and a workbook written the way other programs write them.
 */
import { writeFileSync } from 'fs';
import path from 'path';
import { assertCliBuilt, fileEntry, runCli, runCliJson, tableFindings, tempDir, writeWorkbook, type Row } from './support';
import {
  INTERIM_WITH_REFERENCE_ROWS,
  INTERIM_WITH_REFERENCE_STATUS,
  PLAN_FOLLOW_UP_DEVELOPMENT,
  PLAN_FOLLOW_UP_ROWS,
  PLAN_FOLLOW_UP_STATUS,
} from '../fixtures/contentLayouts';
import { bridgeTable, careColumnsTable, shareOfTotalTable } from '../fixtures/columnTables';
import { formats, type Rows } from '../fixtures/productionTables';
import { sheetXml, stylesXml, with1904, withBackslashes, withStyles, workbookParts, zipParts } from '../support/xlsxParts';

// Each test runs the CLI as a process (Node start and ExcelJS load included); a loaded machine needs time.
jest.setTimeout(60_000);

let dir: string;

beforeAll(() => {
  assertCliBuilt();
  dir = tempDir();
});

const changed = (rows: Rows, address: string, value: number): Rows => {
  const copy = rows.map((r) => r.slice());
  copy[Number(address.slice(1)) - 1][address.charCodeAt(0) - 65] = value;
  return copy;
};

describe('indicator tables whose headings alone mislead (points 1–3)', () => {
  let run: ReturnType<typeof runCliJson>;
  let text: string;

  beforeAll(async () => {
    const file = await writeWorkbook(dir, 'uppfoljning.xlsx', { Uppföljning: PLAN_FOLLOW_UP_ROWS as Row[], Delår: INTERIM_WITH_REFERENCE_ROWS as Row[] });
    run = runCliJson(['check', file, '--lang', 'sv']);
    text = runCli(['check', file, '--lang', 'sv']).stdout;
  });

  it('judges every row against the column of targets and the reference its heading names for a period', () => {
    const entry = fileEntry(run.report, 'uppfoljning.xlsx');
    // The section "6.1.4 Nära vård" with a note under its header is no table and no finding (point 3).
    expect(entry.tables.map((t) => `${t.sheet}!${t.range} ${t.kind}`)).toEqual(['Uppföljning!A3:F10 indicators', 'Delår!A2:G5 indicators']);
    expect(entry.findings).toEqual([]);
    const [plan, interim] = entry.tables;
    if (plan.kind !== 'indicators' || interim.kind !== 'indicators') throw new Error('not indicator tables');
    expect(Object.fromEntries(plan.indicators.map((i) => [i.row, i.status]))).toEqual(PLAN_FOLLOW_UP_STATUS);
    expect(Object.fromEntries(plan.indicators.filter((i) => i.development).map((i) => [i.row, i.development]))).toEqual(PLAN_FOLLOW_UP_DEVELOPMENT);
    expect(Object.fromEntries(interim.indicators.map((i) => [i.row, i.status]))).toEqual(INTERIM_WITH_REFERENCE_STATUS);
    // The target is the column of measurable targets, not the goal statements headed "Mål".
    expect(plan.indicators.find((i) => i.row === 6)).toMatchObject({ target: 'SKR-mål max 2% av personalkostnaden', outcome: 0.017 });
    // The row with a name alone is listed, not dropped.
    expect(plan.indicators.find((i) => i.row === 10)).toMatchObject({ indicator: 'Medelvårdtid på sjukhus', status: 'not-assessable' });
  });

  it('says which column was taken as what, in JSON and in the readable report', () => {
    const [plan, interim] = fileEntry(run.report, 'uppfoljning.xlsx').tables;
    expect(plan).toMatchObject({ columns: expect.stringContaining('mål C ”Målvärde 2025” (cellerna är mätbara mål, inte A ”Mål”)') });
    expect(plan).toMatchObject({ columns: expect.stringContaining('jämförelse E ”Utfall T2 2024”') });
    expect(interim).toMatchObject({ columns: expect.stringContaining('jämförelse E ”Samma period fg år”') });
    expect(text).toContain(`    ${(plan as { columns: string }).columns}\n`);
  });
});

describe('production tables whose arithmetic runs across the columns (point 4)', () => {
  async function workbook(file: string, plant?: { sheet: string; cell: string; value: number }): Promise<string> {
    const tables: Record<string, Rows> = { Besök: careColumnsTable(), Vårdtillfällen: shareOfTotalTable(), Ersättning: bridgeTable() };
    if (plant) tables[plant.sheet] = changed(tables[plant.sheet], plant.cell, plant.value);
    const sheets = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows as Row[]]));
    const fmts = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, formats(rows)]));
    return writeWorkbook(dir, file, sheets, fmts);
  }

  it('clean: every table checked, no finding, exit 0', async () => {
    const run = runCliJson(['check', await workbook('over-kolumner.xlsx'), '--lang', 'sv']);
    expect(run.status).toBe(0);
    const entry = fileEntry(run.report, 'over-kolumner.xlsx');
    expect(entry.tables.map((t) => `${t.sheet}!${t.range} ${t.kind}`)).toEqual([
      'Besök!A1:E6 production',
      'Vårdtillfällen!A1:C6 production',
      'Ersättning!A1:B7 production',
    ]);
    expect(entry.tables.map((t) => (t.kind === 'production' ? t.checks : null))).toEqual([
      { subtotals: 1, columnSums: 1, changes: 0, shares: 0 },
      { subtotals: 1, changes: 0, shares: 1 },
      { subtotals: 1, changes: 0, shares: 0 },
    ]);
    expect(tableFindings(entry)).toEqual([]);
  });

  it.each([
    ['a part of a row’s total, at its cell', 'Besök', 'C3', 6881, ['C3 subtotal-mismatch']],
    ['a row’s total, at its cell', 'Besök', 'E4', 23745, ['E4 subtotal-mismatch']],
    ['a share of the total row, at its cell', 'Vårdtillfällen', 'C3', 0.315, ['C3 share-mismatch']],
    ['a change in the bridge, at the figure its names close on', 'Ersättning', 'B5', 1250, ['B7 subtotal-mismatch']],
  ])('a planted error in %s: exit 1', async (_what, sheet, cell, value, expected) => {
    const run = runCliJson(['check', await workbook(`fel-${sheet}-${cell}.xlsx`, { sheet, cell, value }), '--lang', 'sv']);
    expect(run.status).toBe(1);
    expect(tableFindings(fileEntry(run.report, `fel-${sheet}-${cell}.xlsx`))).toEqual(expected);
  });
});

describe('a workbook another program wrote (point 5)', () => {
  // Monthly visits with the month as a date cell (t="d") or as a date serial of the 1904 system, a text
  // cell of the shared type with no value below, its parts named with backslashes; February's total one
  // visit out.
  const styles = stylesXml([[164, 'yyyy-mm']], [0, 164]);
  const rows = (january: string, february: string): string =>
    sheetXml([
      ['Besök', 'Somatik', 'Psykiatri', 'Totalt'],
      [null, 29752, 1428, 31180],
      [null, 24310, 6818, 31129],
    ])
      .replace('<row r="2">', `<row r="2">${january}`)
      .replace('<row r="3">', `<row r="3">${february}`)
      .replace('</sheetData>', '<row r="4"><c r="A4" t="s"/></row></sheetData>');
  const write = (file: string, bytes: Uint8Array): string => {
    const target = path.join(dir, file);
    writeFileSync(target, bytes);
    return target;
  };

  it('reads it, checks its table and names the wrong row by the month its cell shows, in either date system', () => {
    const isoDates = rows('<c r="A2" t="d"><v>2025-01-31</v></c>', '<c r="A3" t="d"><v>2025-02-28T00:00:00Z</v></c>');
    // 2025-01-31 and 2025-02-28 counted from 1904-01-01: 1 462 days fewer than their 45 688 and 45 716 of the 1900 system.
    const serials1904 = rows('<c r="A2" s="1"><v>44226</v></c>', '<c r="A3" s="1"><v>44254</v></c>');
    const files = [
      write('iso-datum.xlsx', zipParts(withBackslashes(workbookParts([{ name: 'Månader', xml: isoDates }])))),
      write('datum-1904.xlsx', zipParts(withBackslashes(with1904(withStyles(workbookParts([{ name: 'Månader', xml: serials1904 }]), styles))))),
    ];
    const run = runCliJson(['check', ...files, '--lang', 'sv']);
    expect(run.status).toBe(1);
    for (const file of ['iso-datum.xlsx', 'datum-1904.xlsx']) {
      const entry = fileEntry(run.report, file);
      expect(entry.error).toBeUndefined();
      expect(entry.tables.map((t) => `${t.range} ${t.kind}`)).toEqual(['A1:D3 production']);
      // The months are the rows' labels, not figures: the one error is February's total.
      expect(tableFindings(entry)).toEqual(['D3 subtotal-mismatch']);
      expect(entry.tables[0].findings[0].message).toMatch(/^Totalt: ”2025-02(-28)?” anger 31 129, men/);
    }
    // The readable report says the column sum was what was checked.
    expect(runCli(['check', files[1], '--lang', 'sv']).stdout).toContain('Kontrollerat: 0 summarader, 1 summakolumn, 0 förändringskolumner, 0 andelskolumner.');
  });
});
