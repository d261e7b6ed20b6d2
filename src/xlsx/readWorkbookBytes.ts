/**
 * The bytes of a workbook file to grids, or a stable code saying why they are not a readable .xlsx.
 * Shared by the command line (bytes from disk) and /check.html (bytes of a dropped file). The package is
 * read part by part as a stream, within the read limits (src/xlsx/readLimits.ts): a damaged part is named,
 * a limit passed is named, and nothing a library says internally reaches the user. Never throws.
 */
import type { Message, MessageParam } from '../core';
import { readCustomXmlParts, type CustomXmlPart } from './customXmlParts';
import { ReadBudget } from './readBudget';
import { megabytes, readLimits, type ReadLimits } from './readLimits';
import { DamagedPart, LimitPassed, TimeLimitPassed } from './readProblem';
import { readSharedStrings, type SharedTexts } from './readSharedStrings';
import { readStyles } from './readStyles';
import { readWorksheet } from './readWorksheet';
import { readWorkbookStructure } from './workbookStructure';
import { workbookToGrids, type ReadSheet, type WorkbookGrids } from './workbookToGrids';
import { ZipPackage } from './zipPackage';

export type BytesFailureCode = 'empty' | 'not-xlsx' | 'xls-or-encrypted' | 'corrupt' | 'no-sheets' | 'too-large' | 'time-limit';

export type BytesOutcome =
  | ({ ok: true } & WorkbookGrids & {
        /** The package's custom XML parts, when it has any: where a stamp is kept (see src/stamp). */ customXml?: CustomXmlPart[];
      })
  | {
      ok: false;
      code: BytesFailureCode;
      /** What the file looks like instead, which part is damaged, or which limit it passes. */
      detail?: MessageParam;
    };

export interface ReadOptions {
  /** Narrower limits than the defaults (tests reach them with small files). */
  limits?: Partial<ReadLimits>;
  /** The clock, for the time limit. */
  now?: () => number;
}

/** An .xlsx file is a zip archive: it starts with "PK\x03\x04". */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Old .xls workbooks and password-protected .xlsx files are both OLE compound files. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const NO_TEXTS: SharedTexts = { count: 0, text: () => undefined };
/** What names Målkoll's stamp in a custom XML part (its namespace, whatever its version). */
const STAMP_MARKER = 'urn:malkoll:stamp';

/**
 * Reads an .xlsx file's bytes into one grid per worksheet.
 *
 * @example
 * await readWorkbookBytes(await file.arrayBuffer()); // → { ok: true, grids: [...], notes: [] }
 * await readWorkbookBytes(new TextEncoder().encode('uppdrag;bas')); // → { ok: false, code: 'not-xlsx', detail: 'text' }
 */
export async function readWorkbookBytes(input: ArrayBuffer | Uint8Array, options: ReadOptions = {}): Promise<BytesOutcome> {
  const limits = readLimits(options.limits);
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length === 0) return { ok: false, code: 'empty' };
  if (startsWith(bytes, OLE_MAGIC)) return { ok: false, code: 'xls-or-encrypted' };
  if (!startsWith(bytes, ZIP_MAGIC)) {
    const kind = describeStart(bytes);
    return kind ? { ok: false, code: 'not-xlsx', detail: kind } : { ok: false, code: 'not-xlsx' };
  }
  if (bytes.length > limits.maxFileBytes) return tooLarge(fileSizeLimit(limits));
  try {
    return await readPackage(bytes, new ReadBudget(limits, options.now));
  } catch (error) {
    if (error instanceof DamagedPart) return { ok: false, code: 'corrupt', detail: { message: error.reason } };
    if (error instanceof LimitPassed) return tooLarge(error.limit);
    if (error instanceof TimeLimitPassed) return { ok: false, code: 'time-limit', detail: error.seconds };
    // Anything else is a fault of ours or of a library: the file is still called damaged, in our words.
    return { ok: false, code: 'corrupt', detail: { message: { key: 'read.package.unreadable' } } };
  }
}

/**
 * The message naming the file-size limit, for a caller that refuses a file before reading its bytes.
 *
 * @example
 * fileSizeLimit(readLimits()) // → { key: 'read.limit.fileBytes', params: { limit: 100 } }
 */
export function fileSizeLimit(limits: ReadLimits): Message {
  return { key: 'read.limit.fileBytes', params: { limit: megabytes(limits.maxFileBytes) } };
}

async function readPackage(bytes: Uint8Array, budget: ReadBudget): Promise<BytesOutcome> {
  const zip = await ZipPackage.open(bytes, budget);
  const structure = await readWorkbookStructure(zip, budget);
  if (structure.sheets.length === 0) return { ok: false, code: 'no-sheets' };

  // Styles before the sheets, so that a sheet keeps the format of each number that has one and nothing else.
  const formats = await readStyles(zip, structure.styles, budget);
  const sheets: ReadSheet[] = [];
  for (const listed of structure.sheets) {
    if (listed.kind === 'other') continue;
    if (listed.kind === 'unreadable') {
      sheets.push({ sheet: listed.name, problem: listed.reason });
      continue;
    }
    try {
      sheets.push({ sheet: listed.name, part: listed.part, cells: await readWorksheet(zip, listed.part, budget, structure.date1904, formats) });
    } catch (error) {
      // A damaged sheet is that sheet's problem; the others are still read. Limits and time end the file.
      if (!(error instanceof DamagedPart)) throw error;
      sheets.push({ sheet: listed.name, problem: error.reason });
    }
  }

  const wanted = sharedIndices(sheets);
  const sharedPart = structure.sharedStrings ?? 'xl/sharedStrings.xml';
  const texts = wanted.length > 0 && structure.sharedStrings ? await readSharedStrings(zip, sharedPart, wanted, budget) : NO_TEXTS;
  const customXml = await readCustomXmlParts(zip, budget, STAMP_MARKER);
  return { ok: true, ...workbookToGrids(sheets, texts, sharedPart, budget), ...(customXml.length > 0 ? { customXml } : {}) };
}

/** Every shared-text number the sheets' cells refer to. */
function sharedIndices(sheets: readonly ReadSheet[]): Int32Array {
  const lists: Int32Array[] = [];
  for (const s of sheets) {
    if (!('cells' in s) || !s.cells.hasShared) continue;
    const { shared, count } = s.cells;
    const out = new Int32Array(count);
    let n = 0;
    for (let i = 0; i < count; i += 1) if (shared[i] >= 0) out[n++] = shared[i];
    lists.push(out.subarray(0, n));
  }
  const total = lists.reduce((n, l) => n + l.length, 0);
  const all = new Int32Array(total);
  let at = 0;
  for (const l of lists) {
    all.set(l, at);
    at += l.length;
  }
  return all;
}

function tooLarge(limit: Message): BytesOutcome {
  return { ok: false, code: 'too-large', detail: { message: limit } };
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** What the file looks like instead, so "not an .xlsx" comes with a hint. */
function describeStart(bytes: Uint8Array): string | undefined {
  let head = '';
  for (const b of bytes.subarray(0, 5)) head += String.fromCharCode(b);
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
  const firstLine = message
    .split('\n')[0]
    .replace(/\s*If it is, see https?:\/\/\S+/, '')
    .trim();
  if (firstLine === '') return 'unknown error';
  return firstLine.length > 200 ? `${firstLine.slice(0, 200)}…` : firstLine;
}
