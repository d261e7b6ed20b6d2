import ExcelJS from 'exceljs';
import { readWorkbookBytes } from './readWorkbookBytes';
import { readFailureMessage } from './readFailureMessage';
import { formatMessage } from '../i18n/format';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

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

  it('calls a broken zip corrupt, in the library’s words without its web link', async () => {
    const read = await readWorkbookBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.code).toBe('corrupt');
    expect(read.detail).toMatch(/zip/i);
    expect(read.detail).not.toMatch(/https?:/);
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
    expect(formatMessage('en', readFailureMessage('c.xlsx', 'corrupt', 'Corrupted zip'))).toBe(
      'c.xlsx: could not be opened as .xlsx; the file is damaged or incomplete (Corrupted zip).',
    );
  });
});
