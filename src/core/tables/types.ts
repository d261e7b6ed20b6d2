/**
 * What the table engine returns for a sheet. The task pane, the functions and the command line all render
 * these; none of them decides anything about a table itself.
 */
import type { Finding, Message } from '../types';
import type { IndicatorTable } from './indicators/types';
import type { ProductionTable } from './production/types';
import type { VolumeTable } from './volumes/types';

/** Every kind of table the engine knows (see ./kinds.ts). */
export type CheckedTable = VolumeTable | IndicatorTable | ProductionTable;

export type TableKindName = CheckedTable['kind'];

/** Everything found on one sheet (or one selected range). */
export interface SheetCheck {
  sheet?: string;
  tables: CheckedTable[];
  /** Findings that belong to no table, e.g. `no-table` for a header row that came close. */
  findings: Finding[];
  /**
   * When the sheet holds no table and no finding: what each kind looked for ("no volume table: a header
   * naming uppdrag, bas and tillägg"), so that "nothing here" is said, never silently empty.
   */
  lookedFor?: Message[];
}
