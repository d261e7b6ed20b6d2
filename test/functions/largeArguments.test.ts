/**
 * Functions given what Excel gives for whole columns and long texts, through the built bundle: a range
 * `A:D` arrives as 1 048 576 rows, nearly all blank, and costs what its used rows cost; no result is
 * longer than a cell holds.
 */
import { asExcelWouldHold, pastedGrid } from '../fixtures/grids';
import { errorOf, isExcelError, loadFunctionsBundle } from '../support/functionsHarness';

const sv = loadFunctionsBundle({ displayLanguage: 'sv-SE' });
const EXCEL_ROWS = 1_048_576;
const CELL = 32_767;

const seedRange = () => asExcelWouldHold(pastedGrid('seed-000-volumes.tsv')).cells.map((row) => [...row]);

/** The range as Excel hands over a whole-column reference: the table, then blank rows to the sheet's end. */
function wholeColumns<T>(rows: T[][], width: number, blank: null | '' = null): (T | null | '')[][] {
  const out: (T | null | '')[][] = rows.map((r) => [...r, ...new Array(width - r.length).fill(blank)]);
  // One blank row object for all the rest: what matters is what the function does with a million of them.
  const blankRow = new Array(width).fill(blank);
  while (out.length < EXCEL_ROWS) out.push(blankRow);
  return out;
}

describe('a whole-column range', () => {
  it('VALIDATE_VOLUMES(A:D) finds what VALIDATE_VOLUMES(A1:D61) finds', () => {
    const table = seedRange();
    table[29][2] = 8134;
    const used = sv.call('VALIDATE_VOLUMES', table);
    expect(Array.isArray(used) && used.length).toBe(2);
    expect(sv.call('VALIDATE_VOLUMES', wholeColumns(table, 4))).toEqual(used);
    // Blank cells may arrive as "" too, and a wider range has blank columns at its right.
    expect(sv.call('VALIDATE_VOLUMES', wholeColumns(table, 6, ''))).toEqual(used);
  });

  it('a whole blank column is a missing table, as one blank cell is', () => {
    const blank = wholeColumns([[null]], 4);
    const answer = sv.call('VALIDATE_VOLUMES', blank) as unknown[][];
    expect(errorOf(answer[0][0])).toEqual({ code: '#N/A', message: 'Tabell saknas' });
    expect(answer).toEqual(sv.call('VALIDATE_VOLUMES', [[null]]));
  });

  it('UNIT_PRICE with a whole-column price table reads the rows it has', () => {
    const table = [
      ['Typ', 'Sjukhus', 'Pris'],
      ['besök', 'SU', 2500],
      ['operation', 'SU', 41000],
    ];
    expect(sv.call('UNIT_PRICE', 'operation', 'SU', wholeColumns(table, 3))).toBe(sv.call('UNIT_PRICE', 'operation', 'SU', table));
  });
});

describe('a result longer than a cell', () => {
  it('is cut to the 32 767 characters a cell holds', () => {
    const long = `≥ 90 % ${'och en mycket lång förklaring '.repeat(2000)}`;
    const explained = sv.call('TARGET_EXPLAIN', long);
    expect(typeof explained === 'string' || isExcelError(explained)).toBe(true);
    const text = typeof explained === 'string' ? explained : (errorOf(explained).message ?? '');
    expect(text.length).toBeLessThanOrEqual(CELL);

    const notANumber = errorOf(sv.call('NUMBER', 'x'.repeat(100_000)));
    expect(notANumber.code).toBe('#VALUE!');
    expect((notANumber.message ?? '').length).toBeLessThanOrEqual(CELL);
  });

  it('VALIDATE_VOLUMES cuts every spilled message', () => {
    const table = seedRange();
    table[29][0] = 'Ortopedi'.repeat(5000);
    table[29][2] = 'x'.repeat(40_000);
    const rows = sv.call('VALIDATE_VOLUMES', table) as unknown[][];
    for (const row of rows) for (const cell of row) if (typeof cell === 'string') expect(cell.length).toBeLessThanOrEqual(CELL);
  });
});
