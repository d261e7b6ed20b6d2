import { renderFileText, sheetRef } from './textReport';
import type { JsonFile } from './reportSchema';

describe('sheetRef', () => {
  it('quotes a sheet name the way Excel writes it in a reference', () => {
    expect(sheetRef('Indikatorer')).toBe('Indikatorer');
    expect(sheetRef('Måluppföljning')).toBe('Måluppföljning');
    expect(sheetRef('Volymer 2025')).toBe("'Volymer 2025'");
    expect(sheetRef("Sjukhusets tal")).toBe("'Sjukhusets tal'");
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
        '    Indikatorer: 1 uppfyllda, 1 ej uppfyllda, 1 ej bedömbara.',
        '      rad 5  ej uppfyllt   Beläggningsgrad, somatisk vård: utfall 93,4 % mot mål ≤ 90 %',
        '      rad 7  ej bedömbart  Medelvårdtid på sjukhus: inget utfall',
        '  Summering: 1 fel, 1 varning, 1 mål ej uppfyllt.',
        '',
      ].join('\n'),
    );
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
