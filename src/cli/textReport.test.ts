import { MAX_LISTED, renderFileText, renderTotalText, sheetRef } from './textReport';
import type { JsonFile, JsonReport } from './reportSchema';

describe('sheetRef', () => {
  it('quotes a sheet name the way Excel writes it in a reference', () => {
    expect(sheetRef('Indikatorer')).toBe('Indikatorer');
    expect(sheetRef('Måluppföljning')).toBe('Måluppföljning');
    expect(sheetRef('Volymer 2025')).toBe("'Volymer 2025'");
    expect(sheetRef('Sjukhusets tal')).toBe("'Sjukhusets tal'");
    expect(sheetRef("O'Brien")).toBe("'O''Brien'");
    expect(sheetRef('2025')).toBe("'2025'");
  });
});

describe('renderFileText', () => {
  const file: JsonFile = {
    file: 'a.xlsx',
    tables: [
      {
        sheet: 'Indikatorer',
        range: 'A4:E7',
        kind: 'indicators',
        findings: [
          { cell: 'D5', row: 5, severity: 'warning', code: 'target-missed', message: 'målet nås inte' },
          { cell: 'D7', row: 7, severity: 'error', code: 'outcome-missing', message: 'utfall saknas' },
        ],
        indicators: [
          { row: 5, indicator: 'Beläggningsgrad, somatisk vård', target: '≤ 90 %', outcome: 0.934, status: 'missed', reason: 'utfall 93,4 % mot mål ≤ 90 %' },
          { row: 6, indicator: 'Beläggningsgrad, psykiatrisk vård', target: '≤ 90 %', outcome: 0.872, status: 'met', reason: 'ok' },
          { row: 7, indicator: 'Medelvårdtid på sjukhus', target: '3 dagar', outcome: null, status: 'not-assessable', reason: 'inget utfall' },
        ],
      },
    ],
    findings: [],
    summary: { errors: 1, warnings: 1, missed: 1 },
  };

  it('lists findings, then the indicators that are not met with their reasons, without saying a missed target twice', () => {
    expect(renderFileText(file, 'sv')).toBe(
      [
        'a.xlsx',
        '  Indikatorer!A4:E7  indikatortabell',
        '    Indikatorer!D7  fel  outcome-missing  utfall saknas',
        '    Indikatorer: 1 uppfyllt, 1 ej uppfyllt, 1 ej bedömbart.',
        '      rad 5  ej uppfyllt   Beläggningsgrad, somatisk vård: utfall 93,4 % mot mål ≤ 90 %',
        '      rad 7  ej bedömbart  Medelvårdtid på sjukhus: inget utfall',
        '  Summering: 1 fel, 1 varning, 1 mål ej uppfyllt.',
        '',
      ].join('\n'),
    );
  });

  it('counts indicators in the singular for one and the plural for none or more', () => {
    const indicators = file.tables[0].kind === 'indicators' ? file.tables[0].indicators : [];
    const [missed, met, notAssessable] = indicators;
    const table = { ...file.tables[0], findings: [], indicators: [missed, { ...missed, row: 8 }, met, { ...met, row: 9 }, { ...met, row: 10 }] };
    const text = (locale: 'sv' | 'en') => renderFileText({ ...file, tables: [table] }, locale);
    expect(text('sv')).toContain('\n    Indikatorer: 3 uppfyllda, 2 ej uppfyllda, 0 ej bedömbara.\n');
    expect(text('en')).toContain('\n    Indicators: 3 met, 2 missed, 0 not assessable.\n');
    const one = { ...file.tables[0], findings: [], indicators: [notAssessable] };
    expect(renderFileText({ ...file, tables: [one] }, 'sv')).toContain('    Indikatorer: 0 uppfyllda, 0 ej uppfyllda, 1 ej bedömbart.\n');
  });

  it('says why a file could not be read', () => {
    const unreadable: JsonFile = {
      file: 'b.xlsx',
      tables: [],
      findings: [],
      summary: { errors: 0, warnings: 0, missed: 0 },
      error: { code: 'not-found', message: 'b.xlsx: no such file.' },
    };
    expect(renderFileText(unreadable, 'en')).toBe('b.xlsx\n  error: b.xlsx: no such file.\n');
  });
});

describe('renderTotalText', () => {
  const report = (files: number, unreadable: number, errors: number, warnings: number, missed: number): JsonReport => ({
    files: Array.from({ length: files }, (_, i) => ({ file: `${i}.xlsx`, tables: [], findings: [], summary: { errors: 0, warnings: 0, missed: 0 } })),
    summary: { errors, warnings, missed, unreadable },
  });

  it('one file, in both languages', () => {
    expect(renderTotalText(report(1, 0, 0, 1, 1), 'sv')).toBe('Totalt 1 fil: 0 fel, 1 varning, 1 mål ej uppfyllt.\n');
    expect(renderTotalText(report(1, 0, 0, 1, 1), 'en')).toBe('In all: 1 file, 0 errors, 1 warning, 1 missed target.\n');
  });

  it('several files, one of them unreadable', () => {
    expect(renderTotalText(report(3, 1, 2, 0, 0), 'sv')).toBe('Totalt 3 filer: 2 fel, 0 varningar, 0 mål ej uppfyllda; 1 fil kunde inte läsas.\n');
    expect(renderTotalText(report(3, 1, 2, 0, 0), 'en')).toBe('In all: 3 files, 2 errors, 0 warnings, 0 missed targets; 1 file could not be read.\n');
  });
});

describe('text from the workbook in the readable report', () => {
  it('reaches the terminal without control characters, lines kept whole', () => {
    const file: JsonFile = {
      file: 'in\u001b]0;titel\u0007.xlsx',
      tables: [
        {
          sheet: 'Volymer\r2025',
          range: 'A1:D3',
          kind: 'volumes',
          findings: [{ cell: 'B3', row: 3, severity: 'error', code: 'not-a-number', message: '”\u001b[2J\u001b[HRent” är inget tal\nrad två' }],
        },
      ],
      findings: [{ sheet: 'Blad\u009b1', severity: 'error', code: 'no-table', message: 'ingen tabell \u202eabc' }],
      summary: { errors: 2, warnings: 0, missed: 0 },
    };
    const text = renderFileText(file, 'sv');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(text.split('\n')).toEqual([
      'in␛]0;titel␇.xlsx',
      "  'Volymer 2025'!A1:D3  volymtabell",
      "    'Volymer 2025'!B3  fel  not-a-number  ”␛[2J␛[HRent” är inget tal rad två",
      '  Arbetsboken:',
      "    'Blad\ufffd1'  fel  no-table  ingen tabell \ufffdabc",
      '  Summering: 2 fel, 0 varningar, 0 mål ej uppfyllda.',
      '',
    ]);
  });
});

describe('a flood of findings in the readable report', () => {
  const many = (n: number): JsonFile => ({
    file: 'flod.xlsx',
    tables: [
      {
        sheet: 'Volymer',
        range: `A1:D${n + 1}`,
        kind: 'volumes',
        findings: Array.from({ length: n }, (_, i) => ({
          cell: `B${i + 2}`,
          row: i + 2,
          severity: 'error' as const,
          code: 'sum-mismatch',
          message: `uppdrag ${i}`,
        })),
      },
    ],
    findings: Array.from({ length: n }, (_, i) => ({ sheet: `Blad ${i}`, severity: 'error' as const, code: 'sheet-unreadable', message: 'kunde inte läsas' })),
    summary: { errors: 2 * n, warnings: 0, missed: 0 },
  });

  it('lists the first MAX_LISTED of a table and of the workbook, and counts the rest', () => {
    const lines = renderFileText(many(MAX_LISTED + 5), 'sv').split('\n');
    expect(lines.filter((l) => l.includes('sum-mismatch'))).toHaveLength(MAX_LISTED);
    expect(lines.filter((l) => l.includes('sheet-unreadable'))).toHaveLength(MAX_LISTED);
    expect(lines.filter((l) => l.trim() === '… och 5 till (alla finns i --json)')).toHaveLength(2);
    expect(renderFileText(many(MAX_LISTED), 'en')).not.toContain('more (all of them in --json)');
  });

  it('renders 200 000 findings a table without overflowing the call stack', () => {
    const text = renderFileText(many(200_000), 'en');
    expect(text).toContain(`… and ${(200_000 - MAX_LISTED).toLocaleString('en-GB')} more (all of them in --json)`);
    expect(text).toContain('Summary: 400,000 errors, 0 warnings, 0 missed targets.');
  });
});
