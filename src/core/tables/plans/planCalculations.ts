/**
 * Plans the calculation columns next to a volume table that has an outcome column ("Utfört"): additional
 * volume performed, its reimbursement and goal fulfilment to date, one formula per data row, and the
 * sums of the first two. The Excel adapter writes the plan; nothing here touches a workbook.
 */
import { a1, a1Range } from '../../address';
import { DEFAULT_PRICE_KIND_MAPPING, priceKindForRow, type PriceKindMapping } from '../../prices/priceKindForGroup';
import type { PriceKind } from '../../prices/priceList2025';
import { fail, ok, type Message, type MessageKey, type MessageParam, type MessageParams, type Result } from '../../types';
import { formulaCall, formulaString } from '../shared/formulaText';
import type { CalculationPlan, PlannedCell, RowPriceKind } from './types';
import type { VolumeTable } from '../volumes/types';

export interface CalculationOptions {
  /** Hospital code or name for the per-hospital prices (colonoscopy, gastroscopy), e.g. "SV"; null when not chosen. */
  hospital: string | null;
  /** Month 1–12 for goal fulfilment to date; null for the whole year. */
  month: number | null;
  /** Which price kind each group is paid as; the default of docs/functions.md (UNIT_PRICE) when left out. */
  mapping?: PriceKindMapping;
}

/** Kinds priced per hospital: without a hospital UNIT_PRICE cannot answer, so no formula is planned. */
const PER_HOSPITAL: ReadonlySet<PriceKind> = new Set<PriceKind>(['koloskopi', 'gastroskopi']);

/**
 * The three columns right of the table (additional volume, reimbursement, fulfilment), formulas on data
 * rows only, and a totals row summing the first two: on the table's last row when that is its totals
 * row, otherwise just below the table. Fails (`value`) when the table has no outcome column or the month
 * is not a whole number from 1 to 12.
 *
 * @example
 * planCalculations(seedTableWithUtfört, { hospital: 'SV', month: 8 })
 * // → ok({ columns: [{ role: 'additional', column: 6, … }, …], cells: [
 * //   { address: 'F15', formula: '=MALKOLL.ADDITIONAL_VOLUME(E15,C15,D15)' },
 * //   { address: 'G15', formula: '=MALKOLL.REIMBURSEMENT(E15,C15,D15,MALKOLL.UNIT_PRICE("besök","SV"))' },
 * //   { address: 'H15', formula: '=MALKOLL.FULFILMENT(E15,B15,8)' }, …,
 * //   { address: 'F61', formula: '=SUM(F4:F60)' }, { address: 'G61', formula: '=SUM(G4:G60)' }], … })
 */
export function planCalculations(table: VolumeTable, options: CalculationOptions): Result<CalculationPlan> {
  const { columns } = table;
  if (columns.outcome === undefined) return fail('value', 'table.calc.noOutcomeColumn');
  const month = options?.month ?? null;
  if (month !== null && !(Number.isInteger(month) && month >= 1 && month <= 12)) {
    return fail('value', 'table.calc.badMonth', { value: String(month) });
  }
  const hospital = typeof options?.hospital === 'string' && options.hospital.trim() !== '' ? options.hospital.trim() : null;
  const mapping = options?.mapping ?? DEFAULT_PRICE_KIND_MAPPING;

  const additionalColumn = table.right + 1;
  const reimbursementColumn = table.right + 2;
  const fulfilmentColumn = table.right + 3;
  const outcomeColumn = columns.outcome;

  const cells: PlannedCell[] = [];
  const priceKinds: RowPriceKind[] = [];
  let firstData: number | null = null;
  let lastData: number | null = null;
  for (const row of table.rows) {
    if (row.kind !== 'data') continue;
    const r = row.row;
    firstData ??= r;
    lastData = r;
    const out = a1(r, outcomeColumn);
    const base = a1(r, columns.base);
    const add = a1(r, columns.additional);
    const kind = priceKindForRow(row.group, row.label, mapping);
    const entry: RowPriceKind = { row: r, label: row.label, kind };
    if (row.section !== undefined) entry.section = row.section;
    if (row.group !== undefined) entry.group = row.group;
    if (kind === null) entry.unpriced = 'no-price-kind';
    else if (hospital === null && PER_HOSPITAL.has(kind)) entry.unpriced = 'no-hospital';
    priceKinds.push(entry);

    cells.push({ address: a1(r, additionalColumn), formula: `=${formulaCall('MALKOLL.ADDITIONAL_VOLUME', [out, base, add])}` });
    if (kind !== null && entry.unpriced === undefined) {
      const price = formulaCall('MALKOLL.UNIT_PRICE', [formulaString(kind), hospital === null ? null : formulaString(hospital)]);
      cells.push({ address: a1(r, reimbursementColumn), formula: `=${formulaCall('MALKOLL.REIMBURSEMENT', [out, base, add, price])}` });
    }
    cells.push({
      address: a1(r, fulfilmentColumn),
      formula: `=${formulaCall('MALKOLL.FULFILMENT', [out, a1(r, columns.total), month === null ? null : String(month)])}`,
    });
  }

  const lastRow = table.rows[table.rows.length - 1];
  const totalsRow = lastRow && lastRow.kind === 'total' ? lastRow.row : table.bottom + 1;
  if (firstData !== null && lastData !== null) {
    for (const c of [additionalColumn, reimbursementColumn]) {
      cells.push({ address: a1(totalsRow, c), formula: `=SUM(${a1Range(firstData, c, lastData, c)})` });
    }
  }

  const heading = (column: number, key: MessageKey, params?: MessageParams) => ({
    address: a1(table.headerRow, column),
    message: params ? { key, params } : { key },
  });
  return ok({
    columns: [
      { role: 'additional', column: additionalColumn, header: heading(additionalColumn, 'table.calc.additionalHeading') },
      { role: 'reimbursement', column: reimbursementColumn, header: heading(reimbursementColumn, 'table.calc.reimbursementHeading') },
      {
        role: 'fulfilment',
        column: fulfilmentColumn,
        header:
          month === null
            ? heading(fulfilmentColumn, 'table.calc.fulfilmentHeading')
            : heading(fulfilmentColumn, 'table.calc.fulfilmentToMonthHeading', { month: String(month) }),
      },
    ],
    cells,
    totalsRow,
    priceKinds,
    unpriced: priceKinds.filter((p) => p.unpriced !== undefined),
    hospital,
    month,
    mapping,
    range: a1Range(table.headerRow, additionalColumn, Math.max(totalsRow, table.headerRow), fulfilmentColumn),
  });
}

/**
 * What a row's price kind means for its reimbursement, as a line of the report that states the mapping.
 *
 * @example
 * describeRowPriceKind({ row: 15, label: 'Allmän kirurgi', group: 'Förstabetesök', kind: 'besök' })
 * // sv "Allmän kirurgi (Förstabetesök): ersätts som besök"
 * describeRowPriceKind({ row: 60, label: 'Koloskopi', group: 'Undersökning', kind: 'koloskopi', unpriced: 'no-hospital' })
 * // sv "Koloskopi (Undersökning): koloskopi har pris per sjukhus; välj sjukhus för att räkna ersättning"
 */
export function describeRowPriceKind(entry: RowPriceKind): Message {
  const kind: MessageParam = entry.kind === null ? '' : { message: { key: `table.calc.kind.${entry.kind}` } };
  const params = { label: entry.label, group: entry.group ?? '–', kind };
  if (entry.unpriced === 'no-price-kind') return { key: 'table.calc.rowUnpriced', params };
  if (entry.unpriced === 'no-hospital') return { key: 'table.calc.rowNeedsHospital', params };
  return { key: 'table.calc.rowPriced', params };
}
