/** A checked volume table: its columns, its rows with their roles and figures, and its findings. */
import type { TableBase } from '../shared/tableKind';

/** Which role a row of a volume table plays. */
export type VolumeRowKind = 'header' | 'section' | 'group' | 'data' | 'total' | 'blank' | 'note';

/** The volume columns a header row names, as 1-based sheet column numbers. */
export interface VolumeColumns {
  label: number;
  total: number;
  base: number;
  additional: number;
  /** "Utfört" / "Utfall" / "Performed": present when the table carries an outcome column (issue 5). */
  outcome?: number;
  /** The header texts as written, keyed by role, for messages and reports. */
  headers: { total: string; base: string; additional: string; outcome?: string };
}

export interface VolumeRow {
  kind: VolumeRowKind;
  /** The sheet's 1-based row number. */
  row: number;
  label: string;
  /** The section ("Psykiatri", "Somatik") and group ("Förstabesök", "Operation/åtgärd") the row sits under. */
  section?: string;
  group?: string;
  /** The figures read as numbers (text numbers and placeholders already read); null where none could be read. */
  total?: number | null;
  base?: number | null;
  additional?: number | null;
  outcome?: number | null;
}

export interface VolumeTable extends TableBase {
  kind: 'volumes';
  columns: VolumeColumns;
  rows: VolumeRow[];
}
