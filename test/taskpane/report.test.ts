import { createReport, reportLayout, type ReportInput } from '../../src/taskpane/excel';
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
  it('writes a new sheet with title, lines and the findings as a table with a bold header, in one sync', async () => {
    const fake = installFake({ sheets: [{ name: 'Volymer 2025', rows: seedVolumeRows() }] });
    expect(await createReport(input)).toEqual({ ok: true, value: { sheetName: 'Kontroll 2026-11-23 14.05' } });
    expect(fake.log.syncs).toBe(1);

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
    expect(fake.log.autofits).toEqual(["'Kontroll 2026-11-23 14.05'!A1:F7"]);
    // The checked sheet is untouched.
    expect(snap.sheets[0].tables).toEqual([]);
  });

  it('adds a native bar chart of the fulfilment values beside the findings', async () => {
    const fake = installFake({ sheets: [{ name: 'Volymer 2025', rows: seedVolumeRows() }] });
    const withChart: ReportInput = {
      ...input,
      chart: {
        title: 'Måluppfyllelse per specialitet',
        headers: ['Specialitet', 'Måluppfyllelse'],
        rows: [['Allmän kirurgi', 0.864], ['Ortopedi', 1.02]],
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
    expect(fake.log.syncs).toBe(1);
  });

  it('writes text that starts like a formula as text, and an empty findings table with one blank row', async () => {
    const fake = installFake({ sheets: [{ name: 'Blad1', rows: [[1]] }] });
    await createReport({ ...input, sheetName: 'R', rows: [], lines: [['Tabell', '=A1']] });
    expect(fake.sheetValues('R', 'B2')).toEqual([["'=A1"]]);
    expect(fake.snapshot().sheets[1].tables[0].range).toBe('A4:F5');
  });

  it('reports Excel\'s refusal of a sheet name that exists', async () => {
    installFake({ sheets: [{ name: 'Kontroll 2026-11-23 14.05' }] });
    expect(await createReport(input)).toEqual({ ok: false, message: { key: 'pane.error.excel', params: { code: 'ItemAlreadyExists' } } });
  });
});
