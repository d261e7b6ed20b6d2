import { gridFromText } from './gridFromText';
import { fixtureText } from '../../../../test/fixtures/grids';

describe('gridFromText', () => {
  test('the seed volume table: strings as pasted, tags stripped, empty cells null, rows padded', () => {
    const grid = gridFromText(fixtureText('seed-000-volumes.tsv'));
    expect(grid.top).toBe(1);
    expect(grid.left).toBe(1);
    expect(grid.cells).toHaveLength(61);
    expect(grid.cells[0]).toEqual([null, 'uppdrag', 'SV bas', 'tillägg']);
    expect(grid.cells[1]).toEqual(['Psykiatri', null, null, null]);
    expect(grid.cells[4]).toEqual(['VUP', '1 000', '630', '370']);
    expect(grid.cells[35]).toEqual([null, null, null, null]);
    expect(grid.cells[36]).toEqual(['Operation/åtgärd', 'SV', null, null]);
    expect(grid.cells[60]).toEqual(['Totalsumma', '82 605', '59 297', '23 308']);
    expect(grid.cells.every((row) => row.length === 4)).toBe(true);
  });

  test('offset, sheet name, Windows line ends, a final line break and ragged rows', () => {
    expect(gridFromText('a\tb\r\nc\r\n', 5, 3, 'Blad1')).toEqual({
      cells: [
        ['a', 'b'],
        ['c', null],
      ],
      top: 5,
      left: 3,
      sheet: 'Blad1',
    });
  });

  test('list markup becomes spaces; entities are decoded', () => {
    const grid = gridFromText('<ul style="list-style-type: none"> <li>Antal larm</li> <li>Flygtid</li> </ul>\tTilläggsbudget &amp; ökad produktion');
    expect(grid.cells[0]).toEqual(['Antal larm Flygtid', 'Tilläggsbudget & ökad produktion']);
  });

  test('empty text and bad offsets', () => {
    expect(gridFromText('')).toEqual({ cells: [], top: 1, left: 1 });
    expect(gridFromText(undefined as never, 0, -2)).toEqual({ cells: [], top: 1, left: 1 });
  });
});
