import { readFileSync } from 'fs';
import path from 'path';
import { checkRead, readBytes } from './checkWorkbookBytes';

const SAMPLE = path.resolve(__dirname, '..', '..', 'samples', 'malkoll-exempel.xlsx');

describe('the check page’s reading and checking', () => {
  it('reads and checks the sample workbook as the command line does', async () => {
    const step = await readBytes('malkoll-exempel.xlsx', new Uint8Array(readFileSync(SAMPLE)));
    if (!step.ok) throw new Error('the sample should read');
    expect(step.read.grids.map((g) => g.sheet)).toEqual(['Volymer 2025', 'Indikatorer']);
    const at = new Date(2025, 8, 1, 14, 5);
    const result = checkRead('malkoll-exempel.xlsx', step.read, at);
    if (!result.ok) throw new Error('the sample should check');
    expect(result.checkedAt).toBe(at);
    expect(result.check.sheets.flatMap((s) => s.tables.map((t) => `${t.kind} ${t.range}`))).toEqual(['volumes A1:E61', 'indicators A4:F30']);
    expect(result.check.summary).toMatchObject({ errors: 0, warnings: 1, missed: 13, met: 10, notAssessable: 2, readyToSubmit: true });
  });

  it('gives a message naming the file, not an exception, for bytes that are not a workbook', async () => {
    const step = await readBytes('volymer.csv', new TextEncoder().encode('uppdrag;bas;tillägg'));
    expect(step).toEqual({
      ok: false,
      result: {
        file: 'volymer.csv',
        ok: false,
        message: { key: 'cli.read.not-xlsx', params: { file: 'volymer.csv', kind: { message: { key: 'cli.read.not-xlsx.kind', params: { kind: 'text' } } } } },
      },
    });
  });
});

describe('the check page’s bound on what it checks', () => {
  it('hands the checks at most two million cells: a sheet whose used range is larger is named too large, the others are checked', async () => {
    const { sheetXml, workbookParts, zipParts } = await import('../../test/support/xlsxParts');
    const sparse = sheetXml([]).replace(
      '<sheetData></sheetData>',
      '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="600000"><c r="D600000"><v>1</v></c></row></sheetData>',
    );
    const bytes = zipParts(
      workbookParts([
        { name: 'Stor', xml: sparse },
        { name: 'Liten', xml: sheetXml([['BUP', 1]]) },
      ]),
    );
    const step = await readBytes('gles.xlsx', bytes);
    if (!step.ok) throw new Error('the workbook should read');
    expect(step.read.grids.map((g) => g.sheet)).toEqual(['Liten']);
    expect(step.read.notes).toEqual([{ kind: 'sheet-too-large', sheet: 'Stor', range: 'A1:D600000', cellCount: 2_400_000, limit: 2_000_000 }]);
  });
});
