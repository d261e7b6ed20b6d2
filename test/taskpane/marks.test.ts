import type { FakeSnapshot } from '../fakes/fake-excel';
import { clearMarks, markCells, readTable, readWorkbook } from '../../src/taskpane/excel';
import { ERROR_MARK, WARNING_MARK } from '../../src/taskpane/model/markers';
import { MARKS_KEY } from '../../src/taskpane/excel/records';
import { installFake, seedVolumeRows } from './workbooks';

/** The seed table with the user's own look: a yellow, bold header, a number format and a rule of their own. */
function decoratedWorkbook() {
  return {
    sheets: [
      {
        name: 'Volymer 2025',
        rows: seedVolumeRows(),
        formats: {
          B1: { fill: '#FFFF00', bold: true },
          C31: { fill: '#DDEBF7', numberFormat: '# ##0' },
          D40: { fontColor: '#FF0000' },
        },
        conditionalFormats: [{ ranges: ['B2:D61'], type: 'Custom', formula: '=B2<0', fill: '#FF0000' }],
      },
      { name: 'Annat', rows: [['x']] },
    ],
    active: 'Volymer 2025',
  };
}

/** The sheet's id, as the pane knows it from its check's read. */
async function idOf(sheet: string): Promise<string> {
  const read = await readWorkbook();
  if (!read.ok) throw new Error('read failed');
  return read.value.sheets.find((s) => s.sheet === sheet)!.sheetId;
}

const ourRules = (snap: FakeSnapshot, sheet: string) =>
  snap.sheets.find((s) => s.name === sheet)!.conditionalFormats.filter((cf) => cf.formula?.includes('Målkoll'));

describe('markCells and clearMarks', () => {
  it('marks with conditional formats of its own in one sync, leaving every cell format as it was', async () => {
    const fake = installFake(decoratedWorkbook());
    const before = fake.snapshot();
    const sheetId = await idOf('Volymer 2025');
    fake.log.syncs = 0;
    const result = await markCells([{ sheet: 'Volymer 2025', sheetId, errors: ['C31', 'B5'], warnings: ['D40', 'C31'] }], null);
    expect(result).toMatchObject({ ok: true, value: { marked: 3 } });
    expect(fake.log.syncs).toBe(1);

    const after = fake.snapshot();
    const sheet = after.sheets[0];
    expect(sheet.cells).toEqual(before.sheets[0].cells);
    expect(sheet.conditionalFormats).toEqual([
      // the newest rule first, as Excel orders priorities
      { type: 'Custom', ranges: ['D40'], formula: WARNING_MARK.formula, fill: WARNING_MARK.fill, fontColor: WARNING_MARK.font },
      { type: 'Custom', ranges: ['C31'], formula: ERROR_MARK.formula, fill: ERROR_MARK.fill, fontColor: ERROR_MARK.font },
      { type: 'Custom', ranges: ['B5'], formula: ERROR_MARK.formula, fill: ERROR_MARK.fill, fontColor: ERROR_MARK.font },
      before.sheets[0].conditionalFormats[0],
    ]);
    expect(JSON.parse(String(after.settings[MARKS_KEY]))).toEqual({ sheets: [{ sheetId, sheet: 'Volymer 2025', cells: ['C31', 'B5', 'D40'] }] });
  });

  it.each([[';' as const], [',' as const]])(
    'marks scattered cells in one sync whatever the list separator of the regional settings (%s)',
    async (listSeparator) => {
      // Desktop Excel with Swedish regional settings wants "A1;B2" in getRanges, Excel on the web "A1,B2"
      // (office-js issues 1167, 1985), and office.js cannot say which: Målkoll needs neither.
      const fake = installFake({ ...decoratedWorkbook(), listSeparator });
      const before = fake.snapshot();
      const sheetId = await idOf('Volymer 2025');
      fake.log.syncs = 0;
      const errors = ['C31', 'B5', 'C32', 'C33', 'D31', 'D32', 'D33', 'B40'];
      expect(await markCells([{ sheet: 'Volymer 2025', sheetId, errors, warnings: ['D40'] }], null)).toMatchObject({ ok: true, value: { marked: 9 } });
      expect(fake.log.syncs).toBe(1);
      const rules = ourRules(fake.snapshot(), 'Volymer 2025');
      // Every problem cell marked once, neighbours in one rectangle, nothing else.
      expect(
        rules
          .filter((r) => r.formula === ERROR_MARK.formula)
          .flatMap((r) => r.ranges)
          .sort(),
      ).toEqual(['B40', 'B5', 'C31:D33']);
      expect(rules.filter((r) => r.formula === WARNING_MARK.formula).flatMap((r) => r.ranges)).toEqual(['D40']);
      expect(await clearMarks()).toMatchObject({ ok: true });
      expect(fake.snapshot()).toEqual(before);
    },
  );

  it("clears exactly its own marks: the workbook is deep-equal to before, the user's rule and formats included", async () => {
    const fake = installFake(decoratedWorkbook());
    const before = fake.snapshot();
    await markCells([{ sheet: 'Volymer 2025', errors: ['C31', 'B5'], warnings: ['D40'] }], null);
    expect(fake.snapshot()).not.toEqual(before);
    fake.log.syncs = 0;
    // Three rules: the two error cells are not neighbours, and the warning.
    expect(await clearMarks()).toEqual({ ok: true, value: { removed: 3 } });
    expect(fake.snapshot()).toEqual(before);
    expect(fake.log.syncs).toBe(4);
  });

  it('also finds its marks among other rule types (Excel cannot load custom rules of other types)', async () => {
    const config = decoratedWorkbook();
    config.sheets[0].conditionalFormats!.push({
      ranges: ['C2:C61'],
      type: 'DataBar',
      formula: undefined as unknown as string,
      fill: undefined as unknown as string,
    });
    const fake = installFake(config);
    const before = fake.snapshot();
    await markCells([{ sheet: 'Volymer 2025', errors: ['C31'], warnings: [] }], null);
    expect(await clearMarks()).toEqual({ ok: true, value: { removed: 1 } });
    expect(fake.snapshot()).toEqual(before);
  });

  it('replaces earlier marks rather than piling rules on the same cells, in three syncs', async () => {
    const fake = installFake(decoratedWorkbook());
    await markCells([{ sheet: 'Volymer 2025', errors: ['C31'], warnings: [] }], null);
    const read = await readTable();
    if (!read.ok) throw new Error('read failed');
    expect(read.value.marks).toEqual({ sheets: [{ sheetId: read.value.sheetId, sheet: 'Volymer 2025', cells: ['C31'] }] });
    fake.log.syncs = 0;
    await markCells([{ sheet: 'Volymer 2025', sheetId: read.value.sheetId, errors: ['B7'], warnings: [] }], read.value.marks);
    // The old rules' types, their formulas, then the new marks.
    expect(fake.log.syncs).toBe(3);
    expect(ourRules(fake.snapshot(), 'Volymer 2025')).toEqual([
      { type: 'Custom', ranges: ['B7'], formula: ERROR_MARK.formula, fill: ERROR_MARK.fill, fontColor: ERROR_MARK.font },
    ]);
  });

  it('marking one sheet keeps the marks of another sheet, and remembers both', async () => {
    const fake = installFake({ sheets: [...decoratedWorkbook().sheets, { name: 'Volymer 2024', rows: seedVolumeRows() }] });
    const ids = { v25: await idOf('Volymer 2025'), v24: await idOf('Volymer 2024') };
    await markCells([{ sheet: 'Volymer 2025', sheetId: ids.v25, errors: ['C31'], warnings: [] }], null);
    let read = await readWorkbook();
    if (!read.ok) throw new Error('read failed');
    await markCells([{ sheet: 'Volymer 2024', sheetId: ids.v24, errors: ['B7'], warnings: ['D9'] }], read.value.marks);
    expect(ourRules(fake.snapshot(), 'Volymer 2025').flatMap((cf) => cf.ranges)).toEqual(['C31']);
    expect(
      ourRules(fake.snapshot(), 'Volymer 2024')
        .flatMap((cf) => cf.ranges)
        .sort(),
    ).toEqual(['B7', 'D9']);
    expect(JSON.parse(String(fake.snapshot().settings[MARKS_KEY]))).toEqual({
      sheets: [
        { sheetId: ids.v25, sheet: 'Volymer 2025', cells: ['C31'] },
        { sheetId: ids.v24, sheet: 'Volymer 2024', cells: ['B7', 'D9'] },
      ],
    });

    // Marking 2025 again replaces only 2025's marks.
    read = await readWorkbook();
    if (!read.ok) throw new Error('read failed');
    await markCells([{ sheet: 'Volymer 2025', sheetId: ids.v25, errors: ['B5'], warnings: [] }], read.value.marks);
    expect(ourRules(fake.snapshot(), 'Volymer 2025').flatMap((cf) => cf.ranges)).toEqual(['B5']);
    expect(
      ourRules(fake.snapshot(), 'Volymer 2024')
        .flatMap((cf) => cf.ranges)
        .sort(),
    ).toEqual(['B7', 'D9']);

    // And "Rensa markeringar" still removes every one of them.
    expect(await clearMarks()).toEqual({ ok: true, value: { removed: 3 } });
    expect(ourRules(fake.snapshot(), 'Volymer 2025')).toEqual([]);
    expect(ourRules(fake.snapshot(), 'Volymer 2024')).toEqual([]);
    expect(fake.snapshot().settings[MARKS_KEY]).toBeUndefined();
  });

  it('removes its marks after the sheet was renamed and rows were inserted above them', async () => {
    const marked = installFake(decoratedWorkbook());
    await markCells([{ sheet: 'Volymer 2025', sheetId: await idOf('Volymer 2025'), errors: ['C31', 'B5'], warnings: ['D40'] }], null);
    marked.renameSheet('Volymer 2025', 'Volymer 2025 (slutlig)');
    marked.insertRows('Volymer 2025 (slutlig)', 2, 3);
    expect(
      ourRules(marked.snapshot(), 'Volymer 2025 (slutlig)')
        .flatMap((cf) => cf.ranges)
        .sort(),
    ).toEqual(['B8', 'C34', 'D43']);
    expect(await clearMarks()).toEqual({ ok: true, value: { removed: 3 } });

    // The same workbook, renamed and moved the same way but never marked: exactly what is left.
    const never = installFake(decoratedWorkbook());
    never.renameSheet('Volymer 2025', 'Volymer 2025 (slutlig)');
    never.insertRows('Volymer 2025 (slutlig)', 2, 3);
    expect(marked.snapshot()).toEqual(never.snapshot());
  });

  it('marks many scattered cells with a rule per rectangle, and still removes them all', async () => {
    const fake = installFake(decoratedWorkbook());
    const before = fake.snapshot();
    // Every other row of B and C: 60 cells, 30 rectangles of two.
    const cells = Array.from({ length: 30 }, (_, i) => `B${2 * i + 2}`).concat(Array.from({ length: 30 }, (_, i) => `C${2 * i + 2}`));
    await markCells([{ sheet: 'Volymer 2025', errors: cells, warnings: [] }], null);
    const ours = fake.snapshot().sheets[0].conditionalFormats.filter((cf) => cf.formula === ERROR_MARK.formula);
    expect(ours).toHaveLength(30);
    expect(ours.flatMap((cf) => cf.ranges).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `B${2 * i + 2}:C${2 * i + 2}`).sort());
    expect(await clearMarks()).toEqual({ ok: true, value: { removed: ours.length } });
    expect(fake.snapshot()).toEqual(before);
  });

  it('has nothing to clear in an unmarked workbook, changing nothing, and survives a marked sheet being deleted', async () => {
    const fake = installFake(decoratedWorkbook());
    const before = fake.snapshot();
    expect(await clearMarks()).toEqual({ ok: true, value: { removed: 0 } });
    // The sheets; the rules' types; the formulas of the user's own custom rule. Nothing to send.
    expect(fake.log.syncs).toBe(3);
    expect(fake.snapshot()).toEqual(before);
    installFake({ sheets: [{ name: 'Blad1', rows: [[1]] }], settings: { [MARKS_KEY]: JSON.stringify({ sheets: [{ sheet: 'Borta', cells: ['A1'] }] }) } });
    expect(await clearMarks()).toEqual({ ok: true, value: { removed: 0 } });
  });
});
