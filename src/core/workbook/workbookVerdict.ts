/**
 * Whether a workbook is ready to submit. "Klar för inlämning" covers both the volume table and the
 * indicator table, which usually sit on different sheets and are checked one at a time: the verdict is
 * over everything the workbook's checklist holds, never over the one table checked last.
 */

import type { TableKindName } from '../tables/types';

/** The two kinds of table a submission holds. */
export type WorkbookTableKind = 'volumes' | 'indicators';

/** The kinds a workbook must have had checked before it is ready to submit. */
export const SUBMISSION_KINDS: readonly WorkbookTableKind[] = ['volumes', 'indicators'];

/** What the verdict needs of one checked table. */
export interface WorkbookChecklistTable {
  kind: TableKindName;
  /** Findings of severity error in the table. */
  errors: number;
}

/** What has been checked in the workbook so far. */
export interface WorkbookChecklist {
  tables: readonly WorkbookChecklistTable[];
  /** Errors outside any table (a table that could not be read), by sheet name. */
  sheetErrors: ReadonlyMap<string, number>;
  /** Kinds that a check of the whole workbook found on no sheet: still missing, and said to be not in the workbook. */
  absent: readonly WorkbookTableKind[];
}

export type WorkbookVerdict =
  | { kind: 'nothing' }
  | { kind: 'errors'; count: number }
  /** `notInWorkbook`: a check of the whole workbook found no table of the missing kind on any sheet. */
  | { kind: 'incomplete'; missing: WorkbookTableKind; notInWorkbook?: true }
  | { kind: 'ready' };

function count(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0;
}

/**
 * Ready to submit only when no checked table (and no sheet) has an error and both a volume table and an
 * indicator table were checked: a submission holds both, so a workbook without one of them is not ready
 * (the verdict then says the workbook has none). Errors come first: a workbook with an error is
 * "N fel måste rättas" whatever else is missing.
 *
 * @example
 * workbookVerdict({ tables: [{ kind: 'volumes', errors: 0 }], sheetErrors: new Map(), absent: [] })
 * // → { kind: 'incomplete', missing: 'indicators' }
 * workbookVerdict({ tables: [{ kind: 'volumes', errors: 0 }, { kind: 'indicators', errors: 1 }], sheetErrors: new Map(), absent: [] })
 * // → { kind: 'errors', count: 1 }
 * workbookVerdict({ tables: [], sheetErrors: new Map(), absent: [] }) // → { kind: 'nothing' }
 */
export function workbookVerdict(checklist: WorkbookChecklist): WorkbookVerdict {
  const tables = Array.isArray(checklist?.tables) ? checklist.tables : [];
  const absent = Array.isArray(checklist?.absent) ? checklist.absent : [];
  const errors = tables.reduce((n, t) => n + count(t.errors), 0) + sheetErrorCount(checklist.sheetErrors);
  // Errors first, also when no table could be checked at all (every sheet damaged).
  if (errors > 0) return { kind: 'errors', count: errors };
  if (tables.length === 0) return { kind: 'nothing' };
  for (const kind of SUBMISSION_KINDS) {
    if (tables.some((t) => t.kind === kind)) continue;
    return absent.includes(kind) ? { kind: 'incomplete', missing: kind, notInWorkbook: true } : { kind: 'incomplete', missing: kind };
  }
  return { kind: 'ready' };
}

function sheetErrorCount(sheetErrors: ReadonlyMap<string, number> | undefined): number {
  let n = 0;
  if (sheetErrors instanceof Map) for (const e of sheetErrors.values()) n += count(e);
  return n;
}
