import { checkVolumes } from '../../src/core/tables';
import { readTable, replaceValues } from '../../src/taskpane/excel';
import { findingItems, textNumberChanges } from '../../src/results/model/findingItems';
import { installFake, rowOf, seedVolumeRows } from './workbooks';

describe('replaceValues (convert numbers stored as text, only when asked)', () => {
  it('writes the numbers the core read from text, in two syncs, and the table then checks clean', async () => {
    const rows = seedVolumeRows();
    const kirurgi = rowOf(rows, 'Allmän kirurgi');
    rows[kirurgi - 1][1] = '8 100'; // pasted as text
    rows[kirurgi - 1][3] = '1\u00a0764'; // with a no-break space, as Swedish Excel shows thousands
    const fake = installFake({ sheets: [{ name: 'Volymer 2025', rows, formats: { [`B${kirurgi}`]: { numberFormat: '@', fill: '#FFFF00' } } }] });
    const read = await readTable();
    if (!read.ok) throw new Error('read failed');
    const changes = textNumberChanges(findingItems([checkVolumes(read.value.grid)]));
    expect(changes).toEqual([
      { sheet: 'Volymer 2025', cell: `B${kirurgi}`, from: '8 100', to: 8100 },
      { sheet: 'Volymer 2025', cell: `D${kirurgi}`, from: '1\u00a0764', to: 1764 },
    ]);

    fake.log.syncs = 0;
    expect(await replaceValues(changes)).toEqual({ ok: true, value: { changed: 2, skipped: 0 } });
    expect(fake.log.syncs).toBe(2);
    expect(fake.sheetValues('Volymer 2025', `B${kirurgi}:D${kirurgi}`)).toEqual([[8100, 6336, 1764]]);
    // A Text-formatted cell gets General, or the number would be text again; its fill stays.
    expect(fake.snapshot().sheets[0].cells[`B${kirurgi}`].format).toEqual({
      fill: '#FFFF00',
      fontColor: null,
      bold: false,
      numberFormat: 'General',
      wrapText: false,
    });

    const again = await readTable();
    if (!again.ok) throw new Error('read failed');
    expect(checkVolumes(again.value.grid).tables[0].findings).toEqual([]);
  });

  it('leaves a cell the user has edited since the check', async () => {
    const fake = installFake({ sheets: [{ name: 'V', rows: [['8 100', '760']] }] });
    fake.setCell('V', 'A1', '8 200');
    const result = await replaceValues([
      { sheet: 'V', cell: 'A1', from: '8 100', to: 8100 },
      { sheet: 'V', cell: 'B1', from: '760', to: 760 },
    ]);
    expect(result).toEqual({ ok: true, value: { changed: 1, skipped: 1 } });
    expect(fake.sheetValues('V', 'A1:B1')).toEqual([['8 200', 760]]);
  });
});
