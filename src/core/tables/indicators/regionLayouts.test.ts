/**
 * The engine on indicator tables laid out as two regions' documents lay them out (test/fixtures/regionLayouts):
 * table by table, every readable outcome judged, no error on a readable outcome, lower-is-better measures
 * judged the right way with the reason, every indicator without a target flagged, nothing in a heading,
 * footnote or note row judged.
 */
import { checkSheet } from '../checkSheet';
import type { CellValue, Grid } from '../../types';
import { formatMessage } from '../../../i18n/format';
import {
  EXPECTED_INTERIM,
  EXPECTED_PLAN,
  INTERIM_FINDINGS,
  INTERIM_REPORT_ROWS,
  INTERIM_TABLES,
  PLAN_FINDINGS,
  PLAN_ROWS,
  PLAN_TABLES,
} from '../../../../test/fixtures/regionLayouts';
import type { IndicatorTable } from './types';

function grid(rows: (CellValue | undefined)[][], sheet: string): Grid {
  const width = Math.max(...rows.map((r) => r.length));
  return { cells: rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)), top: 1, left: 1, sheet };
}

const sv = (m: Parameters<typeof formatMessage>[1]) => formatMessage('sv', m).replace(/\u00a0/g, ' ');

describe.each([
  ['an interim report (delårsrapport)', INTERIM_REPORT_ROWS, INTERIM_TABLES, EXPECTED_INTERIM, INTERIM_FINDINGS],
  ['a planning document', PLAN_ROWS, PLAN_TABLES, EXPECTED_PLAN, PLAN_FINDINGS],
])('%s', (_name, rows, ranges, expected, findings) => {
  const check = checkSheet(grid(rows, 'Blad'));
  const tables = check.tables as IndicatorTable[];

  test('each small table is found with its own range, under its heading', () => {
    expect(tables.map((t) => `${t.kind} ${t.range}`)).toEqual(ranges.map((r) => `indicators ${r}`));
    expect(check.findings).toEqual([]);
  });

  test('every indicator row is judged as worked out by hand, and nothing else', () => {
    const statuses = Object.fromEntries(tables.flatMap((t) => t.indicators.map((i) => [i.row, i.status])));
    expect(statuses).toEqual(Object.fromEntries(Object.entries(expected).map(([row, s]) => [Number(row), s])));
  });

  test('the findings: missed targets, indicators without a target, and only a real missing outcome as an error', () => {
    expect(tables.flatMap((t) => t.findings.map((f) => `${f.cell} ${f.code}`))).toEqual(findings);
    const errors = tables.flatMap((t) => t.findings.filter((f) => f.severity === 'error'));
    for (const e of errors) expect(rows[e.row - 1][4]).toMatch(/^(Bearbetas|Under utredning)$/);
  });
});

describe('the reasons say where a bare target’s direction came from and name each group', () => {
  const interim = checkSheet(grid(INTERIM_REPORT_ROWS, 'Delår')).tables as IndicatorTable[];
  const plan = checkSheet(grid(PLAN_ROWS, 'Plan')).tables as IndicatorTable[];
  const reason = (tables: IndicatorTable[], row: number) => sv(tables.flatMap((t) => t.indicators).find((i) => i.row === row)!.reason);

  test.each([
    [13, 'utfall 3,1 mot mål ≤ 2,5 (lägre är bättre, utläst ur ”Överbeläggningar per 100 disponibla vårdplatser”)'],
    [8, 'M 135 och K 203 mot mål ≤ 300 (lägre är bättre, utläst ur ”Antal väntande mer än 90 dagar till operation”)'],
    [16, 'M 53 % och K 53 % mot mål ≥ 90 % (högre är bättre, utläst ur ”Andel opererade inom vårdgarantin”)'],
    [6, 'utfall 51 % totalt mot mål ≥ 50 %'],
    [15, 'utfall 90 mot mål ≥ 100'],
    [22, 'utfall 19 mnkr mot mål ≤ 15'],
  ])('interim row %i', (row, text) => {
    expect(reason(interim, row)).toBe(text);
  });

  test.each([
    [12, 'utfall 5 230 mot mål ≤ 5 000 (lägre är bättre, utläst ur ”Påverkbar slutenvård per 100 000 invånare”)'],
    [14, 'utfall 1 612 mot mål ≤ 1 500 (lägre är bättre, utläst ur ”Antal listade patienter per specialist i allmänmedicin”)'],
    [23, 'utfall 10 mot mål ≥ 12 (ingen riktning angiven, högre antas vara bättre)'],
    [22, 'M 12 och K 41 mot mål ≥ 50'],
  ])('plan row %i', (row, text) => {
    expect(reason(plan, row)).toBe(text);
  });

  test('the table’s own status and development columns are read as such', () => {
    expect(interim[1].columns).toMatchObject({ indicator: 2, target: 3, outcome: 5, status: 6, development: 7 });
    expect(plan[0].columns).toMatchObject({ indicator: 1, target: 2, outcome: 5 });
    expect(plan[0].columns.status).toBeUndefined();
  });
});

describe('a table with a direction column keeps to it', () => {
  test('the name decides nothing there: a blank direction cell is "at least", assumed', () => {
    const t = checkSheet(
      grid(
        [
          ['Indikator', 'Mål', 'Utfall', 'Riktning'],
          ['Överbeläggningar per 100 vårdplatser', '2,5', 3.1, 'Lägre är bättre'],
          ['Överbeläggningar per 100 vårdplatser, psykiatri', '2,5', 3.1, null],
        ],
        'Blad',
      ),
    ).tables[0] as IndicatorTable;
    expect(t.indicators.map((i) => [i.status, sv(i.reason)])).toEqual([
      ['missed', 'utfall 3,1 mot mål ≤ 2,5'],
      ['met', 'utfall 3,1 mot mål ≥ 2,5 (ingen riktning angiven, högre antas vara bättre)'],
    ]);
  });
});
