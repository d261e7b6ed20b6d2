/**
 * VALIDATE_VOLUMES through the built bundle on seed 000's 2025 volume table, the way Excel hands a range
 * over: rows of values, numbers as numbers, blank cells as null.
 */
import { asExcelWouldHold, pastedGrid } from '../fixtures/grids';
import { isExcelError, loadFunctionsBundle } from '../support/functionsHarness';

const sv = loadFunctionsBundle({ displayLanguage: 'sv-SE' });
const en = loadFunctionsBundle({ displayLanguage: 'en-US' });

const seedRange = () => asExcelWouldHold(pastedGrid('seed-000-volumes.tsv')).cells.map((row) => [...row]);
/** The seed table has Ortopedi's first visits on row 30 of the range: 11 080 | 8 143 | 2 937. */
const ORTOPEDI = 29;

describe('VALIDATE_VOLUMES', () => {
  it('the seed table as Excel holds it: "Inga fel" / "No findings"', () => {
    const range = seedRange();
    expect(range[ORTOPEDI]).toEqual(['Ortopedi', 11080, 8143, 2937]);
    expect(sv.call('VALIDATE_VOLUMES', range)).toEqual([['Inga fel']]);
    expect(en.call('VALIDATE_VOLUMES', range)).toEqual([['No findings']]);
  });

  it('rows typed in under the totals row spill as rows-outside-table, never "Inga fel"', () => {
    const range = [...seedRange(), [null, null, null, null], ['BUP', 100, 50, 40]];
    expect(sv.call('VALIDATE_VOLUMES', range)).toEqual([
      [
        63,
        '',
        'Fel',
        'rows-outside-table',
        'Rad 63 ser ut som en rad i volymtabellen A1:D61 men ligger under summaraden (rad 61) och kontrollerades inte. Flytta upp raden ovanför summaraden, eller ta bort den.',
      ],
    ]);
  });

  it('the transposed base 8 134 spills a row: row, column, severity, code, message', () => {
    const range = seedRange();
    range[ORTOPEDI][2] = 8134;
    const rows = sv.call('VALIDATE_VOLUMES', range) as unknown[][];
    expect(Array.isArray(rows)).toBe(true);
    for (const row of rows) expect(row).toHaveLength(5);
    const ortopedi = rows.find((r) => r[0] === 30 && r[3] === 'sum-mismatch');
    expect(ortopedi).toBeDefined();
    expect(ortopedi![2]).toBe('Fel');
    expect(String(ortopedi![4])).toMatch(/11 080/);
    expect(String(ortopedi![4])).toMatch(/8 134/);
    // Rows come top to bottom.
    const order = rows.map((r) => r[0] as number);
    expect(order).toEqual([...order].sort((a, b) => a - b));

    const english = en.call('VALIDATE_VOLUMES', range) as unknown[][];
    const row = english.find((r) => r[0] === 30 && r[3] === 'sum-mismatch')!;
    expect(row[2]).toBe('Error');
    expect(String(row[4])).toMatch(/11,080/);
  });

  it('numbers pasted as text are warnings, with the column header as written', () => {
    const range = seedRange();
    range[ORTOPEDI][1] = '11 080';
    const rows = sv.call('VALIDATE_VOLUMES', range) as unknown[][];
    expect(rows).toContainEqual([30, 'uppdrag', 'Varning', 'text-number', expect.any(String)]);
    expect(rows.every((r) => r[2] === 'Varning')).toBe(true);
  });

  it('a range with no volume table is a finding, not a crash', () => {
    const rows = sv.call('VALIDATE_VOLUMES', [
      ['Hej', 'på'],
      ['dig', 'där'],
    ]) as unknown[][];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toHaveLength(5);
    expect(rows[0][3]).toBe('no-table');
  });

  it('an empty range is #N/A naming the table', () => {
    const answer = sv.call('VALIDATE_VOLUMES', [[null]]) as unknown[][];
    expect(answer).toHaveLength(1);
    const e = answer[0][0];
    expect(isExcelError(e, '#N/A')).toBe(true);
    expect((e as { message?: string }).message).toBe('Tabell saknas');
  });
});
