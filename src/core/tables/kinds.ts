/**
 * Every kind of table the engine looks for on a sheet. The order matters: each kind claims the areas of
 * the tables it finds, and the kinds after it look only outside them. Volume and indicator tables come
 * first; production tables, which are found by their figures alone, look where neither is.
 */
import { indicatorKind } from './indicators';
import { productionKind } from './production';
import type { CheckedTable } from './types';
import type { TableKind } from './shared/tableKind';
import { volumeKind } from './volumes';

export const TABLE_KINDS: readonly TableKind<CheckedTable>[] = [volumeKind, indicatorKind, productionKind] as readonly TableKind<CheckedTable>[];
