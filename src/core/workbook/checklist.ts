/**
 * The workbook checklist: "Klar för inlämning" covers both the volume table and the indicator table,
 * which often sit on different sheets and are checked one at a time. The list keeps what each check found
 * until a later check of the same place replaces it; the verdict over it is workbookVerdict's. Sheets are
 * keyed by their names, which the workbook chooses (`__proto__`, `constructor`): in Maps, never in a plain
 * object, where such a name would reach the object's prototype instead of its own entry.
 */
import type { TableKindName } from '../tables/types';
import type { TableCounts } from './types';
import { SUBMISSION_KINDS, type WorkbookChecklist, type WorkbookTableKind } from './workbookVerdict';

export interface ChecklistTable {
  kind: TableKindName;
  sheet: string;
  address: string;
  errors: number;
  warnings: number;
  missed: number;
}

export interface ChecklistState extends WorkbookChecklist {
  tables: ChecklistTable[];
  /** Errors outside any table (a table that could not be read), by sheet name. */
  sheetErrors: ReadonlyMap<string, number>;
  /** Kinds a check of the whole workbook found on no sheet, when it read every sheet that could hold one. */
  absent: WorkbookTableKind[];
}

export const EMPTY_CHECKLIST: ChecklistState = { tables: [], sheetErrors: new Map(), absent: [] };

/** What the checklist needs of one check: its scope, the core's check of it, and the sheets it read. */
export interface ChecklistRun {
  scope: 'range' | 'workbook';
  /** The core's check (a WorkbookCheck): its sheets with their findings outside the tables, and its tables' counts. */
  check: {
    sheets: readonly { sheet: string; findings: readonly { severity: string }[] }[];
    tables: readonly TableCounts[];
  };
  /** Every sheet the check read, an empty one too (the core's check leaves it out); without it, the check's sheets. */
  reads?: readonly { sheet: string }[];
  /**
   * Sheets the check left unread (too large, unreadable, or a report of Målkoll's own): none of them can make
   * a kind absent, since what they hold was not seen.
   */
  unread?: readonly string[];
}

/**
 * The checklist after a check: a check of the workbook replaces everything; a check of one sheet replaces
 * what that sheet had of the kinds it found (everything of that sheet when it read the whole used range).
 *
 * @example
 * updateChecklist(EMPTY_CHECKLIST, { scope: 'range', check: { sheets: [{ sheet: 'Volymer', findings: [] }], tables: [volumeCounts] } }, true).tables
 * // → [{ kind: 'volumes', sheet: 'Volymer', address: 'Volymer!A1:D61', errors: 0, warnings: 0, missed: 0 }]
 */
export function updateChecklist(state: ChecklistState, run: ChecklistRun, wholeSheet: boolean): ChecklistState {
  const fresh: ChecklistTable[] = run.check.tables.map(({ kind, sheet, address, errors, warnings, missed }) => ({
    kind,
    sheet,
    address,
    errors,
    warnings,
    missed,
  }));
  const sheetErrors = new Map<string, number>(run.scope === 'workbook' ? [] : state.sheetErrors);
  const errorsOn = new Map(run.check.sheets.map((s) => [s.sheet, s.findings.filter((f) => f.severity === 'error').length]));
  const read = (run.reads ?? run.check.sheets).map((r) => r.sheet);
  for (const sheet of read) sheetErrors.set(sheet, errorsOn.get(sheet) ?? 0);
  if (run.scope === 'workbook') {
    // A kind is absent only when every sheet was read: a sheet left out may hold it.
    const sawEverything = (run.unread?.length ?? 0) === 0;
    return { tables: fresh, sheetErrors, absent: sawEverything ? SUBMISSION_KINDS.filter((k) => !fresh.some((t) => t.kind === k)) : [] };
  }
  const sheets = new Set(read);
  const kinds = new Set(fresh.map((t) => t.kind));
  const kept = state.tables.filter((t) => !(sheets.has(t.sheet) && (wholeSheet || kinds.has(t.kind))));
  return { tables: [...kept, ...fresh], sheetErrors, absent: state.absent.filter((k) => !kinds.has(k)) };
}

/**
 * The checklist of one check of a whole workbook (the check page and the command line read every sheet at
 * once): each table as found, and the kinds no sheet held.
 *
 * @example
 * checklistOf(checkWorkbook(read)).absent // → ['indicators'] for a workbook with only a volume table
 */
export function checklistOf(check: {
  sheets: readonly { sheet: string; findings: readonly { severity: string }[] }[];
  tables: readonly TableCounts[];
  /** What the reader said of the workbook (a sheet it could not read is an error the verdict must count). */
  workbookFindings?: readonly { severity: string; sheet?: string }[];
}): ChecklistState {
  const findings = new Map<string, { severity: string }[]>(check.sheets.map((s) => [s.sheet, [...s.findings]]));
  for (const f of check.workbookFindings ?? []) {
    const sheet = f.sheet ?? '';
    findings.set(sheet, [...(findings.get(sheet) ?? []), f]);
  }
  const sheets = [...findings].map(([sheet, list]) => ({ sheet, findings: list }));
  return updateChecklist(EMPTY_CHECKLIST, { scope: 'workbook', check: { sheets, tables: check.tables } }, true);
}
