import { checkIndicators } from '.';
import { summarize } from '../../workbook/summarize';
import type { CellValue, Finding, Grid } from '../../types';
import type { IndicatorTable } from './types';
import { formatMessage } from '../../../i18n/format';
import { cellOf, fixtureText, pastedGrid, withCell } from '../../../../test/fixtures/grids';

/**
 * The seed's follow-up table (seed 000, "Indikator/Uppföljning | Målvärde …") has no outcome column: the
 * tests add "Utfall", "Föregående" and "Enhet" just right of "Målvärde" (columns E, F, G) and fill in
 * outcomes for some indicators, keyed by sheet row.
 */
const OUTCOMES: Record<number, [CellValue, CellValue?, CellValue?]> = {
  2: [93], // ≥90 % inom 20 minuter: 93 typed for 93 %
  10: ['Ja'], // Ja
  11: [14, null, 'SV'], // VGR: 140 SU: 76 … SV: 14, for SV
  24: [130, 120], // Fler individer med behov ska diagnostiseras
  28: [0.97], // 100%
  31: [52000, 50000], // Ska öka
  38: [310, 320], // Ska öka, but fell
  39: [0.95], // ≤ 90 %
  // 40: ≤ 90 %, no outcome
  41: [0.081], // ≤ 8,5%
  43: [0.12, 0.1], // ska öka
  44: [1000], // ska öka, no reference
  45: [40, 30],
  46: [5000, 4000],
  50: ['Nej'], // JA
  51: [0.83], // 80%
  53: [1], // 100%
  54: [0.88],
  55: ['100 %'],
  56: [0.995],
  63: [0.025], // SKR-mål max 2% av personalkostnaden
  64: [0.2, 0.15], // Ska öka
};

function seedWithOutcomes(): Grid {
  const grid = pastedGrid('seed-000-indicators.tsv');
  const cells = grid.cells.map((row, i) => {
    const isHeader = row[3] === 'Målvärde';
    const [outcome = null, reference = null, group = null] = OUTCOMES[i + 1] ?? [];
    const added: CellValue[] = isHeader ? ['Utfall', 'Föregående', 'Enhet'] : [outcome, reference, group];
    return [...row.slice(0, 4), ...added, ...row.slice(4)];
  });
  // Medelvårdtid has no target in the seed; give it one with a range the parser cannot read.
  return withCell({ ...grid, cells }, 'D42', '80–90 %');
}

function onlyTable(grid: Grid): IndicatorTable {
  const check = checkIndicators(grid);
  expect(check.findings).toEqual([]);
  expect(check.tables).toHaveLength(1);
  return check.tables[0] as IndicatorTable;
}
const codesAt = (findings: Finding[]) => findings.map((f) => `${f.code}@${f.cell}`);

describe('the follow-up table of seed 000 with outcomes added', () => {
  test('the fixture is what the test says it is', () => {
    const g = seedWithOutcomes();
    expect(cellOf(g, 'C39')).toBe('Beläggningsgrad, somatisk vård');
    expect(cellOf(g, 'D39')).toBe('≤ 90 %');
    expect(cellOf(g, 'D2')).toBe('≥90 % inom 20 minuter (regionalt mål)');
    expect(cellOf(g, 'D40')).toBe('≤ 90 %');
    expect(cellOf(g, 'D10')).toBe('Ja');
    expect(cellOf(g, 'D50')).toBe('JA');
    expect(cellOf(g, 'D63')).toBe('SKR-mål max 2% av personalkostnaden');
    expect(cellOf(g, 'E1')).toBe('Utfall');
  });

  test('one table over every page of the seed: the repeated headers continue it', () => {
    const t = onlyTable(seedWithOutcomes());
    expect(t.range).toBe('B1:J64');
    expect(t.columns).toMatchObject({ indicator: 3, target: 4, outcome: 5, reference: 6, group: 7 });
    expect(t.columns.headers).toMatchObject({
      indicator: 'Indikator/Uppföljning',
      target: 'Målvärde',
      outcome: 'Utfall',
      reference: 'Föregående',
      group: 'Enhet',
    });
  });

  test('each indicator is met, missed or not assessable as TARGET_MET says', () => {
    const t = onlyTable(seedWithOutcomes());
    const status = (row: number) => t.indicators.find((i) => i.row === row)?.status;
    expect(status(39)).toBe('missed'); // 95 % against ≤ 90 %
    expect(status(41)).toBe('met'); // 8,1 % against ≤ 8,5 %
    expect(status(10)).toBe('met'); // Ja
    expect(status(50)).toBe('missed'); // Nej against JA
    expect(status(11)).toBe('met'); // SV 14 against SV: 14
    expect(status(24)).toBe('met'); // 130 > 120
    expect(status(31)).toBe('met');
    expect(status(38)).toBe('missed'); // 310 < 320
    expect(status(44)).toBe('not-assessable'); // no reference
    expect(status(28)).toBe('missed'); // 97 % against 100 %
    expect(status(53)).toBe('met');
    expect(status(55)).toBe('met'); // the text "100 %"
    expect(status(56)).toBe('missed');
    expect(status(63)).toBe('missed'); // 2,5 % against max 2 %
    expect(status(64)).toBe('met');
    expect(status(40)).toBe('not-assessable'); // no outcome
    expect(status(12)).toBe('not-assessable'); // a description, no measurable target
    // Rows with neither a target nor an outcome are not indicators.
    expect(status(3)).toBeUndefined();
    expect(status(35)).toBeUndefined();
    const missed = t.indicators.find((i) => i.row === 39)!;
    expect(missed).toMatchObject({ indicator: 'Beläggningsgrad, somatisk vård', target: '≤ 90 %', outcome: 0.95 });
    expect(formatMessage('sv', missed.reason)).toBe('utfall 95 % mot mål ≤ 90 %');
  });

  test('findings: missed targets, a missing outcome, an unreadable target, a percentage typed as a whole number', () => {
    const t = onlyTable(seedWithOutcomes());
    expect(codesAt(t.findings)).toEqual([
      'percent-scale@E2',
      'target-missed@E28',
      'target-missed@E38',
      'target-missed@E39',
      'outcome-missing@E40',
      'target-unreadable@D42',
      'target-missed@E50',
      'target-missed@E54',
      'target-missed@E56',
      'target-missed@E63',
    ]);
    const severity = Object.fromEntries(t.findings.map((f) => [f.code, f.severity]));
    expect(severity).toEqual({ 'percent-scale': 'warning', 'target-missed': 'warning', 'outcome-missing': 'error', 'target-unreadable': 'warning' });
    const byCell = (cell: string) => t.findings.find((f) => f.cell === cell)!;
    expect(byCell('E39')).toMatchObject({ row: 39, column: 5, rowLabel: 'Beläggningsgrad, somatisk vård', actual: 0.95, expected: '≤ 90 %' });
    expect(formatMessage('sv', byCell('E39').message)).toBe('Beläggningsgrad, somatisk vård: målet nås inte, utfall 95 % mot mål ≤ 90 %');
    expect(formatMessage('sv', byCell('E40').message)).toBe('Beläggningsgrad, psykiatrisk vård: utfall saknas, fast målvärdet ”≤ 90 %” går att mäta');
    expect(formatMessage('sv', byCell('E2').message)).toBe(
      'Utfallet 93 jämförs med ett mål i procent (”≥90 % inom 20 minuter (regionalt mål)”). Menades 93 %? Procent lagras som andel: 93 % är 0,93.',
    );
    expect(summarize([checkIndicators(seedWithOutcomes())])).toEqual({
      errors: 1,
      warnings: 2, // the 7 missed targets are counted as missed, not as warnings
      missed: 7,
      met: expect.any(Number),
      partly: 0,
      notAssessable: expect.any(Number),
      readyToSubmit: false,
    });
  });

  test('with the missing outcome filled in, the table is ready to submit (missed targets are warnings)', () => {
    const check = checkIndicators(withCell(seedWithOutcomes(), 'E40', 0.86));
    const s = summarize([check]);
    expect(s).toMatchObject({ errors: 0, missed: 7, readyToSubmit: true });
  });

  test('the seed table as printed has no outcome column: no table, and one error at its first header row counting the repeats', () => {
    const check = checkIndicators(pastedGrid('seed-000-indicators.tsv'));
    expect(check.tables).toEqual([]);
    // The header "Uppdrag | Indikator/Uppföljning | Målvärde" is printed on every page of the seed.
    const headerRows = fixtureText('seed-000-indicators.tsv')
      .split('\n')
      .flatMap((line, i) => (line.split('\t')[2] === 'Indikator/Uppföljning' ? [i + 1] : []));
    expect(headerRows).toHaveLength(10);
    expect(codesAt(check.findings)).toEqual([`no-table@C${headerRows[0]}`]);
    expect(check.findings[0].severity).toBe('error');
    expect(formatMessage('sv', check.findings[0].message)).toBe(
      'Rad 1 och 9 rader till längre ned ser ut som rubrikrader i en indikatortabell men saknar kolumnen för utfall (Utfall, Periodens utfall eller Resultat), så tabellerna är inte kontrollerade.',
    );
  });

  test('a single header row that came close says so for that row alone', () => {
    const check = checkIndicators({
      cells: [
        ['Indikator', 'Målvärde'],
        ['Beläggningsgrad', '≤ 90 %'],
      ],
      top: 1,
      left: 1,
    });
    expect(formatMessage('en', check.findings[0].message)).toMatch(/^Row 1 looks like the header row of an indicator table but has no column for outcome/);
  });
});

describe('other indicator tables', () => {
  const grid = (rows: CellValue[][], top = 1, left = 1): Grid => ({ cells: rows, top, left });

  test('a title and blank rows above the header; direction and sex columns; a grid offset', () => {
    const t = onlyTable(
      grid(
        [
          ['Uppföljning delår augusti', null, null, null, null],
          [null, null, null, null, null],
          ['Styrmått', 'Mål', 'Periodens utfall', 'Kön', 'Riktning'],
          ['Medelvårdtid', '5', 5.3, null, 'Lägre är bättre'],
          ['Andel rökare', 'M: 17,2 % K: 16 %', 0.15, 'K', null],
          ['Andel rökare', 'M: 17,2 % K: 16 %', 0.18, 'M', null],
        ],
        10,
        2,
      ),
    );
    expect(t.headerRow).toBe(12);
    expect(t.range).toBe('B12:F15');
    expect(t.indicators.map((i) => [i.row, i.status])).toEqual([
      [13, 'missed'],
      [14, 'missed'],
      [15, 'met'],
    ]);
    expect(codesAt(t.findings)).toEqual(['target-missed@D13', 'target-missed@D14']);
  });

  test('an indicator cell left empty: named by the text to its left, or by its row', () => {
    const t = onlyTable(
      grid([
        ['Uppdrag', 'Indikator', 'Målvärde', 'Utfall'],
        ['Förstärkt intensivvård', null, 'Ja', null],
        [null, null, '≥ 90 %', null],
      ]),
    );
    expect(t.indicators.map((i) => i.indicator)).toEqual(['Förstärkt intensivvård', '']);
    expect(t.findings.map((f) => formatMessage('sv', f.message))).toEqual([
      'Förstärkt intensivvård: utfall saknas, fast målvärdet ”Ja” går att mäta',
      'Rad 3: utfall saknas, fast målvärdet ”≥ 90 %” går att mäta',
    ]);
  });

  test('an outcome that is an error value is an error', () => {
    const t = onlyTable(
      grid([
        ['Indikator', 'Målvärde', 'Utfall'],
        ['Beläggningsgrad', '≤ 90 %', { error: '#N/A' }],
      ]),
    );
    expect(codesAt(t.findings)).toEqual(['outcome-missing@C2']);
  });

  test('an outcome that is a placeholder or text is a missing outcome (an error), quoting what is there', () => {
    const check = checkIndicators(
      grid([
        ['Indikator', 'Målvärde', 'Utfall'],
        ['Vårdgaranti första besök', '≥ 90 %', '-'],
        ['Andel SIP', '≥ 90 %', 'Under utredning'],
        ['Beläggningsgrad', '≥ 90 %', 'NaN'],
        ['Väntetid', '≥ 90 %', true],
        ['Handlingsplan finns', 'Ja', 'Kanske'],
      ]),
    );
    const t = check.tables[0] as IndicatorTable;
    expect(t.indicators.map((i) => i.status)).toEqual(['not-assessable', 'not-assessable', 'not-assessable', 'not-assessable', 'not-assessable']);
    expect(codesAt(t.findings)).toEqual(['outcome-missing@C2', 'outcome-missing@C3', 'outcome-missing@C4', 'outcome-missing@C5', 'outcome-missing@C6']);
    expect(t.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(t.findings.map((f) => formatMessage('sv', f.message))).toEqual([
      'Vårdgaranti första besök: utfall saknas: ”-” är inget tal som kan jämföras med målvärdet ”≥ 90 %”',
      'Andel SIP: utfall saknas: ”Under utredning” är inget tal som kan jämföras med målvärdet ”≥ 90 %”',
      'Beläggningsgrad: utfall saknas: ”NaN” är inget tal som kan jämföras med målvärdet ”≥ 90 %”',
      'Väntetid: utfall saknas: ”SANT” är inget tal som kan jämföras med målvärdet ”≥ 90 %”',
      'Handlingsplan finns: utfall saknas: ”Kanske” är varken ja eller nej, som målvärdet ”Ja” kräver',
    ]);
    expect(formatMessage('en', t.findings[1].message)).toBe(
      'Andel SIP: the outcome is missing: “Under utredning” is not a number that can be compared with the target “≥ 90 %”',
    );
    expect(t.findings[1]).toMatchObject({ actual: 'Under utredning', expected: '≥ 90 %', rowLabel: 'Andel SIP' });
    expect(summarize([check])).toMatchObject({ errors: 5, readyToSubmit: false });
  });

  test('yes/no targets accept Ja, Nej, TRUE and FALSE as outcomes', () => {
    const t = onlyTable(
      grid([
        ['Indikator', 'Målvärde', 'Utfall'],
        ['Handlingsplan finns', 'Ja', 'Ja'],
        ['Rutin finns', 'Ja', true],
        ['Avvikelser kvar', 'Nej', 'FALSE'],
        ['Läkemedelsgenomgång', 'Ja', 'Nej'],
      ]),
    );
    expect(t.indicators.map((i) => i.status)).toEqual(['met', 'met', 'met', 'missed']);
    expect(codesAt(t.findings)).toEqual(['target-missed@C5']);
  });

  test('a target with nothing to measure ("Under utredning") asks for no outcome', () => {
    const t = onlyTable(
      grid([
        ['Indikator', 'Målvärde', 'Utfall'],
        ['Ny indikator', 'Under utredning', 'Under utredning'],
        ['Andel SIP', '≥ 80 %', 0.85],
      ]),
    );
    expect(t.findings).toEqual([]);
  });

  test('percent-scale names the outcome actually typed: 7 against ≥ 5 % was probably 7 % (0,07)', () => {
    const t = onlyTable(
      grid([
        ['Indikator', 'Målvärde', 'Utfall'],
        ['Andel återinläggningar', '≥ 5 %', 7],
      ]),
    );
    expect(codesAt(t.findings)).toEqual(['percent-scale@C2']);
    expect(formatMessage('sv', t.findings[0].message)).toBe(
      'Utfallet 7 jämförs med ett mål i procent (”≥ 5 %”). Menades 7 %? Procent lagras som andel: 7 % är 0,07.',
    );
    expect(formatMessage('en', t.findings[0].message)).toBe(
      'The outcome 7 is compared with a percentage target (“≥ 5 %”). Was 7% meant? Percentages are stored as fractions: 7% is 0.07.',
    );
  });

  test('every finding names its sheet', () => {
    const check = checkIndicators({
      ...grid([
        ['Indikator', 'Målvärde', 'Utfall'],
        ['Beläggningsgrad', '≤ 90 %', 0.95],
        ['Andel SIP', '≥ 90 %', null],
      ]),
      sheet: 'Indikatorer',
    });
    expect(check.tables[0].findings.map((f) => `${f.sheet}!${f.cell} ${f.code}`)).toEqual(['Indikatorer!C2 target-missed', 'Indikatorer!C3 outcome-missing']);
    const near = checkIndicators({
      ...grid([
        ['Indikator', 'Målvärde'],
        ['Beläggningsgrad', '≤ 90 %'],
      ]),
      sheet: 'Plan',
    });
    expect(near.findings.map((f) => `${f.sheet}!${f.cell} ${f.code}`)).toEqual(['Plan!A1 no-table']);
  });

  test('a row with a name and nothing else is listed as not assessable, and is no finding', () => {
    const t = onlyTable(
      grid([
        ['Indikator', 'Målvärde', 'Utfall'],
        ['Redovisning av hur medlen använts', null, null],
        ['Andel SIP', '≥ 80 %', 0.85],
      ]),
    );
    expect(t.indicators.map((i) => [i.row, i.status, i.reason.key])).toEqual([
      [2, 'not-assessable', 'table.indicatorNameOnly'],
      [3, 'met', 'target.reason.outcomeVsTarget'],
    ]);
    expect(t.findings).toEqual([]);
  });

  test('a header with only a note under it is no table; a range pointed at that holds nothing else fails closed', () => {
    const rows = grid([
      ['Indikator', 'Målvärde', 'Utfall'],
      ['Indikatorer för uppföljning av den nära vården tas fram under hösten.', null, null],
    ]);
    const check = checkIndicators(rows);
    expect(check.tables).toEqual([]);
    expect(codesAt(check.findings)).toEqual(['no-table@A1']);
    expect(summarize([check]).readyToSubmit).toBe(false);
  });

  test('the table ends before two blank rows', () => {
    const t = onlyTable(
      grid([
        ['Indikator', 'Mål', 'Utfall'],
        ['A', '≥ 90 %', 0.95],
        [null, null, null],
        [null, null, null],
        ['Källa', '2025', 3],
      ]),
    );
    expect(t.bottom).toBe(2);
  });

  test("seed 004's outcome table has directions but no target column: no table", () => {
    const check = checkIndicators(pastedGrid('seed-004-indicator-outcomes.tsv'));
    expect(codesAt(check.findings)).toEqual(['no-table@A1']);
    expect(check.findings[0].message.key).toBe('table.noIndicatorTable');
  });

  test('an empty grid and a grid of prose fail closed', () => {
    expect(codesAt(checkIndicators({ cells: [], top: 3, left: 2 }).findings)).toEqual(['no-table@B3']);
    expect(codesAt(checkIndicators(grid([['Indikatorer och uppföljningsmått anges i tabellen nedan.']])).findings)).toEqual(['no-table@A1']);
  });
});
