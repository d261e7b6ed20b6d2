/**
 * The assignment's hospitals: one per volume table, named by the table's header prefix ("SV bas") or,
 * for a table alone on its sheet without one, by the sheet's name. Whatever the assignment names is a
 * hospital; nothing here lists them.
 */
import { a1 } from '../address';
import type { VolumeTable } from '../tables';
import { distinctiveWord, headerPrefix, nameKeys, nameWords } from './hospitalNames';
import { roundRows, type RoundRow } from './roundRows';
import type { RoundFinding, RoundWorkbook } from './types';

export interface AssignedHospital {
  hospital: string;
  names: string[];
  /** Folded forms it may be named by (see hospitalNames). */
  keys: string[];
  sheet: string;
  table: VolumeTable;
  rows: RoundRow[];
}

/** Sheet names made of these words and years only are no hospital's name ("Volymer 2025", "Blad1"). */
const GENERIC_SHEET = /^(?:(?:volymer|volym|uppdrag|bilaga|blad|sheet|tabell|produktion|produktionsvolymer|bas|och|tillagg|tillaggsvolymer|\d+)(?: |$))+$/;

/**
 * Every hospital the assignment names, in the order of its tables, and the findings that keep a table
 * from naming one (`hospital-unnamed`) or name one twice (`hospital-duplicate`).
 *
 * @example
 * assignedHospitals(roundWorkbook('uppdrag.xlsx', checkWorkbook(read)))
 * // → { hospitals: [{ hospital: 'SU', names: ['SU'], sheet: 'SU', … }, { hospital: 'SV', … }], findings: [] }
 */
export function assignedHospitals(assignment: RoundWorkbook): { hospitals: AssignedHospital[]; findings: RoundFinding[] } {
  const hospitals: AssignedHospital[] = [];
  const findings: RoundFinding[] = [];
  for (const { sheet, tables } of assignment.sheets) {
    const volumeTables = tables.filter((t): t is VolumeTable => t.kind === 'volumes');
    for (const table of volumeTables) {
      const names: string[] = [];
      const prefix = headerPrefix(table.columns);
      if (prefix !== null) names.push(prefix);
      const sheetWords = nameWords(sheet);
      const sheetNamesIt = volumeTables.length === 1 && sheetWords !== '' && (prefix === null || !GENERIC_SHEET.test(sheetWords));
      if (sheetNamesIt) names.push(sheet.trim());
      const cell = a1(table.headerRow, table.columns.base);
      if (names.length === 0) {
        findings.push({
          code: 'hospital-unnamed',
          severity: 'error',
          file: assignment.file,
          sheet,
          cell,
          message: { key: 'settle.finding.hospitalUnnamed', params: { sheet, range: table.range } },
        });
        continue;
      }
      const keys = nameKeys(names);
      const same = hospitals.find((h) => h.keys.some((k) => keys.includes(k)));
      if (same) {
        findings.push({
          code: 'hospital-duplicate',
          severity: 'error',
          file: assignment.file,
          sheet,
          cell,
          message: { key: 'settle.finding.assignmentDuplicate', params: { hospital: same.hospital, sheet: same.sheet, range: table.range } },
        });
        continue;
      }
      hospitals.push({ hospital: names[0], names, keys, sheet, table, rows: roundRows(table) });
    }
  }
  if (hospitals.length === 0 && findings.length === 0) {
    findings.push({
      code: 'no-assignment',
      severity: 'error',
      file: assignment.file,
      message: { key: 'settle.finding.noAssignment', params: { file: assignment.file } },
    });
  }
  return { hospitals, findings };
}

/** A distinctive word per hospital ("sunderby"), where no other hospital's names share it. */
export function distinctiveWords(hospitals: readonly AssignedHospital[]): Map<string, AssignedHospital> {
  const counts = new Map<string, AssignedHospital[]>();
  for (const h of hospitals) {
    const words = new Set(h.keys.map(distinctiveWord).filter((w): w is string => w !== null));
    for (const w of words) counts.set(w, [...(counts.get(w) ?? []), h]);
  }
  // A word that is also another hospital's word anywhere in its names tells neither.
  const everyWord = new Map<string, number>();
  for (const h of hospitals) for (const w of new Set(h.keys.flatMap((k) => k.split(' ')))) everyWord.set(w, (everyWord.get(w) ?? 0) + 1);
  const out = new Map<string, AssignedHospital>();
  for (const [w, list] of counts) if (list.length === 1 && everyWord.get(w) === 1) out.set(w, list[0]);
  return out;
}
