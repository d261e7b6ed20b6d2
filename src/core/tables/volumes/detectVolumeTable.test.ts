import { detectVolumeTables } from './detectVolumeTable';
import { gridFromText } from '../shared/gridFromText';

const detect = (lines: string[], top = 1, left = 1) => detectVolumeTables(gridFromText(lines.join('\n'), top, left));
const extents = (lines: string[]) => detect(lines).tables.map((t) => [t.top, t.headerRow, t.bottom, t.headerRows]);

describe('detectVolumeTables: where a table starts and ends', () => {
  test('a title above the header is not part of the table; notes below it are not either', () => {
    expect(extents(['Produktionsvolymer 2025', '\tUppdrag\tBas\tTillägg', 'BUP\t760\t516\t244', 'Källa: Koncernkontoret\t\t\t'])).toEqual([[2, 2, 3, [2]]]);
  });

  test('a header split over two rows at the top: the first half is part of the table', () => {
    expect(extents(['Operation/åtgärd\tSV\tSV\tSV', '\tuppdrag\tbas\ttillägg', 'Ablation\t0\t0\t0'])).toEqual([[1, 2, 3, [2]]]);
  });

  test('a header repeated after two blank rows (a page break) continues the table', () => {
    expect(extents(['\tUppdrag\tBas\tTillägg', 'BUP\t760\t516\t244', '', '', '\tUppdrag\tBas\tTillägg', 'VUP\t1000\t630\t370'])).toEqual([[1, 1, 6, [1, 5]]]);
  });

  test('two blank rows without a repeated header end the table', () => {
    expect(extents(['\tUppdrag\tBas\tTillägg', 'BUP\t760\t516\t244', '', '', 'Hud\t5500\t3858\t1642'])).toEqual([[1, 1, 2, [1]]]);
  });

  test('one blank row inside a table does not end it', () => {
    expect(extents(['\tUppdrag\tBas\tTillägg', 'BUP\t760\t516\t244', '', 'Hud\t5500\t3858\t1642'])).toEqual([[1, 1, 4, [1]]]);
  });

  test('prose ends the table', () => {
    expect(
      extents([
        '\tUppdrag\tBas\tTillägg',
        'BUP\t760\t516\t244',
        'Tilläggsvolymerna hanteras genom prestationsersättning baserat på gällande tilläggspriser.',
        'Hud\t5500\t3858\t1642',
      ]),
    ).toEqual([[1, 1, 2, [1]]]);
  });

  test('a header of other columns starts another table', () => {
    expect(extents(['\tUppdrag\tBas\tTillägg', 'BUP\t760\t516\t244', 'Uppdrag\tBas\tTillägg\t', '760\t516\t244\t'])).toEqual([
      [1, 1, 2, [1]],
      [3, 3, 4, [3]],
    ]);
    const second = detect(['\tUppdrag\tBas\tTillägg', 'BUP\t760\t516\t244', 'Uppdrag\tBas\tTillägg\t', '760\t516\t244\t']).tables[1];
    expect(second.columns.label).toBe(0); // figures at the grid's edge: no label column
  });

  test('columns are sheet columns', () => {
    const t = detect(['\tUppdrag\tBas\tTillägg', 'BUP\t760\t516\t244'], 4, 3).tables[0];
    expect(t.columns).toMatchObject({ label: 3, total: 4, base: 5, additional: 6 });
    expect([t.top, t.bottom]).toEqual([4, 5]);
  });
});
