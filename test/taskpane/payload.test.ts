/**
 * Excel on the web refuses a response past 5 MB (ResponsePayloadSizeLimitExceeded). Half a million cells
 * of text pass that easily, so reads go in row chunks sized by bytes, and a chunk Excel refuses is halved
 * and read again. The fake measures the JSON of every sync against the same limit, on the web.
 */
import { checkSheet, checkVolumes, type IndicatorTable } from '../../src/core/tables';
import { createReport, markCells, readTable, readWorkbook, removeBlock, writeBlock } from '../../src/taskpane/excel';
import { statusColumnBlock } from '../../src/taskpane/model/blocks';
import type { FakeCellValue } from '../fakes/fake-excel';
import { bigVolumeRows, indicatorRows, installFake, seedVolumeRows } from './workbooks';

/** A volume table of `n` rows with a long comment column beside it (text cells: the bytes that count). */
function commentedRows(n: number, comment: (i: number) => string): FakeCellValue[][] {
  return bigVolumeRows(n).map((row, i) => [...row, i === 0 ? 'Kommentar' : comment(i)]);
}

const note = (length: number) => (i: number) => `Rad ${i}: ${'avstämd mot huvudboken och verksamhetens egen uppföljning '.repeat(40)}`.slice(0, length);
const web = { platform: 'OfficeOnline' as const };

describe("reads past Excel on the web's 5 MB per response", () => {
  it('reads a table of 20 000 commented rows (about 9 MB of JSON) whole, in chunks each under the limit', async () => {
    const rows = commentedRows(20_000, note(300));
    const fake = installFake({ sheets: [{ name: 'Volymer', rows }], office: web });
    const read = await readTable();
    if (!read.ok) throw new Error(JSON.stringify(read.message));
    expect(read.value.grid.cells).toHaveLength(rows.length);
    expect(read.value.grid.cells[12_345]).toEqual(rows[12_345]);
    expect(read.value.grid.cells[rows.length - 1]).toEqual(rows[rows.length - 1]);
    expect(fake.log.maxBytesPerSync).toBeLessThanOrEqual(5_000_000);
    // The sheet and its used range, then a few chunks: a fixed few, not one per row.
    expect(fake.log.syncs).toBeGreaterThan(2);
    expect(fake.log.syncs).toBeLessThanOrEqual(5);
    // The first chunk's measure sized the others: Excel refused none.
    expect(fake.log.refusedSyncs).toBe(0);
    // The check sees the same table it would have seen in one read.
    expect(checkVolumes(read.value.grid).tables[0].findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('halves a chunk Excel refuses and reads it again, when the rows grow long only further down', async () => {
    // The first 15 000 rows have no comment; the last 5 000 have a long one each.
    const rows = commentedRows(20_000, (i) => (i > 15_000 ? note(1000)(i) : ''));
    const fake = installFake({ sheets: [{ name: 'Volymer', rows }], office: web });
    const read = await readTable();
    if (!read.ok) throw new Error(JSON.stringify(read.message));
    expect(read.value.grid.cells).toHaveLength(rows.length);
    expect(read.value.grid.cells[19_000][4]).toBe(rows[19_000][4]);
    expect(read.value.grid.cells[100][4]).toBeNull();
    expect(fake.log.refusedSyncs).toBeGreaterThan(0); // a chunk was refused…
    expect(fake.log.maxBytesPerSync).toBeLessThanOrEqual(5_000_000);
    expect(fake.log.syncs).toBeLessThanOrEqual(9); // …and the rest read in a handful more
  });

  it('keeps an ordinary table in its two syncs', async () => {
    const fake = installFake({ sheets: [{ name: 'Volymer 2025', rows: seedVolumeRows() }], office: web });
    expect(await readTable()).toMatchObject({ ok: true });
    expect(fake.log.syncs).toBe(2);
  });

  it('reads the large table in one sync on desktop Excel, which has no such limit', async () => {
    const rows = commentedRows(20_000, note(300));
    const fake = installFake({ sheets: [{ name: 'Volymer', rows }] });
    const read = await readTable();
    if (!read.ok) throw new Error(JSON.stringify(read.message));
    expect(read.value.grid.cells).toHaveLength(rows.length);
    expect(fake.log.syncs).toBe(2);
  });

  it('halves and reads again wherever Excel refuses, desktop too', async () => {
    const rows = commentedRows(20_000, note(300));
    const fake = installFake({ sheets: [{ name: 'Volymer', rows }], payloadLimit: 3_000_000 });
    const read = await readTable();
    if (!read.ok) throw new Error(JSON.stringify(read.message));
    expect(read.value.grid.cells[rows.length - 1]).toEqual(rows[rows.length - 1]);
    expect(fake.log.refusedSyncs).toBeGreaterThan(0);
  });

  it('reads every sheet of a workbook whose text passes 5 MB together, a chunk at a time', async () => {
    const fake = installFake({
      sheets: [
        { name: 'Volymer', rows: commentedRows(8_000, note(300)) },
        { name: 'Kommentarer', rows: commentedRows(8_000, note(300)) },
        { name: 'Volymer 2025', rows: seedVolumeRows() },
      ],
      office: web,
    });
    const read = await readWorkbook();
    if (!read.ok) throw new Error(JSON.stringify(read.message));
    expect(read.value.sheets.map((s) => [s.sheet, s.grid.cells.length])).toEqual([
      ['Volymer', 8_004],
      ['Kommentarer', 8_004],
      ['Volymer 2025', 61],
    ]);
    expect(read.value.skipped).toEqual([]);
    expect(fake.log.maxBytesPerSync).toBeLessThanOrEqual(5_000_000);
    expect(fake.log.syncs).toBeLessThanOrEqual(6);
  });
});

describe("writes past Excel on the web's 5 MB per request", () => {
  it('marks 12 000 scattered problem cells (12 000 rules) in requests each under the limit', async () => {
    const fake = installFake({ sheets: [{ name: 'Stor', rows: [[1]] }], office: web });
    // Every other row of column A: no two cells make one rectangle.
    const errors = Array.from({ length: 12_000 }, (_, i) => `A${2 * i + 1}`);
    fake.log.syncs = 0;
    const marked = await markCells([{ sheet: 'Stor', errors, warnings: [] }], null);
    expect(marked).toMatchObject({ ok: true, value: { marked: 12_000 } });
    expect(fake.snapshot().sheets[0].conditionalFormats).toHaveLength(12_000);
    expect(fake.log.maxRequestBytesPerSync).toBeLessThanOrEqual(5_000_000);
    expect(fake.log.refusedSyncs).toBe(0);
    // The sheet's id, then one round trip a 4 000 rules, the record with the last: four, not one per rule.
    expect(fake.log.syncs).toBe(4);
  });

  it('writes a report of 25 000 findings (about 7 MB) in requests each under the limit', async () => {
    const fake = installFake({ sheets: [{ name: 'Blad1', rows: [[1]] }], office: web });
    const message =
      'Summan i raden stämmer inte med delarna: uppdrag 11 080 ≠ bas 8 134 + tillägg 2 937, en skillnad på 9 som måste förklaras eller rättas före inlämning.';
    const rows = Array.from({ length: 25_000 }, (_, i) => [`C${i + 2}`, 'Fel', 'sum-mismatch', message, `Rad ${i + 2}`, 'uppdrag']);
    const made = await createReport({
      sheetName: 'Kontroll',
      title: 'Kontrollrapport',
      lines: [['Tabell', 'Blad1!A1:D60']],
      headers: ['Cell', 'Allvarlighet', 'Kod', 'Meddelande', 'Rad', 'Kolumn'],
      rows,
    });
    expect(made).toEqual({ ok: true, value: { sheetName: 'Kontroll' } });
    expect(fake.log.maxRequestBytesPerSync).toBeLessThanOrEqual(5_000_000);
    expect(fake.log.refusedSyncs).toBe(0);
    // The last finding, in the last row: header in row 4 under the title and the one line.
    expect(fake.sheetValues('Kontroll', 'A25004:D25004')).toEqual([['C25001', 'Fel', 'sum-mismatch', message]]);
  });
});

describe("removal past Excel on the web's 5 MB per response", () => {
  it('removes a status column above 60 000 rows of notes in its column (about 9 MB), reading them in chunks', async () => {
    const fake = installFake({ sheets: [{ name: 'Indikatorer', rows: indicatorRows() }], office: { ...web, displayLanguage: 'en-GB' } });
    const read = await readTable();
    if (!read.ok) throw new Error('read failed');
    const table = checkSheet(read.value.grid).tables.find((t): t is IndicatorTable => t.kind === 'indicators')!;
    expect((await writeBlock('status-column', statusColumnBlock('Indikatorer', table)!)).ok).toBe(true);
    const note = 'Granskad av controller, se kommentar i ärendet. '.repeat(3);
    for (let r = 20; r < 60_020; r++) fake.setCell('Indikatorer', `F${r}`, `${r}: ${note}`);
    fake.log.refusedSyncs = 0;
    expect(await removeBlock('status-column')).toMatchObject({ ok: true, value: { cleared: 10, kept: 0 } });
    expect(fake.log.maxBytesPerSync).toBeLessThanOrEqual(5_000_000);
    expect(fake.log.refusedSyncs).toBe(0);
    expect(fake.sheetValues('Indikatorer', 'F4')).toEqual([['']]);
    expect(fake.sheetValues('Indikatorer', 'F20')).toEqual([[`20: ${note}`]]);
  });
});
