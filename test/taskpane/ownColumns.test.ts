/**
 * A table's own status and development columns, filled through the adapter in the fake Excel: live
 * formulas in the table's convention with a legend beside the tables, filled cells shown first and written
 * over only while they still hold what was shown, and one click that restores the sheet deep-equal.
 * The workbook's tolerance for partly met is kept in its settings.
 */
import { checkSheet, type IndicatorTable } from '../../src/core/tables';
import { readTable, removeBlock, saveSettings, writeBlock } from '../../src/taskpane/excel';
import { OWN_COLUMNS_KEY, SETTINGS_KEY } from '../../src/taskpane/excel/records';
import { ownColumnsBlock } from '../../src/taskpane/model/ownColumnsBlock';
import { interimReportWithReference } from '../fixtures/regionLayouts';
import type { FakeCellValue, FakeConfig, FakeSheetConfig } from '../fakes/fake-excel';
import { installFake } from './workbooks';

function interimRows(): FakeCellValue[][] {
  return interimReportWithReference().map((row) => row.map((c) => (c === undefined ? null : c)));
}

async function offer(tolerance?: number) {
  const read = await readTable();
  if (!read.ok) throw new Error('read failed');
  const options = tolerance !== undefined ? { tolerance } : read.value.settings;
  const tables = checkSheet(read.value.grid, options).tables.filter((t): t is IndicatorTable => t.kind === 'indicators');
  const made = ownColumnsBlock('Delår', tables, options, 'sv');
  if (!made) throw new Error('no offer');
  return { ...made, settings: read.value.settings };
}

const workbook = (rows: FakeCellValue[][], extra: Partial<FakeSheetConfig> = {}): FakeConfig => ({
  sheets: [{ name: 'Delår', rows, formats: { A4: { bold: true }, F5: { fill: '#DDEBF7' } }, ...extra }],
  selection: 'A1',
});

describe('the table’s own columns', () => {
  it('fills an empty Mål-uppfyllelse ▲ □ ● ◆ column with ■ ● ▲ ◆ formulas and Utveckling with arrows, reading a legend beside the tables, in two syncs', async () => {
    const fake = installFake(workbook(interimRows()));
    const { block, plan } = await offer(0.1);
    expect(plan.overwrites).toEqual([]);
    expect(block.expected).toBeUndefined();
    fake.log.syncs = 0;
    expect(await writeBlock('own-columns', block)).toEqual({ ok: true, value: { address: 'F4:K28' } });
    expect(fake.log.syncs).toBe(2);

    expect(fake.sheetValues('Delår', 'F5:G5')).toEqual([
      ['=MALKOLL.TARGET_STATUS(E5,C5,H5,,MALKOLL.DIRECTION(B5),0.1,$K$5:$K$8)', '=MALKOLL.DEVELOPMENT(E5,H5,MALKOLL.DIRECTION(B5),,$K$9:$K$11)'],
    ]);
    // The legend, visible and editable, in the reader's language; the band of partly met named in it.
    expect(fake.sheetValues('Delår', 'J4:K11')).toEqual([
      ['Teckenförklaring (Målkoll)', ''],
      ['Uppfyllt', '■'],
      ['Delvis uppfyllt (inom 10\u00a0% av målet)', '●'],
      ['Ej uppfyllt', '▲'],
      ['Ej bedömbart', '◆'],
      ['Bättre', '↑'],
      ['Oförändrad', '→'],
      ['Sämre', '↓'],
    ]);
    // Coloured by the legend's cells, table by table: green, yellow, red, grey.
    const rules = fake.snapshot().sheets[0].conditionalFormats.filter((cf) => cf.formula?.includes('Målkoll:own'));
    expect(
      rules
        .filter((r) => r.ranges[0] === 'F5:F8')
        .map((r) => [r.formula, r.fill])
        .sort(),
    ).toEqual([
      ['=AND(N("Målkoll:own")=0,OR(F5=$K$5))', '#C6EFCE'],
      ['=AND(N("Målkoll:own")=0,OR(F5=$K$6))', '#FFEB9C'],
      ['=AND(N("Målkoll:own")=0,OR(F5=$K$7))', '#FFC7CE'],
      ['=AND(N("Målkoll:own")=0,OR(F5=$K$8))', '#D9D9D9'],
    ]);
    expect(new Set(rules.map((r) => r.ranges[0]))).toEqual(new Set(['F5:F8', 'F13:F17', 'F21:F23', 'F27:F28']));
    expect(JSON.parse(String(fake.snapshot().settings[OWN_COLUMNS_KEY])).address).toBe('F4:K28');
  });

  it('is restored in one click: the sheet deep-equal to before (cells, formats, rules)', async () => {
    const fake = installFake(workbook(interimRows()));
    const before = fake.snapshot();
    await writeBlock('own-columns', (await offer(0.1)).block);
    expect(fake.snapshot()).not.toEqual(before);
    fake.log.syncs = 0;
    const removed = await removeBlock('own-columns');
    expect(removed.ok && removed.value.kept).toBe(0);
    expect(fake.log.syncs).toBe(4);
    expect(fake.snapshot()).toEqual(before);
  });

  it('the legend is the controller’s to change: restoring removes it all the same, whatever its symbols are now', async () => {
    const fake = installFake(workbook(interimRows()));
    const before = fake.snapshot();
    await writeBlock('own-columns', (await offer(0.1)).block);
    fake.setCell('Delår', 'K5', '✔');
    fake.setCell('Delår', 'K7', '✖');
    const removed = await removeBlock('own-columns');
    expect(removed.ok && [removed.value.kept, removed.value.notFound]).toEqual([0, undefined]);
    expect(fake.snapshot()).toEqual(before);
  });

  it('lists filled cells before writing, writes over them, and restores them exactly: text, numbers, their formats and the user’s own rules', async () => {
    const rows = interimRows();
    rows[6][5] = '▲'; // F7, the region's own mark
    rows[6][6] = '↓'; // G7, in a Text cell
    rows[12][5] = '■'; // F13
    rows[13][5] = 0.5; // F14, a number with its own format
    const fake = installFake(
      workbook(rows, {
        formats: { A4: { bold: true }, F7: { fill: '#FF0000', bold: true }, G7: { numberFormat: '@' }, F14: { numberFormat: '0%' } },
        conditionalFormats: [{ ranges: ['F5:F28'], type: 'Custom', formula: '=F5="▲"', fill: '#FFC7CE' }],
      }),
    );
    const before = fake.snapshot();
    const { block, plan } = await offer();
    expect(plan.overwrites.map((o) => o.address)).toEqual(['F7', 'G7', 'F13', 'F14']);
    expect(plan.overwrites[0].value).toBe('▲');

    expect(await writeBlock('own-columns', block)).toEqual({ ok: true, value: { address: 'F4:K28' } });
    expect(fake.sheetValues('Delår', 'F7:G7')[0][0]).toMatch(/^=MALKOLL\.TARGET_STATUS\(E7,C7,H7,/);
    await removeBlock('own-columns');
    expect(fake.snapshot()).toEqual(before);
  });

  it('writes over the controller’s own formulas by what they showed, and puts them back exactly, a text that looks like a number as text', async () => {
    // G7 and G8 hold the region's own formulas; the check read what they show, as Excel calculates them.
    const rows = interimRows();
    rows[6][6] = '↓';
    rows[7][6] = '↑';
    rows[12][5] = '0123'; // F13: a code typed as '0123, text in a General cell (office-js 6687 loses the apostrophe)
    rows[13][5] = '■'; // F14: a mark beside it, so that the column is still read as the table's status column
    const fake = installFake(workbook(rows, { formulas: { G7: '=IF(E7>H7,"↓","↑")', G8: '=IF(E8>H8,"↓","↑")' } }));
    const before = fake.snapshot();
    const { block, plan } = await offer();
    expect(plan.overwrites.map((o) => [o.address, o.value])).toEqual([
      ['G7', '↓'],
      ['G8', '↑'],
      ['F13', '0123'],
      ['F14', '■'],
    ]);
    expect(await writeBlock('own-columns', block)).toEqual({ ok: true, value: { address: 'F4:K28' } });
    expect(fake.sheetValues('Delår', 'G7')[0][0]).toMatch(/^=MALKOLL\.DEVELOPMENT\(E7,H7,/);
    expect((await removeBlock('own-columns')).ok).toBe(true);
    expect(fake.snapshot()).toEqual(before);
  });

  it('writes nothing over a formula it could not show (no result read): the cell is not empty', async () => {
    const fake = installFake(workbook(interimRows(), { formulas: { G7: '=IF(E7>H7,"↓","↑")' } }));
    const { block } = await offer();
    const after = fake.snapshot();
    const outcome = await writeBlock('own-columns', block);
    expect(!outcome.ok && outcome.message.key).toBe('pane.block.notEmpty');
    expect(fake.snapshot()).toEqual(after);
  });

  it('writes nothing when a shown cell has changed since it was shown', async () => {
    const rows = interimRows();
    rows[6][5] = '▲';
    const fake = installFake(workbook(rows));
    const { block } = await offer();
    fake.setCell('Delår', 'F7', '■');
    const after = fake.snapshot();
    const outcome = await writeBlock('own-columns', block);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toEqual({ key: 'pane.block.changedSince', params: { cell: 'F7' } });
    expect(fake.snapshot()).toEqual(after);
  });

  it('words when the column writes words; no legend, coloured by what TARGET_STATUS answers', async () => {
    installFake({
      sheets: [
        {
          name: 'Delår',
          rows: [
            ['Indikator', 'Mål', 'Utfall', 'Status'],
            ['Sjukfrånvaro', '7 %', 0.069, 'Uppfyllt'],
            ['Andel patienter med fast läkarkontakt', '≥ 50 %', 0.41, null],
          ],
        },
      ],
      selection: 'A1',
    });
    const { block, plan } = await offer();
    expect(plan.status).toEqual({ kind: 'words' });
    expect(block.cells).toEqual([['=MALKOLL.TARGET_STATUS(C2,B2,,,MALKOLL.DIRECTION(A2))'], ['=MALKOLL.TARGET_STATUS(C3,B3,,,MALKOLL.DIRECTION(A3))']]);
    expect(block.colouring?.[0].rules[1].formula).toBe('=AND(N("Målkoll:own")=0,OR(D2="Delvis uppfyllt",D2="Partly met"))');
  });
});

describe('round trips', () => {
  it('the same two syncs to fill and four to restore for 600 indicators as for a handful', async () => {
    const rows: FakeCellValue[][] = [['Indikator', 'Mål', 'Utfall', 'Utfall föregående år', 'Måluppfyllelse ▲ □ ● ◆', 'Utveckling ↓ ↑ →']];
    for (let i = 1; i <= 600; i++)
      rows.push([`Andel patienter med uppföljning ${i}`, '≥ 80 %', `${60 + (i % 40)} %`, `${70 + (i % 20)} %`, i % 7 === 0 ? '▲' : null, null]);
    const fake = installFake({ sheets: [{ name: 'Delår', rows }], selection: 'A1' });
    const before = fake.snapshot();
    const { block, plan } = await offer(0.05);
    expect(plan.formulas).toHaveLength(1200);
    expect(plan.overwrites).toHaveLength(85);
    fake.log.syncs = 0;
    expect((await writeBlock('own-columns', block)).ok).toBe(true);
    expect(fake.log.syncs).toBe(2);
    fake.log.syncs = 0;
    expect((await removeBlock('own-columns')).ok).toBe(true);
    expect(fake.log.syncs).toBe(4);
    expect(fake.snapshot()).toEqual(before);
  });
});

describe('the workbook’s tolerance for partly met', () => {
  it('is off until chosen, kept in the workbook’s settings in one sync, and read back with the cells', async () => {
    const fake = installFake(workbook(interimRows()));
    const first = await readTable();
    expect(first.ok && first.value.settings).toEqual({});

    fake.log.syncs = 0;
    expect(await saveSettings({ tolerance: 0.1 })).toEqual({ ok: true, value: { tolerance: 0.1 } });
    expect(fake.log.syncs).toBe(1);
    expect(JSON.parse(String(fake.snapshot().settings[SETTINGS_KEY]))).toEqual({ tolerance: 0.1 });
    const again = await readTable();
    expect(again.ok && again.value.settings).toEqual({ tolerance: 0.1 });
    // The legend then names the band the formulas use.
    const { block } = await offer();
    expect(block.cells.flat()).toContain('Delvis uppfyllt (inom 10\u00a0% av målet)');
    expect(block.cells[1][0]).toContain(',0.1,$K$5:$K$8)');

    await saveSettings({});
    const off = await readTable();
    expect(off.ok && off.value.settings).toEqual({});
  });

  it('ignores a stored setting that is not ours', async () => {
    installFake({ ...workbook(interimRows()), settings: { [SETTINGS_KEY]: '{"tolerance":"lots"}' } });
    const read = await readTable();
    expect(read.ok && read.value.settings).toEqual({});
  });
});
