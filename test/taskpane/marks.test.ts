import { clearMarks, ERROR_MARK, markCells, readTable, WARNING_MARK } from '../../src/taskpane/excel';
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

describe('markCells and clearMarks', () => {
  it('marks with conditional formats of its own in one sync, leaving every cell format as it was', async () => {
    const fake = installFake(decoratedWorkbook());
    const before = fake.snapshot();
    const result = await markCells([{ sheet: 'Volymer 2025', errors: ['C31', 'B5'], warnings: ['D40', 'C31'] }], null);
    expect(result).toEqual({ ok: true, value: { marked: 3 } });
    expect(fake.log.syncs).toBe(1);

    const after = fake.snapshot();
    const sheet = after.sheets[0];
    expect(sheet.cells).toEqual(before.sheets[0].cells);
    expect(sheet.conditionalFormats).toEqual([
      // the newest rule first, as Excel orders priorities
      { type: 'Custom', ranges: ['D40'], formula: WARNING_MARK.formula, fill: WARNING_MARK.fill, fontColor: WARNING_MARK.font },
      { type: 'Custom', ranges: ['C31', 'B5'], formula: ERROR_MARK.formula, fill: ERROR_MARK.fill, fontColor: ERROR_MARK.font },
      before.sheets[0].conditionalFormats[0],
    ]);
    expect(JSON.parse(String(after.settings[MARKS_KEY]))).toEqual({ sheets: [{ sheet: 'Volymer 2025', cells: ['C31', 'B5', 'D40'] }] });
  });

  it('clears exactly its own marks: the workbook is deep-equal to before, the user\'s rule and formats included', async () => {
    const fake = installFake(decoratedWorkbook());
    const before = fake.snapshot();
    await markCells([{ sheet: 'Volymer 2025', errors: ['C31', 'B5'], warnings: ['D40'] }], null);
    expect(fake.snapshot()).not.toEqual(before);
    fake.log.syncs = 0;
    expect(await clearMarks()).toEqual({ ok: true, value: { removed: 2 } });
    expect(fake.snapshot()).toEqual(before);
    expect(fake.log.syncs).toBe(4);
  });

  it('also finds its marks among other rule types (Excel cannot load custom rules of other types)', async () => {
    const config = decoratedWorkbook();
    config.sheets[0].conditionalFormats!.push({ ranges: ['C2:C61'], type: 'DataBar', formula: undefined as unknown as string, fill: undefined as unknown as string });
    const fake = installFake(config);
    const before = fake.snapshot();
    await markCells([{ sheet: 'Volymer 2025', errors: ['C31'], warnings: [] }], null);
    expect(await clearMarks()).toEqual({ ok: true, value: { removed: 1 } });
    expect(fake.snapshot()).toEqual(before);
  });

  it('replaces earlier marks rather than piling rules on the same cells', async () => {
    const fake = installFake(decoratedWorkbook());
    await markCells([{ sheet: 'Volymer 2025', errors: ['C31'], warnings: [] }], null);
    const read = await readTable();
    if (!read.ok) throw new Error('read failed');
    expect(read.value.marks).toEqual({ sheets: [{ sheet: 'Volymer 2025', cells: ['C31'] }] });
    await markCells([{ sheet: 'Volymer 2025', errors: ['B7'], warnings: [] }], read.value.marks);
    const rules = fake.snapshot().sheets[0].conditionalFormats.filter((cf) => cf.formula?.includes('Målkoll'));
    expect(rules).toEqual([{ type: 'Custom', ranges: ['B7'], formula: ERROR_MARK.formula, fill: ERROR_MARK.fill, fontColor: ERROR_MARK.font }]);
  });

  it('splits a long list of cells into several rules, and still removes them all', async () => {
    const fake = installFake(decoratedWorkbook());
    const before = fake.snapshot();
    const cells = Array.from({ length: 59 }, (_, i) => `B${i + 2}`).concat(Array.from({ length: 59 }, (_, i) => `C${i + 2}`));
    await markCells([{ sheet: 'Volymer 2025', errors: cells, warnings: [] }], null);
    const ours = fake.snapshot().sheets[0].conditionalFormats.filter((cf) => cf.formula === ERROR_MARK.formula);
    expect(ours.length).toBeGreaterThan(1);
    expect(ours.flatMap((cf) => cf.ranges).sort()).toEqual([...cells].sort());
    expect(await clearMarks()).toEqual({ ok: true, value: { removed: ours.length } });
    expect(fake.snapshot()).toEqual(before);
  });

  it('has nothing to clear in an unmarked workbook (one sync) and survives a marked sheet being deleted', async () => {
    const fake = installFake(decoratedWorkbook());
    expect(await clearMarks()).toEqual({ ok: true, value: { removed: 0 } });
    expect(fake.log.syncs).toBe(1);
    installFake({ sheets: [{ name: 'Blad1', rows: [[1]] }], settings: { [MARKS_KEY]: JSON.stringify({ sheets: [{ sheet: 'Borta', cells: ['A1'] }] }) } });
    expect(await clearMarks()).toEqual({ ok: true, value: { removed: 0 } });
  });
});
