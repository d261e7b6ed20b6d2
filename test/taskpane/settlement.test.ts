/**
 * The settlement written into the open workbook and removed again, against the fake Excel: seed 000's round
 * (test/fixtures/round.ts) settled by the core, its sheets written beside the assignment's as new sheets, found
 * again after a reopening that lost the settings, and removed leaving the workbook as it was.
 */
import type { CellValue } from '../../src/core';
import { readPreviousSettlement, roundWorkbook, settleRound, settlementPlan } from '../../src/core/settlement';
import { checkWorkbook } from '../../src/core/workbook';
import { renderPlan } from '../../src/settle/renderPlan';
import { settlementWords } from '../../src/settle/words';
import { findSettlement, readOpenAssignment, removeSettlement } from '../../src/taskpane/excel/settlementRemove';
import { writeSettlement } from '../../src/taskpane/excel/settlementWrite';
import { SETTLEMENT_KEY } from '../../src/taskpane/model/settlementSheets';
import type { FakeConfig, FakeExcel } from '../fakes/fake-excel';
import { assignmentSheets } from '../fixtures/round';
import { cleanRound, settled } from '../fixtures/roundWorkbooks';
import { installFake } from './workbooks';

const settlement = settled({ ...cleanRound(8), month: 8 });
const sheets = renderPlan(settlementPlan(settlement, 'Målkoll test'), 'sv');
const NAMES = ['Översikt (2)', 'Rader', 'Avvikelser', 'Indikatorer', 'Regler'];

/** The assignment of seed 000 open in Excel, and a sheet of the controller's own named as the overview would be. */
function workbook(more: Partial<FakeConfig> = {}): FakeConfig {
  const assignment = Object.entries(assignmentSheets()).map(([name, rows]) => ({ name, rows }));
  return { sheets: [...assignment, { name: 'Översikt', rows: [['Mina anteckningar', 12]] }], active: 'Sjukhusen i väster', ...more };
}

/** A sheet's cells as the round's reader takes them ("" blank → null). */
const gridOf = (fake: FakeExcel, sheet: string) => ({
  sheet,
  top: 1,
  left: 1,
  cells: fake.sheetValues(sheet).map((r) => r.map((v) => (v === '' ? null : v)) as CellValue[]),
});

describe('the settlement in the open workbook', () => {
  it("writes the settlement's sheets beside the user's in three syncs, figures to the krona, formatted, frozen and filtered, and remembered twice", async () => {
    const fake = installFake(workbook());
    const written = await writeSettlement(sheets);
    expect(written).toEqual({ ok: true, value: { sheets: NAMES } });
    expect(fake.log.syncs).toBe(3);
    const snap = fake.snapshot();
    expect(snap.sheets.map((s) => s.name).slice(-6)).toEqual(['Översikt', ...NAMES]);
    // The user's sheet of the same name is as it was.
    expect(fake.sheetValues('Översikt')).toEqual([['Mina anteckningar', 12]]);
    expect(snap.active).toBe('Översikt (2)');

    const overview = fake.sheetValues('Översikt (2)');
    expect(overview[0][0]).toBe('Avräkning t.o.m. augusti, proportionell regel');
    for (const h of settlement.hospitals) expect(overview.find((r) => r[0] === h.hospital)?.[8]).toBe(h.totals.reimbursement);
    expect(overview.find((r) => r[0] === 'Regionen')?.[8]).toBe(settlement.region.reimbursement);
    const sheet = snap.sheets.find((s) => s.name === 'Översikt (2)')!;
    expect(sheet.cells.I3.format.numberFormat).toBe('#,##0 "kr"');
    expect(sheet.cells.H3.format.numberFormat).toBe('0.0 %');
    expect(sheet.cells.A3.format.numberFormat).toBe('@');
    expect([sheet.cells.A1.format.bold, sheet.cells.A2.format.bold, sheet.cells.A3.format.bold]).toEqual([true, true, false]);
    expect(sheet.frozenRows).toBe(2);
    expect(sheet.autoFilter).toBe(`A2:K${2 + settlement.hospitals.length}`);
    expect(sheet.columnWidths.A).toBeGreaterThan(100);
    expect(snap.sheets.find((s) => s.name === 'Regler')!.autoFilter).toBeUndefined();

    // Every row of every hospital, to the krona, and Målkoll reads the sheets back as an earlier settlement.
    const rows = fake.sheetValues('Rader');
    expect(rows.length).toBe(2 + settlement.hospitals.reduce((n, h) => n + h.rows.length, 0));
    const previous = readPreviousSettlement(
      NAMES.map((n) => gridOf(fake, n)),
      settlementWords(),
      'arbetsboken',
    );
    expect(previous?.month).toBe(8);
    expect(previous?.rows).toEqual(
      settlement.hospitals.flatMap((h) =>
        h.rows.map((r) => ({ hospital: h.hospital, section: r.section, group: r.group, specialty: r.specialty, reimbursement: r.reimbursement })),
      ),
    );

    // Hidden names over each sheet's cells (found without the settings), and the record in the settings.
    expect(snap.names.filter((n) => n.name.startsWith('Malkoll_avrakning_')).map((n) => [n.name, n.refersTo.split('!')[0], n.visible])).toEqual([
      ['Malkoll_avrakning_overview', "'Översikt (2)'", false],
      ['Malkoll_avrakning_rows', 'Rader', false],
      ['Malkoll_avrakning_findings', 'Avvikelser', false],
      ['Malkoll_avrakning_indicators', 'Indikatorer', false],
      ['Malkoll_avrakning_rules', 'Regler', false],
    ]);
    const record = JSON.parse(String(snap.settings[SETTLEMENT_KEY])) as { sheets: { sheet: string; digest: string }[]; active: { sheet: string } };
    expect(record.sheets.map((s) => s.sheet)).toEqual(NAMES);
    expect(record.sheets.every((s) => /^[0-9a-f]{64}$/.test(s.digest))).toBe(true);
    expect(record.active.sheet).toBe('Sjukhusen i väster');

    // Written once: a second write is refused until the first is removed.
    const again = await writeSettlement(sheets);
    expect(again).toEqual({ ok: false, message: { key: 'settle.pane.already', params: { sheets: NAMES.join(', ') } } });
  });

  it('removes exactly those sheets in one click (three syncs), leaving the workbook as it was', async () => {
    const fake = installFake(workbook());
    const before = fake.snapshot();
    await writeSettlement(sheets);
    const syncs = fake.log.syncs;
    expect(await removeSettlement(false)).toEqual({ ok: true, value: { removed: NAMES } });
    expect(fake.log.syncs - syncs).toBe(3);
    expect(fake.snapshot()).toEqual(before);
    expect(await findSettlement()).toEqual({ ok: true, value: [] });
  });

  it('names a sheet changed since it was written and removes only when told to', async () => {
    const fake = installFake(workbook());
    const before = fake.snapshot();
    await writeSettlement(sheets);
    fake.setCell('Rader', 'N3', 1);
    expect(await removeSettlement(false)).toEqual({ ok: true, value: { edited: ['Rader'], sheets: NAMES } });
    expect(fake.snapshot().sheets.map((s) => s.name)).toContain('Rader');
    expect(await removeSettlement(true)).toEqual({ ok: true, value: { removed: NAMES } });
    expect(fake.snapshot()).toEqual(before);
  });

  it('finds the sheets again after a reopening that renumbered the ids and lost the settings, and after a rename', async () => {
    const fake = installFake(workbook({ active: 'SU' }));
    const before = fake.snapshot();
    await writeSettlement(sheets);
    fake.reopen({ settingsLost: true });
    fake.renameSheet('Avvikelser', 'Att följa upp');
    expect(await findSettlement()).toEqual({ ok: true, value: ['Översikt (2)', 'Rader', 'Att följa upp', 'Indikatorer', 'Regler'] });
    const removed = await removeSettlement(false);
    expect(removed).toEqual({ ok: true, value: { removed: ['Översikt (2)', 'Rader', 'Att följa upp', 'Indikatorer', 'Regler'] } });
    const after = fake.snapshot();
    expect(after.sheets).toEqual(before.sheets);
    expect(after.names).toEqual(before.names);
  });

  it('reads the open workbook as the assignment without the settlement written into it, and settles it to the krona', async () => {
    installFake(workbook());
    await writeSettlement(sheets);
    const read = await readOpenAssignment();
    if (!read.ok) throw new Error(JSON.stringify(read.message));
    expect(read.value.grids.map((g) => g.sheet)).toEqual([...Object.keys(assignmentSheets()), 'Översikt']);
    const outcome = settleRound({
      assignment: roundWorkbook('arbetsboken', checkWorkbook({ grids: read.value.grids, notes: [] })),
      submissions: cleanRound(8).submissions,
      month: 8,
    });
    if (!outcome.ok) throw new Error(outcome.problem);
    expect(outcome.settlement.region).toEqual(settlement.region);
  });

  it('keeps each request under the limit, a settlement larger than one request in more syncs', async () => {
    const fake = installFake(workbook({ requestLimit: 40_000 }));
    expect((await writeSettlement(sheets, 30_000)).ok).toBe(true);
    expect(fake.log.syncs).toBeGreaterThan(3);
    expect(fake.log.refusedSyncs).toBe(0);
    expect(fake.log.maxRequestBytesPerSync).toBeLessThanOrEqual(40_000);
    expect(fake.sheetValues('Rader')).toHaveLength(2 + settlement.hospitals.reduce((n, h) => n + h.rows.length, 0));
  });

  it('writes again over the notes of a settlement whose sheets the user deleted by hand, and keeps a workbook that holds nothing else', async () => {
    const fake = installFake(workbook());
    await writeSettlement(sheets);
    const byHand = (names: string[]) =>
      fake.Excel.run(async (context) => {
        for (const n of names) context.workbook.worksheets.getItem(n).delete();
        await context.sync();
      });
    await byHand(NAMES);
    expect(await findSettlement()).toEqual({ ok: true, value: [] });
    // A sheet of the user's that takes a deleted one's name is not Målkoll's.
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.add('Rader');
      await context.sync();
    });
    expect(await findSettlement()).toEqual({ ok: true, value: [] });
    await byHand(['Rader']);
    expect(await writeSettlement(sheets)).toEqual({ ok: true, value: { sheets: NAMES } });
    expect(fake.snapshot().names.filter((n) => n.name.startsWith('Malkoll_avrakning_'))).toHaveLength(5);
    // Excel keeps at least one sheet: with the user's sheets gone, the settlement stays and the pane says why.
    await byHand([...Object.keys(assignmentSheets()), 'Översikt']);
    expect(await removeSettlement(true)).toEqual({ ok: false, message: { key: 'settle.pane.onlySheets' } });
    expect(fake.snapshot().sheets.map((s) => s.name)).toEqual(NAMES);
  });

  it('leaves a read-only workbook as it was and says why', async () => {
    const fake = installFake(workbook({ readOnly: true }));
    const before = fake.snapshot();
    const written = await writeSettlement(sheets);
    expect(written).toEqual({ ok: false, message: { key: 'pane.error.accessDenied', params: { code: 'AccessDenied' } } });
    expect(fake.snapshot()).toEqual(before);
  });
});
