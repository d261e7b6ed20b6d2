/**
 * Production tables (periods as columns, subtotals, changes and shares): the kind, and its check for a
 * range pointed at (CHECK_TABLE).
 */
import type { Grid } from '../../types';
import { expectTables, type KindCheck, type TableKind } from '../shared/tableKind';
import { checkProductionTable } from './checkProductionTable';
import { detectProductionTables, type ProductionLayout } from './detectProductionTables';
import { NO_PRODUCTION_TABLE } from './messages';
import type { ProductionTable } from './types';

export const productionKind: TableKind<ProductionTable, ProductionLayout> = {
  kind: 'production',
  detect(grid, claimed) {
    return { layouts: detectProductionTables(grid, claimed), nearMisses: [] };
  },
  check: checkProductionTable,
  lookedFor: NO_PRODUCTION_TABLE,
};

/**
 * Finds every production table in the grid and checks its arithmetic: the entry point of CHECK_TABLE.
 * No table → one `no-table` error at the grid's top-left cell saying what was looked for. Never throws.
 *
 * @example
 * checkProduction(gridFromText('Besök\t202204\t202104\nLäkarbesök\t31180\t29685\nSomatik\t29752\t27864\nPsykiatri\t1428\t1821'))
 * // → { tables: [{ kind: 'production', subtotals: [{ row: 2, parts: [3, 4], … }], findings: [] }], findings: [] }
 */
export function checkProduction(grid: Grid): KindCheck<ProductionTable> {
  return expectTables(productionKind, grid);
}

export type { ProductionTable, ProductionColumns, SubtotalCheck, DerivedCheck } from './types';
export type { ProductionLayout } from './detectProductionTables';
