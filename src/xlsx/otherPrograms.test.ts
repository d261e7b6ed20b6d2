/**
 * Files other programs write that Excel reads (issue 21): date cells (`t="d"`), shared-text cells without a
 * value, part names with backslashes, and the 1904 date system. Read as the cells show them; what is truly
 * damaged is still refused, naming the cell.
 */
import { readWorkbookBytes, type BytesOutcome } from './readWorkbookBytes';
import { formatMessage } from '../i18n/format';
import { sheetXml, stylesXml, with1904, withBackslashes, withStyles, workbookParts, zipParts, type Parts } from '../../test/support/xlsxParts';

async function read(parts: Parts): Promise<Extract<BytesOutcome, { ok: true }>> {
  const outcome = await readWorkbookBytes(zipParts(parts));
  if (!outcome.ok) throw new Error(`expected a read, got ${outcome.code}`);
  return outcome;
}
const oneRow = (cells: string): string => sheetXml([]).replace('<sheetData></sheetData>', `<sheetData><row r="1">${cells}</row></sheetData>`);
const unreadable = (r: Extract<BytesOutcome, { ok: true }>): string[] =>
  r.notes.flatMap((n) => (n.kind === 'sheet-unreadable' ? [formatMessage('en', n.reason)] : []));

describe('date cells (t="d")', () => {
  test.each([
    ['2025-08-31', 45900, 'yyyy-mm-dd'],
    ['2025-08-31T00:00:00Z', 45900, 'yyyy-mm-dd'],
    ['2025-08-31T00:00:00.000', 45900, 'yyyy-mm-dd'],
    ['2025-08-31T12:00:00+02:00', 45900.5, 'yyyy-mm-dd hh:mm:ss'],
    ['2025-08-31 06:00', 45900.25, 'yyyy-mm-dd hh:mm'],
    ['20250831', 45900, 'yyyy-mm-dd'],
    ['20250831T180000', 45900.75, 'yyyy-mm-dd hh:mm:ss'],
    ['2025-08', 45870, 'yyyy-mm'],
    ['12:00:00', 0.5, 'hh:mm:ss'],
    ['T06:00', 0.25, 'hh:mm'],
  ])('%s is read as the serial %p, shown as %s', async (text, serial, format) => {
    const r = await read(workbookParts([{ name: 'Datum', xml: oneRow(`<c r="A1" t="d"><v>${text}</v></c>`) }]));
    expect(r.grids[0].cells).toEqual([[serial]]);
    expect(r.grids[0].formats).toEqual([[format]]);
  });

  test('an empty date cell is blank; a date cell keeps the format its style gives it', async () => {
    const parts = withStyles(
      workbookParts([{ name: 'Datum', xml: oneRow('<c r="A1" t="d"><v></v></c><c r="B1" t="d"/><c r="C1" t="d" s="1"><v>2025-04-30</v></c>') }]),
      stylesXml([[164, 'mmm yyyy']], [0, 164]),
    );
    const r = await read(parts);
    expect(r.grids[0]).toMatchObject({ left: 3, cells: [[45777]], formats: [['mmm yyyy']] });
  });

  test.each(['igår', '2025-02-30', '2025-13-01', '25:00'])('"%s" is no date: the sheet is unreadable, naming the cell', async (text) => {
    const r = await read(workbookParts([{ name: 'Datum', xml: oneRow(`<c r="A1" t="d"><v>${text}</v></c>`) }]));
    expect(unreadable(r)).toEqual([`cell A1 in xl/worksheets/sheet1.xml holds "${text}" where a date belongs`]);
  });
});

describe('shared-text cells without a value', () => {
  test('no value element and an empty one are blank; text written inline under the shared type is that text', async () => {
    const cells = '<c r="A1" t="s"/><c r="B1" t="s"><v/></c><c r="C1" t="s"><is><t>Ortopedi</t></is></c><c r="D1" t="s"><v>0</v></c><c r="E1"><v>11080</v></c>';
    const r = await read(workbookParts([{ name: 'Volymer', xml: oneRow(cells) }], ['Urologi']));
    expect(r.grids[0]).toEqual({ sheet: 'Volymer', top: 1, left: 3, cells: [['Ortopedi', 'Urologi', 11080]] });
    expect(r.notes).toEqual([]);
  });

  test('an index that is no number is still damage', async () => {
    const r = await read(workbookParts([{ name: 'Volymer', xml: oneRow('<c r="A1" t="s"><v>x</v></c>') }], ['Urologi']));
    expect(unreadable(r)).toEqual(['cell A1 in xl/worksheets/sheet1.xml refers to a shared text by an invalid number "x"']);
  });
});

describe('part names written with backslashes', () => {
  test('the package and its relationships read as with slashes', async () => {
    const parts = workbookParts(
      [
        {
          name: 'Volymer',
          xml: sheetXml([
            [null, 'uppdrag', 'bas', 'tillägg'],
            ['BUP', 760, 516, 244],
          ]),
        },
      ],
      ['Urologi'],
    );
    const slashed = await read(parts);
    const backslashed = await read(withBackslashes(parts));
    expect(backslashed).toEqual(slashed);
    expect(backslashed.grids[0].cells).toEqual([
      [null, 'uppdrag', 'bas', 'tillägg'],
      ['BUP', 760, 516, 244],
    ]);
  });

  test('the same part under both spellings is ambiguous, and refused', async () => {
    const parts = workbookParts([{ name: 'Volymer', xml: sheetXml([['BUP', 760]]) }]);
    parts['xl\\worksheets\\sheet1.xml'] = sheetXml([['VUP', 1000]]);
    const r = await read(parts);
    expect(unreadable(r)).toEqual(['the part xl/worksheets/sheet1.xml is there twice']);
  });
});

describe('the 1904 date system', () => {
  const styles = stylesXml(
    [
      [164, 'yyyy-mm-dd'],
      [165, 'h:mm'],
    ],
    [0, 164, 165, 3],
  );
  const cells = '<c r="A1" s="1"><v>44438</v></c><c r="B1" s="2"><v>0.5</v></c><c r="C1" s="3"><v>44438</v></c><c r="D1" t="d"><v>2025-08-31</v></c>';

  test('a date reads as the date it shows, counted in the 1900 system; a time, a number and a date cell as they are', async () => {
    const r = await read(with1904(withStyles(workbookParts([{ name: 'Datum', xml: oneRow(cells) }]), styles)));
    // 44 438 days from 1904-01-01 is 2025-08-31: serial 45 900 in the 1900 system.
    expect(r.grids[0].cells).toEqual([[45900, 0.5, 44438, 45900]]);
    const in1900 = await read(withStyles(workbookParts([{ name: 'Datum', xml: oneRow(cells) }]), styles));
    expect(in1900.grids[0].cells).toEqual([[44438, 0.5, 44438, 45900]]);
  });
});
