/**
 * What the check page's settlement and its worker say to each other: the round's files in (bytes,
 * transferred; the pane's open workbook as grids), progress as each is read, the settlement (plain data: messages unrendered), and the
 * settlement workbook's bytes on request.
 */
import type { Grid, Locale } from '../../core';
import type { Settlement, SettlementRule } from '../../core/settlement';
import type { RoundRun, Unreadable } from '../../settle/runRound';

export interface FileBytes {
  name: string;
  bytes: ArrayBuffer;
}

/** An assignment already read: the pane's open workbook, as grids its Excel adapter read. */
export interface FileGrids {
  name: string;
  grids: Grid[];
}

export type AssignmentSource = FileBytes | FileGrids;

export type SettleRequest =
  | { id: number; type: 'read'; assignment: AssignmentSource; submissions: FileBytes[]; previous?: FileBytes; prices?: FileBytes }
  | { id: number; type: 'settle'; month?: number; rule: SettlementRule }
  | { id: number; type: 'workbook'; locale: Locale; month?: number; rule: SettlementRule };

export type SettleResponse =
  | { id: number; type: 'progress'; file: string; index: number; total: number }
  | { id: number; type: 'read'; ok: boolean; unreadable: Unreadable[] }
  | { id: number; type: 'settle'; run: RoundRun }
  | { id: number; type: 'workbook'; bytes: ArrayBuffer | null };

export type { Settlement, RoundRun, Unreadable };
