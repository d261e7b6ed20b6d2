/**
 * Which hospital of the assignment a submission is: told by its volume table's header prefix, else its
 * sheet's name, else its file's name, each a code or name of a hospital the assignment names as a whole
 * word in any case. Where one of them names two hospitals, the next one decides.
 */
import type { VolumeTable } from '../tables';
import type { AssignedHospital } from './assignment';
import { headerPrefix, nameWords, namesAsWords } from './hospitalNames';
import type { RoundWorkbook } from './types';

export interface SubmissionTable {
  sheet: string;
  table: VolumeTable;
}

export type SubmissionMatch =
  | { ok: true; hospital: AssignedHospital; by: 'prefix' | 'sheet' | 'file'; volume?: SubmissionTable }
  /** `candidates`: the hospitals it could be, when something named more than one. */
  | { ok: false; candidates: AssignedHospital[]; volume?: SubmissionTable };

/**
 * The submission's volume table: the first with a column of performed volumes, else the first there is.
 *
 * @example
 * submissionTable(roundWorkbook('sv-aug.xlsx', check)) // → { sheet: 'Volymer', table: { range: 'A1:E61', … } }
 */
export function submissionTable(workbook: RoundWorkbook): SubmissionTable | undefined {
  let first: SubmissionTable | undefined;
  for (const { sheet, tables } of workbook.sheets) {
    for (const table of tables) {
      if (table.kind !== 'volumes') continue;
      if (table.columns.outcome !== undefined) return { sheet, table };
      first ??= { sheet, table };
    }
  }
  return first;
}

/** The file's name without folders and extension. */
function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]*$/, '');
}

/**
 * The hospital a submission names.
 *
 * @example
 * matchSubmission(submission, hospitals, words) // 'sv-aug.xlsx' whose table says "SV bas" → { ok: true, hospital: SV, by: 'prefix' }
 */
export function matchSubmission(
  workbook: RoundWorkbook,
  hospitals: readonly AssignedHospital[],
  distinctive: ReadonlyMap<string, AssignedHospital>,
): SubmissionMatch {
  const volume = submissionTable(workbook);
  const prefix = volume ? headerPrefix(volume.table.columns) : null;
  const places: ['prefix' | 'sheet' | 'file', string][] = [];
  if (prefix !== null) places.push(['prefix', nameWords(prefix)]);
  if (volume) places.push(['sheet', nameWords(volume.sheet)]);
  places.push(['file', nameWords(fileStem(workbook.file))]);

  const candidates = new Set<AssignedHospital>();
  for (const [by, text] of places) {
    if (text === '') continue;
    let named = hospitals.filter((h) => h.keys.some((k) => namesAsWords(text, k)));
    if (named.length === 0) named = [...new Set(text.split(' ').flatMap((w) => (distinctive.has(w) ? [distinctive.get(w) as AssignedHospital] : [])))];
    if (named.length === 1) return { ok: true, hospital: named[0], by, ...(volume ? { volume } : {}) };
    for (const h of named) candidates.add(h);
  }
  return { ok: false, candidates: [...candidates], ...(volume ? { volume } : {}) };
}
