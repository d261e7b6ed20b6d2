import { locateRows, sameContent, shiftFormulaRows, type RowPlace } from './blockLocation';

/** Shift of each row found, null for a row not found. */
const shifts = (places: RowPlace[]) => places.map((p) => (p.found ? p.shift : null));

describe('shiftFormulaRows', () => {
  it('moves every row reference and leaves text in quotes and function names alone', () => {
    expect(shiftFormulaRows('=MALKOLL.REIMBURSEMENT(E15,C15,D15,MALKOLL.UNIT_PRICE("besök","SV"))', 2)).toBe(
      '=MALKOLL.REIMBURSEMENT(E17,C17,D17,MALKOLL.UNIT_PRICE("besök","SV"))',
    );
    expect(shiftFormulaRows('=SUM(F4:F60)', 1)).toBe('=SUM(F5:F61)');
    expect(shiftFormulaRows('=$C$4+LOG10(B2)&"A1"', 3)).toBe('=$C$7+LOG10(B5)&"A1"');
    expect(shiftFormulaRows('Status', 3)).toBe('Status');
  });

  it('compares formulas as Excel gives them back', () => {
    expect(sameContent('=malkoll.target_status(D4, C4)', '=MALKOLL.TARGET_STATUS(D4,C4)')).toBe(true);
    expect(sameContent('', '=MALKOLL.TARGET_STATUS(D4,C4)')).toBe(false);
    expect(sameContent(8100, 8100)).toBe(true);
  });
});

describe('locateRows', () => {
  // The status column F3:F6 of a three-indicator table: heading, then one formula per row.
  const status = (row: number) => `=MALKOLL.TARGET_STATUS(D${row},C${row},E${row})`;
  const written = [['Status'], [status(4)], [status(5)], [status(6)]];

  it('finds every row where it was written', () => {
    expect(shifts(locateRows(written, 3, 6, { top: 3, left: 6, formulas: written }))).toEqual([0, 0, 0, 0]);
  });

  it('finds them two rows down after two rows were inserted above the table, references moved too', () => {
    // The used range's part of column F starts at row 1 here: rows 1–4 blank above the block.
    const now = [[''], [''], [''], [''], ['Status'], [status(6)], [status(7)], [status(8)]];
    expect(shifts(locateRows(written, 3, 6, { top: 1, left: 6, formulas: now }))).toEqual([2, 2, 2, 2]);
  });

  it('follows a row inserted inside the block: the rows below it moved one down', () => {
    const split = [['Status'], [status(4)], [''], [status(6)], [status(7)]];
    expect(shifts(locateRows(written, 3, 6, { top: 3, left: 6, formulas: split }))).toEqual([0, 0, 1, 1]);
  });

  it('does not find a row the user changed, nor an empty one', () => {
    const edited = [['Status'], [status(4)], ['Uppfyllt enligt verksamheten'], ['']];
    expect(shifts(locateRows(written, 3, 6, { top: 3, left: 6, formulas: edited }))).toEqual([0, 0, null, null]);
    // Every row's formula reads the same relative to its row: an edited row must not make the rows below
    // it look moved.
    const one = [['Status'], [status(4)], ['Uppfyllt enligt verksamheten'], [status(6)]];
    expect(shifts(locateRows(written, 3, 6, { top: 3, left: 6, formulas: one }))).toEqual([0, 0, null, 0]);
  });

  it("finds a row of several columns only whole, with the totals row's sums moved", () => {
    const block = [
      ['=MALKOLL.ADDITIONAL_VOLUME(E4,C4,D4)', '=MALKOLL.FULFILMENT(E4,B4,8)'],
      ['=SUM(F4:F4)', null],
    ];
    const moved = [
      ['=MALKOLL.ADDITIONAL_VOLUME(E7,C7,D7)', '=MALKOLL.FULFILMENT(E7,B7,8)'],
      ['=SUM(F7:F7)', ''],
    ];
    expect(shifts(locateRows(block, 4, 6, { top: 7, left: 6, formulas: moved }))).toEqual([3, 3]);
    const half = [['=MALKOLL.ADDITIONAL_VOLUME(E4,C4,D4)', 'anteckning']];
    expect(shifts(locateRows(block, 4, 6, { top: 4, left: 6, formulas: half }))).toEqual([null, null]);
  });
});
