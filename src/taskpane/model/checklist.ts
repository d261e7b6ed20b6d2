/**
 * The workbook checklist: "Klar för inlämning" covers both the volume table and the indicator table,
 * which often sit on different sheets and are checked one at a time. The list keeps what each check found
 * until a later check of the same place replaces it.
 */
import { countIndicatorStatuses } from '../../core/tables/indicators/indicatorCounts';
import type { CheckedTable } from '../../core/tables/types';
import type { WorkbookChecklist } from '../../core/workbook/workbookVerdict';
import { qualifiedAddress } from './rangeAddress';
import type { CheckRun } from './checkRun';

export type TableKind = CheckedTable['kind'];
/** The verdict over the whole checklist is the core's: workbookVerdict(state). */
export { workbookVerdict, type WorkbookVerdict } from '../../core/workbook/workbookVerdict';

export interface ChecklistTable {
  kind: TableKind;
  sheet: string;
  address: string;
  errors: number;
  warnings: number;
  missed: number;
}

export interface ChecklistState extends WorkbookChecklist {
  tables: ChecklistTable[];
  /** Errors outside any table (a table that could not be read), by sheet. */
  sheetErrors: Record<string, number>;
  /** Kinds a check of the whole workbook found on no sheet. */
  absent: TableKind[];
}

export const EMPTY_CHECKLIST: ChecklistState = { tables: [], sheetErrors: {}, absent: [] };

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
      const missed = t.kind === 'indicators' ? countIndicatorStatuses(t.indicators).missed : 0;
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
