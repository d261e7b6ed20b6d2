/**
 * The settlement's laws over generated rounds: hospitals of made-up names (no list of VGR's), rows in
 * random groups with random bas, tillägg and performed volumes, any month.
 */
import fc from 'fast-check';
import type { CellValue } from '../types';
import { checkWorkbook } from '../workbook';
import { readPreviousSettlement, roundWorkbook, settleRound, settlementPlan, type PreviousSettlement, type RoundInput, type Settlement } from '.';
import { renderPlan, sheetCells } from '../../settle/renderPlan';
import { settlementWords } from '../../settle/words';

const NAMES = ['Alfa', 'Beta', 'Gamma', 'Delta'];
const GROUPS = ['Förstabesök', 'Behandling', 'Operation/åtgärd'];
const SPECIALTIES = ['Hud', 'Ortopedi', 'Urologi', 'Kardiologi', 'Neurologi', 'Ögon'];

interface GenRow {
  group: string;
  specialty: string;
  bas: number;
  tillagg: number;
}
interface GenHospital {
  name: string;
  rows: GenRow[];
}

const rowArb = fc.record({ group: fc.constantFrom(...GROUPS), specialty: fc.constantFrom(...SPECIALTIES), bas: fc.nat(5000), tillagg: fc.nat(3000) });
const hospitalsArb = fc
  .uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 })
  .chain((names) =>
    fc.tuple(
      ...names.map((name) =>
        fc.uniqueArray(rowArb, { minLength: 1, maxLength: 8, selector: (r) => `${r.group}|${r.specialty}` }).map((rows): GenHospital => ({ name, rows })),
      ),
    ),
  );
/** Performed volumes per hospital and row, from 0 to past the cap. */
const performedArb = (hospitals: GenHospital[]) => fc.tuple(...hospitals.map((h) => fc.tuple(...h.rows.map((r) => fc.nat(r.bas + r.tillagg + 500)))));

/** A volume table's rows from A1: prefixed header, one section, groups sorted so each heads its rows. */
function tableRows(h: GenHospital, performed?: number[], changed?: (r: GenRow) => Partial<GenRow>): CellValue[][] {
  const out: CellValue[][] = [[null, `${h.name} uppdrag`, `${h.name} bas`, `${h.name} tillägg`, ...(performed ? ['Utfört'] : [])], ['Somatik']];
  const order = [...h.rows.keys()].sort((a, b) => GROUPS.indexOf(h.rows[a].group) - GROUPS.indexOf(h.rows[b].group));
  let group = '';
  for (const i of order) {
    const r = h.rows[i];
    if (r.group !== group) out.push([(group = r.group)]);
    const shown = { ...r, ...(changed ? changed(r) : {}) };
    out.push([r.specialty, shown.bas + shown.tillagg, shown.bas, shown.tillagg, ...(performed ? [performed[i]] : [])]);
  }
  return out;
}

const workbook = (file: string, sheets: Record<string, CellValue[][]>) =>
  roundWorkbook(file, checkWorkbook({ grids: Object.entries(sheets).map(([sheet, cells]) => ({ sheet, cells, top: 1, left: 1 })), notes: [] }));

function round(hospitals: GenHospital[], performed: number[][], changed?: (r: GenRow) => Partial<GenRow>): Pick<RoundInput, 'assignment' | 'submissions'> {
  return {
    assignment: workbook('uppdrag.xlsx', Object.fromEntries(hospitals.map((h) => [h.name, tableRows(h)]))),
    submissions: hospitals.map((h, i) => workbook(`${h.name.toLowerCase()}.xlsx`, { Volymer: tableRows(h, performed[i], changed) })),
  };
}

function settle(input: RoundInput): Settlement {
  const outcome = settleRound(input);
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome.settlement;
}

const month = fc.integer({ min: 1, max: 12 });
const PARAMS = { numRuns: 60 };

describe('the settlement’s laws', () => {
  it('the region’s sums are the sums of its hospitals’, and a hospital’s of its rows', () => {
    fc.assert(
      fc.property(
        hospitalsArb.chain((hs) => fc.tuple(fc.constant(hs), performedArb(hs), month)),
        ([hospitals, performed, m]) => {
          const s = settle({ ...round(hospitals, performed), month: m });
          expect(s.hospitals).toHaveLength(hospitals.length);
          for (const key of ['reimbursement', 'toSettle', 'performed', 'settledBefore'] as const) {
            expect(s.region[key]).toBe(s.hospitals.reduce((n, h) => n + h.totals[key], 0));
          }
          expect(s.region.planToDate).toBeCloseTo(
            s.hospitals.reduce((n, h) => n + h.totals.planToDate, 0),
            6,
          );
          for (const h of s.hospitals) {
            expect(h.status).toBe('settled');
            expect(h.totals.reimbursement).toBe(h.rows.reduce((n, r) => n + r.reimbursement, 0));
            for (const r of h.rows) expect(Number.isInteger(r.reimbursement) && r.reimbursement >= 0).toBe(true);
          }
        },
      ),
      PARAMS,
    );
  });

  it('pro rata and annual agree to the krona in December', () => {
    fc.assert(
      fc.property(
        hospitalsArb.chain((hs) => fc.tuple(fc.constant(hs), performedArb(hs))),
        ([hospitals, performed]) => {
          const input = round(hospitals, performed);
          const proRata = settle({ ...input, month: 12 });
          const annual = settle({ ...input, month: 12, rule: 'annual' });
          expect(annual.hospitals.map((h) => h.rows.map((r) => r.reimbursement))).toEqual(proRata.hospitals.map((h) => h.rows.map((r) => r.reimbursement)));
        },
      ),
      PARAMS,
    );
  });

  it('a submitted bas or tillägg that differs from the assignment never changes the settlement', () => {
    fc.assert(
      fc.property(
        hospitalsArb.chain((hs) =>
          fc.tuple(fc.constant(hs), performedArb(hs), month, fc.integer({ min: -400, max: 400 }), fc.integer({ min: -400, max: 400 })),
        ),
        ([hospitals, performed, m, dBas, dTillagg]) => {
          const honest = settle({ ...round(hospitals, performed), month: m });
          const typed = settle({
            ...round(hospitals, performed, (r) => ({ bas: Math.max(0, r.bas + dBas), tillagg: Math.max(0, r.tillagg + dTillagg) })),
            month: m,
          });
          expect(typed.hospitals.map((h) => h.rows.map((r) => [r.bas, r.tillagg, r.reimbursement]))).toEqual(
            honest.hospitals.map((h) => h.rows.map((r) => [r.bas, r.tillagg, r.reimbursement])),
          );
          const changed = typed.hospitals.flatMap((h) => h.findings.filter((f) => f.code === 'assignment-changed'));
          if (dBas !== 0 || dTillagg !== 0) expect(changed.length).toBeGreaterThan(0);
          if (changed.length > 0) expect(typed.hospitals.some((h) => h.status === 'preliminary')).toBe(true);
        },
      ),
      PARAMS,
    );
  });

  it('April then August with April’s workbook read back pays in total what August alone settles', () => {
    fc.assert(
      fc.property(
        hospitalsArb.chain((hs) => fc.tuple(fc.constant(hs), performedArb(hs), performedArb(hs), fc.constantFrom<'sv' | 'en'>('sv', 'en'), fc.boolean())),
        ([hospitals, april, august, locale, annual]) => {
          const rule = annual ? ('annual' as const) : ('pro-rata' as const);
          const aprilSettled = settle({ ...round(hospitals, april), month: 4, rule });
          const previous = readBack(aprilSettled, locale);
          expect(previous.month).toBe(4);
          expect(previous.rule).toBe(rule);
          const withPrevious = settle({ ...round(hospitals, august), month: 8, rule, previous });
          const alone = settle({ ...round(hospitals, august), month: 8, rule });
          expect(withPrevious.findings).toEqual([]);
          withPrevious.hospitals.forEach((h, i) => {
            expect(aprilSettled.hospitals[i].totals.toSettle + h.totals.toSettle).toBe(alone.hospitals[i].totals.toSettle);
            expect(h.totals.settledBefore).toBe(aprilSettled.hospitals[i].totals.reimbursement);
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});

/** The settlement as its workbook holds it, read back as an earlier settlement (the reader's grids, without the zip). */
function readBack(s: Settlement, locale: 'sv' | 'en'): PreviousSettlement {
  const grids = renderPlan(settlementPlan(s), locale).map((sheet) => ({ sheet: sheet.name, cells: sheetCells(sheet) as CellValue[][], top: 1, left: 1 }));
  const previous = readPreviousSettlement(grids, settlementWords(), 'april.xlsx');
  if (!previous) throw new Error('not read back');
  return previous;
}
