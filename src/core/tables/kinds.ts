/** Every kind of table the engine looks for on a sheet, in the order their findings are listed. */
import { indicatorKind } from './indicators';
import type { CheckedTable } from './types';
import type { TableKind } from './shared/tableKind';
import { volumeKind } from './volumes';

export const TABLE_KINDS: readonly TableKind<CheckedTable>[] = [volumeKind, indicatorKind] as readonly TableKind<CheckedTable>[];
