/**
 * The bytes of a workbook file to grids, or a stable code saying why they are not a readable .xlsx.
 * Shared by the command line (bytes from disk) and /check.html (bytes of a dropped file): ExcelJS
 * resolves to its Node build in one and its browser build in the other. Never throws.
 */
import ExcelJS from 'exceljs';
import { workbookToGrids, type WorkbookGrids } from './workbookToGrids';

export type BytesFailureCode = 'empty' | 'not-xlsx' | 'xls-or-encrypted' | 'corrupt' | 'no-sheets';

export type BytesOutcome =
  | ({ ok: true } & WorkbookGrids)
  | { ok: false; code: BytesFailureCode; /** The library's own words, or what the file looks like instead. */ detail?: string };

/** An .xlsx file is a zip archive: it starts with "PK\x03\x04". */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Old .xls workbooks and password-protected .xlsx files are both OLE compound files. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Reads an .xlsx file's bytes into one grid per worksheet.
 *
 * @example
 * await readWorkbookBytes(await file.arrayBuffer()); // → { ok: true, grids: [...], notes: [] }
 * await readWorkbookBytes(new TextEncoder().encode('uppdrag;bas')); // → { ok: false, code: 'not-xlsx', detail: 'text' }
 */
export async function readWorkbookBytes(input: ArrayBuffer | Uint8Array): Promise<BytesOutcome> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length === 0) return { ok: false, code: 'empty' };
  if (startsWith(bytes, OLE_MAGIC)) return { ok: false, code: 'xls-or-encrypted' };
  if (!startsWith(bytes, ZIP_MAGIC)) {
    const kind = describeStart(bytes);
    return kind ? { ok: false, code: 'not-xlsx', detail: kind } : { ok: false, code: 'not-xlsx' };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's types ask for a Buffer; JSZip underneath takes any byte array, in Node and in the browser.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return { ok: false, code: 'corrupt', detail: errorText(error) };
  }
  if (workbook.worksheets.length === 0) return { ok: false, code: 'no-sheets' };
  try {
    return { ok: true, ...workbookToGrids(workbook) };
  } catch (error) {
    return { ok: false, code: 'corrupt', detail: errorText(error) };
  }
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** What the file looks like instead, so "not an .xlsx" comes with a hint. */
function describeStart(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 5));
  if (head.startsWith('%PDF')) return 'PDF';
  if (head.startsWith('{\\rtf')) return 'RTF';
  if (head.startsWith('<')) return 'XML/HTML';
  const sample = bytes.subarray(0, 512);
  const printable = sample.every((b) => b === 9 || b === 10 || b === 13 || b >= 32);
  return printable ? 'text' : undefined;
}

/** The first line of an error's message, without the library's web links. Never empty. */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const firstLine = message.split('\n')[0].replace(/\s*If it is, see https?:\/\/\S+/, '').trim();
  if (firstLine === '') return 'unknown error';
  return firstLine.length > 200 ? `${firstLine.slice(0, 200)}…` : firstLine;
}
