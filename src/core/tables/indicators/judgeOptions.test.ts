/** The engine with the controller's settings: a tolerance for partly met, and development against the reference column. */
import { checkSheet } from '../checkSheet';
import type { CellValue, Grid } from '../../types';
import { formatMessage } from '../../../i18n/format';
import { EXPECTED_INTERIM, EXPECTED_INTERIM_DEVELOPMENT, interimReportWithReference } from '../../../../test/fixtures/regionLayouts';
import type { IndicatorTable } from './types';

function grid(rows: (CellValue | undefined)[][]): Grid {
  const width = Math.max(...rows.map((r) => r.length));
  return { cells: rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)), top: 1, left: 1, sheet: 'Delår' };
}

const indicatorsOf = (options?: { tolerance?: number; band?: number }) =>
  (checkSheet(grid(interimReportWithReference()), options).tables as IndicatorTable[]).flatMap((t) => t.indicators);

describe('partly met with a tolerance', () => {
  test('without one, nothing is partly met; with 10 %, the near misses are', () => {
    const without = indicatorsOf();
    expect(without.filter((i) => i.status === 'partly')).toEqual([]);
    const within = Object.fromEntries(indicatorsOf({ tolerance: 0.1 }).map((i) => [i.row, i.status]));
    expect(within).toEqual({
      ...EXPECTED_INTERIM,
      5: 'partly', // 76 % against 80 %: within 8 percentage points (10 % of 80 %)
      15: 'partly', // 90 against ≥ 100
      // 7 (6,2 against ≤ 5), 13 (3,1 against ≤ 2,5), 16 (53 % against 90 %), 22 (19 against ≤ 15): beyond the band
    });
  });

  test('the reason says the band; a partly met indicator is no missed target', () => {
    const checked = checkSheet(grid(interimReportWithReference()), { tolerance: 0.1 }).tables as IndicatorTable[];
    const row5 = checked.flatMap((t) => t.indicators).find((i) => i.row === 5)!;
    expect(formatMessage('sv', row5.reason).replace(/\u00a0/g, ' ')).toContain('delvis uppfyllt: högst 10 % från målvärdet');
    expect(checked.flatMap((t) => t.findings).map((f) => `${f.cell} ${f.code}`)).not.toContain('E5 target-missed');
  });
});

describe('development against the reference column', () => {
  test('each indicator with a reference: better, unchanged, worse, or mixed by group; lower-is-better aware', () => {
    const developments = Object.fromEntries(
      indicatorsOf()
        .filter((i) => i.development)
        .map((i) => [i.row, i.development]),
    );
    expect(developments).toEqual(EXPECTED_INTERIM_DEVELOPMENT);
    const row8 = indicatorsOf().find((i) => i.row === 8)!;
    expect(row8.developmentByGroup).toEqual([
      { group: 'M', development: 'better' },
      { group: 'K', development: 'worse' },
    ]);
    // Where each direction came from, for the sheet's formula to decide it the same way.
    const from = Object.fromEntries(
      indicatorsOf()
        .filter((i) => i.development)
        .map((i) => [i.row, i.developmentFrom]),
    );
    expect(from).toMatchObject({ 6: 'target', 7: 'name', 14: 'target', 17: 'assumed', 22: 'target' });
  });

  test('a band makes small changes unchanged', () => {
    const row5 = indicatorsOf({ band: 0.1 }).find((i) => i.row === 5)!; // 76 % against 72 %: within 10 % of 72 %
    expect(row5.development).toBe('unchanged');
  });

  test('the table’s own columns are read as they are', () => {
    const row5 = indicatorsOf().find((i) => i.row === 5)!;
    expect(row5.own).toEqual({ status: null, development: null });
  });
});
