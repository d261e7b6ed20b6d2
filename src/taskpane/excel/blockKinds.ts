/** The kinds of block the pane writes next to a table, and where the workbook remembers each. */
import { OWN_MARKER, STATUS_MARKER } from '../model/markers';
import { CALCULATIONS_KEY, OWN_COLUMNS_KEY, STATUS_COLUMN_KEY } from './records';

export type BlockKind = 'status-column' | 'calculations' | 'own-columns';

export const KEYS: Record<BlockKind, string> = { 'status-column': STATUS_COLUMN_KEY, calculations: CALCULATIONS_KEY, 'own-columns': OWN_COLUMNS_KEY };
/** The marker of each kind's colouring rules, found again on removal wherever Excel moved them. */
export const RULE_MARKERS: Partial<Record<BlockKind, string>> = { 'status-column': STATUS_MARKER, 'own-columns': OWN_MARKER };
/** What a kind answers when its block is already in the workbook. */
export const ALREADY = { 'status-column': 'pane.status.already', calculations: 'pane.calc.already', 'own-columns': 'pane.own.already' } as const;
