import { asText, createReport, reportLayout } from '../../src/taskpane/excel';
import type { ReportInput } from '../../src/taskpane/model/reportContent';
import { REPORTS_KEY } from '../../src/taskpane/excel/records';
import { installFake, seedVolumeRows } from './workbooks';

const input: ReportInput = {
  sheetName: 'Kontroll 2026-11-23 14.05',
  title: 'Kontrollrapport',
  lines: [
    ['Tabell', "'Volymer 2025'!A1:D61"],
    ['Kontrollerad', '2026-11-23 14:05'],
    ['Sammanfattning', '1 fel måste rättas'],
  ],
  headers: ['Cell', 'Allvarlighet', 'Kod', 'Meddelande', 'Rad', 'Kolumn'],
  rows: [['C36', 'Fel', 'sum-mismatch', 'uppdrag 11 080 ≠ bas 8 134 + tillägg 2 937', 'Ortopedi', 'SV bas']],
};

describe('createReport', () => {
  it('writes a new sheet with title, lines and the findings as a table with a bold header, and remembers it as the report, in two syncs', async () => {
    const fake = installFake({ sheets: [{ name: 'Volymer 2025', rows: seedVolumeRows() }] });
    expect(await createReport(input)).toEqual({ ok: true, value: { sheetName: 'Kontroll 2026-11-23 14.05' } });
    // The report, then the record that it is Målkoll's (its id is known only once the sheet exists).
    expect(fake.log.syncs).toBe(2);

    const snap = fake.snapshot();
    expect(snap.active).toBe('Kontroll 2026-11-23 14.05');
    const report = snap.sheets.find((s) => s.name === 'Kontroll 2026-11-23 14.05')!;
    expect(fake.sheetValues('Kontroll 2026-11-23 14.05')).toEqual([
      ['Kontrollrapport', '', '', '', '', ''],
      ['Tabell', "'Volymer 2025'!A1:D61", '', '', '', ''],
      ['Kontrollerad', '2026-11-23 14:05', '', '', '', ''],
      ['Sammanfattning', '1 fel måste rättas', '', '', '', ''],
      ['', '', '', '', '', ''],
      ['Cell', 'Allvarlighet', 'Kod', 'Meddelande', 'Rad', 'Kolumn'],
      ['C36', 'Fel', 'sum-mismatch', 'uppdrag 11 080 ≠ bas 8 134 + tillägg 2 937', 'Ortopedi', 'SV bas'],
    ]);
    expect(report.tables).toEqual([{ name: expect.any(String), range: 'A6:F7', hasHeaders: true }]);
    expect(['A1', 'A6', 'B6', 'F6'].map((c) => report.cells[c].format.bold)).toEqual([true, true, true, true]);
    expect(report.cells.A7.format.bold).toBe(false);
    // Set widths for print (about 730 points, a landscape A4 page), the message column wrapping, not one
    // autofitted to the longest message.
    expect(report.columnWidths).toEqual({ A: 90, B: 60, C: 100, D: 280, E: 120, F: 80 });
    expect(['D6', 'D7'].map((c) => report.cells[c].format.wrapText)).toEqual([true, true]);
    expect(report.cells.C7.format.wrapText).toBe(false);
    expect(report.orientation).toBe('Landscape');
    expect(fake.log.autofits).toEqual([]);
    // The checked sheet is untouched.
    expect(snap.sheets[0].tables).toEqual([]);
    expect(snap.sheets[0].orientation).toBe('Portrait');
  });

  it('keeps the time, a year or a code as the text it is: the cells are Text before the values go in, in the same sync', async () => {
    // Excel reads "2026-11-23 14:05" written into a General cell as a date (46349,59…), "2025" as a number.
    const fake = installFake({ sheets: [{ name: 'Volymer 2025', rows: seedVolumeRows() }] });
    const rows = [['C36', 'Fel', 'sum-mismatch', 'uppdrag 11 080 ≠ bas 8 134 + tillägg 2 937', '2025', '202204']];
    expect(await createReport({ ...input, rows })).toMatchObject({ ok: true });
    expect(fake.log.syncs).toBe(2);
    const values = fake.sheetValues('Kontroll 2026-11-23 14.05');
    expect(values[2][1]).toBe('2026-11-23 14:05');
    expect(values[6].slice(4)).toEqual(['2025', '202204']);
    const report = fake.snapshot().sheets.find((s) => s.name === 'Kontroll 2026-11-23 14.05')!;
    expect(['B3', 'E7', 'F7', 'A6'].map((c) => report.cells[c].format.numberFormat)).toEqual(['@', '@', '@', '@']);
  });

  it('remembers every report it created, and forgets one the user has deleted', async () => {
    const fake = installFake({ sheets: [{ name: 'Volymer 2025', rows: seedVolumeRows() }] });
    await createReport({ ...input, sheetName: 'R1' });
    await createReport({ ...input, sheetName: 'R2' });
    const ids = (names: string[]) => fake.snapshot().sheets.filter((s) => names.includes(s.name)).length;
    expect(ids(['R1', 'R2'])).toBe(2);
    const stored = () => JSON.parse(String(fake.snapshot().settings[REPORTS_KEY])).sheetIds as string[];
    expect(stored()).toHaveLength(2);
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('R1').delete();
      await context.sync();
    });
    await createReport({ ...input, sheetName: 'R3' });
    expect(stored()).toHaveLength(2);
    expect(stored()[0]).not.toBe(stored()[1]);
  });

  it('adds a native bar chart of the fulfilment values beside the findings', async () => {
    const fake = installFake({ sheets: [{ name: 'Volymer 2025', rows: seedVolumeRows() }] });
    const withChart: ReportInput = {
      ...input,
      chart: {
        title: 'Måluppfyllelse per specialitet',
        headers: ['Specialitet', 'Måluppfyllelse'],
        rows: [
          ['Allmän kirurgi', 0.864],
          ['Ortopedi', 1.02],
        ],
        numberFormat: '0%',
      },
    };
    expect(reportLayout(withChart).chartData).toBe('H6:I8');
    await createReport(withChart);
    const report = fake.snapshot().sheets.find((s) => s.name === input.sheetName)!;
    expect(fake.sheetValues(input.sheetName, 'H6:I8')).toEqual([
      ['Specialitet', 'Måluppfyllelse'],
      ['Allmän kirurgi', 0.864],
      ['Ortopedi', 1.02],
    ]);
    expect(report.cells.I7.format.numberFormat).toBe('0%');
    expect(report.charts).toEqual([
      {
        name: expect.any(String),
        type: 'BarClustered',
        source: "'Kontroll 2026-11-23 14.05'!H6:I8",
        seriesBy: 'Columns',
        title: 'Måluppfyllelse per specialitet',
        legend: false,
        position: ['H10', 'N22'],
      },
    ]);
    expect(fake.log.autofits).toEqual(["'Kontroll 2026-11-23 14.05'!H6:I8"]);
    expect(fake.log.syncs).toBe(2);
  });

  it('writes text that starts like a formula as text, and an empty findings table with one blank row', async () => {
    const fake = installFake({ sheets: [{ name: 'Blad1', rows: [[1]] }] });
    await createReport({ ...input, sheetName: 'R', rows: [], lines: [['Tabell', '=A1']] });
    // Text, shown as written (the apostrophe is Excel's text prefix), not a formula.
    expect(fake.sheetValues('R', 'B2')).toEqual([['=A1']]);
    expect(fake.snapshot().sheets[1].cells.B2.formula).toBeNull();
    expect(fake.snapshot().sheets[1].tables[0].range).toBe('A4:F5');
  });

  it('writes a value with its own leading apostrophe or minus as that very text', async () => {
    const fake = installFake({ sheets: [{ name: 'Blad1', rows: [[1]] }] });
    await createReport({ ...input, sheetName: 'R', rows: [['C31', 'Fel', 'sum-mismatch', '-5 % mot plan', "'Volymer 2025'!B30", '']] });
    expect(fake.sheetValues('R', 'C7:E7')).toEqual([['sum-mismatch', '-5 % mot plan', "'Volymer 2025'!B30"]]);
    expect(fake.sheetValues('R', 'B2')).toEqual([["'Volymer 2025'!A1:D61"]]);
    expect(['D7', 'E7', 'B2'].map((c) => fake.snapshot().sheets[1].cells[c].formula)).toEqual([null, null, null]);
  });

  it('keeps a leading apostrophe and a leading minus as text: Excel would swallow the one and read the other as a formula', () => {
    // Excel takes a value's first apostrophe as its text prefix: 'Volymer 2025'!B30 must be written with another.
    expect(asText("'Volymer 2025'!B30")).toBe("''Volymer 2025'!B30");
    expect(asText('-5 % mot plan')).toBe("'-5 % mot plan");
    expect(asText('+46 31 00 00')).toBe("'+46 31 00 00");
    expect(asText('@Målkoll')).toBe("'@Målkoll");
    expect(asText('Volymer 2025')).toBe('Volymer 2025');
    expect(asText(-5)).toBe(-5);
  });

  it("reports Excel's refusal of a sheet name that exists, and remembers nothing", async () => {
    const fake = installFake({ sheets: [{ name: 'Kontroll 2026-11-23 14.05' }] });
    expect(await createReport(input)).toEqual({ ok: false, message: { key: 'pane.error.excel', params: { code: 'ItemAlreadyExists' } } });
    expect(fake.snapshot().settings[REPORTS_KEY]).toBeUndefined();
  });
});
