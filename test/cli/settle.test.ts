/**
 * `malkoll settle` as a process, on seed 000's round: the five hospitals' submissions in their own layouts
 * (test/fixtures/round.ts), written as .xlsx files; the settlement to the krona by the stated rules, every
 * finding of the round planted and found at its cell, the settlement workbook read back as April's.
 */
import { mkdirSync, readFileSync } from 'fs';
import path from 'path';
import { readWorkbookBytes } from '../../src/xlsx/readWorkbookBytes';
import { settleReportSchema, type SettleReport } from '../../src/cli/settleSchema';
import {
  assignedRows,
  assignmentSheets,
  expectedReimbursement,
  expectedTotal,
  HOSPITALS,
  performed,
  submission,
  unknownSubmission,
  type Submission,
} from '../fixtures/round';
import { assertCliBuilt, runCli, tempDir, writeWorkbook } from './support';

jest.setTimeout(120_000);

const dir = tempDir();
const write = (s: Submission) => writeWorkbook(dir, s.file, s.sheets);

function json(args: string[]): { status: number | null; report: SettleReport; stderr: string } {
  const run = runCli(['settle', ...args, '--json']);
  let parsed: unknown;
  try {
    parsed = JSON.parse(run.stdout);
  } catch {
    throw new Error(`not JSON:\n${run.stdout}\n${run.stderr}`);
  }
  return { status: run.status, report: settleReportSchema.parse(parsed), stderr: run.stderr };
}

describe('malkoll settle', () => {
  let assignment: string;
  const month = (m: number) => path.join(dir, `m${m}`);

  beforeAll(async () => {
    assertCliBuilt();
    assignment = await writeWorkbook(dir, 'uppdrag.xlsx', assignmentSheets());
    for (const m of [4, 8]) {
      mkdirSync(month(m));
      for (const h of HOSPITALS) {
        const s = submission(h.code, m);
        await writeWorkbook(month(m), s.file, s.sheets);
      }
    }
  });

  it('settles the five hospitals to the krona, April then August with April’s workbook as the earlier settlement', async () => {
    const april = json(['--assignment', assignment, '--out', path.join(dir, 'april.xlsx'), path.join(month(4), '*.xlsx')]);
    expect(april.stderr).toBe('');
    expect(april.status).toBe(0);
    expect(april.report).toMatchObject({ month: 4, monthFrom: 'headers', rule: 'pro-rata' });
    expect(april.report.hospitals.map((h) => [h.hospital, h.status, h.totals.reimbursement])).toEqual(
      HOSPITALS.map((h) => [h.code === 'NU' || h.code === 'SÄS' ? h.name : h.code, 'settled', expectedTotal(h, 4)]),
    );

    const august = json([
      '--assignment',
      assignment,
      '--previous',
      path.join(dir, 'april.xlsx'),
      '--out',
      path.join(dir, 'augusti.xlsx'),
      path.join(month(8), '*.xlsx'),
    ]);
    expect(august.status).toBe(0);
    expect(august.report.previous).toEqual({ file: path.join(dir, 'april.xlsx'), month: 4, rule: 'pro-rata' });
    august.report.hospitals.forEach((h, i) => {
      const fixture = HOSPITALS[i];
      expect([h.hospital, h.totals.reimbursement, h.totals.settledBefore, h.totals.toSettle]).toEqual([
        h.hospital,
        expectedTotal(fixture, 8),
        expectedTotal(fixture, 4),
        expectedTotal(fixture, 8) - expectedTotal(fixture, 4),
      ]);
      // Row by row, to the krona.
      const rows = assignedRows(fixture);
      expect(h.rows.map((r) => r.reimbursement)).toEqual(rows.map((r, k) => expectedReimbursement(fixture, r, performed(fixture, r, k, 8), 8, 'pro-rata')));
    });
    expect(august.report.region.reimbursement).toBe(HOSPITALS.reduce((n, h) => n + expectedTotal(h, 8), 0));
    const sv = august.report.hospitals[1].rows.find((r) => r.specialty === 'Hud');
    expect(sv).toMatchObject({
      uppdrag: 5500,
      bas: 3858,
      tillagg: 1642,
      performed: 3900,
      planToDate: 3666.67,
      fulfilment: 1.0636,
      additional: 1094.67,
      priceKind: 'besök',
      price: 2449,
      reimbursement: 2680839,
      cell: 'E20',
    });

    // The workbook is Målkoll's own reader's to read: its overview holds the figures as numbers.
    const read = await readWorkbookBytes(readFileSync(path.join(dir, 'augusti.xlsx')));
    if (!read.ok) throw new Error(read.code);
    const overview = read.grids[0];
    expect(overview.cells[1].slice(0, 3)).toEqual(['Hospital', 'File', 'Status']);
    expect(overview.cells.slice(2, 7).map((r) => r[10])).toEqual(august.report.hospitals.map((h) => h.totals.toSettle));
  });

  it('says the round in words, in English, with the rules it settled by', () => {
    const run = runCli(['settle', '--assignment', assignment, '--month', '8', '--annual', '--lang', 'en', path.join(month(8), '*.xlsx')]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Settlement to the end of August, annual rule (the month as given)');
    expect(run.stdout).toContain('additional volume = min(max(performed − bas, 0), tillägg)');
    expect(run.stdout).toContain('Förstabesök → visit (besök)');
    const region = HOSPITALS.reduce((n, h) => n + expectedTotal(h, 8, 'annual'), 0);
    expect(run.stdout).toContain(`reimbursement to date ${region.toLocaleString('en-GB')} kr`);
    expect(lines.filter((l) => l !== '').pop()).toBe('In all 5 hospitals: 5 settled, 0 preliminary, 0 missing, 0 duplicates; 0 errors, 0 warnings.');
  });

  it('finds every finding of the round planted, at its file, sheet and cell, and exits 1', async () => {
    const planted = path.join(dir, 'planted');
    mkdirSync(planted);
    const files = [
      submission('SV', 8, { cells: { C20: 3885 } }),
      submission('SU', 8, { dropRow: { group: 'Förstabe', specialty: 'Kardiologi' } }),
      submission('NU', 8, { addRow: ['Smärta', 100, 80, 20, 90], blankPerformed: { group: 'Förstabe', specialty: 'Urologi' } }),
      submission('SÄS', 8),
      submission('SÄS', 8, {}, 'SÄS kopia.xlsx'),
      unknownSubmission(),
    ];
    for (const f of files) await writeWorkbook(planted, f.file, f.sheets);
    const run = json(['--assignment', assignment, ...files.map((f) => path.join(planted, f.file))]);
    expect(run.status).toBe(1);
    const found = [
      ...run.report.hospitals.flatMap((h) => h.findings.map((f) => ({ ...f, hospital: h.hospital }))),
      ...run.report.files.flatMap((f) => f.findings.map((x) => ({ ...x, hospital: '' }))),
    ].map((f) => [f.hospital, f.code, f.file ? path.basename(f.file) : '', f.sheet ?? '', f.cell ?? ''].join(' | '));
    expect(found).toEqual([
      'SU | assignment-row-missing | inlamning-1.xlsx | Sahlgrenska Universitetssjukhus | ',
      'SV | assignment-changed | SV augusti.xlsx | Volymer 2025 | C20',
      'NU-sjukvården | performed-missing | nu.xlsx | Produktion | E34',
      'NU-sjukvården | assignment-row-added | nu.xlsx | Produktion | A14',
      'SKAS | hospital-missing |  |  | ',
      'Södra Älvsborgs Sjukhus | hospital-duplicate |  |  | ',
      ' | hospital-unknown | okand.xlsx |  | ',
    ]);
    expect(run.report.hospitals[1].findings[0]).toMatchObject({
      assigned: 3858,
      submitted: 3885,
      section: 'Somatik',
      group: 'Förstabetesök',
      specialty: 'Hud',
    });
    // SV's own check finds its broken sum: settled, but preliminary.
    expect(run.report.hospitals[1].status).toBe('preliminary');
    expect(run.report.hospitals[1].check?.findings.map((f) => `${f.cell} ${f.code}`)).toContain('C20 sum-mismatch');
    expect(run.report.summary).toMatchObject({ hospitals: 5, missing: 1, duplicate: 1, unreadable: 0 });
  });

  it('says what is wrong with how it was used, and what it could not read', async () => {
    const noAssignment = runCli(['settle', path.join(month(8), 'nu.xlsx'), '--lang', 'en']);
    expect(noAssignment.status).toBe(3);
    expect(noAssignment.stderr).toContain('Name the assignment with --assignment');
    const unknown = await write(unknownSubmission());
    const noMonth = runCli(['settle', '--assignment', assignment, unknown, '--lang', 'en']);
    expect(noMonth.status).toBe(3);
    expect(noMonth.stderr).toContain('give --month 1–12');
    const overwrite = runCli(['settle', '--assignment', assignment, '--out', assignment, unknown, '--month', '8']);
    expect(overwrite.status).toBe(3);
    const missing = json(['--assignment', assignment, '--month', '8', path.join(month(8), 'nu.xlsx'), path.join(dir, 'saknas.xlsx'), '--lang', 'en']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`malkoll: ${path.join(dir, 'saknas.xlsx')}: no such file.\n`);
    expect(missing.report.files).toEqual([
      { file: path.join(dir, 'saknas.xlsx'), findings: [], error: { code: 'not-found', message: `${path.join(dir, 'saknas.xlsx')}: no such file.` } },
    ]);
    const noAssignmentFile = runCli(['settle', '--assignment', path.join(dir, 'inget.xlsx'), path.join(month(8), 'nu.xlsx')]);
    expect(noAssignmentFile.status).toBe(2);
    expect(noAssignmentFile.stdout).toBe('');
  });
});
