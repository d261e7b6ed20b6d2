import { assignedRows, assignmentOneSheet, assignmentSheets, expectedTotal, HOSPITALS, submission, unknownSubmission } from '../../../test/fixtures/round';
import { cleanRound, settled, workbookOf } from '../../../test/fixtures/roundWorkbooks';
import { settleRound } from '.';

const codes = HOSPITALS.map((h) => h.code);

describe('settleRound on seed 000’s five hospitals', () => {
  it('settles each hospital to the krona by the stated rules, matching files, sheets and prefixes in every layout', () => {
    const s = settled({ ...cleanRound(8) });
    expect(s.month).toBe(8);
    expect(s.monthFrom).toBe('headers');
    expect(s.findings).toEqual([]);
    expect(s.files).toEqual([]);
    expect(s.hospitals.map((h) => [h.hospital, h.status, h.file])).toEqual([
      ['SU', 'settled', 'inlamning-1.xlsx'],
      ['SV', 'settled', 'SV augusti.xlsx'],
      ['NU-sjukvården', 'settled', 'nu.xlsx'],
      ['SKAS', 'settled', 'SKAS_2025.xlsx'],
      ['Södra Älvsborgs Sjukhus', 'settled', 'sås.xlsx'],
    ]);
    for (const [i, h] of HOSPITALS.entries()) {
      expect([h.code, s.hospitals[i].totals.reimbursement]).toEqual([h.code, expectedTotal(h, 8)]);
      expect(s.hospitals[i].findings).toEqual([]);
      expect(s.hospitals[i].rows).toHaveLength(assignedRows(h).length);
    }
    // The contract's example row: SV Hud, 3 900 performed by August.
    const hud = s.hospitals[1].rows.find((r) => r.specialty === 'Hud');
    expect(hud).toMatchObject({
      uppdrag: 5500,
      bas: 3858,
      tillagg: 1642,
      performed: 3900,
      priceKind: 'besök',
      price: 2449,
      reimbursement: 2680839,
      toSettle: 2680839,
    });
    expect(hud?.planToDate).toBeCloseTo(3666.67, 2);
    expect(hud?.fulfilment).toBeCloseTo(1.0636, 4);
    expect(hud?.additional).toBeCloseTo(1094.67, 2);
  });

  it('reads the same assignment laid out as one sheet of prefixed tables', () => {
    const a = settled(cleanRound(8));
    const b = settled(cleanRound(8, assignmentOneSheet()));
    expect(b.hospitals.map((h) => h.hospital)).toEqual(codes);
    expect(b.hospitals.map((h) => h.totals.reimbursement)).toEqual(a.hospitals.map((h) => h.totals.reimbursement));
    expect(b.hospitals.every((h) => h.status === 'settled')).toBe(true);
  });

  it('pays annually what is above the whole year’s base, and names the month it could not read', () => {
    const round = cleanRound(8);
    const s = settled({ ...round, rule: 'annual' });
    expect(s.hospitals.map((h) => h.totals.reimbursement)).toEqual(HOSPITALS.map((h) => expectedTotal(h, 8, 'annual')));
    const noMonth = settleRound({ assignment: round.assignment, submissions: [unknownSubmission()].map((x) => workbookOf(x.file, x.sheets)) });
    expect(noMonth).toEqual({ ok: false, problem: 'no-month', months: [] });
    const april = submission('SU', 4);
    const mixed = settleRound({ assignment: round.assignment, submissions: [...round.submissions, workbookOf(april.file, april.sheets)] });
    expect(mixed).toEqual({ ok: false, problem: 'months-differ', months: [4, 8] });
  });

  it('finds every finding of the round at its file, sheet and cell', () => {
    const plantedSubs = [
      submission('SV', 8, { cells: { C20: 3885 } }),
      submission('SU', 8, { dropRow: { group: 'Förstabe', specialty: 'Kardiologi' } }),
      submission('NU', 8, { addRow: ['Smärta', 100, 80, 20, 90], blankPerformed: { group: 'Förstabe', specialty: 'Urologi' } }),
      submission('SÄS', 8),
      submission('SÄS', 8, {}, 'SÄS kopia.xlsx'),
      unknownSubmission(),
    ];
    const s = settled({ assignment: workbookOf('uppdrag.xlsx', assignmentSheets()), submissions: plantedSubs.map((x) => workbookOf(x.file, x.sheets)) });
    const where = (h: string) =>
      (s.hospitals.find((x) => x.hospital === h || x.names.includes(h))?.findings ?? []).map((f) =>
        [f.code, f.file, f.sheet, f.cell].filter((v) => v !== undefined).join(' '),
      );
    expect(where('SV')).toEqual(['assignment-changed SV augusti.xlsx Volymer 2025 C20']);
    const sv = s.hospitals.find((x) => x.hospital === 'SV');
    expect(sv?.findings[0]).toMatchObject({ assigned: 3858, submitted: 3885, section: 'Somatik', specialty: 'Hud' });
    // The settlement follows the assignment, not the typed bas; SV's own check finds the broken sum, so it is preliminary.
    expect(sv?.totals.reimbursement).toBe(expectedTotal(HOSPITALS[1], 8));
    expect(sv?.status).toBe('preliminary');
    expect(where('SU')).toEqual(['assignment-row-missing inlamning-1.xlsx Sahlgrenska Universitetssjukhus']);
    const nu = where('NU-sjukvården');
    expect(nu).toEqual(['performed-missing nu.xlsx Produktion E34', 'assignment-row-added nu.xlsx Produktion A14']);
    expect(where('SKAS')).toEqual(['hospital-missing']);
    expect(s.hospitals.find((x) => x.hospital === 'SKAS')?.status).toBe('missing');
    const sas = s.hospitals.find((x) => x.names.includes('Södra Älvsborgs Sjukhus'));
    expect(sas?.status).toBe('duplicate');
    expect(sas?.files).toEqual(['sås.xlsx', 'SÄS kopia.xlsx']);
    expect(where('Södra Älvsborgs Sjukhus')).toEqual(['hospital-duplicate']);
    expect(s.files.map((f) => [f.file, f.findings.map((x) => x.code)])).toEqual([['okand.xlsx', ['hospital-unknown']]]);
    // What is not settled pays nothing, and the region is the sum of its hospitals.
    expect(sas?.totals.reimbursement).toBe(0);
    expect(s.region.reimbursement).toBe(s.hospitals.reduce((n, h) => n + h.totals.reimbursement, 0));
    expect(s.region.planToDate).toBeCloseTo(
      s.hospitals.reduce((n, h) => n + h.totals.planToDate, 0),
      6,
    );
    // The region's fulfilment counts only hospitals whose performed volumes are known: SKAS's and SÄS's plans
    // are not counted as nothing performed.
    const known = s.hospitals.filter((h) => h.status === 'settled' || h.status === 'preliminary');
    expect(known.map((h) => h.hospital)).toEqual(['SU', 'SV', 'NU-sjukvården']);
    const plan = known.reduce((n, h) => n + h.totals.planToDate, 0);
    expect(s.region.fulfilment).toBeCloseTo(known.reduce((n, h) => n + h.totals.performed, 0) / plan, 10);
    expect(s.region.fulfilment).toBeGreaterThan(s.region.performed / s.region.planToDate);
  });
});
