/**
 * CHECK_TABLE through the built bundle, the way Excel hands a range over: the production tables of the
 * interim report (counts as numbers, changes and shares as fractions), clean and with each planted error.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DIST, isExcelError, loadFunctionsBundle } from '../support/functionsHarness';
import { hospitalTable, inpatientTable, readmissionTable, visitsTable, type Rows } from '../fixtures/productionTables';

const sv = loadFunctionsBundle({ displayLanguage: 'sv-SE' });
const en = loadFunctionsBundle({ displayLanguage: 'en-US' });

const changed = (rows: Rows, row: number, column: number, value: number): Rows => {
  const copy = rows.map((r) => r.slice());
  copy[row - 1][column - 1] = value;
  return copy;
};
/** [row within the range, code] of each spilled error. */
const errorsOf = (answer: unknown): [unknown, unknown][] => (answer as unknown[][]).filter((r) => r[2] === 'Fel').map((r) => [r[0], r[3]]);

describe('CHECK_TABLE', () => {
  it.each([
    ['visits', visitsTable],
    ['inpatient care', inpatientTable],
    ['per hospital', hospitalTable],
    ['readmissions by year', readmissionTable],
  ])('%s, clean: "Inga fel" / "No findings"', async (_, table) => {
    expect(await sv.call('CHECK_TABLE', table())).toEqual([['Inga fel']]);
    expect(await en.call('CHECK_TABLE', table())).toEqual([['No findings']]);
  });

  it.each([
    ['a mistyped part (its change disagrees too)', visitsTable, 3, 2, 29725, [[3, 'subtotal-mismatch']]],
    ['a hard-coded total off by a digit', visitsTable, 8, 2, 62309, [[8, 'subtotal-mismatch']]],
    ['a wrong change %', visitsTable, 3, 4, 0.086, [[3, 'change-mismatch']]],
    ['a wrong share', visitsTable, 5, 8, 0.282, [[5, 'share-mismatch']]],
    ['a wrong Summa: figure', hospitalTable, 7, 5, 3386, [[7, 'subtotal-mismatch']]],
    ['a wrong yearly rate', readmissionTable, 4, 4, 0.081, [[4, 'share-mismatch']]],
  ])('%s: one row at the right row of the range', async (_, table, row, column, value, expected) => {
    const answer = (await sv.call('CHECK_TABLE', changed(table(), row, column, value))) as unknown[][];
    for (const r of answer) expect(r).toHaveLength(5);
    expect(errorsOf(answer)).toEqual(expected);
  });

  it('spills the message with the figure it expected, in the reader’s language', async () => {
    const [row] = (await sv.call('CHECK_TABLE', changed(visitsTable(), 8, 2, 62309))) as unknown[][];
    expect(row).toEqual([
      8,
      '202204',
      'Fel',
      'subtotal-mismatch',
      '202204: ”Totalt Antal besök” anger 62 309, men ”Läkarbesök” 31 180 + ”Övriga vårdgivarbesök” 31 128 = 62 308',
    ]);
    const [english] = (await en.call('CHECK_TABLE', changed(visitsTable(), 8, 2, 62309))) as unknown[][];
    expect(english[2]).toBe('Error');
    expect(english[4]).toBe('202204: “Totalt Antal besök” says 62,309, but “Läkarbesök” 31,180 + “Övriga vårdgivarbesök” 31,128 = 62,308');
  });

  it('a range with no production table is a finding saying what was looked for, not a crash', async () => {
    const rows = (await sv.call('CHECK_TABLE', [
      ['Hej', 'på'],
      ['dig', 'där'],
    ])) as unknown[][];
    expect(rows).toHaveLength(1);
    expect(rows[0][3]).toBe('no-table');
    expect(String(rows[0][4])).toMatch(/^Ingen produktionstabell hittades/);
  });

  it('an empty range is #N/A naming the table', async () => {
    const answer = (await sv.call('CHECK_TABLE', [[null]])) as unknown[][];
    expect(isExcelError(answer[0][0], '#N/A')).toBe(true);
  });
});

describe('CHECK_TABLE loads the production engine on its first call', () => {
  it('answers a promise, as Excel allows a custom function to, and the engine is not in functions.js', async () => {
    const fresh = loadFunctionsBundle({ displayLanguage: 'sv-SE' });
    const answer = fresh.call('CHECK_TABLE', visitsTable());
    expect(typeof (answer as Promise<unknown>).then).toBe('function'); // a promise of the vm's realm
    expect(await answer).toEqual([['Inga fel']]);
    // The engine's own finding code is in its chunk, not in the script the pane's page loads at start.
    expect(fs.readFileSync(path.join(DIST, 'functions.js'), 'utf8')).not.toContain('share-mismatch');
  });
});
