/**
 * Which sheets a workbook lists and where each one's part is, from the package's relationships: the
 * workbook part (named by `_rels/.rels`), its sheet list (`<sheets>`) and its relationships. A sheet whose
 * relationship is gone, whose part is missing, that points outside the file, shares its part with
 * another sheet or has a name longer than Excel allows is listed as unreadable with the reason, never
 * dropped. What the file names (a sheet, a part, a relationship) reaches messages shortened, so a name of a
 * million characters costs no more than one of thirty.
 */
import type { Message } from '../core';
import type { ReadBudget } from './readBudget';
import { damaged, LimitPassed } from './readProblem';
import { EXCEL_MAX_SHEET_NAME, MAX_QUOTED_NAME } from './readLimits';
import { prefixedAttribute, xmlStream } from './xmlEvents';
import { partKey, type ZipPackage } from './zipPackage';

export type ListedSheet =
  | { name: string; kind: 'worksheet'; part: string }
  /** A chart sheet, dialog sheet or macro sheet: it holds no table and is passed over. */
  | { name: string; kind: 'other' }
  | { name: string; kind: 'unreadable'; reason: Message };

export interface WorkbookStructure {
  /** Every sheet of `<sheets>`, in the workbook's order. */
  sheets: ListedSheet[];
  /** The shared texts part, when the workbook has one. */
  sharedStrings?: string;
  /** The styles part (the cells' number formats), when the workbook has one. */
  styles?: string;
  /** Dates count from 1904 (old Mac workbooks) rather than 1900. */
  date1904: boolean;
}

interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

const PACKAGE_RELS = '_rels/.rels';
/** Every package names its parts' content types here; without it Excel opens nothing. */
const CONTENT_TYPES = '[Content_Types].xml';
const OTHER_SHEET_TYPES = ['/chartsheet', '/dialogsheet', '/macrosheet', '/xlmacrosheet', '/xlintlmacrosheet'];

/**
 * Reads the package's structure. Throws DamagedPart when the workbook itself cannot be found or read.
 *
 * @example
 * await readWorkbookStructure(zip, budget);
 * // → { sheets: [{ name: 'Volymer 2025', kind: 'worksheet', part: 'xl/worksheets/sheet1.xml' }], sharedStrings: 'xl/sharedStrings.xml', styles: 'xl/styles.xml' }
 */
export async function readWorkbookStructure(zip: ZipPackage, budget: ReadBudget): Promise<WorkbookStructure> {
  if (!zip.has(CONTENT_TYPES)) throw damaged('read.part.missing', { part: CONTENT_TYPES });
  const packageRels = await readRelationships(zip, PACKAGE_RELS, budget);
  const office = [...packageRels.values()].find((r) => r.type.endsWith('/officeDocument') && !r.external);
  if (!office) throw damaged('read.package.noWorkbook', { part: PACKAGE_RELS });
  const workbookPart = resolveTarget('', office.target);
  if (!zip.has(workbookPart)) throw damaged('read.part.missing', { part: workbookPart });

  const { sheets: listed, date1904 } = await readSheetList(zip, workbookPart, budget);
  const relsPart = relationshipsPartOf(workbookPart);
  const rels = await readRelationships(zip, relsPart, budget);
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);

  const sheets: ListedSheet[] = listed.map(({ name, id, nameLength }): ListedSheet => {
    // Excel itself would have to repair it: damage, not a sheet to check under another name.
    if (nameLength !== undefined) {
      return { name, kind: 'unreadable', reason: { key: 'read.sheet.nameTooLong', params: { length: nameLength, limit: EXCEL_MAX_SHEET_NAME } } };
    }
    const rel = id === undefined ? undefined : rels.get(id);
    if (!rel) return { name, kind: 'unreadable', reason: { key: 'read.sheet.noRelationship', params: { id: quoted(id ?? ''), part: quoted(relsPart) } } };
    if (OTHER_SHEET_TYPES.some((t) => rel.type.endsWith(t))) return { name, kind: 'other' };
    if (!rel.type.endsWith('/worksheet')) return { name, kind: 'unreadable', reason: { key: 'read.sheet.notWorksheet', params: { id: quoted(id ?? '') } } };
    if (rel.external) return { name, kind: 'unreadable', reason: { key: 'read.sheet.external', params: { target: quoted(rel.target) } } };
    const part = resolveTarget(folder, rel.target);
    if (!zip.has(part)) return { name, kind: 'unreadable', reason: { key: 'read.part.missing', params: { part: quoted(part) } } };
    return { name, kind: 'worksheet', part };
  });
  markSharedParts(sheets);
  markSameNames(sheets);

  const structure: WorkbookStructure = { sheets, date1904 };
  const shared = [...rels.values()].find((r) => r.type.endsWith('/sharedStrings') && !r.external);
  if (shared) structure.sharedStrings = resolveTarget(folder, shared.target);
  const styles = [...rels.values()].find((r) => r.type.endsWith('/styles') && !r.external);
  if (styles) structure.styles = resolveTarget(folder, styles.target);
  return structure;
}

async function readSheetList(
  zip: ZipPackage,
  part: string,
  budget: ReadBudget,
): Promise<{ sheets: Array<{ name: string; id?: string; nameLength?: number }>; date1904: boolean }> {
  const sheets: Array<{ name: string; id?: string; nameLength?: number }> = [];
  // Every sheet needs a part of its own: more sheets than the package may hold parts is no workbook to read.
  const maxSheets = budget.limits.maxParts;
  let inSheets = false;
  let date1904 = false;
  const xml = xmlStream(part, {
    open(name, a) {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      else if (name === 'sheets') inSheets = true;
      else if (name === 'sheet' && inSheets) {
        if (sheets.length >= maxSheets) throw new LimitPassed({ key: 'read.limit.sheets', params: { limit: maxSheets } });
        const id = prefixedAttribute(a, 'id');
        const written = a.name ?? '';
        // Only a name Excel allows is kept whole; a longer one is kept as its first characters, to name it by.
        const sheet: { name: string; id?: string; nameLength?: number } =
          written.length > EXCEL_MAX_SHEET_NAME ? { name: shortened(written, EXCEL_MAX_SHEET_NAME), nameLength: written.length } : { name: written };
        if (id !== undefined) sheet.id = shortened(id, MAX_QUOTED_NAME);
        sheets.push(sheet);
      }
    },
    close(name) {
      if (name === 'sheets') inSheets = false;
    },
  });
  await zip.streamText(part, (text) => xml.write(text), budget);
  xml.end();
  return { sheets, date1904 };
}

async function readRelationships(zip: ZipPackage, part: string, budget: ReadBudget): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>();
  const xml = xmlStream(part, {
    open(name, a) {
      if (name !== 'Relationship' || a.Id === undefined) return;
      rels.set(a.Id, { type: a.Type ?? '', target: a.Target ?? '', external: (a.TargetMode ?? '').toLowerCase() === 'external' });
    },
  });
  await zip.streamText(part, (text) => xml.write(text), budget);
  xml.end();
  return rels;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A relationship's target as a part name: relative to the source part's folder unless it starts with
 * `/`; `.` and `..` resolved, %-escapes decoded.
 *
 * @example
 * resolveTarget('xl/', 'worksheets/sheet1.xml')      // → 'xl/worksheets/sheet1.xml'
 * resolveTarget('xl/', '/xl/worksheets/sheet1.xml')  // → 'xl/worksheets/sheet1.xml'
 * resolveTarget('xl/', '../xl/sharedStrings.xml')    // → 'xl/sharedStrings.xml'
 * resolveTarget('xl/', 'worksheets\\sheet1.xml')     // → 'xl/worksheets/sheet1.xml'
 */
export function resolveTarget(folder: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A stray % is part of the name.
  }
  // A target written with Windows's backslashes names the same part.
  const slashed = decoded.replace(/\\/g, '/');
  const path = slashed.startsWith('/') ? slashed : folder + slashed;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return out.join('/');
}

/**
 * The first `max` characters of a name and an ellipsis, when it is longer; a surrogate pair is not cut.
 *
 * @example
 * shortened('Uppföljning av vårdgarantin per klinik och månad 2025', 31) // → 'Uppföljning av vårdgarantin per…'
 */
export function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text[max - 1]) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

/** A name from the package's structure as a message quotes it. */
function quoted(text: string): string {
  return shortened(text, MAX_QUOTED_NAME);
}

/** Two sheets on one part: neither can be told apart from the other, so both are unreadable. */
function markSharedParts(sheets: ListedSheet[]): void {
  const byPart = new Map<string, number[]>();
  sheets.forEach((s, i) => {
    if (s.kind !== 'worksheet') return;
    const key = partKey(s.part);
    byPart.set(key, [...(byPart.get(key) ?? []), i]);
  });
  for (const indices of byPart.values()) {
    if (indices.length < 2) continue;
    for (const i of indices) {
      const sheet = sheets[i] as Extract<ListedSheet, { kind: 'worksheet' }>;
      const other = sheets[indices.find((j) => j !== i) ?? i].name;
      sheets[i] = { name: sheet.name, kind: 'unreadable', reason: { key: 'read.sheet.sharedPart', params: { part: quoted(sheet.part), other } } };
    }
  }
}

/** Excel never lets two sheets share a name (in any case); a second one could not be told apart in a report. */
function markSameNames(sheets: ListedSheet[]): void {
  const seen = new Set<string>();
  sheets.forEach((s, i) => {
    const key = s.name.toLowerCase();
    // A sheet already unreadable keeps its own reason (two long names may share their first characters).
    if (seen.has(key) && s.kind !== 'unreadable') sheets[i] = { name: s.name, kind: 'unreadable', reason: { key: 'read.sheet.sameName' } };
    seen.add(key);
  });
}
