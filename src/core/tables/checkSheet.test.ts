import { checkSheet } from './checkSheet';
import { summarize } from './summarize';
import { gridFromText } from './gridFromText';
import { fixtureText } from '../../../test/fixtures/grids';

describe('checkSheet', () => {
  test('the whole of seed 000 pasted as one sheet: the volume table is found where it is and ends at Totalsumma', () => {
    const text = fixtureText('seed-000.txt');
    const headerLine = text.split('\n').indexOf('\tuppdrag\tSV bas\ttillägg') + 1;
    const check = checkSheet(gridFromText(text, 1, 1, 'Uppdrag 2025'));
    expect(check.sheet).toBe('Uppdrag 2025');
    expect(check.findings).toEqual([]);
    expect(check.tables.map((t) => [t.kind, t.range])).toEqual([['volumes', `A${headerLine}:D${headerLine + 60}`]]);
    const volumes = check.tables[0];
    expect(volumes.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(volumes.findings.every((f) => f.code === 'text-number')).toBe(true);
    // The indicator tables of seed 000 have no outcome column: on a searched sheet that is not an error.
    expect(summarize([check])).toMatchObject({ errors: 0, readyToSubmit: true });
  });

  test('a volume table and an indicator table on one sheet, in sheet order', () => {
    const text = ['Indikator\tMålvärde\tUtfall', 'Beläggningsgrad\t≤ 90 %\t0,95', '', '', '\tUppdrag\tBas\tTillägg', 'BUP\t760\t516\t244'].join('\n');
    const check = checkSheet(gridFromText(text));
    expect(check.tables.map((t) => [t.kind, t.range])).toEqual([
      ['indicators', 'A1:C2'],
      ['volumes', 'A5:D6'],
    ]);
    expect(summarize([check])).toEqual({ errors: 0, warnings: 4, missed: 1, met: 0, notAssessable: 0, readyToSubmit: true });
  });

  test('a sheet with neither: no tables, no findings, and not ready (nothing was checked)', () => {
    const check = checkSheet(gridFromText('Anteckningar\nInget att kontrollera här'));
    expect(check).toEqual({ tables: [], findings: [] });
    expect(summarize([check]).readyToSubmit).toBe(false);
  });
});

describe('summarize', () => {
  test('no checks at all is not ready', () => {
    expect(summarize([])).toEqual({ errors: 0, warnings: 0, missed: 0, met: 0, notAssessable: 0, readyToSubmit: false });
  });

  test('a no-table finding counts as an error', () => {
    const check = { tables: [], findings: [{ code: 'no-table' as const, severity: 'error' as const, cell: 'A1', row: 1, column: 1, message: { key: 'table.noVolumeTable' } }] };
    expect(summarize([check])).toMatchObject({ errors: 1, readyToSubmit: false });
  });
});
