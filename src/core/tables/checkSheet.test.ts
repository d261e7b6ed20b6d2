import { checkSheet } from './checkSheet';
import { summarize } from '../workbook/summarize';
import { gridFromText } from './shared/gridFromText';
import { fixtureText } from '../../../test/fixtures/grids';
import { formatMessage } from '../../i18n/format';

describe('checkSheet', () => {
  test('the whole of seed 000 pasted as one sheet: the volume table is found where it is and ends at Totalsumma', () => {
    const text = fixtureText('seed-000.txt');
    const headerLine = text.split('\n').indexOf('\tuppdrag\tSV bas\ttillägg') + 1;
    const check = checkSheet(gridFromText(text, 1, 1, 'Uppdrag 2025'));
    expect(check.sheet).toBe('Uppdrag 2025');
    // Further down, the reimbursement for 2025 is the sum of the items above it: a production table, checked.
    const sumLine = text.split('\n').lastIndexOf('<b>Ersättning uppdrag 2025</b>\t<b>3 125 153</b>') + 1;
    expect(check.tables.map((t) => [t.kind, t.range])).toEqual([
      ['volumes', `A${headerLine}:D${headerLine + 60}`],
      ['production', `A${sumLine - 6}:B${sumLine}`],
    ]);
    expect(check.tables[1].findings).toEqual([]);
    const volumes = check.tables[0];
    expect(volumes.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(volumes.findings.every((f) => f.code === 'text-number')).toBe(true);
    // The indicator tables of seed 000 have no outcome column, so they cannot be checked: the validator
    // fails closed and says so, even beside a volume table: once, at the first of the header rows the PDF
    // repeats on every page, counting the others.
    const indicatorHeaders = text.split('\n').flatMap((line, i) => (line.split('\t')[2] === 'Indikator/Uppföljning' ? [i + 1] : []));
    expect(indicatorHeaders.length).toBe(10);
    expect(check.findings.map((f) => `${f.code}@${f.cell}`)).toEqual([`no-table@C${indicatorHeaders[0]}`]);
    expect(check.findings[0]).toMatchObject({ sheet: 'Uppdrag 2025', message: { key: 'table.noIndicatorTableNearMissRepeated', params: { more: 9 } } });
    expect(summarize([check])).toMatchObject({ errors: 1, readyToSubmit: false });
  });

  test('a volume header that came close beside an indicator table is not dropped: an error at its header row', () => {
    const text = [
      'Indikator\tMålvärde\tUtfall',
      'Beläggningsgrad\t≤ 90 %\t0,85',
      '',
      '',
      'Specialitet\tUppdrag\tBas\tExtravolym',
      'Ortopedi\t11080\t8134\t2937',
    ].join('\n');
    const check = checkSheet(gridFromText(text, 1, 1, 'Blad1'));
    expect(check.tables.map((t) => t.kind)).toEqual(['indicators']);
    expect(check.findings.map((f) => `${f.sheet}!${f.cell} ${f.severity} ${f.code}`)).toEqual(['Blad1!B5 error no-table']);
    expect(formatMessage('sv', check.findings[0].message)).toMatch(/^Rad 5 ser ut som rubrikraden i en volymtabell men saknar kolumnen för tillägg/);
    expect(summarize([check])).toMatchObject({ errors: 1, readyToSubmit: false });
  });

  test('the same header misspelt (Tillägsvolym) is read as a table, and its wrong sum is an error', () => {
    const text = [
      'Indikator\tMålvärde\tUtfall',
      'Beläggningsgrad\t≤ 90 %\t0,85',
      '',
      '',
      'Specialitet\tUppdrag\tBas\tTillägsvolym',
      'Ortopedi\t11080\t8134\t2937',
    ].join('\n');
    const check = checkSheet(gridFromText(text));
    expect(check.findings).toEqual([]);
    expect(check.tables.map((t) => t.kind)).toEqual(['indicators', 'volumes']);
    expect(check.tables[1].findings.filter((f) => f.severity === 'error').map((f) => `${f.code}@${f.cell}`)).toEqual(['sum-mismatch@B6']);
  });

  test('a volume table and an indicator table on one sheet, in sheet order', () => {
    const text = ['Indikator\tMålvärde\tUtfall', 'Beläggningsgrad\t≤ 90 %\t0,95', '', '', '\tUppdrag\tBas\tTillägg', 'BUP\t760\t516\t244'].join('\n');
    const check = checkSheet(gridFromText(text));
    expect(check.tables.map((t) => [t.kind, t.range])).toEqual([
      ['indicators', 'A1:C2'],
      ['volumes', 'A5:D6'],
    ]);
    expect(summarize([check])).toEqual({ errors: 0, warnings: 3, missed: 1, met: 0, partly: 0, notAssessable: 0, readyToSubmit: true });
  });

  test('a sheet with no table of any kind: no tables, no findings, what was looked for, and not ready (nothing was checked)', () => {
    const check = checkSheet(gridFromText('Anteckningar\nInget att kontrollera här'));
    expect(check).toEqual({
      tables: [],
      findings: [],
      lookedFor: [{ key: 'table.noVolumeTable' }, { key: 'table.noIndicatorTable' }, { key: 'table.noProductionTable' }],
    });
    expect(summarize([check]).readyToSubmit).toBe(false);
  });
});

describe('summarize', () => {
  test('no checks at all is not ready', () => {
    expect(summarize([])).toEqual({ errors: 0, warnings: 0, missed: 0, met: 0, partly: 0, notAssessable: 0, readyToSubmit: false });
  });

  test('a no-table finding counts as an error', () => {
    const check = {
      tables: [],
      findings: [{ code: 'no-table' as const, severity: 'error' as const, cell: 'A1', row: 1, column: 1, message: { key: 'table.noVolumeTable' as const } }],
    };
    expect(summarize([check])).toMatchObject({ errors: 1, readyToSubmit: false });
  });
});
