/**
 * Which sheets a check leaves out as Målkoll's own reports (issue 23): only a sheet the settings list as a
 * report AND whose content is laid out as one, holding no table; every sheet left out is named, and none
 * makes a kind absent. A workbook whose settings list a data sheet as a report is checked in full.
 */
import { EMPTY_CHECKLIST, updateChecklist, workbookVerdict } from '../../src/core/workbook';
import { createReport, readWorkbook } from '../../src/taskpane/excel';
import { REPORTS_KEY } from '../../src/taskpane/excel/records';
import { checkReads } from '../../src/taskpane/model/checkRun';
import type { ReportInput } from '../../src/taskpane/model/reportContent';
import { indicatorRows, installFake, seedVolumeRows } from './workbooks';

const AT = new Date(2026, 10, 23, 14, 5);
const REPORT: ReportInput = {
  sheetName: 'Kontroll 2026-11-23 14.05',
  title: 'Kontrollrapport',
  lines: [
    ['Kontrollerad tabell', "'Volymer 2025'!A1:D61"],
    ['Kontrollerad', '2026-11-23 14:05'],
    ['Sammanfattning', '1 fel måste rättas'],
  ],
  headers: ['Cell', 'Allvarlighet', 'Kod', 'Meddelande', 'Rad', 'Kolumn'],
  rows: [["'Indikatorer'!D12", 'Fel', 'outcome-missing', 'Andel digitala vårdmöten: utfall saknas', 'Andel digitala vårdmöten', 'Utfall']],
};

/** The whole workbook read and checked as "Kontrollera hela arbetsboken" does, and the checklist after it. */
async function checkWorkbookOfFake() {
  const read = await readWorkbook();
  if (!read.ok) throw new Error('read failed');
  const run = checkReads(
    'workbook',
    read.value.sheets,
    [],
    AT,
    undefined,
    read.value.skipped.map((s) => s.sheet),
  );
  return { run, checklist: updateChecklist(EMPTY_CHECKLIST, run, true) };
}

describe('Målkoll’s own report sheets in a check of the workbook', () => {
  it('leaves out a report the pane wrote, names it, and lets it make no kind absent', async () => {
    const indicators = indicatorRows();
    indicators[11][3] = 0.06; // the one missing outcome filled in: the indicator table is clean
    installFake({
      sheets: [
        { name: 'Volymer 2025', rows: seedVolumeRows() },
        { name: 'Indikatorer', rows: indicators },
      ],
    });
    expect(await createReport(REPORT)).toMatchObject({ ok: true });
    const { run, checklist } = await checkWorkbookOfFake();
    expect(run.reads.map((r) => r.sheet)).toEqual(['Volymer 2025', 'Indikatorer']);
    expect(run.reportSheets).toEqual(['Kontroll 2026-11-23 14.05']);
    expect(run.notes).toEqual([{ key: 'pane.read.skippedReport', params: { sheet: 'Kontroll 2026-11-23 14.05' } }]);
    // Its quoting of "Utfall" beside an indicator's name is no table that came close: no error from it.
    expect(run.check.summary.errors).toBe(0);
    expect(workbookVerdict(checklist)).toEqual({ kind: 'ready' });
  });

  it('checks a data sheet the settings claim is a report, and finds its error: never ready', async () => {
    // The settings (part of the file, anyone may write them) list the indicator sheet ({sheet-2}) as a report.
    installFake({
      sheets: [
        { name: 'Volymer 2025', rows: seedVolumeRows() },
        { name: 'Indikatorer', rows: indicatorRows() },
      ],
      settings: { [REPORTS_KEY]: JSON.stringify({ sheetIds: ['{sheet-2}'] }) },
    });
    const { run, checklist } = await checkWorkbookOfFake();
    expect(run.reportSheets).toEqual([]);
    expect(run.reads.map((r) => r.sheet)).toEqual(['Volymer 2025', 'Indikatorer']);
    expect(run.check.summary.errors).toBe(1);
    expect(workbookVerdict(checklist)).toEqual({ kind: 'errors', count: 1 });
  });

  it('leaves out a report it recognises, which holds no table: it keeps no kind from being absent', async () => {
    installFake({ sheets: [{ name: 'Volymer 2025', rows: seedVolumeRows() }] });
    expect(await createReport(REPORT)).toMatchObject({ ok: true });
    const { run, checklist } = await checkWorkbookOfFake();
    expect(run.reportSheets).toEqual(['Kontroll 2026-11-23 14.05']);
    expect(run.unread).toEqual([]);
    expect(checklist.absent).toEqual(['indicators']);
  });

  it('never calls a kind absent when a sheet was not read', () => {
    const read = { grid: { cells: seedVolumeRows(), top: 1, left: 1 }, sheet: 'Volymer 2025', range: 'A1:D61', address: "'Volymer 2025'!A1:D61" };
    const run = checkReads('workbook', [read], [], new Date(), undefined, ['Export']);
    expect(run.unread).toEqual(['Export']);
    expect(updateChecklist(EMPTY_CHECKLIST, run, true).absent).toEqual([]);
  });
});
