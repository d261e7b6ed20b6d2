/**
 * The workbook checklist: "Klar för inlämning" covers both the volume table and the indicator table,
 * which often sit on different sheets and are checked one at a time. The list keeps what each check found
 * until a later check of the same place replaces it.
 */
import type { CheckedTable } from '../../core/tables/types';
import { qualifiedAddress } from './rangeAddress';
import type { CheckRun } from './checkRun';

export type TableKind = CheckedTable['kind'];

export interface ChecklistTable {
  kind: TableKind;
  sheet: string;
  address: string;
  errors: number;
  warnings: number;
  missed: number;
}

export interface ChecklistState {
  tables: ChecklistTable[];
  /** Errors outside any table (a table that could not be read), by sheet. */
  sheetErrors: Record<string, number>;
  /** Kinds a check of the whole workbook found on no sheet. */
  absent: TableKind[];
}

export const EMPTY_CHECKLIST: ChecklistState = { tables: [], sheetErrors: {}, absent: [] };

export type Verdict =
  | { kind: 'nothing' }
  | { kind: 'errors'; count: number }
  | { kind: 'incomplete'; missing: TableKind }
  | { kind: 'ready' };

/**
 * The checklist after a run: a workbook run replaces everything; a run on one sheet replaces what that
 * sheet had of the kinds it found (everything of that sheet when it read the whole used range).
 *
 * @example
 * updateChecklist(EMPTY_CHECKLIST, run).tables // → [{ kind: 'volumes', sheet: 'Volymer 2025', errors: 0, … }]
 */
export function updateChecklist(state: ChecklistState, run: CheckRun, wholeSheet: boolean): ChecklistState {
  const fresh: ChecklistTable[] = run.results.flatMap((r) =>
    r.check.tables.map((t) => {
      const errors = t.findings.filter((f) => f.severity === 'error').length;
      const warnings = t.findings.length - errors;
      const missed = t.kind === 'indicators' ? t.indicators.filter((i) => i.status === 'missed').length : 0;
      return { kind: t.kind, sheet: r.sheet, address: qualifiedAddress(r.sheet, t.range), errors, warnings, missed };
    }),
  );
  const sheetErrors: Record<string, number> = run.scope === 'workbook' ? {} : { ...state.sheetErrors };
  for (const r of run.results) sheetErrors[r.sheet] = r.check.findings.filter((f) => f.severity === 'error').length;
  if (run.scope === 'workbook') {
    const absent = (['volumes', 'indicators'] as const).filter((k) => !fresh.some((t) => t.kind === k));
    return { tables: fresh, sheetErrors, absent };
  }
  const sheets = new Set(run.results.map((r) => r.sheet));
  const kinds = new Set(fresh.map((t) => t.kind));
  const kept = state.tables.filter((t) => !(sheets.has(t.sheet) && (wholeSheet || kinds.has(t.kind))));
  return { tables: [...kept, ...fresh], sheetErrors, absent: state.absent.filter((k) => !kinds.has(k)) };
}

/**
 * Ready to submit only when no checked table has an error and both a volume table and an indicator table
 * were checked (or a check of the whole workbook found that there is none of one kind).
 *
 * @example
 * verdict({ tables: [volumesOk], sheetErrors: {}, absent: [] }) // → { kind: 'incomplete', missing: 'indicators' }
 */
export function verdict(state: ChecklistState): Verdict {
  if (state.tables.length === 0) return { kind: 'nothing' };
  const errors =
    state.tables.reduce((n, t) => n + t.errors, 0) + Object.values(state.sheetErrors).reduce((n, e) => n + e, 0);
  if (errors > 0) return { kind: 'errors', count: errors };
  for (const kind of ['volumes', 'indicators'] as const) {
    if (!state.tables.some((t) => t.kind === kind) && !state.absent.includes(kind)) return { kind: 'incomplete', missing: kind };
  }
  return { kind: 'ready' };
}
