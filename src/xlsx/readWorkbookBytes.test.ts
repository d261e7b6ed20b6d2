import ExcelJS from 'exceljs';
import { readWorkbookBytes, type BytesOutcome } from './readWorkbookBytes';
import { readFailureMessage } from './readFailureMessage';
import { formatMessage } from '../i18n/format';
import type { Message, MessageParam } from '../core';
import { sheetXml, workbookParts, zipParts, type Parts } from '../../test/support/xlsxParts';
import JSZip from 'jszip';
import { crc32, understatedZip, writeZip } from '../../test/support/zipWriter';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const VOLUMES = [
  [null, 'uppdrag', 'bas', 'tillägg'],
  ['BUP', 760, 516, 244],
  ['VUP', 1000, 630, 370],
];
const en = (m: Message): string => formatMessage('en', m);
/** A sheet whose A1 holds shared text number `index`. */
const sharedCellSheet = (index: number): string =>
  sheetXml([]).replace('<sheetData></sheetData>', `<sheetData><row r="1"><c r="A1" t="s"><v>${index}</v></c></row></sheetData>`);

/** Reads a package built from parts; the outcome must be a read (ok). */
async function readParts(parts: Parts, limits = {}): Promise<Extract<BytesOutcome, { ok: true }>> {
  const read = await readWorkbookBytes(zipParts(parts), { limits });
  if (!read.ok) throw new Error(`expected a read, got ${read.code}: ${JSON.stringify(read.detail)}`);
  return read;
}

/** Reads a package built from parts; the outcome must be a failure, returned with its detail in English. */
async function failParts(parts: Parts, limits = {}): Promise<{ code: string; detail: string }> {
  const read = await readWorkbookBytes(zipParts(parts), { limits });
  if (read.ok) throw new Error('expected the file to be refused');
  return { code: read.code, detail: detailText(read.detail) };
}

function detailText(detail: MessageParam | undefined): string {
  if (detail === undefined) return '';
  if (typeof detail === 'object' && 'message' in detail) return en(detail.message);
  return String(detail);
}

/** The sheet-unreadable notes, as "sheet: reason" in English. */
function unreadable(read: { notes: BytesOutcome extends infer _ ? Extract<BytesOutcome, { ok: true }>['notes'] : never }): string[] {
  return read.notes.flatMap((n) => (n.kind === 'sheet-unreadable' ? [`${n.sheet}: ${en(n.reason)}`] : []));
}

describe('readWorkbookBytes', () => {
  it('reads an .xlsx given as an ArrayBuffer, as a browser hands it over', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Volymer 2025').addRow(['BUP', 760, 516, 244]);
    // Node hands back a Buffer, often a view into a larger pool: cut out exactly its bytes.
    const written = (await workbook.xlsx.writeBuffer()) as unknown as Uint8Array;
    const arrayBuffer = written.buffer.slice(written.byteOffset, written.byteOffset + written.byteLength) as ArrayBuffer;
    const read = await readWorkbookBytes(arrayBuffer);
    expect(read).toEqual({ ok: true, grids: [{ sheet: 'Volymer 2025', top: 1, left: 1, cells: [['BUP', 760, 516, 244]] }], notes: [] });
  });

  it('tells what a file is when it is not an .xlsx', async () => {
    expect(await readWorkbookBytes(new Uint8Array())).toEqual({ ok: false, code: 'empty' });
    expect(await readWorkbookBytes(text('uppdrag;bas;tillägg\n760;516;244'))).toEqual({ ok: false, code: 'not-xlsx', detail: 'text' });
    expect(await readWorkbookBytes(text('%PDF-1.7 …'))).toEqual({ ok: false, code: 'not-xlsx', detail: 'PDF' });
    expect(await readWorkbookBytes(text('<html><table>'))).toEqual({ ok: false, code: 'not-xlsx', detail: 'XML/HTML' });
    expect(await readWorkbookBytes(new Uint8Array([0, 1, 2, 200, 201]))).toEqual({ ok: false, code: 'not-xlsx' });
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await readWorkbookBytes(ole)).toEqual({ ok: false, code: 'xls-or-encrypted' });
  });

  it('calls a cut-off zip damaged, in its own words and not the library’s', async () => {
    const read = await readWorkbookBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(read).toEqual({ ok: false, code: 'corrupt', detail: { message: { key: 'read.zip.incomplete' } } });
    const whole = zipParts(workbookParts([{ name: 'Volymer', xml: sheetXml(VOLUMES) }]));
    const cut = await readWorkbookBytes(whole.subarray(0, whole.length - 30));
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(cut.code).toBe('corrupt');
  });

  it('reads texts, numbers, booleans, errors, formulas’ results and dates as Excel holds them', async () => {
    const xml = sheetXml([], {
      after: '',
    }).replace(
      '<sheetData></sheetData>',
      '<sheetData><row r="2">' +
        '<c r="B2" t="s"><v>0</v></c><c r="C2"><v>8143</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#REF!</v></c>' +
        '<c r="F2"><f>C2*2</f><v>16286</v></c><c r="G2" t="str"><f>"ja"</f><v>ja</v></c><c r="H2" t="d"><v>2025-08-31T00:00:00Z</v></c>' +
        '<c r="I2" s="3"/><c r="J2"><f>SUM(C2:C3)</f></c>' +
        '</row></sheetData>',
    );
    const read = await readParts(workbookParts([{ name: 'Blad1', xml }], ['Ortopedi']));
    // The date cell (t="d") is its serial, shown as the date it is (issue 21: the engine sees a period).
    expect(read.grids[0]).toEqual({
      sheet: 'Blad1',
      top: 2,
      left: 2,
      cells: [['Ortopedi', 8143, true, { error: '#REF!' }, 16286, 'ja', 45900]],
      formats: [[null, null, null, null, null, null, 'yyyy-mm-dd']],
    });
    expect(read.notes).toEqual([{ kind: 'formula-without-result', sheet: 'Blad1', count: 1, cells: ['J2'] }]);
  });

  it('joins rich text runs, leaves out phonetic guides and decodes _xHHHH_ escapes, control characters included', async () => {
    const parts = workbookParts([
      {
        name: 'Text',
        xml: sheetXml([]).replace(
          '<sheetData></sheetData>',
          '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Rad_x000D_2</t></is></c></row></sheetData>',
        ),
      },
    ]);
    parts['xl/sharedStrings.xml'] =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<si><r><t>Förstabe</t></r><r><t>sök</t></r><rPh sb="0" eb="1"><t>フリガナ</t></rPh></si>' +
      '<si><t>_x001B_[2J_x001B_[HRent _x005F_x0041_</t></si></sst>';
    parts['xl/_rels/workbook.xml.rels'] = parts['xl/_rels/workbook.xml.rels']
      .toString()
      .replace(
        '</Relationships>',
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
      );
    const read = await readParts(parts);
    expect(read.grids[0].cells).toEqual([['Förstabesök', '\u001b[2J\u001b[HRent _x0041_', 'Rad\r2']]);
  });

  it('reads SpreadsheetML written with a namespace prefix', async () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>BUP</x:t></x:is></x:c><x:c r="B1"><x:v>760</x:v></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    const read = await readParts(workbookParts([{ name: 'Prefix', xml }]));
    expect(read.grids[0].cells).toEqual([['BUP', 760]]);
  });
});

describe('a workbook whose package is damaged', () => {
  const twoSheets = (): Parts =>
    workbookParts([
      { name: 'Volymer 2025', xml: sheetXml(VOLUMES) },
      { name: 'Volymer 2024', xml: sheetXml(VOLUMES) },
    ]);

  it('names a sheet whose part is missing, and still reads the others', async () => {
    const parts = twoSheets();
    delete parts['xl/worksheets/sheet2.xml'];
    const read = await readParts(parts);
    expect(read.grids.map((g) => g.sheet)).toEqual(['Volymer 2025']);
    expect(unreadable(read)).toEqual(['Volymer 2024: the part xl/worksheets/sheet2.xml is missing']);
  });

  it('names a sheet whose relationship is gone', async () => {
    const parts = twoSheets();
    parts['xl/_rels/workbook.xml.rels'] = String(parts['xl/_rels/workbook.xml.rels']).replace(/<Relationship Id="rId2"[^>]*\/>/, '');
    const read = await readParts(parts);
    expect(unreadable(read)).toEqual(['Volymer 2024: the workbook refers to relationship rId2, which xl/_rels/workbook.xml.rels does not hold']);
  });

  it('names both sheets when two point at one part', async () => {
    const parts = twoSheets();
    parts['xl/_rels/workbook.xml.rels'] = String(parts['xl/_rels/workbook.xml.rels']).replace('sheet2.xml', 'sheet1.xml');
    const read = await readParts(parts);
    expect(read.grids).toEqual([]);
    expect(unreadable(read)).toEqual([
      'Volymer 2025: it shares the part xl/worksheets/sheet1.xml with sheet "Volymer 2024"',
      'Volymer 2024: it shares the part xl/worksheets/sheet1.xml with sheet "Volymer 2025"',
    ]);
  });

  it('names a sheet whose XML is cut off, with the line', async () => {
    const parts = twoSheets();
    parts['xl/worksheets/sheet2.xml'] = String(parts['xl/worksheets/sheet2.xml']).slice(0, 300);
    const read = await readParts(parts);
    expect(unreadable(read)).toEqual(['Volymer 2024: the part xl/worksheets/sheet2.xml is not valid XML (line 2)']);
  });

  it('names a sheet whose cells Excel could not have written', async () => {
    const cases: Array<[string, string]> = [
      ['<c r="B2"><v>abc</v></c>', 'cell B2 in xl/worksheets/sheet1.xml holds "abc" where a number belongs'],
      ['<c r="B2" t="s"><v>7</v></c>', 'cell B2 in xl/worksheets/sheet1.xml refers to shared text number 7, which xl/sharedStrings.xml does not hold'],
      ['<c r="B2" t="b"><v>2</v></c>', 'cell B2 in xl/worksheets/sheet1.xml holds "2" where TRUE or FALSE belongs'],
      ['<c r="B2" t="x"><v>1</v></c>', 'cell B2 in xl/worksheets/sheet1.xml has the unknown type "x"'],
      ['<c r="XFE2"><v>1</v></c>', 'xl/worksheets/sheet1.xml has an invalid cell address "XFE2"'],
      ['<c r="B7"><v>1</v></c>', 'cell B7 in xl/worksheets/sheet1.xml is listed under row 2'],
      ['<c r="B2"><v>1</v></c><c r="B2"><v>2</v></c>', 'cell B2 is there twice in xl/worksheets/sheet1.xml'],
    ];
    // Rows numbered past the sheet's last, also when only counted on from the one before.
    const past = sheetXml([['Rubrik']]).replace('</sheetData>', '<row r="1048576"><c><v>1</v></c></row><row><c><v>2</v></c></row></sheetData>');
    expect(unreadable(await readParts(workbookParts([{ name: 'Blad1', xml: past }])))).toEqual([
      'Blad1: xl/worksheets/sheet1.xml has an invalid row number "1048577"',
    ]);
    for (const [cells, reason] of cases) {
      const xml = sheetXml([['Rubrik']]).replace('</sheetData>', `<row r="2">${cells}</row></sheetData>`);
      const read = await readParts(workbookParts([{ name: 'Blad1', xml }]));
      expect(unreadable(read)).toEqual([`Blad1: ${reason}`]);
    }
  });

  it('names a sheet whose bytes changed after it was saved (its checksum does not match)', async () => {
    const parts = workbookParts([{ name: 'Volymer', xml: sheetXml(VOLUMES) }]);
    const saved = String(parts['xl/worksheets/sheet1.xml']);
    const crcOfSaved = crc32(Buffer.from(saved)) >>> 0;
    // One figure changed, as a flipped bit in the file can change it, with the checksum of the figure saved.
    const entries = Object.entries(parts).map(([name, content]): [string, string | Uint8Array, number?] =>
      name === 'xl/worksheets/sheet1.xml' ? [name, saved.replace('516', '518'), crcOfSaved] : [name, content],
    );
    const read = await readWorkbookBytes(writeZip(entries));
    expect(read.ok && unreadable(read)).toEqual(['Volymer: the part xl/worksheets/sheet1.xml has been changed or damaged (its checksum does not match)']);
  });

  it('calls merged areas that overlap damage, not a crash', async () => {
    const xml = sheetXml(VOLUMES, { after: '<mergeCells><mergeCell ref="A1:D3"/><mergeCell ref="B2:D3"/></mergeCells>' });
    const read = await readParts(workbookParts([{ name: 'Volymer', xml }]));
    expect(unreadable(read)).toEqual(['Volymer: merged areas in xl/worksheets/sheet1.xml overlap']);
  });

  it('refuses the file when the workbook part or the package relationships are missing', async () => {
    const noWorkbook = twoSheets();
    delete noWorkbook['xl/workbook.xml'];
    expect(await failParts(noWorkbook)).toEqual({ code: 'corrupt', detail: 'the part xl/workbook.xml is missing' });
    const noRels = twoSheets();
    delete noRels['_rels/.rels'];
    expect(await failParts(noRels)).toEqual({ code: 'corrupt', detail: 'the part _rels/.rels is missing' });
    const badShared = workbookParts(
      [{ name: 'Volymer', xml: sheetXml([]).replace('<sheetData></sheetData>', '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>') }],
      ['BUP'],
    );
    badShared['xl/sharedStrings.xml'] = String(badShared['xl/sharedStrings.xml']).slice(0, 120);
    expect(await failParts(badShared)).toEqual({ code: 'corrupt', detail: 'the part xl/sharedStrings.xml is not valid XML (line 2)' });
  });

  it('passes over chart sheets, which hold no table', async () => {
    const parts = twoSheets();
    parts['xl/_rels/workbook.xml.rels'] = String(parts['xl/_rels/workbook.xml.rels']).replace(/(Id="rId2" Type="[^"]*)\/worksheet"/, '$1/chartsheet"');
    const read = await readParts(parts);
    expect(read.grids.map((g) => g.sheet)).toEqual(['Volymer 2025']);
    expect(read.notes).toEqual([]);
  });
});

describe('a workbook built to exhaust the reader', () => {
  it('clips a merge over G1:XFD1048576 to the used cells instead of expanding it', async () => {
    const xml = sheetXml(VOLUMES, { after: '<mergeCells count="1"><mergeCell ref="G1:XFD1048576"/></mergeCells>' });
    const read = await readParts(workbookParts([{ name: 'Volymer', xml }]));
    expect(read.grids[0].cells).toEqual(VOLUMES.map((r) => [...r]));
    expect(read.notes).toEqual([]);
  });

  it('never expands data validation, column styles, conditional formats or the declared dimension', async () => {
    const xml = sheetXml(VOLUMES, {
      before: '<dimension ref="A1:XFD1048576"/><cols><col min="1" max="16384" width="9" style="1"/></cols>',
      after:
        '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="cellIs" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>' +
        '<dataValidations count="2"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation>' +
        '<dataValidation type="whole" sqref="B:B"><formula1>0</formula1></dataValidation></dataValidations>',
    });
    const read = await readParts(workbookParts([{ name: 'Volymer', xml }]));
    expect(read.grids[0].cells).toEqual(VOLUMES.map((r) => [...r]));
  });

  it('refuses a text longer than any cell’s before holding it (a 50 MB cell)', async () => {
    const huge = 'x'.repeat(50 * 1024 * 1024);
    const xml = sheetXml([['BUP']]).replace('</sheetData>', `<row r="2"><c r="A2" t="inlineStr"><is><t>${huge}</t></is></c></row></sheetData>`);
    const read = await readParts(workbookParts([{ name: 'Stor', xml }]));
    expect(unreadable(read)).toEqual(['Stor: the part xl/worksheets/sheet1.xml holds a text longer than an Excel cell can']);
    const shared = workbookParts([{ name: 'Stor', xml: sharedCellSheet(0) }], ['BUP', huge]);
    expect(await failParts(shared)).toEqual({ code: 'corrupt', detail: 'the part xl/sharedStrings.xml holds a text longer than an Excel cell can' });
  });

  it('cuts a text to the 32 767 characters a cell holds', async () => {
    const long = 'å'.repeat(40_000);
    const read = await readParts(workbookParts([{ name: 'Lång', xml: sheetXml([[long]]) }]));
    expect(read.grids[0].cells[0][0]).toBe('å'.repeat(32_767));
  });

  it('refuses XML nested deeper than any workbook', async () => {
    const xml = sheetXml(VOLUMES, { after: `${'<extLst>'.repeat(100)}${'</extLst>'.repeat(100)}` });
    const read = await readParts(workbookParts([{ name: 'Djup', xml }]));
    expect(unreadable(read)).toEqual(['Djup: the part xl/worksheets/sheet1.xml is nested deeper than any workbook']);
  });

  it('refuses a file past each limit, naming the limit', async () => {
    const parts = workbookParts(
      [
        { name: 'Volymer', xml: sheetXml(VOLUMES) },
        { name: 'Texter', xml: sharedCellSheet(0) },
      ],
      ['x'.repeat(300_000), 'y'.repeat(300_000), 'z'.repeat(300_000), 'å'.repeat(300_000)],
    );
    expect(await failParts(parts, { maxUnpackedBytes: 1024 * 1024 })).toEqual({ code: 'too-large', detail: 'unpacked it is larger than 1 MB' });
    expect(await failParts(parts, { maxCells: 5 })).toEqual({ code: 'too-large', detail: 'its sheets hold more than 5 cells with content' });
    expect(await failParts(parts, { maxParts: 3 })).toEqual({ code: 'too-large', detail: 'it has more than 3 parts' });
    // A picture does not compress: 600 kB of it make a file past half a megabyte.
    let seed = 1;
    const noise = Uint8Array.from({ length: 600_000 }, () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24);
    const withPicture = { ...parts, 'xl/media/image1.png': noise };
    expect(await failParts(withPicture, { maxFileBytes: 512 * 1024 })).toEqual({ code: 'too-large', detail: 'the file is larger than 0.5 MB' });
  });

  it('counts every sheet’s used range against one cell limit for the workbook', async () => {
    // Two values a sheet, far apart: few values, but large used ranges.
    const sparse = sheetXml([['BUP'], [], [null, null, null, 1]]);
    const parts = workbookParts([
      { name: 'Ett', xml: sparse },
      { name: 'Två', xml: sparse },
    ]);
    const read = await readParts(parts, { maxCells: 20 });
    expect(read.grids.map((g) => g.sheet)).toEqual(['Ett']);
    expect(read.notes).toEqual([{ kind: 'sheet-too-large', sheet: 'Två', range: 'A1:D3', cellCount: 12, limit: 20 }]);
  });

  it('stops when the time for the file is used up', async () => {
    let clock = 0;
    const now = (): number => (clock += 1000);
    const bytes = zipParts(workbookParts([{ name: 'Volymer', xml: sheetXml(VOLUMES) }]));
    expect(await readWorkbookBytes(bytes, { limits: { timeLimitMs: 2500 }, now })).toEqual({ ok: false, code: 'time-limit', detail: 3 });
  });

  it('keeps only the shared texts cells use: 200 MB of texts cost time, not memory', async () => {
    // 2 MB of texts here; bench/hostile.js reads the 200 MB one.
    const texts = Array.from({ length: 100_000 }, (_, i) => `Text nummer ${i} ${'.'.repeat(i % 7)}`);
    const xml = sheetXml([]).replace('<sheetData></sheetData>', '<sheetData><row r="1"><c r="A1" t="s"><v>99999</v></c></row></sheetData>');
    const read = await readParts(workbookParts([{ name: 'Texter', xml }], texts));
    expect(read.grids[0].cells).toEqual([[texts[99_999]]]);
  });

  it('makes a sheet whose name is longer than Excel allows an unreadable sheet, named by its first 31 characters', async () => {
    const long = 'Uppföljning av vårdgarantin per klinik';
    const parts = workbookParts([
      { name: long, xml: sheetXml(VOLUMES) },
      { name: 'x'.repeat(31), xml: sheetXml(VOLUMES) },
    ]);
    const read = await readParts(parts);
    expect(read.grids.map((g) => g.sheet)).toEqual(['x'.repeat(31)]);
    expect(unreadable(read)).toEqual([
      'Uppföljning av vårdgarantin per…: its name is 38 characters long, and Excel allows at most 31 (Excel has to repair such a workbook)',
    ]);
  });

  it('keeps what a million-character sheet name costs to its first characters', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `${i}`.padEnd(1_000_000, 'x'));
    const read = await readParts(workbookParts(names.map((name) => ({ name, xml: sheetXml(VOLUMES) }))));
    expect(read.grids).toEqual([]);
    expect(read.notes).toHaveLength(20);
    expect(JSON.stringify(read.notes).length).toBeLessThan(20 * 300);
    expect(unreadable(read)[1]).toBe(
      `1${'x'.repeat(30)}…: its name is 1,000,000 characters long, and Excel allows at most 31 (Excel has to repair such a workbook)`,
    );
  });

  it('refuses a workbook listing more sheets than the package may hold parts', async () => {
    const sheets = Array.from({ length: 6 }, (_, i) => ({ name: `Blad ${i}`, xml: sheetXml(VOLUMES) }));
    const parts = workbookParts(sheets);
    parts['xl/workbook.xml'] = String(parts['xl/workbook.xml']).replace('</sheets>', `${'<sheet name="Fler" sheetId="99" r:id="rId99"/>'.repeat(20)}</sheets>`);
    expect(await failParts(parts, { maxParts: 20 })).toEqual({ code: 'too-large', detail: 'it lists more than 20 sheets' });
  });

  it('counts the directory’s entries itself: a zip declaring 5 and holding more than the limit is refused before JSZip reads it', async () => {
    const load = jest.spyOn(JSZip, 'loadAsync');
    try {
      const read = await readWorkbookBytes(understatedZip(2_001), { limits: { maxParts: 2_000 } });
      expect(read.ok ? 'read' : `${read.code}: ${detailText(read.detail)}`).toBe('too-large: it has more than 2,000 parts');
      expect(load).not.toHaveBeenCalled();
      // At the limit it is handed on, and found damaged for what it is: no workbook in it.
      const atLimit = await readWorkbookBytes(understatedZip(2_000), { limits: { maxParts: 2_000 } });
      expect(atLimit.ok ? 'read' : atLimit.code).toBe('corrupt');
      expect(load).toHaveBeenCalledTimes(1);
    } finally {
      load.mockRestore();
    }
  });

  it('reads a zip whose part names differ in case from the relationships', async () => {
    const parts = workbookParts([{ name: 'Volymer', xml: sheetXml(VOLUMES) }]);
    const bytes = writeZip(Object.entries(parts).map(([name, content]) => [name.replace('sheet1', 'Sheet1'), content]));
    const read = await readWorkbookBytes(bytes);
    expect(read.ok && read.grids[0].cells).toEqual(VOLUMES.map((r) => [...r]));
  });
});

describe('number formats from the styles part', () => {
  const STYLES_REL = '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>';
  /** A styles part: the file's own formats, and the number format id of each cell style in turn. */
  const stylesXml = (own: Array<[number, string]>, styleFormats: number[]): string =>
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    (own.length > 0 ? `<numFmts count="${own.length}">${own.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code}"/>`).join('')}</numFmts>` : '') +
    '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>' +
    `<cellXfs count="${styleFormats.length}">${styleFormats.map((id) => `<xf numFmtId="${id}" xfId="0" applyNumberFormat="1"/>`).join('')}</cellXfs></styleSheet>`;
  /** A sheet of one row of cells written as given (`<c …>` elements), plus `after` (merges). */
  const rowSheet = (cells: string, after = ''): string =>
    sheetXml([]).replace('<sheetData></sheetData>', `<sheetData><row r="1">${cells}</row></sheetData>${after}`);
  const withStyles = (parts: Parts, styles?: string): Parts => ({
    ...parts,
    'xl/_rels/workbook.xml.rels': (parts['xl/_rels/workbook.xml.rels'] as string).replace('</Relationships>', `${STYLES_REL}</Relationships>`),
    ...(styles === undefined ? {} : { 'xl/styles.xml': styles }),
  });
  const CELLS =
    '<c r="A1" s="1"><v>31180</v></c><c r="B1" s="2"><v>0.068</v></c><c r="C1" s="3"><v>0.0512</v></c><c r="D1" s="4"><v>44652</v></c>' +
    '<c r="E1" s="0"><v>7</v></c><c r="F1" s="5"><v>12</v></c><c r="G1" s="2" t="inlineStr"><is><t>6,8 %</t></is></c><c r="H1" s="99"><v>3</v></c>';
  const STYLES = stylesXml(
    [
      [164, '0.0%'],
      [165, 'General'],
    ],
    [0, 3, 164, 10, 14, 165],
  );

  it('gives each number the format of its style: built-in or the file’s own, General and text left out', async () => {
    const read = await readParts(withStyles(workbookParts([{ name: 'Besök', xml: rowSheet(CELLS) }]), STYLES));
    expect(read.grids[0].cells).toEqual([[31180, 0.068, 0.0512, 44652, 7, 12, '6,8 %', 3]]);
    expect(read.grids[0].formats).toEqual([['#,##0', '0.0%', '0.00%', 'mm-dd-yy', null, null, null, null]]);
  });

  it('gives no format to the cells a merged area blanks', async () => {
    const cells = '<c r="A1" s="1"><v>1</v></c><c r="B1" s="1"><v>2</v></c><c r="C1" s="1"><v>3</v></c>';
    const read = await readParts(
      withStyles(workbookParts([{ name: 'Blad', xml: rowSheet(cells, '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>') }]), STYLES),
    );
    expect(read.grids[0].cells).toEqual([[1, null, 3]]);
    expect(read.grids[0].formats).toEqual([['#,##0', null, '#,##0']]);
  });

  it('reads the values without formats when there are no styles, or they cannot be read', async () => {
    const sheet = workbookParts([{ name: 'Besök', xml: rowSheet(CELLS) }]);
    const values = [[31180, 0.068, 0.0512, 44652, 7, 12, '6,8 %', 3]];
    for (const parts of [sheet, withStyles(sheet), withStyles(sheet, STYLES.slice(0, 200)), withStyles(sheet, stylesXml([], [0, 0]))]) {
      const read = await readParts(parts);
      expect(read.grids[0].cells).toEqual(values);
      expect(read.grids[0].formats).toBeUndefined();
      expect(read.notes).toEqual([]);
    }
  });

  it('counts the styles part against the unpacked limit like any part it reads', async () => {
    const big = stylesXml(
      [],
      Array.from({ length: 20_000 }, () => 3),
    );
    const refused = await failParts(withStyles(workbookParts([{ name: 'Besök', xml: rowSheet(CELLS) }]), big), { maxUnpackedBytes: 100_000 });
    expect(refused.code).toBe('too-large');
  });
});

describe('readFailureMessage', () => {
  it('names the file and says why, in both languages', () => {
    expect(formatMessage('sv', readFailureMessage('a.txt', 'not-xlsx', 'text'))).toBe(
      'a.txt: är inte en Excel-arbetsbok i .xlsx-format (filen ser ut att vara text). Spara den som .xlsx i Excel och kör igen.',
    );
    expect(formatMessage('en', readFailureMessage('b.xlsx', 'not-xlsx'))).toBe(
      'b.xlsx: is not an Excel workbook in .xlsx format. Save it as .xlsx in Excel and run again.',
    );
    const missing = { message: { key: 'read.part.missing' as const, params: { part: 'xl/workbook.xml' } } };
    expect(formatMessage('en', readFailureMessage('c.xlsx', 'corrupt', missing))).toBe(
      'c.xlsx: could not be read, the file is damaged: the part xl/workbook.xml is missing. Save it again as .xlsx in Excel and run again.',
    );
    expect(formatMessage('sv', readFailureMessage('c.xlsx', 'corrupt', missing))).toBe(
      'c.xlsx: kunde inte läsas, filen är skadad: delen xl/workbook.xml saknas. Spara om den som .xlsx i Excel och kör igen.',
    );
    expect(formatMessage('sv', readFailureMessage('d.xlsx', 'too-large', { message: { key: 'read.limit.cells', params: { limit: 10_000_000 } } }))).toBe(
      'd.xlsx: är för stor för att kontrolleras: bladen har fler än 10 000 000 celler med innehåll. Dela upp arbetsboken eller ta bort det som inte behövs, och kör igen.',
    );
  });
});
