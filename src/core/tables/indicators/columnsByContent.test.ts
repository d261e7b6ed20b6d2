/**
 * Indicator tables whose headings mislead (test/fixtures/contentLayouts): columns chosen by what their
 * cells hold, references named for a period, and sections and rows without data.
 */
import { maxOf } from '../../arrays';
import { checkSheet } from '../checkSheet';
import type { CellValue, Grid } from '../../types';
import { formatMessage } from '../../../i18n/format';
import { checkIndicators, describeIndicatorColumns, type IndicatorTable } from '.';
import { indicatorHeaderRole, readIndicatorHeaderRow } from './indicatorHeader';
import { headingPeriod } from './headingPeriod';
import {
  INTERIM_WITH_REFERENCE_ROWS,
  INTERIM_WITH_REFERENCE_STATUS,
  PLAN_FOLLOW_UP_DEVELOPMENT,
  PLAN_FOLLOW_UP_ROWS,
  PLAN_FOLLOW_UP_STATUS,
} from '../../../../test/fixtures/contentLayouts';

function grid(rows: (CellValue | undefined)[][]): Grid {
  const width = maxOf(rows.map((r) => r.length));
  return { cells: rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)), top: 1, left: 1, sheet: 'Uppföljning' };
}
const tablesOf = (rows: (CellValue | undefined)[][]) => checkSheet(grid(rows)).tables as IndicatorTable[];
const describe_ = (t: IndicatorTable, locale: 'sv' | 'en') => formatMessage(locale, describeIndicatorColumns(t.columns)!);
const byRow = <T>(t: IndicatorTable, pick: (i: IndicatorTable['indicators'][number]) => T) => Object.fromEntries(t.indicators.map((i) => [i.row, pick(i)]));

describe('a plan’s follow-up: goal statements under "Mål", the target under "Målvärde 2025"', () => {
  const check = checkSheet(grid(PLAN_FOLLOW_UP_ROWS));
  const [table] = check.tables as IndicatorTable[];

  test('the target is the column of measurable targets; the outcome the latest tertial, the reference the one a year before; the status by its marks', () => {
    expect(check.tables.map((t) => t.range)).toEqual(['A3:F10']);
    expect(table.columns).toMatchObject({ indicator: 2, target: 3, outcome: 4, reference: 5, status: 6 });
    expect(describe_(table, 'sv')).toBe(
      'Kolumnerna: indikator B ”Indikator/Uppföljning”; mål C ”Målvärde 2025” (cellerna är mätbara mål, inte A ”Mål”); utfall D ”Utfall T2 2025” (den senaste perioden); jämförelse E ”Utfall T2 2024” (en tidigare period); måluppfyllelse F ”Bedömning”.',
    );
    expect(describe_(table, 'en')).toBe(
      'Columns: indicator B “Indikator/Uppföljning”; target C “Målvärde 2025” (its cells are measurable targets, not A “Mål”); outcome D “Utfall T2 2025” (the latest period); reference E “Utfall T2 2024” (an earlier period); status F “Bedömning”.',
    );
  });

  test('change targets are judged against last year’s tertial, and the development is read against it', () => {
    expect(byRow(table, (i) => i.status)).toEqual(PLAN_FOLLOW_UP_STATUS);
    const development = byRow(table, (i) => i.development);
    for (const [row, d] of Object.entries(PLAN_FOLLOW_UP_DEVELOPMENT)) expect([row, development[Number(row)]]).toEqual([row, d]);
    expect(formatMessage('sv', table.indicators.find((i) => i.row === 9)!.reason)).toBe('utfall 14 mot referensvärde 21, mål lägre än referensvärdet');
  });

  test('the indicator named and nothing else is listed as not assessable and gives no finding; the section whose indicators are not ready is no table', () => {
    expect(formatMessage('sv', table.indicators.find((i) => i.row === 10)!.reason)).toBe('varken målvärde eller utfall är ifyllt');
    expect(table.findings.map((f) => `${f.cell} ${f.code}`)).toEqual(['D4 target-missed', 'D7 target-missed']);
    expect(check.findings).toEqual([]);
  });

  test('the same goal statements as the only target column are still read as it (nothing better is there)', () => {
    const rows = PLAN_FOLLOW_UP_ROWS.slice(0, 10).map((r) => [r[0], r[1], r[3], r[4]]);
    rows[2] = ['Mål', 'Indikator/Uppföljning', 'Utfall T2 2025', 'Utfall T2 2024'];
    const [t] = tablesOf(rows);
    expect(t.columns).toMatchObject({ indicator: 2, target: 1, outcome: 3, reference: 4 });
  });
});

describe('an interim report with last year’s figure left of the outcome and the trend under "Pil"', () => {
  const [table] = tablesOf(INTERIM_WITH_REFERENCE_ROWS);

  test('"Samma period fg år" is the reference in either order, and the arrows are the development column', () => {
    expect(table.columns).toMatchObject({ indicator: 2, target: 3, outcome: 6, reference: 5, development: 7 });
    expect(byRow(table, (i) => i.status)).toEqual(INTERIM_WITH_REFERENCE_STATUS);
    expect(describe_(table, 'sv')).toContain('utveckling G ”Pil” (cellerna visar utveckling)');
  });
});

describe('references named for a period', () => {
  test.each(['Fg år', 'Föregående år', 'Jmf fg år', 'Samma period fg år', 'Jämfört med', 'Utfall föregående år', 'Jämförelsevärde'])(
    '%s is a reference',
    (heading) => {
      expect(indicatorHeaderRole(heading)).toBe('reference');
    },
  );

  test.each(['Förändring jmf fg år', 'Skillnad mot fg år'])('%s is a change, no reference', (heading) => {
    expect(indicatorHeaderRole(heading)).not.toBe('reference');
  });

  test.each([
    [['Indikator', 'Mål', 'Utfall 2024', 'Utfall 2025'], 4, 3],
    [['Indikator', 'Mål', 'Utfall 2025', 'Utfall 2024'], 3, 4],
    [['Indikator', 'Mål', 'Utfall T1 2025', 'Utfall T2 2025', 'Utfall T2 2024'], 4, 5],
    [['Indikator', 'Mål', 'Utfall T2 2024', 'Utfall T1 2025', 'Utfall T2 2025'], 5, 3],
    [['Indikator', 'Mål', 'Utfall', 'Utfall 2024'], 3, 4],
    [['Indikator', 'Mål', 'Fg år', 'Utfall 2025', 'Utfall 2024'], 4, 3],
    [['Indikator', 'Mål', 'Utfall T1', 'Utfall T2'], 4, 3],
  ])('%j: outcome in column %i, reference in %i', (header, outcome, reference) => {
    expect(readIndicatorHeaderRow(header, 1).columns).toMatchObject({ outcome, reference });
  });

  test.each([
    ['Utfall T2 2024', 202408],
    ['Utfall 2025', 202512],
    ['Utfall jan–aug 2025', 202508],
    ['Q3 2023', 202309],
    ['jan-24', 202401],
    ['Delår 2025', 202508],
    ['Periodens utfall', null],
  ])('%s names the period %p', (heading, key) => {
    expect(headingPeriod(heading).key).toBe(key);
  });
});

describe('columns chosen by content', () => {
  test('of two indicator headings, the one with a name on every row; the one that repeats a sentence groups them', () => {
    const [t] = tablesOf([
      ['Indikator', 'Mått', 'Målvärde', 'Utfall'],
      ['Nära vård', 'Egenmonitorering, antal patienter', 'Ska öka', 286],
      ['Nära vård', 'Digitala kallelser', 'ska öka', 0.62],
      ['Nära vård', 'Taligenkänning', 'ska öka', 0.18],
    ]);
    expect(t.columns).toMatchObject({ indicator: 2, target: 3, outcome: 4 });
    expect(t.indicators.map((i) => i.indicator)).toEqual(['Egenmonitorering, antal patienter', 'Digitala kallelser', 'Taligenkänning']);
  });

  test('a column of marks under a heading that names nothing is the status column; a "Status" column of comments is not', () => {
    const [marked] = tablesOf([
      ['Indikator', 'Målvärde', 'Utfall', 'Nivå'],
      ['Beläggningsgrad, somatisk vård', '≤ 90 %', 0.934, '▲'],
      ['Beläggningsgrad, psykiatrisk vård', '≤ 90 %', 0.872, '■'],
    ]);
    expect(marked.columns.status).toBe(4);
    const [commented] = tablesOf([
      ['Indikator', 'Målvärde', 'Utfall', 'Status'],
      ['Beläggningsgrad, somatisk vård', '≤ 90 %', 0.934, 'Åtgärdsplan tas fram med verksamheten'],
      ['Beläggningsgrad, psykiatrisk vård', '≤ 90 %', 0.872, 'Följs upp månadsvis i ledningsgruppen'],
    ]);
    expect(commented.columns.status).toBeUndefined();
  });

  test('a header that names no target is completed by a column of comparisons, one that names no outcome by figures under a year', () => {
    const [target] = tablesOf([
      ['Indikator', 'Ambition 2025', 'Utfall'],
      ['Beläggningsgrad, somatisk vård', '≤ 90 %', 0.934],
      ['Egenmonitorering, antal patienter', 'Ska öka', 286],
    ]);
    expect(target.columns).toMatchObject({ indicator: 1, target: 2, outcome: 3 });
    expect(describe_(target, 'sv')).toContain('mål B ”Ambition 2025” (cellerna är mätbara mål)');
    const [outcome] = tablesOf([
      ['Indikator', 'Målvärde', 2025],
      ['Beläggningsgrad, somatisk vård', '≤ 90 %', 0.934],
      ['Oplanerade återinläggningar inom 30 dagar 65 år och äldre', '≤ 8,5%', 0.079],
    ]);
    expect(outcome.columns).toMatchObject({ indicator: 1, target: 2, outcome: 3 });
  });

  test('seed 000’s follow-up table, which has no outcome column, stays a header that came close', () => {
    const check = checkIndicators(
      grid([
        [null, 'Uppdrag', 'Indikator/Uppföljning', 'Målvärde', 'Datainhämtning/källa', 'Uppföljnings-tillfällen 2025'],
        [
          'Grunduppdrag',
          'Ambulanssjukvård',
          'Andel patienter som bedöms som Prio 1A',
          '≥90 % inom 20 minuter (regionalt mål)',
          'Månatliga rapporter från QlicWiew/SOS Alarm',
          'Delår augusti, helår',
        ],
        [null, 'Förstärkt intensivvård', 'Förstärkt IVA-vård i förvaltningens beredskapsplan Ja/Nej', 'Ja', 'Utförare', 'Helår'],
      ]),
    );
    expect(check.tables).toEqual([]);
    expect(check.findings.map((f) => f.message.key)).toEqual(['table.noIndicatorTableNearMiss']);
  });
});
